import { wordStart } from "./word-start"; /**
 * Word lists behind person detection: Korean family names (romanised), common given names,
 * title words in English and French, and capitalised words that are never part of a person's name.
 */

export const KOREAN_SURNAMES = new Set([
  // Older romanisations still in use ("Whang Joo-seong", "Rhie", "Paek", "Hur", "Gwon", "Hyeon", "Pyun").
  "Whang",
  "Rhie",
  "Paek",
  "Hur",
  "Gwon",
  "Hyeon",
  "Pyun",
  "Kim",
  "Lee",
  "Yi",
  "Rhee",
  "Park",
  "Pak",
  "Bak",
  "Choi",
  "Choe",
  "Chung",
  "Jung",
  "Jeong",
  "Cheong",
  "Kang",
  "Cho",
  "Jo",
  "Yoon",
  "Yun",
  "Jang",
  "Chang",
  "Lim",
  "Im",
  "Han",
  "Oh",
  "Seo",
  "Suh",
  "Shin",
  "Sin",
  "Kwon",
  "Hwang",
  "Ahn",
  "An",
  "Song",
  "Yoo",
  "Yu",
  "Ryu",
  "Hong",
  "Jeon",
  "Chun",
  "Jun",
  "Ko",
  "Go",
  "Koh",
  "Moon",
  "Mun",
  "Yang",
  "Son",
  "Sohn",
  "Bae",
  "Baek",
  "Paik",
  "Heo",
  "Huh",
  "Nam",
  "Noh",
  "Roh",
  "Ha",
  "Kwak",
  "Sung",
  "Seong",
  "Cha",
  "Joo",
  "Ju",
  "Woo",
  "Min",
  "Ryoo",
  "Na",
  "Jin",
  "Ji",
  "Um",
  "Eom",
  "Chae",
  "Won",
  "Byun",
  "Byeon",
  "Yeo",
  "Choo",
  "Chu",
  "Do",
  "Gu",
  "Koo",
  "Ku",
  "Ma",
  "Maeng",
  "Gil",
  "Ban",
  "Wi",
  "Pyo",
  "Myung",
  "Kee",
  "Ki",
  "Tak",
  "Yeom",
  "Hyun",
  "Seok",
  "Suk",
  "Sim",
  "Shim",
  "Eun",
  "Bang",
  "Gong",
  "Kong",
  "Yeon",
  "Chey",
]);

/** Capitalised second words after a Korean family name that show it is not a name ("Park Avenue", "Han River"). */
export const NOT_KOREAN_GIVEN = new Set([
  "Avenue",
  "Street",
  "River",
  "Road",
  "Hall",
  "Park",
  "Group",
  "Square",
  "Station",
  "Dynasty",
  "Mountain",
]);

export const COMMON_GIVEN_NAMES = new Set(
  (
    "Mélanie Melanie Justin Stephen Mark Catherine Chrystia Anita Dominic François Francois Marc Jean Pierre Paul John James Robert Michael William " +
    "David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Donald Steven Andrew Kenneth Joshua Kevin Brian George Edward Ronald " +
    "Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Frank Scott Brandon Benjamin Samuel Gregory Alexander Patrick Jack Dennis " +
    "Jerry Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur " +
    "Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent " +
    "Russell Louis Philip Bobby Johnny Bradley Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty " +
    "Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley " +
    "Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Emma Ruth Christine Debra Rachel Carolyn Janet Virginia Maria Heather Diane Julie " +
    "Joyce Victoria Kelly Christina Joan Evelyn Lauren Judith Olivia Martha Cheryl Megan Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria " +
    "Teresa Doris Sara Janice Julia Marie Madison Grace Judy Theresa Beverly Denise Marilyn Amber Danielle Abigail Brittany Rose Diana Natalie " +
    "Sophia Alexis Lori Kayla Jane Marc-André Jean-François Jean-Yves Marie-Claude Mélanie Sylvie Isabelle Nathalie Chantal Sophie Valérie " +
    "Geneviève Julie Caroline Stéphane Sébastien Mathieu Guillaume Philippe Nicolas Olivier Yves Jacques Michel Alain Denis Luc Éric Martin Bill " +
    "Kamala Joe Antony Lloyd Hillary Barack Boris Rishi Keir Emmanuel Olaf Volodymyr Vladimir Xi Fumio Shinzo Anthony Ursula Jens Ahmed Mohammed " +
    "Ali Omar Ibrahim Ana Carlos Luis Jose José Miguel Javier Claudio Ignacio Yevgeniy Sergei Sergey Dmitry Igor Hans Klaus Jürgen Angela Giorgia " +
    "Kishida Narendra Rahul Priya Ravi Weldon Harjit Bill Mélanie Marco Ahmed Omar Liz Ed Rob Tom Tim Jim Bob Dan Ben Sam Nick Chris Matt Mike Steve " +
    "Tony Rick Ron Ken Jeff Greg Pat Kate Jen Sue Deb Beth Meg Kim Ali Lee Mohamed Muhammad Mohammad Mehmet Abdullah Fatima Aisha María"
  ).split(/\s+/),
);

