/** Places: cities, countries, regions and sites from a gazetteer, each with the country it lies in. */
import { citiesNamed } from "./city-gazetteer";
import { CAPITALS_SET_ASIDE, capitalNamedAfter, GAZETTEER, isOneTownTerritory } from "./country-gazetteer";
import { NAME_PARTICLE_TAIL, scanGazetteer } from "./country-mentions";
import { EN_MONTH_FULL_RE, EN_WEEKDAY_RE } from "./calendar-words";
import { escapeRegExp, type Span } from "./text-span";
import { wordStart } from "./word-start";

export interface Place extends Span {
  text: string;
  name: string;
  kind: "city" | "country" | "region" | "site";
  countryCode: string | null;
  /** The town a site lies in ("Parliament Hill" in Ottawa): where what happens at the site happens. */
  town?: string;
}

const PLACES: Array<{ names: string[]; name: string; kind: Place["kind"]; country: string | null; town?: string }> = [
  { names: ["Seoul", "Séoul", "SEOUL"], name: "Seoul", kind: "city", country: "KR" },
  { names: ["Busan", "Pusan"], name: "Busan", kind: "city", country: "KR" },
  { names: ["Incheon"], name: "Incheon", kind: "city", country: "KR" },
  { names: ["Jeju"], name: "Jeju", kind: "city", country: "KR" },
  { names: ["Gyeongju"], name: "Gyeongju", kind: "city", country: "KR" },
  // Korea's administrative capital, where most ministries sit: meetings with them are held there.
  { names: ["Sejong"], name: "Sejong", kind: "city", country: "KR" },
  { names: ["Daejeon"], name: "Daejeon", kind: "city", country: "KR" },
  // The seat of Korea's space administration, a city the city table lists under no name a text writes.
  { names: ["Sacheon"], name: "Sacheon", kind: "city", country: "KR" },
  { names: ["Ottawa", "OTTAWA"], name: "Ottawa", kind: "city", country: "CA" },
  { names: ["Toronto"], name: "Toronto", kind: "city", country: "CA" },
  { names: ["Vancouver"], name: "Vancouver", kind: "city", country: "CA" },
  { names: ["Montreal", "Montréal"], name: "Montreal", kind: "city", country: "CA" },
  { names: ["Québec City", "Quebec City", "Québec", "Quebec"], name: "Quebec", kind: "city", country: "CA" },
  { names: ["Calgary"], name: "Calgary", kind: "city", country: "CA" },
  { names: ["Halifax"], name: "Halifax", kind: "city", country: "CA" },
  { names: ["Kananaskis"], name: "Kananaskis", kind: "city", country: "CA" },
  { names: ["Washington", "WASHINGTON"], name: "Washington", kind: "city", country: "US" },
  { names: ["New York"], name: "New York", kind: "city", country: "US" },
  { names: ["Tokyo"], name: "Tokyo", kind: "city", country: "JP" },
  { names: ["Beijing", "Pékin"], name: "Beijing", kind: "city", country: "CN" },
  { names: ["Pyongyang"], name: "Pyongyang", kind: "city", country: "KP" },
  { names: ["London", "Londres", "LONDON"], name: "London", kind: "city", country: "GB" },
  { names: ["Brussels", "Bruxelles"], name: "Brussels", kind: "city", country: "BE" },
  { names: ["Kyiv", "Kiev"], name: "Kyiv", kind: "city", country: "UA" },
  { names: ["Odesa", "Odessa"], name: "Odesa", kind: "city", country: "UA" },
  { names: ["Moscow", "Moscou"], name: "Moscow", kind: "city", country: "RU" },
  { names: ["Paris"], name: "Paris", kind: "city", country: "FR" },
  { names: ["Geneva", "Genève"], name: "Geneva", kind: "city", country: "CH" },
  // French names of capitals the country gazetteer knows only in English.
  { names: ["Bern", "Berne"], name: "Bern", kind: "city", country: "CH" },
  { names: ["Varsovie"], name: "Warsaw", kind: "city", country: "PL" },
  { names: ["Le Caire"], name: "Cairo", kind: "city", country: "EG" },
  { names: ["Lisbonne"], name: "Lisbon", kind: "city", country: "PT" },
  { names: ["Athènes"], name: "Athens", kind: "city", country: "GR" },
  { names: ["Copenhague"], name: "Copenhagen", kind: "city", country: "DK" },
  { names: ["La Haye"], name: "The Hague", kind: "city", country: "NL" },
  { names: ["Nicosie"], name: "Nicosia", kind: "city", country: "CY" },
  { names: ["Beyrouth"], name: "Beirut", kind: "city", country: "LB" },
  { names: ["Damas"], name: "Damascus", kind: "city", country: "SY" },
  { names: ["Bagdad"], name: "Baghdad", kind: "city", country: "IQ" },
  { names: ["Téhéran"], name: "Tehran", kind: "city", country: "IR" },
  { names: ["Riyad"], name: "Riyadh", kind: "city", country: "SA" },
  { names: ["Mascate"], name: "Muscat", kind: "city", country: "OM" },
  { names: ["Abou Dabi"], name: "Abu Dhabi", kind: "city", country: "AE" },
  { names: ["Alger"], name: "Algiers", kind: "city", country: "DZ" },
  { names: ["Addis-Abeba"], name: "Addis Ababa", kind: "city", country: "ET" },
  { names: ["Mogadiscio"], name: "Mogadishu", kind: "city", country: "SO" },
  { names: ["Katmandou"], name: "Kathmandu", kind: "city", country: "NP" },
  { names: ["Kaboul"], name: "Kabul", kind: "city", country: "AF" },
  { names: ["Hanoï"], name: "Hanoi", kind: "city", country: "VN" },
  { names: ["Manille"], name: "Manila", kind: "city", country: "PH" },
  { names: ["Bucarest"], name: "Bucharest", kind: "city", country: "RO" },
  { names: ["Tbilissi"], name: "Tbilisi", kind: "city", country: "GE" },
  { names: ["Erevan"], name: "Yerevan", kind: "city", country: "AM" },
  { names: ["Bakou"], name: "Baku", kind: "city", country: "AZ" },
  { names: ["Tachkent"], name: "Tashkent", kind: "city", country: "UZ" },
  // The capital as English news writes it today; the data's "Ulan Bator" is the older spelling.
  { names: ["Ulaanbaatar", "Oulan-Bator"], name: "Ulaanbaatar", kind: "city", country: "MN" },
  { names: ["La Havane"], name: "Havana", kind: "city", country: "CU" },
  { names: ["La Valette"], name: "Valletta", kind: "city", country: "MT" },
  { names: ["Singapore"], name: "Singapore", kind: "city", country: "SG" },
  { names: ["Jakarta"], name: "Jakarta", kind: "city", country: "ID" },
  { names: ["Vientiane"], name: "Vientiane", kind: "city", country: "LA" },
  { names: ["Manila"], name: "Manila", kind: "city", country: "PH" },
  { names: ["Kuala Lumpur"], name: "Kuala Lumpur", kind: "city", country: "MY" },
  { names: ["Riga"], name: "Riga", kind: "city", country: "LV" },
  { names: ["Alaska"], name: "Alaska", kind: "region", country: "US" },
  {
    names: ["South Korea", "Republic of Korea", "Corée du Sud", "République de Corée", "Korea", "Corée"],
    name: "South Korea",
    kind: "country",
    country: "KR",
  },
  { names: ["North Korea", "Corée du Nord"], name: "North Korea", kind: "country", country: "KP" },
  { names: ["Canada"], name: "Canada", kind: "country", country: "CA" },
  { names: ["United States", "États-Unis"], name: "United States", kind: "country", country: "US" },
  { names: ["United Kingdom", "Britain", "Royaume-Uni"], name: "United Kingdom", kind: "country", country: "GB" },
  { names: ["Japan", "Japon"], name: "Japan", kind: "country", country: "JP" },
  { names: ["China", "Chine"], name: "China", kind: "country", country: "CN" },
  { names: ["Russia", "Russie"], name: "Russia", kind: "country", country: "RU" },
  { names: ["Ukraine"], name: "Ukraine", kind: "country", country: "UA" },
  { names: ["Latvia", "Lettonie"], name: "Latvia", kind: "country", country: "LV" },
  { names: ["Australia", "Australie"], name: "Australia", kind: "country", country: "AU" },
  { names: ["Indo-Pacific", "Indo-Pacifique"], name: "Indo-Pacific", kind: "region", country: null },
  { names: ["North Pacific", "Pacifique Nord"], name: "North Pacific", kind: "region", country: null },
  { names: ["Asia-Pacific", "Asie-Pacifique"], name: "Asia-Pacific", kind: "region", country: null },
  { names: ["Korean Peninsula", "péninsule coréenne"], name: "Korean Peninsula", kind: "region", country: null },
  { names: ["Arctic", "Arctique"], name: "Arctic", kind: "region", country: null },
  { names: ["East Asia", "Asie de l'Est"], name: "East Asia", kind: "region", country: null },
  { names: ["Eastern Europe"], name: "Eastern Europe", kind: "region", country: null },
  { names: ["Demilitarized Zone", "DMZ"], name: "Demilitarized Zone", kind: "site", country: null },
  { names: ["War Memorial of Korea"], name: "War Memorial of Korea", kind: "site", country: "KR", town: "Seoul" },
  { names: ["Parliament Hill", "Colline du Parlement"], name: "Parliament Hill", kind: "site", country: "CA", town: "Ottawa" },
  // "called on the Prime Minister at Stenbock House", "reçu au palais de la Marina par le chef de l'État": a seat of government
  // stands in its capital, where what happens there happens.
  { names: ["Rideau Hall"], name: "Rideau Hall", kind: "site", country: "CA", town: "Ottawa" },
  { names: ["Union Buildings"], name: "Union Buildings", kind: "site", country: "ZA", town: "Pretoria" },
  { names: ["Stenbock House", "Stenbocki maja"], name: "Stenbock House", kind: "site", country: "EE", town: "Tallinn" },
  { names: ["Singha Durbar"], name: "Singha Durbar", kind: "site", country: "NP", town: "Kathmandu" },
  { names: ["palais de la Marina", "Palais de la Marina"], name: "Palais de la Marina", kind: "site", country: "BJ", town: "Cotonou" },
  { names: ["immeuble Étoile", "Immeuble Étoile"], name: "Immeuble Étoile", kind: "site", country: "CM", town: "Yaoundé" },
  // "reçu au Palais Princier", "received at the Prince's Palace", "en visite officielle en Principauté": the palace and the
  // principality of one town stand for that town ("la Principauté d'Andorre", "the Principality of Liechtenstein" do not).
  {
    names: ["Palais Princier", "palais princier", "Prince's Palace", "Prince’s Palace"],
    name: "Prince's Palace",
    kind: "site",
    country: "MC",
    town: "Monaco",
  },
  { names: ["Principauté", "Principality"], name: "Principality", kind: "site", country: "MC", town: "Monaco" },
  // "signed at YVR", "visited Toronto Pearson": an airport stands in a town of its own, not in the city it serves.
  {
    names: ["Vancouver International Airport", "aéroport international de Vancouver", "YVR"],
    name: "Vancouver International Airport",
    kind: "site",
    country: "CA",
    town: "Richmond",
  },
  {
    names: ["Toronto Pearson", "Pearson International Airport", "YYZ"],
    name: "Toronto Pearson",
    kind: "site",
    country: "CA",
    town: "Mississauga",
  },
];

