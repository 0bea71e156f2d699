/** Closed word classes used by the chunker and the speaker rules (data only). */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that never begin a name (sentence starters, pronouns, function words). */
export const STOP_CAPS = set(`The A An This That These Those There Here It Its He She They We I You His Her Their Our My Your Him Them Us
And But Or Nor So Yet For If When While Although Though Because Since As At By In On Of To From With Without Into Onto Over Under After Before
During Until Unlike Like About Above Across Against Along Among Around Between Beyond Despite Except Inside Outside Through Throughout Toward Towards
Upon Within Also However Meanwhile Moreover Still Then Thus Now Today Yesterday Tomorrow Tonight Later Earlier Instead Indeed Even Just Only Perhaps
Maybe Yes No Not Some Many Most More Much Few Several All Both Each Every Either Neither Any Other Another Such What Which Who Whom Whose Where Why How
Asked Speaking According Last Next First Second Third Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December Once Whether Whatever Already Again Asked Overall Earlier Although Let Please Well Oh
One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Dozens Amid Via Per Read Watch Photo Related Editing Reporting Additional
Is Are Was Were Be Been Being Do Does Did Has Have Had Can Could Will Would Shall Should Must Might Said Says Say New Old Former Top Senior Chief Several
Christmas Easter Ramadan Eid Thanksgiving God OK Ok Follow Happy Mrs. Mr. Ms. Dr. Sunday Hey Thank Thanks Dear Many Everyone Everybody Nobody Someone Something Nothing`);

/** Lower-case joiners allowed inside a name ("Bank of England", "Hay'at Tahrir al-Sham"). */
export const JOINERS = set(`of for and de la le du des del da dos das di van von der den bin ibn al el y`);

/** All-caps abbreviations that are not names. */
export const NON_NAME_CAPS = set(`St PM AM MP MPs TV ATM ATMs CEO CFO GDP GMT UTC OK COVID DNA ID IDs PR VIP HIV AIDS PhD UK's US's SUV IT AI FY Q1 Q2 Q3 Q4`);

/** Final words that make a span an event, law or thing rather than an entity. */
export const NON_ENTITY_HEADS = set(`Act Acts Bill Law Laws Agreement Accord Accords Treaty Declaration Plan Program Programme Olympics Games Cup Championship
Day Week War Wars Award Awards Prize Festival Conference Summit Election Elections Primary Primaries Debate Convention Speech Doctrine Initiative Strategy
Report Index Rule Rules Order Amendment Constitution Bible Quran Koran Covid COVID Coronavirus Pandemic Crisis Revolution Era Age Deal Tour Show Series Book
Prize Address Agenda Vision Project Scheme Regulation Directive Code Charter Protocol Resolution Memorial Trophy Open Olympic Paralympics Expo Fair
Mass Storm Hurricane Cyclone Typhoon Virus Variant Vaccine Survey Poll Dream Movement`);

/** Final words that make a span a place. */
export const PLACE_HEADS = set(`Street Avenue Square Road Bridge Airport Station Province Region County District Island Islands Mountains Mountain River
Valley Beach Strait Sea Gulf Bay Lake Ocean Peninsula Desert Coast City Town Village State Territory Territories Oblast Governorate Prefecture
Canal Park Palace Stadium Hill Heights Border Harbor Harbour Port Camp`);

/** Third-person pronouns by gender, for speaker resolution. */
export const PRONOUN_GENDER: Record<string, 'm' | 'f' | 'p' | 'n'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', they: 'p', we: 'p', it: 'n', i: 'p' };

/** Clause words that end a capitalised run even mid-sentence ("in the U.S. While Clinton …"). */
export const CLAUSE_CAPS = set(`While But When If Although Though Because However Meanwhile Wherever Whenever Whether Unlike Despite Unless Until Whereas Whatever Whoever`);