/**
 * Verbs of saying, as regular-expression alternatives: English past and present forms ("said", "pointed out") and French
 * past participles taken after "a" ("a souligné", "a fait valoir", "a plaidé pour « ... »", "a évoqué « ... »", "a parlé
 * devant les élus d'« ... »"); a warning ("warned that producers were “...”", "“...,” Tait warned") is a saying too. Quotes
 * are attributed by them and a name beside one is vouched for as a person's.
 */
export const SAYING_VERBS_EN =
  "said|says|added|noted|stated|stressed|emphasi[sz]ed|underlined|explained|remarked|declared|wrote|insisted|pointed\\s+out|observed|replied|responded|warned";
export const SAYING_PARTICIPLES_FR =
  "déclaré|dit|affirmé|souligné|ajouté|indiqué|rappelé|expliqué|précisé|insisté|estimé|résumé|conclu|lancé|poursuivi|assuré|martelé|répondu|rétorqué|déploré|regretté|salué|reconnu|confié|souhaité|qualifié|fait\\s+valoir|plaidé\\s+pour|évoqué|parlé";

/**
 * Head words that make a phrase a title (a legislator's abbreviated seat among them: "MP", "MLA", "MPP", "MNA"; a region's
 * or a city's governor in Central Asia: "the Khokim of Samarkand Region", "the Akim of Almaty").
 */
export const TITLE_HEAD = wordStart(
  /(?<![\p{L}\p{N}])(?:ministers?|ministres?|members?\s+of\s+parliament|critic|under-?secretary|sous-secrétaire|president|présidente?|ambassador|ambassadeur|ambassadrice|secretary|secrétaire|director|directeur|directrice|administrator|administrat(?:eur|rice)|manager|chair(?:man|woman|person)?|advis[oe]r|conseill(?:er|ère)|envoy|envoyée?|governor|gouverneure?|premier|première|commissioner|commissaire|spokes(?:person|man|woman)|porte-parole|consul|commander|commandant|chief|chef|cheffe|senator|sénat(?:eur|rice)|mayor|maire|mairesse|speaker|king|queen|roi|reine|prince|emir|émir|amir|sultan|professor|professeure?|ceo|representative|représentante?|leader|dirigeante?|head|coach|entraîneur|entraîneuse|general|général|admiral|amiral|counsel+or|chancellor|chancelière?|rect(?:or|rice|eur)|delegate|délégué|negotiator|négociat(?:eur|rice)|official|officer|counterpart|peer|homologue|attaché|deputy|adjointe?|sous-ministre|vice-ministre|ministre-présidente?|minister-president|mp|mpp|mla|mna|mha|député|députée|rapporteur|rapporteuse|fellow|researcher|chercheuse|chercheur|librarian|bibliothécaire|archivist|archiviste|abbot|abbess|abbé|pastor|pasteure?|rabbi|bishop|évêque|archbishop|archevêque|khokim|hokim|akim)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu,
);

