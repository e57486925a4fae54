// Word lists the entity grammar reads names with: particles, titles, role nouns, organisation and place heads.
// Data only: one reviewable list per kind of word.

/** Lowercase particles inside names: "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'al',
  'el',
  'de',
  'del',
  'della',
  'van',
  'von',
  'der',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'di',
  'do',
  'das',
  'ter',
  'ten',
  'bint',
  'ul',
  'ur',
  'ud',
  'un',
]);

/** Capitalised words that are titles, not names. */
export const TITLE_WORDS = new Set(
  (
    'President Vice Prime Minister Foreign Defense Defence Secretary Deputy Assistant Special Envoy Advisor Adviser ' +
    'National Security Crown Prince Princess King Queen Sheikh Emir Sultan Chancellor Premier Ambassador Senator Sen ' +
    'Rep Representative Gov Governor General Gen Commander Chief Director Head Chairman Chairwoman Chair Speaker Mayor ' +
    'Pope Patriarch Spokesperson Spokesman Spokeswoman Lieutenant Lt Colonel Col Admiral Adm Marshal Leader Mr Mrs Ms ' +
    'Dr Sir Lord Lady Former Acting Interim Supreme Justice Judge Attorney Commissioner Counselor Councillor ' +
    'Senior First Executive Interior Finance Economy Trade Energy Justice Health Economic Affairs Chief-of-Staff ' +
    'Negotiator Officer Major Captain Sergeant Archbishop Bishop Rabbi Imam Ayatollah Sheikh State Staff Cabinet ' +
    'Deputy-Minister Undersecretary Under Minister-President Emeritus Presidential Delegate Delegation Member MP ' +
    'Seyyed Sayyid Hojatoleslam Mullah Grand Hon Honourable Honorable FM CEO Councilor Aide President-elect ' +
    'Vice-President Minority Majority Whip Treasurer Premier-elect Chairperson Chancellor-elect Secretary-General ' +
    'Director-General Prof Professor Pastor Reverend Rev Father Elder Chief Minister Datuk Dato Datuk-Seri Seri ' +
    'PM CM NSA MLA MEP DG Excellency Smt Shri Sri Shrimati Kumari Tengku ' +
    // Plural titles before two names: "Presidents Anna Berg and Tom Kell".
    'Presidents Ministers Leaders Chancellors Premiers Senators Governors Ambassadors Envoys Kings'
  ).split(' '),
);

/** Lowercase nouns that introduce or describe a person's role. */
export const ROLE_NOUNS = new Set(
  (
    'president minister secretary spokesperson spokesman spokeswoman envoy negotiator advisor adviser aide ' +
    'ambassador chief head leader official diplomat general commander director chairman chair senator governor ' +
    'mayor prince king queen emir sheikh chancellor premier representative teacher journalist reporter ' +
    'correspondent analyst lawmaker deputy counterpart delegate mediator ruler dictator opposition activist ' +
    'businessman businesswoman oligarch tycoon billionaire banker executive ceo founder owner commissioner ' +
    'prosecutor judge lawyer attorney officer colonel captain soldier pilot spy agent citizen national resident'
  ).split(' '),
);

/** Words that head organisation names. */
export const ORG_HEADS = new Set(
  (
    'Department Ministry Fund Agency Council Committee Commission Bank Party Office Service Services Army Forces ' +
    'Guard Brigade Battalion Regiment Institute University Parliament Congress Senate Duma Rada Corporation Company ' +
    'Group Organization Organisation Union Alliance Administration Authority Bureau Court Foundation Association ' +
    'Movement Front Network Times Post News Press Television TV Radio Channel Media Holdings Industries Directorate ' +
    'Command Navy Ministry’s Assembly League Coalition Cabinet Secretariat Centre Center Embassy Consulate ' +
    'Conference Forum Summit Festival Games Championship Expo Dialogue Council Cross Crescent International ' +
    'Watch Journal Social Deal Initiative Plan Agreement Accord Accords Treaty Act Protocol Declaration Doctrine ' +
    'Strategy Program Programme Project Fleet Force Herald Tribune Gazette Telegraph Guardian Economist Mail Express ' +
    'Review Daily Insider Wire Monitor Observer Standard Chronicle Airlines Airways Motors Petroleum Systems ' +
    'Technologies Labs Inc Corp Ltd LLC PLC GmbH Holding Capital Partners Ventures Exchange Reserve Police Bureau ' +
    'Cooperation Community Partnership Mission Commissariat Trophy Tournament Cup League Library Synagogue Corridor ' +
    'Territory Museum Platforms Electronics Co Group Airlines Steel Metals Motors Pharmaceuticals Communications ' +
    'Telecom Telecoms Telecommunications Networks Broadcasting Constitution'
  ).split(' '),
);

