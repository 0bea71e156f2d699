/** Bundled gazetteer for distractors: countries, major cities, well-known leaders, international bodies (data only). */

/** Countries as `name|region|demonym|alternative names;...`. */
export const COUNTRIES = `Afghanistan|asia-s|Afghan|
Albania|europe|Albanian|
Algeria|africa-n|Algerian|
Argentina|americas-s|Argentine;Argentinian|
Armenia|asia-c|Armenian|
Australia|oceania|Australian|
Austria|europe|Austrian|
Azerbaijan|asia-c|Azerbaijani|
Bahrain|mideast|Bahraini|
Bangladesh|asia-s|Bangladeshi|
Belarus|europe|Belarusian|
Belgium|europe|Belgian|
Bolivia|americas-s|Bolivian|
Bosnia and Herzegovina|europe|Bosnian|Bosnia
Brazil|americas-s|Brazilian|
Bulgaria|europe|Bulgarian|
Burkina Faso|africa|Burkinabe|
Cambodia|asia-se|Cambodian|
Cameroon|africa|Cameroonian|
Canada|americas-n|Canadian|
Chad|africa|Chadian|
Chile|americas-s|Chilean|
China|asia-e|Chinese|PRC;People's Republic of China
Colombia|americas-s|Colombian|
Croatia|europe|Croatian|
Cuba|americas-n|Cuban|
Cyprus|europe|Cypriot|
Czech Republic|europe|Czech|Czechia
Democratic Republic of the Congo|africa|Congolese|DRC;DR Congo
Denmark|europe|Danish|
Ecuador|americas-s|Ecuadorian|
Egypt|africa-n|Egyptian|
Estonia|europe|Estonian|
Ethiopia|africa|Ethiopian|
Finland|europe|Finnish|
France|europe|French|
Gabon|africa|Gabonese|
Georgia|asia-c|Georgian|
Germany|europe|German|
Ghana|africa|Ghanaian|
Greece|europe|Greek|
Guinea|africa|Guinean|
Hungary|europe|Hungarian|
India|asia-s|Indian|
Indonesia|asia-se|Indonesian|
Iran|mideast|Iranian|Islamic Republic of Iran
Iraq|mideast|Iraqi|
Ireland|europe|Irish|
Israel|mideast|Israeli|
Italy|europe|Italian|
Japan|asia-e|Japanese|
Jordan|mideast|Jordanian|
Kazakhstan|asia-c|Kazakh|
Kenya|africa|Kenyan|
Kuwait|mideast|Kuwaiti|
Kyrgyzstan|asia-c|Kyrgyz|
Laos|asia-se|Lao;Laotian|
Latvia|europe|Latvian|
Lebanon|mideast|Lebanese|
Libya|africa-n|Libyan|
Lithuania|europe|Lithuanian|
Malaysia|asia-se|Malaysian|
Mali|africa|Malian|
Mexico|americas-n|Mexican|
Moldova|europe|Moldovan|
Mongolia|asia-e|Mongolian|
Morocco|africa-n|Moroccan|
Mozambique|africa|Mozambican|
Myanmar|asia-se|Burmese|Burma
Nepal|asia-s|Nepali;Nepalese|
Netherlands|europe|Dutch|Holland
New Zealand|oceania|New Zealander|
Nicaragua|americas-n|Nicaraguan|
Niger|africa|Nigerien|
Nigeria|africa|Nigerian|
North Korea|asia-e|North Korean|DPRK
Norway|europe|Norwegian|
Oman|mideast|Omani|
Pakistan|asia-s|Pakistani|
Palestine|mideast|Palestinian|
Panama|americas-n|Panamanian|
Paraguay|americas-s|Paraguayan|
Peru|americas-s|Peruvian|
Philippines|asia-se|Filipino;Philippine|
Poland|europe|Polish|
Portugal|europe|Portuguese|
Qatar|mideast|Qatari|
Romania|europe|Romanian|
Russia|europe|Russian|Russian Federation
Rwanda|africa|Rwandan|
Saudi Arabia|mideast|Saudi|
Senegal|africa|Senegalese|
Serbia|europe|Serbian;Serb|
Singapore|asia-se|Singaporean|
Slovakia|europe|Slovak|
Slovenia|europe|Slovenian|
Somalia|africa|Somali|
South Africa|africa|South African|
South Korea|asia-e|South Korean|Republic of Korea
South Sudan|africa|South Sudanese|
Spain|europe|Spanish|
Sri Lanka|asia-s|Sri Lankan|
Sudan|africa|Sudanese|
Sweden|europe|Swedish|
Switzerland|europe|Swiss|
Syria|mideast|Syrian|
Taiwan|asia-e|Taiwanese|
Tajikistan|asia-c|Tajik|
Tanzania|africa|Tanzanian|
Thailand|asia-se|Thai|
Tunisia|africa-n|Tunisian|
Turkey|mideast|Turkish|Turkiye;Türkiye
Turkmenistan|asia-c|Turkmen|
Uganda|africa|Ugandan|
Ukraine|europe|Ukrainian|
United Arab Emirates|mideast|Emirati|UAE
United Kingdom|europe|British|UK;U.K.;Britain;Great Britain
United States|americas-n|American|US;U.S.;USA;America;United States of America
Uruguay|americas-s|Uruguayan|
Uzbekistan|asia-c|Uzbek|
Venezuela|americas-s|Venezuelan|
Vietnam|asia-se|Vietnamese|
Yemen|mideast|Yemeni|
Zambia|africa|Zambian|
Zimbabwe|africa|Zimbabwean|`;