/** Words a title is built from (lower-cased), besides capitalised organisation words. */
export const TITLE_WORDS = new Set(
  (
    "minister ministers ministre vice-ministre sous-ministre deputy vice assistant associate acting president présidente président prime premier première " +
    // A university's head in the Low Countries: "Rector Magnificus".
    "rector magnificus " +
    // French portfolios and offices written in lower case: "chef du gouvernement", "conseiller fédéral", "de l'Intégration africaine et des Affaires étrangères".
    "gouvernement government fédéral fédérale federal africaine étrangères extérieures nationale internationale développement " +
    // Hyphenated French offices and senators: "le vice-président chinois", "la sénatrice", "coprésidente".
    "vice-président vice-présidente vice-premier coprésident coprésidente sénateur sénatrice ministre-président ministre-présidente minister-president " +
    "first second third senior chief chef cheffe coach entraîneur entraîneuse principal special permanent parliamentary under state secretary undersecretary under-secretary sous-secrétaire secrétaire ambassador ambassadeur ambassadrice director " +
    "directeur directrice general générale général chair chairman chairwoman chairperson advisor adviser conseiller conseillère envoy governor commissioner " +
    "spokesperson spokesman spokeswoman porte-parole consul commander rear maire mairesse gouverneur gouverneure commissaire déléguée emir émir sultan crown sovereign souverain souveraine managing coordinating commercial commerciale délégué excellency excellence highness altesse majesty majesté rector recteur rectrice admiral rear-admiral vice-admiral vice-chancellor high mayor senator speaker king queen prince professor professeur professeure ceo representative head " +
    // A national library's and archives' heads: "the Librarian and Archivist of Canada", "bibliothécaire et archiviste".
    "librarian bibliothécaire archivist archiviste " +
    // The head of an authority or an agency and of a company: "the Administrator of the Panama Canal", "l'administratrice
    // de l'USAID", "the General Manager of the National Port Company".
    "administrator administrateur administratrice manager " +
    // A company's or a Crown corporation's head in French: "président et chef de la direction", "la cheffe de la direction".
    "direction " +
    // Clergy: "the Venerable Abbot Haewol Sunim", "le pasteur Jean Morin".
    "abbot abbess abbé pastor pasteur pasteure rabbi bishop évêque archbishop archevêque " +
    // A region's or a city's governor in Uzbekistan and Kazakhstan: "the Khokim of Samarkand Region", "Akim of Almaty".
    "khokim hokim akim " +
    "fellow researcher chercheur chercheuse research leader executive counterpart homologue counsellor counselor chancellor delegate négociateur négociatrice negotiator official officer peer adjoint adjointe coordinator foreign " +
    "affairs national security defence defense trade political economic international global policy planning multilateral bilateral unification finance " +
    "industry energy environment physical spatial urban climate health justice immigration innovation science technology agriculture fisheries oceans culture interior public " +
    "safety development commerce étrangères etrangeres défense sécurité nationale mondiales internationale internationales ministère affaires indo-pacific " +
    "asia asia-pacific pacific north south east west region regional division bureau branch office embassy trésor treasury navy army air force forces staff " +
    // Portfolios written in lower case by the press ("minister of international relations and trade", "minister of foreign
    // affairs and international cooperation") and the French office given its charge ("les ministres chargés des Transports").
    "relations cooperation coopération ministres chargé chargée chargés chargées " +
    // "Popular Democratic Movement member of parliament Jan-Hendrik Kruger", "Opposition trade critic Raymond Tsang": a
    // legislator's office in words, and the opposition's spokesperson for a portfolio.
    "member parliament critic opposition"
  ).split(/\s+/),
);