/**
 * Lower-case nouns of groups of states or members: the capitalised words just before them ("the Mercosur trade
 * bloc", "the Harbour alliance") name an organisation. One lower-case modifier may come between.
 */
export const GROUP_NOUNS = new Set(['bloc', 'alliance', 'cartel', 'grouping', 'coalition', 'federation']);

/** Lower-case nouns of outlets: the capitalised words before them ("the Folha de S. Paulo newspaper") name one. */
export const OUTLET_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster']);

/** Heads of the names of ministries and offices whose portfolio follows "of": "the Ministry of Finance and Planning". */
export const PORTFOLIO_HEADS = new Set([
  'Ministry',
  'Department',
  'Secretariat',
  'Bureau',
  'Office',
  'Commission',
]);

/** Words of ministers' portfolios ("Minister of Rural Development A B"): never the start of the name after them. */
export const PORTFOLIO_WORDS = new Set(
  (
    'Foreign Affairs Home Interior Internal External Defence Defense Finance Economy Economic Trade Industry ' +
    'Industries Commerce Investment Agriculture Rural Urban Development Planning Energy Power Mines Mining Oil Gas ' +
    'Petroleum Water Resources Environment Climate Health Education Higher Science Technology Communication ' +
    'Communications Multimedia Information Digital Justice Labour Labor Employment Transport Transportation Tourism ' +
    'Culture Sports Sport Youth Women Family Social Welfare Housing Infrastructure Works Public Fisheries Forestry ' +
    'Land Lands Security Veterans Immigration Citizenship Treasury Budget Cooperation Integration Relations ' +
    'Expatriates Diaspora Religious Heritage Arts Food Consumer Local Government Regional'
  ).split(' '),
);

