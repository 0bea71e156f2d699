/** Person titles (with gender where the title shows it) and common first names (data only). */
export const TITLES: Record<string, 'm' | 'f' | ''> = Object.fromEntries(
	`Mr:m Mr.:m Mrs:f Mrs.:f Ms:f Ms.:f Miss:f Sir:m Dame:f Lord:m Lady:f King:m Queen:f Prince:m Princess:f Sheikh:m Baroness:f Baron:m Dr: Dr.: Prof: Prof.: Professor: President: Vice-President: Premier: Chancellor: Treasurer: Minister: Secretary: Senator: Sen.: Sen: Rep.: Rep: Representative: Congressman:m Congresswoman:f Gov.: Gov: Governor: Mayor: Judge: Justice: General: Gen.: Gen: Col.: Colonel: Lt.: Lieutenant: Major: Maj.: Capt.: Captain: Adm.: Admiral: Sgt.: Sergeant: Ayatollah:m Pope:m Cardinal:m Bishop: Archbishop: Rabbi: Imam:m Father:m Sister:f Brother:m Chairman:m Chairwoman:f Chair: Speaker: Commissioner: Councillor: Councilor: Councilman:m Councilwoman:f Alderman: Ambassador: Attorney: Officer: Detective: Inspector: Chief: Director: Spokesman:m Spokeswoman:f Spokesperson: Leader: Emir:m Crown: Field: Marshal: Pastor: Rev.: Reverend: Dean: Coach: Deputy: Acting: Foreign: Defence: Defense: Interior: Finance: Health: Prime: Supreme: Dutchess:f Duke:m Duchess:f Count:m Countess:f Mme:f Mme.:f Mister:m Whip: Majority: Minority: Secretary-General: Commander: Envoy: Attorney-General: Minister-President: Mufti:m Patriarch:m CEO: Chairperson: Administrator: Secretary-of-State:`
		.split(' ')
		.map((p) => p.split(':') as [string, 'm' | 'f' | ''])
);

/** Lower-case role nouns used in descriptions ("the president", "the minister"). */
export const ROLES = `president|prime minister|premier|minister|secretary|chancellor|senator|governor|mayor|judge|justice|general|commander|chief|spokesman|spokeswoman|spokesperson|leader|candidate|nominee|chairman|chairwoman|chair|director|ambassador|official|envoy|lawmaker|congressman|congresswoman|representative|king|queen|prince|emir|ayatollah|pope|diplomat|negotiator|executive|ceo|founder|coach|manager|officer|attorney|lawyer|prosecutor|economist|analyst|professor|scientist|doctor|governor-elect|president-elect|businessman|businesswoman|billionaire|mogul|tycoon|rival|opponent|incumbent|challenger|veteran|activist|author|host|anchor|reporter|journalist|actor|actress|singer|star|player|striker|boss|head|speaker|adviser|advisor|aide|strategist|pollster|commissioner|administrator|treasurer|auditor|inspector|regulator|legislator|politician|democrat|republican|conservative|liberal|independent|mogul|developer|owner|ruler|monarch|dictator|strongman|general secretary|secretary-general|secretary general`.split('|');