/** Small words allowed inside a title ("Minister of Foreign Affairs", "ministre des Affaires étrangères"). */
export const TITLE_CONNECTORS = new Set([
  "of",
  "for",
  "the",
  "to",
  "on",
  "and",
  "at",
  "in",
  "de",
  "des",
  "du",
  "la",
  "le",
  "l",
  "aux",
  "au",
  "en",
  "à",
  "et",
  "pour",
  "d",
]);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set(
  (
    "The A An In On At By For Of And But Or As To With From This That These Those It Its Their They He She We Our His Her Also While When After " +
    "Before During Since Under Over About According Although Both Each Many Most Some Such Other Another New Old Meanwhile However Furthermore " +
    "Additionally Notably Moreover Given In Despite Regarding Following Ahead Speaking Addressing Read Related Articles Comments Leave " +
    "Guest Guests Host Hosts Shri Shrimati Smt Minister Ministers Ministry President Prime Deputy Vice Assistant Foreign Affairs Global National Security Defence Defense Trade Republic République " +
    "South North East West United States Nations Kingdom Pacific Indo-Pacific Asia Asia-Pacific Europe European Union Council Agreement Partnership " +
    "Strategic Comprehensive Action Plan Dialogue Economic International Institute Office Department General Information Forces Armed Operation " +
    "War Memorial Peninsula Free Korean Koreans Korea Canada Canadian Canadians Government Parliament Assembly House Senate Embassy Ambassador " +
    "Secretary Director Chair Chairman Advisor Adviser Envoy Governor Senator Mayor Monday Tuesday Wednesday Thursday Friday Saturday Sunday " +
    "January February March April May June July August September October November December Analysis Welcome Canada-Korea Korea-Canada Strengthening " +
    "Centre Center University College School Bank Fund Group Company Corporation Agency Commission Committee Association Foundation Forum Summit " +
    // The last word of a fair's, a congress's or a meeting's name ("the 2034 World Battery Expo", "Annual General Meeting").
    "Expo Exposition Festival Congress Conference Meeting Meetings " +
    "Organisation Organization Treaty Declaration Statement Strategy Indo Arctic Atlantic Coast Guard Navy Army Air Force Command Peace Cooperation " +
    "Co-operation Development Policy Political Relations Relations Ties Support Welcome Daily Herald Times Yonhap News Press Agence Le La Les Un Une " +
    "Des Du De Au Aux Et Ministre Premier Première Affaires Étrangères Mondiales Sécurité Défense Conseil Accord Partenariat Sommet Selon Lors " +
    "Dans Pour Avec Par Sur Sous Cette Ce Ces Mme Madame Monsieur Team Canada's Korea's Sir Dame Lord Lady Saint St Mount Lake River Island " +
    "Seoul Ottawa Busan Toronto Vancouver Montreal Montréal Washington Tokyo Beijing Pyongyang Brussels Kyiv Moscow London Paris Jeju Incheon " +
    "Japanese Chinese American British Russian Ukrainian German French Australian Latvian Cuban Indian Turkish Minister's President's Operation " +
    "Natural Resources Industry Business Finance Transport Environment Agriculture Fisheries Oceans Justice Immigration Innovation Commerce Labour " +
    // Verbs and nouns capitalised in headlines ("Minister Pays Courtesy Call on Secretary Lazaro").
    "Pays Paid Courtesy Call Calls Meets Holds Hosts Receives Visits Signs Welcomes Talks " +
    "Honourable Honorable Hon Excellency Excellence Majesty Majesté Highness Altesse Mr Mrs Ms Dr Mme Mlle Messrs Me Maître Doña " +
    // Academic and professional honorifics written before a name ("Mag. Elisabeth ...", "Eng. María ...", "Univ.-Prof. Dr. ...").
    "Mag Eng Engr Ing Dipl Atty Arch Univ Univ.-Prof Prof Pre Amb " +
    // Words of offices and ranks that close a title before a name ("Chief Risk Officer", "Air Vice-Marshal").
    "Officer Officers Medical Risk Marshal Vice-Marshal Undersecretary Under-Secretary " +
    // Malaysian and Bruneian honorifics written before a name ("Datuk Seri Anwar Ibrahim", "Tan Sri ..."), the Gulf's and
    // Oman's ("Sheikh", "Sayyid Badr bin Hamad Al Busaidi") and Fiji's chiefly title ("Ratu Josefa ...").
    // Bruneian styles chained before a name ("Pehin ... Dato Seri Setia Awang Haji ...").
    "Datuk Dato Dato' Datin Seri Tun Toh Puan Pehin Setia Paduka Pengiran Berhormat Sheikh Sheikha Sayyid Sayyida Ratu " +
    // Amharic honorifics written before a name ("Woizero ..."; "Ato", also a given name, is read in people.ts).
    "Woizero Weizero " +
    "Administration Program Programme Acquisition Procurement Artificial Intelligence Digital Residence Schedule Weekly Official Consulate " +
    "NATO APEC OECD ASEAN G7 G20 UN EU Free Trade Critical Minerals Energy Climate Health Human Rights Technology Science Culture Youth Women Girls " +
    // Words closing the names of bodies, companies and publications, never a surname ("Port Authority", "Hanbit Materials", "Official Report").
    "Métropole Metropole Metropolitan Authority Authorities Port Ports Report Grants Scholarships Materials Holdings Industries Motors Electronics Shipyard Shipbuilding Executive " +
    // Words of departments and offices ("University of Life Sciences", "Plant Protection and Regulatory Services Directorate",
    // "EDCF Operations Department", "Minister Responsible for Trade").
    "Sciences Protection Services Directorate Operations Responsible " +
    // Words of bodies, states and credentials ("Korea Customs Service", "Plurinational State", "Diplomatic Academy", "Central
    // Province", "Ambassador Extraordinary and Plenipotentiary"), ranks and honorifics written before a name ("Brigadier-General",
    // "His Worship", French "Pr", Czech "Mgr.").
    "Service State Academy Province Extraordinary Plenipotentiary Startups Brigadier-General Major-General Lieutenant-General Worship Pr Mgr " +
    // A navy's and an army's ranks before a name ("Sub-Lieutenant Émilie Roy", "Lieutenant-Commander ...", "Sgt. 1st Class ...").
    "Sub-Lieutenant Lieutenant-Commander Class " +
    // Words of boards, fairs, streets and statistical offices ("Managing Board", "Deutsche Messe", "King Street West", "Chief
    // Statistician"), and the honorific of a Muslim who made the pilgrimage, written before a name in West Africa ("Alhaji").
    "Board Messe Street Statistician Alhaji Alhaja Hajiya " +
    // Units of a ministry and named days ("Power Division", "Export Promotion Bureau", "Victoria Day", "Remembrance Day").
    "Division Bureau Day " +
    // Heads of authorities and companies written before a name ("said Administrator Castro", "General Manager Ana Ruiz").
    "Administrator Administrateur Administratrice Manager " +
    // A state's name closing on its kind ("the Russian Federation Viktor ..."), a utility's portfolio ("Ministry of Electric
    // Power"), and honorifics written before a name: Myanmar's "Daw", Zimbabwe's "Cde" (comrade).
    "Federation Fédération Electric Daw Cde Comrade " +
    // Offices abbreviated in capitals before a name ("B.C. Green MLA Tomás ...", "MPP", "MNA", "CEO").
    "MLA MPP MNA MHA CEO " +
    // Trades written capitalised before a name at a sentence's start ("Economist Rana ...", "Analyst Tomás ...").
    "Economist Economists Analyst Analysts " +
    // Places of worship named after a person ("Sultan Qaboos Grand Mosque").
    "Grand Mosque Cathedral Basilica Temple Shrine " +
    // Saints opening the names of towns and universities ("Universidad Mayor de San Andrés", "Santa Cruz", "São Paulo").
    "San Santa Santo São"
  ).split(/\s+/),
);