/** Words that end the names of streets ("Riverside Drive"): a place, never a person, whatever precedes them. */
export const STREET_HEADS = new Set(['Street', 'Drive', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Highway']);

/** Organisation and thing heads that never end a person's name, whatever the words before them ("Abraham Accords"). */
export const NEVER_PERSON_HEADS = new Set(
  (
    'Accord Accords Treaty Agreement Act Doctrine Plan Initiative Tournament Trophy Cup Championship Library ' +
    'Synagogue Museum Corridor Territory Prize Award Awards Festival Foundation University Institute Fund'
  )
    .split(' ')
    .concat([...STREET_HEADS]),
);

/** Words that open venue names: "Joint Base Elmendorf-Richardson", "Camp David", "Fort Bragg". */
export const VENUE_LEADS = new Set([
  'Base',
  'Camp',
  'Fort',
  'Airbase',
  'Airport',
  'Villa',
  'Palazzo',
  'Chateau',
  'Château',
]);

/** Nouns of an apposition that makes the name before it a venue: "Seri Perdana, the official residence of …". */
export const VENUE_APPOSITION_NOUNS = new Set([
  'residence',
  'home',
  'seat',
  'venue',
  'headquarters',
  'palace',
]);

/** Words that open names of operations, projects and the like: "Operation Spiderweb". */
export const ORG_LEADS = new Set(['Operation', 'Project', 'Team', 'Club', 'Radio', 'Bank']);

/** Words that name a gathering ("the Foreign Ministers Retreat"): never the last word of a person's name. */
export const GATHERING_WORDS = new Set(
  'Retreat Summit Summits Conference Conferences Session Dialogue Meeting Meetings Forum Talks Assembly'.split(
    ' ',
  ),
);

/** Words that head venue names ("Chiragan Palace", "Russian Consulate"). */
export const VENUE_HEADS = new Set(
  (
    'Palace House Hotel Consulate Embassy Residence Castle Airport Stadium Ground Hall Building Villa Mansion Lodge ' +
    'Resort Bhavan Centre Center Cathedral Church Mosque Square Park Office Tower Manor Estate Forum Arena Club ' +
    'Complex Compound ' +
    'restaurant hotel palace residence park airport'
  )
    .split(' ')
    .concat([...STREET_HEADS]),
);

/** Words that head geographic features. */
export const GEO_HEADS = new Set(
  'Sea Ocean Gulf Bay Strait River Lake Mountains Mountain Peninsula Island Islands Region Oblast Province Valley Desert Coast Canal'.split(
    ' ',
  ),
);

/** Words that name a natural event after them ("Hurricane Katrina", "Typhoon Haiyan"): no person follows. */
export const EVENT_LEADS = new Set(
  'Hurricane Typhoon Cyclone Storm Tornado Wildfire Earthquake Flood Floods'.split(' '),
);

/** Capitalised words that never start or make a person's name. */
export const NOT_NAME_WORDS = new Set(
  (
    'The A An This That These Those It Its He She They We I You Our Their His Her Who What When Where Why How ' +
    'In On At By For From With Without To Of And Or But If As After Before During Since Until While Although ' +
    'Earlier Later Last Next Only Also Then Now Today Yesterday Tomorrow Meanwhile However According Details ' +
    'Background Source Sources Supplement Update Updated Read More News Feed Photo Video Editor Editors ' +
    'January February March April May June July August September October November December Jan Feb Mar Apr Jun ' +
    'Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Day Week Month Year ' +
    'Talks Meeting Summit Negotiations Ceasefire War Peace Day Independence Liberation Victory Christmas Easter ' +
    'Islamic Republic Federation Kingdom Democratic People Union United States Nations North South East West ' +
    'Central Western Eastern Northern Southern Middle Great New Old Saint St Mount Lake River Sea Ocean ' +
    'Department Ministry Office Embassy Consulate Palace House Kremlin Parliament Government Administration ' +
    'Several Some Many Most All Both Each Every Any No Not Yes Please Thank Thanks Dear Mr Mrs Ms Dr Here There ' +
    'Russian American Ukrainian Chinese European African Asian Arab Muslim Christian Jewish Western Soviet ' +
    'Army Navy Air Force Forces Guard Brigade Internet AI COVID Covid Omicron God Allah Prophet Bible Quran ' +
    'Following Despite Among Under Over Between Against Within Across Through Amid Regarding Concerning ' +
    'One Two Three Four Five Six Seven Eight Nine Ten First Second Third Part Chapter Section Revolution Guest ' +
    // Parties and movements by their members, and words of office that are never names.
    'Democrats Republicans Conservatives Liberals Socialists Greens Communists Tories Responsibility Constitution ' +
    // Plural nouns of office and state, capitalised in some house styles ("the Governments of A and B").
    'Governments Ministers Presidents Leaders Ministries Delegations Authorities Officials Parliaments'
  )
    .split(' ')
    .concat([...EVENT_LEADS]),
);

/** Months and weekdays, for the date grammar. */
export const WEEKDAY_NAMES = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '));

/** Words that link a sentence to the one before ("Nevertheless, …"): capitalised at its start, never a name. */
export const DISCOURSE_WORDS = new Set(
  (
    'Nevertheless Nonetheless Meanwhile Moreover Furthermore However Therefore Thus Hence Accordingly Consequently ' +
    'Additionally Likewise Similarly Instead Otherwise Besides Indeed Notably Separately Subsequently Previously ' +
    'Elsewhere Regardless Ultimately Initially Afterwards Afterward Apparently Reportedly Importantly Specifically ' +
    'Interestingly Unfortunately Fortunately Overall Finally Earlier Later Again Also Still Yet'
  ).split(' '),
);