/** Major cities as `city|country`. */
export const CITIES = `Kabul|Afghanistan
Algiers|Algeria
Buenos Aires|Argentina
Yerevan|Armenia
Sydney|Australia
Melbourne|Australia
Canberra|Australia
Brisbane|Australia
Perth|Australia
Vienna|Austria
Baku|Azerbaijan
Dhaka|Bangladesh
Minsk|Belarus
Brussels|Belgium
Brasilia|Brazil
Rio de Janeiro|Brazil
Sao Paulo|Brazil
Sofia|Bulgaria
Phnom Penh|Cambodia
Ottawa|Canada
Toronto|Canada
Montreal|Canada
Vancouver|Canada
Santiago|Chile
Beijing|China
Shanghai|China
Hong Kong|China
Wuhan|China
Bogota|Colombia
Havana|Cuba
Prague|Czech Republic
Kinshasa|Democratic Republic of the Congo
Goma|Democratic Republic of the Congo
Copenhagen|Denmark
Quito|Ecuador
Cairo|Egypt
Addis Ababa|Ethiopia
Helsinki|Finland
Paris|France
Marseille|France
Lyon|France
Libreville|Gabon
Tbilisi|Georgia
Berlin|Germany
Munich|Germany
Hamburg|Germany
Frankfurt|Germany
Accra|Ghana
Athens|Greece
Budapest|Hungary
New Delhi|India
Mumbai|India
Kolkata|India
Chennai|India
Bengaluru|India
Jakarta|Indonesia
Tehran|Iran
Isfahan|Iran
Mashhad|Iran
Baghdad|Iraq
Mosul|Iraq
Erbil|Iraq
Dublin|Ireland
Jerusalem|Israel
Tel Aviv|Israel
Haifa|Israel
Rome|Italy
Milan|Italy
Naples|Italy
Tokyo|Japan
Osaka|Japan
Amman|Jordan
Astana|Kazakhstan
Almaty|Kazakhstan
Nairobi|Kenya
Mombasa|Kenya
Kisumu|Kenya
Beirut|Lebanon
Tripoli|Libya
Benghazi|Libya
Kuala Lumpur|Malaysia
Bamako|Mali
Mexico City|Mexico
Rabat|Morocco
Yangon|Myanmar
Naypyidaw|Myanmar
Mandalay|Myanmar
Kathmandu|Nepal
Amsterdam|Netherlands
The Hague|Netherlands
Wellington|New Zealand
Auckland|New Zealand
Abuja|Nigeria
Lagos|Nigeria
Pyongyang|North Korea
Oslo|Norway
Islamabad|Pakistan
Karachi|Pakistan
Lahore|Pakistan
Gaza City|Palestine
Ramallah|Palestine
Rafah|Palestine
Khan Younis|Palestine
Lima|Peru
Manila|Philippines
Warsaw|Poland
Lisbon|Portugal
Doha|Qatar
Bucharest|Romania
Moscow|Russia
St Petersburg|Russia
Kigali|Rwanda
Riyadh|Saudi Arabia
Jeddah|Saudi Arabia
Dakar|Senegal
Belgrade|Serbia
Novi Sad|Serbia
Nis|Serbia
Mogadishu|Somalia
Johannesburg|South Africa
Cape Town|South Africa
Pretoria|South Africa
Seoul|South Korea
Busan|South Korea
Juba|South Sudan
Madrid|Spain
Barcelona|Spain
Khartoum|Sudan
Stockholm|Sweden
Geneva|Switzerland
Zurich|Switzerland
Bern|Switzerland
Damascus|Syria
Aleppo|Syria
Homs|Syria
Idlib|Syria
Hama|Syria
Latakia|Syria
Taipei|Taiwan
Bangkok|Thailand
Chiang Mai|Thailand
Tunis|Tunisia
Ankara|Turkey
Istanbul|Turkey
Kampala|Uganda
Kyiv|Ukraine
Kharkiv|Ukraine
Odesa|Ukraine
Lviv|Ukraine
Dnipro|Ukraine
Abu Dhabi|United Arab Emirates
Dubai|United Arab Emirates
London|United Kingdom
Manchester|United Kingdom
Birmingham|United Kingdom
Glasgow|United Kingdom
Edinburgh|United Kingdom
Belfast|United Kingdom
Cardiff|United Kingdom
Washington|United States
New York|United States
Los Angeles|United States
Chicago|United States
Miami|United States
Houston|United States
San Francisco|United States
Boston|United States
Atlanta|United States
Caracas|Venezuela
Hanoi|Vietnam
Ho Chi Minh City|Vietnam
Sanaa|Yemen
Aden|Yemen
Lusaka|Zambia
Harare|Zimbabwe
Bulawayo|Zimbabwe`;