const ALL = PLACES.flatMap((p) => p.names.map((n) => ({ n, p }))).sort((a, b) => b.n.length - a.n.length);
// "the Singapore–Maldives Joint Commission", "Canada-Korea": a name joined to another by a hyphen or a dash names a pair, not a place.
const PLACE_RE = wordStart(new RegExp(`(?<![\\p{L}–-])(?:${ALL.map((a) => escapeRegExp(a.n)).join("|")})(?![\\p{L}]|[–-]\\p{Lu})`, "gu"));

/** "la Principauté d'Andorre", "the Principality of Liechtenstein": a principality named after its word is that one. */
const PRINCIPALITY_NAMED_AFTER = /^\s+(?:of|d['’]|de|du)(?![\p{L}])/iu;

/** Every place mention, in text order (several per place); `pair` chooses among towns of one name. */
export function findPlaceMentions(text: string, pair: readonly string[] = []): Place[] {
  const out: Place[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    const entry = ALL.find((a) => a.n === m[0]);
    if (!entry) continue;
    // "Korea Herald", "Korean War": a country word inside a longer proper name is not a place.
    if (
      entry.p.kind === "country" &&
      /^\s(?:Herald|Times|Institute|Council|Foundation|War\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 15))
    )
      continue;
    if (entry.p.name === "Principality" && PRINCIPALITY_NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: entry.p.name,
      kind: entry.p.kind,
      countryCode: entry.p.country,
      ...(entry.p.town ? { town: entry.p.town } : {}),
    });
  }
  // Every other country and capital, from the country gazetteer (scanned once, read twice below).
  const gazetteer = scanGazetteer(text, { start: 0, end: text.length });
  for (const g of gazetteer) {
    if (g.entry.kind === "demonym" || out.some((o) => o.start < g.end && g.start < o.end)) continue;
    // A province or state is no country and no city: it only tells whose a city is (below). A metropolitan city that is a
    // subdivision of its own ("Ulsan", "Incheon") is a city.
    if (g.entry.kind === "subdivision") {
      // A smaller one is the city when a preposition of place leads to it ("met in Dire Dawa", a chartered city).
      const least =
        PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, g.start - 4), g.start)) ||
        FRENCH_SITE_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start))
          ? 0
          : METROPOLITAN;
      const city = citiesNamed(g.text).find((c) => c.code === g.code && c.population >= least);
      if (city && !/^\s+(?:Province|province|Prefecture|State|state)(?![\p{L}])/u.test(text.slice(g.end, g.end + 12)))
        // The name as the text writes it, accents kept ("in Valparaíso"), for a town read by its preposition.
        out.push({ start: g.start, end: g.end, text: g.text, name: least ? city.name : g.text, kind: "city", countryCode: g.code });
      continue;
    }
    // "in Djibouti City", "à Koweït", "à Singapour": a country named like its capital, with "City" after it or "à" before it
    // (where "au Koweït" names the country), is the capital.
    const capital = g.entry.kind === "name" ? capitalNamedAfter(g.code) : null;
    const cityWord = capital ? /^\s+City(?![\p{L}])/u.exec(text.slice(g.end, g.end + 6)) : null;
    if (capital && (cityWord || A_BEFORE.test(text.slice(Math.max(0, g.start - 3), g.start)))) {
      const end = g.end + (cityWord?.[0].length ?? 0);
      out.push({ start: g.start, end, text: text.slice(g.start, end), name: capital, kind: "city", countryCode: g.code });
      continue;
    }
    // "signed in Macao": a territory of one town is that town after "in" or "at", named as written (the data writes "Macau").
    if (
      g.entry.kind === "name" &&
      isOneTownTerritory(g.code) &&
      /(?<![\p{L}])(?:in|at)\s+$/u.test(text.slice(Math.max(0, g.start - 4), g.start))
    ) {
      out.push({ start: g.start, end: g.end, text: g.text, name: g.text, kind: "city", countryCode: g.code });
      continue;
    }
    if (g.capital && /^[—–]\s*\p{Lu}/u.test(text.slice(g.end, g.end + 3))) continue;
    // A street named after a town of the pair's own ("Juba Road") runs in that town anyway.
    if (namesAStreet(text, g) && !pair.includes(g.code)) continue;
    out.push({ start: g.start, end: g.end, text: g.text, name: g.entry.name, kind: g.capital ? "city" : "country", countryCode: g.code });
  }
  // "une visite de travail à Praia" in a text naming Cabo Verde: a capital set aside as ambiguous is the capital when its
  // country is named in the same text and a preposition of place or a verb of visiting ("visited Palikir") leads to it, or
  // to a venue set off before it.
  for (const cap of CAPITALS_SET_ASIDE) {
    if (!out.some((o) => o.kind === "country" && o.countryCode === cap.code) || !text.includes(cap.name)) continue;
    // "signed at Government Headquarters, Basseterre, on Thursday": the same after a venue set off by a comma.
    const re = new RegExp(
      `(?<![\\p{L}])(?:in|at|to|à|visited|visiting|visits|visité)\\s+(?:(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]*,\\s+)?(${escapeRegExp(cap.name)})(?![\\p{L}])`,
      "gu",
    );
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (out.some((o) => o.start < start + m[1]!.length && start < o.end)) continue;
      out.push({ start, end: start + m[1]!.length, text: m[1]!, name: cap.name, kind: "city", countryCode: cap.code });
    }
  }
  // "in Shenzhen, China", "à Geoje, en Corée": a capitalised name set off before a country is a city of that country;
  // without the preposition ("Anglican Parish of Apia, Samoa"), when the city table knows a town of that name there.
  for (const g of gazetteer) {
    if (g.capital || g.entry.kind === "demonym") continue;
    const before = text.slice(Math.max(0, g.start - 50), g.start);
    const bare = TOWN_BEFORE_COUNTRY.exec(before);
    const lead = CITY_BEFORE_COUNTRY.exec(before) ?? (bare && citiesNamed(bare.groups!.city!).some((c) => c.code === g.code) ? bare : null);
    if (!lead) continue;
    const name = lead.groups!.city!;
    const start = g.start - lead[0].length + lead[0].indexOf(name);
    if (out.some((o) => o.start < start + name.length && start < o.end)) continue;
    out.push({ start, end: start + name.length, text: name, name, kind: "city", countryCode: g.code });
  }
  out.push(...townsAfterPrepositions(text, out, pair));
  return out.sort((a, b) => a.start - b.start);
}