/**
 * Malay styles and honorifics written before a name in Brunei and Malaysia, alone or in a chain: "Datuk Seri", "Dato' Sri",
 * "Dato Seri Setia Awang Haji", "Yang Berhormat Pehin Orang Kaya Laila Setia", "Tan Sri", "Awang Haji", "Pengiran". None of
 * them is part of the name ("Dato Seri Setia Awang Haji Nordin bin Omar" is Nordin bin Omar).
 */
const MALAY_STYLE_WORDS =
  "Seri|Sri|Setia|Paduka|Laila|Utama|Jasa|Indera|Wangsa|Bakti|Diraja|Orang|Kaya|Pekerma|Dewa|Awang|Dayang|Haji|Hajah|Pengiran|Pehin|Datu|Imam|Ustaz|Ustazah|Datuk|Dato['’]?|Datin|Puan";
/** The Gulf's styles before a ruler's or a minister's name: "Sheikh Tamim ...", "Sayyid Badr bin Hamad Al Busaidi". */
export const GULF_STYLE = "(?:Sayyid|Sayyida|Sheikh|Sheikha|Shaikh|Cheikh)";
export const MALAY_STYLE = String.raw`(?:Yang\s+(?:Berhormat|(?:Amat\s+)?Mulia)|Pehin|Datuk|Dato['’]?|Datin|Tan\s+Sri|Toh\s+Puan|Tun|Awang|Dayang|Pengiran|Haji|Hajah)(?:\s+(?:${MALAY_STYLE_WORDS}))*`;