/** Regions and sub-national areas often in the news, as `name|country` (US states, provinces, territories). */
export const REGIONS = `Florida|United States
Texas|United States
California|United States
New York State|United States
Georgia|United States
Pennsylvania|United States
Michigan|United States
Arizona|United States
Ohio|United States
Scotland|United Kingdom
Wales|United Kingdom
Northern Ireland|United Kingdom
England|United Kingdom
Queensland|Australia
Victoria|Australia
New South Wales|Australia
Ontario|Canada
Quebec|Canada
Catalonia|Spain
Bavaria|Germany
Crimea|Ukraine
Donbas|Ukraine
Donetsk|Ukraine
Luhansk|Ukraine
Kherson|Ukraine
Zaporizhzhia|Ukraine
Kashmir|India
Punjab|India
Nagaland|India
Assam|India
Manipur|India
Gaza|Palestine
West Bank|Palestine
Kurdistan|Iraq
Darfur|Sudan
Tigray|Ethiopia
Xinjiang|China
Tibet|China
Guangdong|China`;

/** Well-known world figures as `name|country`, for who-said and who distractors. */
export const LEADERS = `Joe Biden|United States
Donald Trump|United States
Barack Obama|United States
Kamala Harris|United States
Antony Blinken|United States
Vladimir Putin|Russia
Sergei Lavrov|Russia
Dmitry Peskov|Russia
Dmitry Medvedev|Russia
Volodymyr Zelensky|Ukraine
Xi Jinping|China
Wang Yi|China
Emmanuel Macron|France
Olaf Scholz|Germany
Angela Merkel|Germany
Rishi Sunak|United Kingdom
Keir Starmer|United Kingdom
Boris Johnson|United Kingdom
Theresa May|United Kingdom
Narendra Modi|India
Recep Tayyip Erdogan|Turkey
Ali Khamenei|Iran
Masoud Pezeshkian|Iran
Ebrahim Raisi|Iran
Benjamin Netanyahu|Israel
Mohammed bin Salman|Saudi Arabia
Bashar al-Assad|Syria
Abdel Fattah al-Sisi|Egypt
Fumio Kishida|Japan
Yoon Suk Yeol|South Korea
Kim Jong Un|North Korea
Justin Trudeau|Canada
Anthony Albanese|Australia
Luiz Inacio Lula da Silva|Brazil
Jair Bolsonaro|Brazil
Nicolas Maduro|Venezuela
Cyril Ramaphosa|South Africa
William Ruto|Kenya
Bola Tinubu|Nigeria
Emmerson Mnangagwa|Zimbabwe
Viktor Orban|Hungary
Giorgia Meloni|Italy
Pedro Sanchez|Spain
Ursula von der Leyen|Belgium
Antonio Guterres|Switzerland
Tedros Adhanom Ghebreyesus|Switzerland
Jens Stoltenberg|Belgium
Mark Rutte|Netherlands
Aleksandar Vucic|Serbia
Shehbaz Sharif|Pakistan
Sheikh Hasina|Bangladesh
Claudia Sheinbaum|Mexico
Javier Milei|Argentina
Gustavo Petro|Colombia
Andrzej Duda|Poland
Alexander Lukashenko|Belarus
Ilham Aliyev|Azerbaijan
Nikol Pashinyan|Armenia
Kassym-Jomart Tokayev|Kazakhstan
Prabowo Subianto|Indonesia
Ferdinand Marcos Jr|Philippines
Anwar Ibrahim|Malaysia
Min Aung Hlaing|Myanmar
Aung San Suu Kyi|Myanmar
Abiy Ahmed|Ethiopia
Paul Kagame|Rwanda
Yoweri Museveni|Uganda
Mahmoud Abbas|Palestine
Tamim bin Hamad Al Thani|Qatar
Mohamed bin Zayed|United Arab Emirates
Abdullah II|Jordan
Najib Mikati|Lebanon`;