const STREET_AFTER = /^\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Drive|Lane|Square|Crescent|Terrace)(?![\p{L}])/u;
const STREET_BEFORE = /(?<![\p{L}])(?:rue|avenue|boulevard|chemin|place)\s+(?:de\s+|du\s+)?$/iu;

/**
 * "in his office on Wellington Street", "on Paris Avenue", "sur la rue Wellington": a town's or country's name that names
 * a street is an address, no place or country of its own.
 */
export function namesAStreet(text: string, name: Span): boolean {
  return STREET_AFTER.test(text.slice(name.end, name.end + 12)) || STREET_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start));
}

/**
 * A preposition of place or a verb of travel and the capitalised words after it (up to three, hyphenated ones whole, a
 * saint's "St." with them): "in Dieppe", "à Lattes", "visited Winnipeg", "visit ... to St. John's".
 */
const AFTER_PREPOSITION = wordStart(
  /(?<![\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Àà]|[Tt]o|visited|toured)\s+(?<name>(?:St\.\s)?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*){0,2})/gu,
);
/** The town whose hall it is: "at the Kandy City Hall", "in the Halifax Town Hall". */
const TOWN_HALL = wordStart(
  /(?<![\p{L}])(?:[Ii]n|[Aa]t)\s+the\s+(?<name>\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)(?=\s+(?:City|Town)\s+Hall(?![\p{L}]))/gu,
);
/**
 * A French site of a town, up to the town: "au zoo de ", "à l'hôtel de ville de ", "à la mairie de ", and a site with its
 * owner's name between ("au chantier Davie de ", "à l'usine Hyundai d'").
 */