/** Common English / international first names with their gender. */
export const FIRST_NAMES: Record<string, 'm' | 'f'> = Object.fromEntries([
	...`Donald Joe Barack George Bill John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Bobby Johnny Bradley Ted Mike Chris Tim Tom Ben Bernie Marco Rand Jeb Newt Mitt Mitch Chuck Lindsey Rick Rudy Reince Kellyanne:f Corey Jared Eric Hunter Beto Pete Kamala:f Hillary:f Nancy:f Elizabeth:f Sarah:f Michelle:f Melania:f Ivanka:f Chelsea:f Mary:f Patricia:f Jennifer:f Linda:f Barbara:f Susan:f Jessica:f Karen:f Lisa:f Betty:f Margaret:f Sandra:f Ashley:f Kimberly:f Emily:f Donna:f Carol:f Amanda:f Melissa:f Deborah:f Stephanie:f Rebecca:f Sharon:f Laura:f Cynthia:f Kathleen:f Amy:f Angela:f Helen:f Anna:f Brenda:f Pamela:f Nicole:f Emma:f Samantha:f Katherine:f Christine:f Debra:f Rachel:f Catherine:f Carolyn:f Janet:f Ruth:f Maria:f Heather:f Diane:f Virginia:f Julie:f Joyce:f Victoria:f Olivia:f Christina:f Lauren:f Joan:f Evelyn:f Judith:f Megan:f Cheryl:f Andrea:f Hannah:f Martha:f Jacqueline:f Frances:f Gloria:f Ann:f Teresa:f Kathryn:f Sara:f Janice:f Alice:f Madison:f Doris:f Abigail:f Julia:f Judy:f Grace:f Denise:f Amber:f Marilyn:f Beverly:f Danielle:f Theresa:f Sophia:f Marie:f Diana:f Brittany:f Natalie:f Isabella:f Charlotte:f Rose:f Alexis:f Kayla:f Theresa:f Angela:f Ursula:f Kristalina:f Christine:f Margrethe:f Theresa:f Liz:f Nicola:f Kemi:f Priti:f Suella:f Rishi Keir Boris Vladimir Volodymyr Emmanuel Olaf Angela:f Xi Narendra Recep Benjamin Masoud Ebrahim Hassan Ali Mohammed Muhammad Mohammad Ahmed Ahmad Abdul Omar Khalid Sergei Sergey Dmitry Dmitri Alexei Ivan Igor Yuri Viktor Jair Luiz Lula Nicolas Javier Gustavo Andres Pedro Carlos Luis Jorge Fernando Alberto Ricardo Manuel Francisco Antonio Giorgia:f Sanna:f Jacinda:f Mette:f Kaja:f Yulia:f Svetlana:f Maria:f Marine:f Hermoso:f Jenni:f Luis Pita Aung Min Kim Yoon Moon Shinzo Fumio Justin Anthony Jake Lloyd Antony Janet:f Gina:f Pam:f Sheryl:f Carly:f Debbie:f Huma:f Katy:f Megyn:f Hope:f Kaine Tim Mike Paul Marco Ted Ben Carly:f Chris Rand Jeb Scott John Lindsey Rick Bobby Jim George Martin Lincoln Jill:f Heidi:f Jeanne:f Claire:f Tammy:f Elise:f Kirsten:f Dianne:f Barbara:f Patty:f Maxine:f Nikki:f Sonia:f Ruth:f Elena:f Loretta:f Valerie:f Susan:f Janet:f`
		.split(/\s+/)
		.map((p) => { const [n, g] = p.split(':'); return [n, (g || 'm') as 'm' | 'f'] as [string, 'm' | 'f']; })
]);

/** Short forms of English first names and the formal name each stands for ("Bill" → "William"); one per short form. */
export const NICKNAMES: Record<string, string> = Object.fromEntries(
	`Bill:William Billy:William Will:William Willie:William Bob:Robert Bobby:Robert Rob:Robert Robbie:Robert Mike:Michael Mick:Michael
Jim:James Jimmy:James Jamie:James Joe:Joseph Joey:Joseph Tom:Thomas Tommy:Thomas Dick:Richard Rick:Richard Ricky:Richard Rich:Richard
Chris:Christopher Dan:Daniel Danny:Daniel Dave:David Ed:Edward Eddie:Edward Ted:Edward Ned:Edward Tony:Anthony Nick:Nicholas Sam:Samuel
Steve:Steven Andy:Andrew Drew:Andrew Alex:Alexander Ben:Benjamin Chuck:Charles Charlie:Charles Hank:Henry Harry:Henry Jack:John Johnny:John
Jerry:Gerald Larry:Lawrence Matt:Matthew Pete:Peter Ron:Ronald Ronnie:Ronald Tim:Timothy Greg:Gregory Jeff:Jeffrey Ken:Kenneth Kenny:Kenneth
Don:Donald Doug:Douglas Fred:Frederick Freddie:Frederick Gene:Eugene Hal:Harold Jon:Jonathan Josh:Joshua Ray:Raymond Bernie:Bernard
Newt:Newton Phil:Phillip Stan:Stanley Vince:Vincent Walt:Walter Zach:Zachary Zeke:Ezekiel Liz:Elizabeth Beth:Elizabeth Betsy:Elizabeth
Betty:Elizabeth Kate:Katherine Katie:Katherine Kathy:Katherine Cathy:Catherine Pat:Patricia Patty:Patricia Sue:Susan Susie:Susan
Sandy:Sandra Jenny:Jennifer Jen:Jennifer Debbie:Deborah Deb:Deborah Peggy:Margaret Maggie:Margaret Meg:Margaret Nancy:Ann Annie:Ann
Mandy:Amanda Becky:Rebecca Vicky:Victoria Tina:Christina Chrissy:Christina Abby:Abigail Gabby:Gabrielle Val:Valerie Terry:Terence`
		.split(/\s+/)
		.map((p) => p.split(':') as [string, string])
);

/** A first name in its formal form ("Bill" → "William"), for telling whether two names are one person. */
export function formalFirstName(w: string): string {
	return NICKNAMES[w] ?? w;
}

/** Common Chinese, Korean and Vietnamese family names, written first ("Park Geun-hye", "Hua Chunying"). */
export const FAMILY_NAME_FIRST = new Set(
	`Park Kim Lee Moon Yoon Choi Jung Kang Cho Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Ko Lim Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Lu Jiang Cui Zhong Tan Wen Hua Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong`.split(/\s+/)
);