/**
 * Honorifics written before a name, the chain of them ending where the name starts ("the Hon. ", "H.E. Mr ", "le
 * général "): they vouch for it as a person's and stand between it and its title, and a place's name after them is a
 * given name ("the Hon. Leon ..."). Dutch academic and legal titles are written in lower case ("drs. Rigaud", "mr. Anouk":
 * a master's degree and a law degree), unlike the English "Mr.". French forms of address may be written out ("Monsieur",
 * "Madame"), as may Myanmar's "Daw" and Zimbabwe's "Cde".
 */
export const HONORIFICS_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}.])(?:H\.\s?E\.|S\.\s?E\.|(?:[Tt]he\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:ourable|orable)?\.?|[Ll]['’]hon(?:orable|\.)|(?:His|Her)\s+Royal\s+Highness(?:\s+(?:Prince|Princess))?|(?:His|Her|Son|Sa)\s+(?:Excellency|Excellence|Majesty|Majesté|Highness|Altesse)|Sheikh|Sheikha|Cheikh|Cheick|Shaikh|Sayyid|Sayyida|Ratu|Doña|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Mgr\.?|Pre?\.?|(?:His|Her)\s+Worship|Sir|Dame|(?:Assoc\.|Associate)\s+(?:Prof\.|Professor)|Prof\.?|Amb\.?|Professor|Professeure?|Eng\.|Engr\.|Ing\.|Mag\.|Atty\.|Arch\.|Dipl\.-Ing\.|Univ\.-Prof\.|dr\.|drs\.|ir\.|mr\.|\(Ret(?:\.|d\.?|ired)\)|(?:Lieutenant|Major|Brigadier)[-\s]General|(?:Acting\s+)?(?:Sub\s+)?Lt\.?(?:\s+(?:Gen|Col|Cdr)\.?)?|(?:Maj|Brig)\.?\s+Gen\.?|Gen\.|Col\.|Cdr\.|Capt\.?(?:\s+\([A-Z]\))?|(?:Rear|Vice)[-\s]Admiral|(?:Air\s+)?(?:Vice|Chief)[-\s]Marshal|Air\s+Marshal|Air\s+Commodore|Me|Undersecretary|Justice(?<=(?:Hon\.?|Honourable|Honorable|Mr\.?|Mrs\.?|Ms\.?|Madam|Lord|Lady)\s+Justice)|${MALAY_STYLE}|Shri|Shrimati|Smt\.?|Alhaji|Alhaja|Hajiya|Ato|W\/ro|W\/rt|Woizero|Weizero|Lopen|Lyonpo|Dasho|Dre|Ven\.|Monsieur|Madame|Mademoiselle|Daw|Cde\.?|Comrade|(?:[Tt]he\s+)?Venerable(?:\s+Abbot)?|[Ll]e\s+(?:général|colonel)|[Ll]a\s+(?:générale|colonelle)|[Ll]['’]amiral)\s+)+$`,
  "u",
);