const FRENCH_SITE_OF =
  "(?<![\\p{L}])(?:au|aux|à\\s+la|à\\s+l['’])\\s*(?:zoo|hôtel\\s+de\\s+ville|mairie|siège|palais|musée|campus|parc|jardin|port|aéroport|centre|ambassade|consulat|stade|université|hôpital|chantier|usine)(?:\\s+(?:\\p{Ll}+|\\p{Lu}[\\p{L}'’-]*))?\\s+(?:de|d['’])\\s*";
/** The town a French site belongs to: "au zoo de Séoul", "à l'hôtel de ville de Gwangju", "à la mairie de Granby". */
const SITE_OF_TOWN = new RegExp(`${FRENCH_SITE_OF}(?<name>\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*)`, "gu");
/** A French site's words just before its town's name: what happens there happens in that town. */
export const FRENCH_SITE_BEFORE = new RegExp(`${FRENCH_SITE_OF}$`, "u");
/** A town opening the copy before a dash, with no date: "Kumasi — The Vice-Chancellor ...", "SHERBROOKE — Le fabricant ...". */
const LINE_OPENING_TOWN = wordStart(
  /(?<=^|\n)[ \t]*(?<name>\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s\p{Lu}[\p{L}'’]*){0,2})(?=\s+(?:—|–|--)\s)/gu,
);
/** French "à" just before a name (a town; "au", "en" lead to a country). */
const A_BEFORE = wordStart(/(?<![\p{L}])à\s+$/u);
/** A preposition of place just before a name: "in ", "at ", "à ". */
const PLACE_PREPOSITION_BEFORE = wordStart(/(?<![\p{L}])(?:[Ii]n|[Aa]t|[Àà])\s+$/u);
/** A subdivision named like a city of its country this large is that city ("Ulsan", "Incheon"). */
const METROPOLITAN = 400_000;
/** Calendar words and others that follow "in" with a capital and are also the names of towns ("March", "Mai"). */
const NOT_A_TOWN = new RegExp(`^(?:${EN_MONTH_FULL_RE}|${EN_WEEKDAY_RE}|The|This|That|Person|Parliament|Government|Committee)$`, "iu");
/** Below this many people, a town outside the pair's and the text's countries is more often something else ("Mission", "Union"). */
const MIN_POPULATION_ELSEWHERE = 100_000;

/**
 * Towns the lists above do not know, from the city table: a capitalised name after a preposition of place. Among places
 * of one name the pair's country wins ("in Dieppe" in a text about Korea and Canada), then a country the text names,
 * then the most populous, which must then be a city of some size.
 */
function townsAfterPrepositions(text: string, known: readonly Place[], pair: readonly string[]): Place[] {
  const named = new Set(known.filter((p) => p.kind === "country" && p.countryCode).map((p) => p.countryCode!));
  const out: Place[] = [];
  for (const m of [
    ...text.matchAll(AFTER_PREPOSITION),
    ...text.matchAll(LINE_OPENING_TOWN),
    ...text.matchAll(TOWN_HALL),
    ...text.matchAll(SITE_OF_TOWN),
  ]) {
    const start = m.index + m[0].length - m.groups!.name!.length;
    // "à Santiago de los Caballeros", "in Santiago de Cuba": a particle and a capital after the words make one longer name,
    // read whole or not at all ("Santiago" alone is another town).
    const particle = NAME_PARTICLE_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[0];
    if (particle && citiesNamed(m.groups!.name! + particle).length === 0) continue;
    const words = particle ? [m.groups!.name! + particle] : m.groups!.name!.split(" ");
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(" ");
      if (NOT_A_TOWN.test(name) || GAZETTEER.has(name)) continue;
      const end = start + name.length;
      if (known.some((o) => o.start < end && start < o.end)) break;
      // A dateline's town in capitals is looked up as it is usually written ("SHERBROOKE" as "Sherbrooke").
      const candidates = citiesNamed(
        /^[\p{Lu}\s'’-]+$/u.test(name) ? name.toLowerCase().replace(/(?:^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : name,
      );
      const town =
        candidates.find((c) => pair.includes(c.code)) ??
        candidates.find((c) => named.has(c.code)) ??
        // A capital set aside as naming other places ("Praia", "Kingston") stays set aside unless its country is named.
        (CAPITALS_SET_ASIDE.some((c) => c.name === name) ? undefined : candidates.find((c) => c.population >= MIN_POPULATION_ELSEWHERE));
      if (!town) continue;
      out.push({ start, end, text: name, name: town.name, kind: "city", countryCode: town.code });
      break;
    }
  }
  return out;
}

const CITY_BEFORE_COUNTRY = wordStart(
  /(?<![\p{L}])(?:in|at|à)\s+(?<city>[\p{Lu}][\p{Ll}]+(?:[ -][\p{Lu}][\p{Ll}]+)?),\s+(?:(?:en|au|aux)\s+)?$/u,
);
const TOWN_BEFORE_COUNTRY = wordStart(/(?<![\p{L}])(?<city>[\p{Lu}][\p{Ll}'’ʻ]+(?:[ -][\p{Lu}][\p{Ll}'’ʻ]+)?),\s+$/u);

/** One suggestion per place: its first mention. */
export function distinctPlaces(mentions: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return mentions.filter((p) => {
    if (seen.has(p.name)) return false;
    seen.add(p.name);
    return true;
  });
}

export function placeByName(name: string): { name: string; country: string | null; kind: Place["kind"] } | null {
  const hit = ALL.find((a) => a.n.toLowerCase() === name.toLowerCase());
  if (hit) return { name: hit.p.name, country: hit.p.country, kind: hit.p.kind };
  // "Port-Louis" and "Port Louis": a town the list above does not hold, by the city table's name for it.
  // "Zanzibar City", "Kuwait City": a town the city table writes without the word "City".
  const town = citiesNamed(name)[0] ?? citiesNamed(name.replace(/\s+City$/u, ""))[0];
  return town ? { name: town.name, country: town.code, kind: "city" } : null;
}