/** International and other well-known bodies as `name|kind|acronym`; kinds: igo, court, alliance, company, party, media, sport. */
export const ORGS = `United Nations|igo|UN
UN Security Council|igo|UNSC
UN General Assembly|igo|
World Health Organization|igo|WHO
International Monetary Fund|igo|IMF
World Bank|igo|
World Trade Organization|igo|WTO
International Atomic Energy Agency|igo|IAEA
European Union|igo|EU
European Commission|igo|
European Parliament|igo|
African Union|igo|AU
Arab League|igo|
Association of Southeast Asian Nations|igo|ASEAN
Organization of American States|igo|OAS
UNICEF|igo|
UNESCO|igo|
UN Refugee Agency|igo|UNHCR
Organisation for Economic Co-operation and Development|igo|OECD
International Committee of the Red Cross|igo|ICRC
Amnesty International|ngo|
Human Rights Watch|ngo|
Doctors Without Borders|ngo|MSF
NATO|alliance|
G7|alliance|
G20|alliance|
BRICS|alliance|
OPEC|alliance|
Shanghai Cooperation Organisation|alliance|SCO
Quad|alliance|
International Criminal Court|court|ICC
International Court of Justice|court|ICJ
European Court of Human Rights|court|ECHR
European Court of Justice|court|
Supreme Court|court|
Court of Arbitration for Sport|court|CAS
Federal Reserve|bank|Fed
European Central Bank|bank|ECB
Bank of England|bank|
Bank of Japan|bank|
Reserve Bank of Australia|bank|RBA
Reserve Bank of India|bank|RBI
People's Bank of China|bank|
Bank of Canada|bank|
Swiss National Bank|bank|
Labour Party|party|Labour
Conservative Party|party|Conservatives;Tories
Liberal Democrats|party|Lib Dems
Scottish National Party|party|SNP
Democratic Party|party|Democrats
Republican Party|party|Republicans
Apple|company|
Google|company|
Meta|company|
Microsoft|company|
Amazon|company|
Tesla|company|
Boeing|company|
Airbus|company|
Samsung|company|
Shell|company|
BP|company|
Pfizer|company|
Moderna|company|
AstraZeneca|company|
Reuters|media|
Associated Press|media|AP
Agence France-Presse|media|AFP
BBC|media|
CNN|media|
Al Jazeera|media|
The New York Times|media|
The Guardian|media|
FIFA|sport|
UEFA|sport|
International Olympic Committee|sport|IOC
World Anti-Doping Agency|sport|WADA
Hamas|armed|
Hezbollah|armed|
Islamic State|armed|ISIS;ISIL;Daesh
Taliban|armed|
Houthis|armed|
Al-Qaeda|armed|
Wagner Group|armed|`;

/** US states as `name|AP abbreviation;postal code` (for "Ohio Gov. X", "Gov. X (R-N.J.)"). */
export const US_STATES = `Alabama|Ala.;AL
Alaska|Alaska;AK
Arizona|Ariz.;AZ
Arkansas|Ark.;AR
California|Calif.;CA
Colorado|Colo.;CO
Connecticut|Conn.;CT
Delaware|Del.;DE
Florida|Fla.;FL
Georgia|Ga.;GA
Hawaii|Hawaii;HI
Idaho|Idaho;ID
Illinois|Ill.;IL
Indiana|Ind.;IN
Iowa|Iowa;IA
Kansas|Kan.;Kans.;KS
Kentucky|Ky.;KY
Louisiana|La.;LA
Maine|Maine;ME
Maryland|Md.;MD
Massachusetts|Mass.;MA
Michigan|Mich.;MI
Minnesota|Minn.;MN
Mississippi|Miss.;MS
Missouri|Mo.;MO
Montana|Mont.;MT
Nebraska|Neb.;Nebr.;NE
Nevada|Nev.;NV
New Hampshire|N.H.;NH
New Jersey|N.J.;NJ
New Mexico|N.M.;NM
New York|N.Y.;NY
North Carolina|N.C.;NC
North Dakota|N.D.;ND
Ohio|Ohio;OH
Oklahoma|Okla.;OK
Oregon|Ore.;Oreg.;OR
Pennsylvania|Pa.;Penn.;PA
Rhode Island|R.I.;RI
South Carolina|S.C.;SC
South Dakota|S.D.;SD
Tennessee|Tenn.;TN
Texas|Texas;Tex.;TX
Utah|Utah;UT
Vermont|Vt.;VT
Virginia|Va.;VA
Washington|Wash.;WA
West Virginia|W.Va.;W. Va.;WV
Wisconsin|Wis.;Wisc.;WI
Wyoming|Wyo.;WY`;
