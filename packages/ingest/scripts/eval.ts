/**
 * `npm run eval:ingest`: runs every labelled set and all together, and prints precision and recall per field,
 * the checks that nothing comes from removed text and no annotated content was removed, and the time per 10 KB.
 * What each set's figures can be trusted for: the development set, the held-out set and the second to fourth
 * unseen sets have all had rules tuned on their misses since their first measurement, so their figures now show
 * only that nothing regressed. The fifth unseen set's first measurement (before any rule saw it) is recorded in
 * test/fixtures/unseen-5/FIRST-RUN.md; it is printed twice more, split into its Korea-Canada documents and its
 * documents about other pairs. The sixth unseen set's first measurement is in test/fixtures/unseen-6/FIRST-RUN.md,
 * split the same way, the seventh unseen set's in test/fixtures/unseen-7/FIRST-RUN.md, the eighth's in test/fixtures/unseen-8/FIRST-RUN.md, the ninth's in test/fixtures/unseen-9/FIRST-RUN.md, the tenth's in test/fixtures/unseen-10/FIRST-RUN.md the eleventh's in test/fixtures/unseen-11/FIRST-RUN.md, the twelfth's in test/fixtures/unseen-12/FIRST-RUN.md the thirteenth's in test/fixtures/unseen-13/FIRST-RUN.md and the fourteenth's in test/fixtures/unseen-14/FIRST-RUN.md. Honest figures after tuning need a new set annotated before the extractor runs on it.
 * `--verbose` lists misses and extras; `--set <name>` limits the listing to one set;
 * `--dir <folder>` (repeatable) evaluates the labelled sets in those folders instead of the repository's;
 * `--plover <file>` scores PLOVER typing on another annotated sentence set than test/fixtures/plover/sentences.json.
 */
import { basename, resolve } from "node:path";
import * as labelled from "../src/evaluation/labelled-set";
import { HELD_OUT_DIR, type LoadedDocument, loadLabelledSet, FIXTURES_DIR } from "../src/evaluation/labelled-set";
import { loadPloverSet, scorePlover } from "../src/evaluation/score-plover";
import { type EvaluationReport, evaluate, FIELDS, precision, recall } from "../src/evaluation/score-labelled-set";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--set") ? args[args.indexOf("--set") + 1] : undefined;
const dirs = args.flatMap((a, i) => (a === "--dir" && args[i + 1] ? [resolve(args[i + 1]!)] : []));
const pct = (n: number) => `${(n * 100).toFixed(1).padStart(5)}%`;

interface SetToRun {
  name: string;
  title: string;
  documents: LoadedDocument[];
}

const dev = loadLabelledSet();
const known = dev.known;
const otherPair = (d: LoadedDocument) => d.doc.pair !== undefined && !(d.doc.pair.includes("KR") && d.doc.pair.includes("CA"));

/** A set with a first run of its own, whole and split into its Korea-Canada documents and those about other pairs. */
function withParts(name: string, ordinal: string, title: string, documents: LoadedDocument[]): SetToRun[] {
  return [
    { name, title, documents },
    { name: `${name}-kr-ca`, title: `${ordinal} unseen set, Korea-Canada documents`, documents: documents.filter((d) => !otherPair(d)) },
    { name: `${name}-other`, title: `${ordinal} unseen set, documents about other pairs`, documents: documents.filter(otherPair) },
  ];
}

function repositorySets(): SetToRun[] {
  const sets: SetToRun[] = [
    { name: "dev", title: "Development set (rules tuned on it)", documents: dev.documents },
    { name: "held-out", title: "Held-out set (tuned on since its first measurement)", documents: loadLabelledSet(HELD_OUT_DIR).documents },
    {
      name: "unseen-2",
      title: "Second unseen set (other publishers, French; tuned on since)",
      documents: loadLabelledSet(labelled.UNSEEN_2_DIR).documents,
    },
    {
      name: "unseen-3",
      title: "Third unseen set (features, summit wires, provinces, newsletters, Hansard, timelines; tuned on since)",
      documents: loadLabelledSet(labelled.UNSEEN_3_DIR).documents,
    },
    {
      name: "unseen-4",
      title: "Fourth unseen set (web video embeds, Q&A, backgrounder, policy brief, joint release, other pair; tuned on since)",
      documents: loadLabelledSet(labelled.UNSEEN_4_DIR).documents,
    },
    ...withParts(
      "unseen-5",
      "Fifth",
      "Fifth unseen set (six other pairs, French, tense and anchors; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_5_DIR).documents,
    ),
    ...withParts(
      "unseen-6",
      "Sixth",
      "Sixth unseen set (six more pairs, four French texts, other publishers; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_6_DIR).documents,
    ),
    ...withParts(
      "unseen-7",
      "Seventh",
      "Seventh unseen set (six more pairs, four French texts, agreement nouns and event shapes; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_7_DIR).documents,
    ),
    ...withParts(
      "unseen-8",
      "Eighth",
      "Eighth unseen set (six more pairs, four French texts, event shapes, honorifics and name order; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_8_DIR).documents,
    ),
    ...withParts(
      "unseen-9",
      "Ninth",
      "Ninth unseen set (six more pairs, four French texts, bare titles, portfolios, every agreement milestone; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_9_DIR).documents,
    ),
    ...withParts(
      "unseen-10",
      "Tenth",
      "Tenth unseen set (six more pairs, four French texts, new publishers, particles and compound names; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_10_DIR).documents,
    ),
    ...withParts(
      "unseen-11",
      "Eleventh",
      "Eleventh unseen set (six more pairs, four French texts, parliaments, provinces, business dailies, posts; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_11_DIR).documents,
    ),
    ...withParts(
      "unseen-12",
      "Twelfth",
      "Twelfth unseen set (six more pairs, four French texts, readouts, committee reports, wires, bulletins, speeches; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_12_DIR).documents,
    ),
    ...withParts(
      "unseen-13",
      "Thirteenth",
      "Thirteenth unseen set (six more pairs, four French texts, city, defence, embassy, parliament, transcript, university, think-tank, business; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_13_DIR).documents,
    ),
    ...withParts(
      "unseen-14",
      "Fourteenth",
      "Fourteenth unseen set (six more pairs, three French texts, Hansard, research council, regional papers, port, trade blog, communiqué, readouts; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_14_DIR).documents,
    ),
    ...withParts(
      "unseen-15",
      "Fifteenth",
      "Fifteenth unseen set (six more pairs, four French texts, premier, committee reports, business council, embassy newsletter, wires, 2+2 statement, presidencies, port, culture; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_15_DIR).documents,
    ),
    ...withParts(
      "unseen-16",
      "Sixteenth",
      "Sixteenth unseen set (six more pairs, four French texts, Hansard, head of state's readout, city twinning, research council, defence, regional paper, university, fisheries, communiqué, central bank, think tank, agriculture; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_16_DIR).documents,
    ),
    ...withParts(
      "unseen-17",
      "Seventeenth",
      "Seventeenth unseen set (six more pairs, four French texts, live blog, export credit agency, cultural centre, consulate, business editorial, health ministry, chamber of commerce, week in review, embassy bulletin, news agency, committee hearing, space agency; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_17_DIR).documents,
    ),
    ...withParts(
      "unseen-18",
      "Eighteenth",
      "Eighteenth unseen set (six more pairs, four French texts, minister's itinerary, newswire briefs, trade mission programme, provincial release, opinion column, fisheries ministry, development fund note, agriculture notice, federal communiqué, press conference transcript, university news, port authority; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_18_DIR).documents,
    ),
    ...withParts(
      "unseen-19",
      "Nineteenth",
      "Nineteenth unseen set (six more pairs, four French texts, numbered joint statement, customs notice, radio interview summary, FAQ page, press review, think-tank recaps, health ministry, chamber of commerce bulletin, embassy newsletter, parliamentary report, city twinning; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_19_DIR).documents,
    ),
    ...withParts(
      "unseen-20",
      "Twentieth",
      "Twentieth unseen set (six more pairs, four French texts, Senate debates, legislature order paper, statistics release, business council annual report, tribunal reasons, wire photo captions, university partnership page, exhibitor notice, speech transcript, NGO field report, culture ministry, podcast notes; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_20_DIR).documents,
    ),
    ...withParts(
      "unseen-21",
      "Twenty-first",
      "Twenty-first unseen set (six more pairs, four French texts, treaty database records, law firm client alert, defence tender notice, released briefing note, museum exhibition release, official gazette notice, labour ministry notice, business forum programme, embassy social media thread, cabinet decisions, scholarship call, civil aviation notice; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_21_DIR).documents,
    ),
    ...withParts(
      "unseen-22",
      "Twenty-second",
      "Twenty-second unseen set (six more pairs, four French texts, committee evidence transcript, newspaper live blog, auditor general's report, export credit agency release, council minutes, travel advisory page, shipping line advisory, joint commission record of discussions, ministry country page, TV news summary, regional organisation release, central bank release; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_22_DIR).documents,
    ),
    ...withParts(
      "unseen-23",
      "Twenty-third",
      "Twenty-third unseen set (six more pairs, four French texts, question period Hansard, research council funding announcement, airline route announcement, embassy consular bulletin, press agency wires, state utility release, development agency field news, port authority notice, police media release, state visit programme, market announcement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_23_DIR).documents,
    ),
    ...withParts(
      "unseen-24",
      "Twenty-fourth",
      "Twenty-fourth unseen set (six more pairs, four French texts, think-tank event summary, defence procurement notice, trade mission itinerary, university partnership news, regional daily, chamber of commerce newsletter, scholarship call, market brief, friendship group newsletter, museum exhibition release, ministry FAQ page, twinning announcement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_24_DIR).documents,
    ),
    ...withParts(
      "unseen-25",
      "Twenty-fifth",
      "Twenty-fifth unseen set (six more pairs, four French texts, coast guard release, standards body notice, parliamentary library note, sports federation post, bank economic note, community weekly, health ministry release, energy regulator decision, fisheries commission report, op-ed, news site live page, radio transcript; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_25_DIR).documents,
    ),
    ...withParts(
      "unseen-26",
      "Twenty-sixth",
      "Twenty-sixth unseen set (six more pairs, four French texts, veterans' release, Senate hearing summary, space agency note, podcast notes, embassy newsletter, arts council results, twinning anniversary, numbered joint statement, police release, customs notice, wire bundle, weather service note; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_26_DIR).documents,
    ),
    ...withParts(
      "unseen-27",
      "Twenty-seventh",
      "Twenty-seventh unseen set (six more pairs, four French texts, Crown corporation annual report, trade mission blog, think tank calendar, reference article with a chronology, school letter, mayor's speech, hospital release, nuclear regulator bulletin, court summary, farmers' newsletter, press agency agenda, union statement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_27_DIR).documents,
    ),
    ...withParts(
      "unseen-28",
      "Twenty-eighth",
      "Twenty-eighth unseen set (six more pairs, four French texts, national library release, tourism media kit, written question, film festival programme, job posting, call for papers, coffee market bulletin, Red Cross update, bridge progress report, ex-post evaluation, philharmonic tour, academy news; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_28_DIR).documents,
    ),
    ...withParts(
      "unseen-29",
      "Twenty-ninth",
      "Twenty-ninth unseen set (six more pairs, four French texts, trade commissioner's post, practice notice, game recap, market fact sheet, botanical garden release, professional order's notice, ombudsperson's assessment, diaspora bulletin, telecom customer notice, halal certification notice, NGO field diary, election observation statement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_29_DIR).documents,
    ),
    ...withParts(
      "unseen-30",
      "Thirtieth",
      "Thirtieth unseen set (six more pairs, four French texts, accreditation decision, donor update, bill status page, wildfire situation report, zoo news post, exchange student's blog, philatelic bulletin, honorary degree citation, accelerator blog, letter to the editor, cross-border project sheet, opposition statement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_30_DIR).documents,
    ),
    ...withParts(
      "unseen-31",
      "Thirty-first",
      "Thirty-first unseen set (six more pairs, four French texts, museum loan notice, church bulletin, week-ahead diary, union bulletin, consulate calendar, obituary, locust bulletin, alumni class notes, temple newsletter, baseball tour schedule, publisher's release page, lycée twinning announcement; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_31_DIR).documents,
    ),
    ...withParts(
      "unseen-32",
      "Thirty-second",
      "Thirty-second unseen set (six more pairs, four French texts, food inspection notice, wine importer's newsletter, orchestra tour diary, contract award notice, scholarship list, dance season brochure, marine notice, investment unit circular, law firm client alert, radio programme listing, conference centre news, ocean week newsletter; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_32_DIR).documents,
    ),
    ...withParts(
      "unseen-33",
      "Thirty-third",
      "Thirty-third unseen set (six more pairs, five of them territories, four French texts, school board newsletter, museum acquisitions note, arbitration case page, LNG community update, library exhibition guide, cycling stage report, construction weekly, cruise blog, claims bulletin, coach passenger notice, animal-health notice, archive finding aid; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_33_DIR).documents,
    ),
    ...withParts(
      "unseen-34",
      "Thirty-fourth",
      "Thirty-fourth unseen set (six more pairs, five of them territories, four French texts, everyday sources from publishers no earlier set used: a news agency wire, a legislature's debate record, a consulate's news item, a regional daily's story, a prime minister's press release, a media advisory, a territorial government's press release, an island daily's story, a governor's media advisory, a joint communiqué, an island daily's article, a speech as delivered; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_34_DIR).documents,
    ),
    ...withParts(
      "unseen-35",
      "Thirty-fifth",
      "Thirty-fifth unseen set (six more pairs, five French texts, mainstream sources at their real length: two news agencies' wires, two broadcasters' web stories, two newspapers' stories, a foreign ministry's news release, a leaders' joint statement, a media note carrying a joint statement, a joint communiqué, two trade and industry ministries' releases; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_35_DIR).documents,
    ),
    ...withParts(
      "unseen-36",
      "Thirty-sixth",
      "Thirty-sixth unseen set (six more pairs, five French texts, mainstream sources at their real length: a head of state's office's briefing and another's communiqué, a foreign ministry's press release and another's press statement, a provincial ministry's release on a newswire, two news agencies' wires, a broadcaster's web story, four newspapers' stories; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_36_DIR).documents,
    ),
    ...withParts(
      "unseen-37",
      "Thirty-seventh",
      "Thirty-seventh unseen set (six more pairs, four French texts, mainstream sources at their real length: a head of government's readout, a spokesperson's regular briefing, a council of ministers' report, a signed joint declaration, an industry ministry's communiqué, a trade ministry's media release, a news agency's wire, three newspapers' stories, two broadcasters' web stories; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_37_DIR).documents,
    ),
    ...withParts(
      "unseen-38",
      "Thirty-eighth",
      "Thirty-eighth unseen set (six more pairs, four French texts, mainstream sources at their real length: a head of government's backgrounder, a head of state's office's transcript of two leaders' joint press statements, a head of state's office's press release, a foreign ministry's transcript of its minister's doorstop interview, a government information department's press release, a government portal's article, a news agency's French wire, a newspaper's interview, four newspapers' stories; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_38_DIR).documents,
    ),
    ...withParts(
      "unseen-39",
      "Thirty-ninth",
      "Thirty-ninth unseen set (six more pairs, four French texts, mainstream sources at their real length: a trade minister's speech as delivered, a foreign minister's statement, a provincial premier's communiqué, an embassy's news post, a broadcaster's live blog, a news agency's backgrounder, a national assembly committee's report, a leaders' joint fact sheet, two business dailies' and two newspapers' stories; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_39_DIR).documents,
    ),
    ...withParts(
      "unseen-40",
      "Fortieth",
      "Fortieth unseen set (six more pairs, four French texts, mainstream sources at their real length: a broadcaster's radio interview transcript, a newspaper's editorial, a Speaker's office's news release, an ambassador's op-ed, a Governor General's release, a regional daily's business story, a foreign ministry's portal item, a head of government's office's item, a news agency's wire, a government information service's story, a news site's story and a government's news item; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_40_DIR).documents,
    ),
    ...withParts(
      "unseen-41",
      "Forty-first",
      "Forty-first unseen set (six more pairs, four French texts, mainstream sources at their real length: a foreign ministry's explanatory memorandum on a treaty tabled in Parliament, a newspaper's daily politics newsletter, a fisheries ministry's press release, a news agency's factbox, a consulate general's notice, a newspaper's explainer in questions, two public radios' web stories, a news agency's dispatch, two national dailies' stories and a news site's story; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_41_DIR).documents,
    ),
    ...withParts(
      "unseen-42",
      "Forty-second",
      "Forty-second unseen set (six more pairs, four French texts, mainstream sources at their real length: a Hansard extract of the House of Commons, a provincial legislature's Journal des débats, a newsmagazine's web story, a provincial premier's release, an international broadcaster's web story, a regional newspaper's business story, a news agency's dispatch, a government's news item, a national weekly's story, a government-owned daily's story, a national daily's story and a foreign ministry's press release; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_42_DIR).documents,
    ),
    ...withParts(
      "unseen-43",
      "Forty-third",
      "Forty-third unseen set (six more pairs, four French texts, mainstream sources at their real length: a Senate committee's news release, a chamber of commerce's member bulletin, a city's news release on a twinning, a business media's web story, a public broadcaster's English web story, a public broadcaster's live blog, a national news agency's dispatch, a head of government's office's press release, a government's notes of a Cabinet meeting, a parliament's news story, a government's fortnightly bulletin and an energy ministry's news item; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_43_DIR).documents,
    ),
    ...withParts(
      "unseen-44",
      "Forty-fourth",
      "Forty-fourth unseen set (six more pairs, four French texts, mainstream sources at their real length: a university's partnership news, a city council's minutes, a defence ministry's readout, a port authority's e-newsletter, a national newspaper's English business story, a foreign minister's statement, two national news agencies' French dispatches, a development bank's project news release, a national news agency's English dispatch, a public broadcaster's web story and a head of state's press service's news item; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_44_DIR).documents,
    ),
    ...withParts(
      "unseen-45",
      "Forty-fifth",
      "Forty-fifth unseen set (six more pairs, four French texts, mainstream sources at their real length: a central bank's press release, an export credit agency's news release, a coast guard's news release on a joint exercise, two research funders' joint call for proposals, a foreign-affairs forum's summary of a talk, a foreign ministry's transcript of its spokesperson's briefing, an international broadcaster's French web story, a news agency's French dispatch, a regional news agency's English story, a parliament's press release, a provincial government's news item and an embassy's press release; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_45_DIR).documents,
    ),
    ...withParts(
      "unseen-46",
      "Forty-sixth",
      "Forty-sixth unseen set (six more pairs, four French texts, mainstream sources at their real length: a Korean provincial government's English press release, a consulate general's newsletter, a foundation's podcast episode page, a national post's news release, a federation of chambers of commerce's trade-mission report, a regional daily's story, a regional organisation's press release, a national English-language newspaper's story, a canal authority's press release, a pan-African news agency's French dispatch, an international news agency's French dispatch and a national news agency's English story; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_46_DIR).documents,
    ),
    ...withParts(
      "unseen-47",
      "Forty-seventh",
      "Forty-seventh unseen set (six more pairs, four French texts, mainstream sources at their real length: a national tourism board's media release, an airport authority's news release, a Korean ministry's English press release, a parliamentary weekly's story, a federal research council's French release, a farm producers' federation's French release, a national newspaper's story, a development cooperation agency's news item, the United Nations' news service's French article, an international daily's French edition's article, a national news agency's English story and a state-owned manufacturer's news item; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_47_DIR).documents,
    ),
    ...withParts(
      "unseen-48",
      "Forty-eighth",
      "Forty-eighth unseen set (six more pairs, four French texts, mainstream sources at their real length: a space agency's news release, a Korean forestry agency's English press release, a provincial electricity utility's French release, a national museum's media release, a regional daily's French story, a national English-language daily's business story, a national meteorological institute's news item, a government portal's French communiqué, a national airline's French press release, a national trade promotion agency's media release, a public broadcaster's English web story and a national news agency's English story; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_48_DIR).documents,
    ),
    ...withParts(
      "unseen-49",
      "Forty-ninth",
      "Forty-ninth unseen set (six more pairs, four French texts, mainstream sources at their real length: a veterans department's news release, a national parks agency's French release, a parliamentary committee's report summary, a public broadcaster's French radio transcript, a Korean port authority's English press release, a national English-language daily's politics story, a national news agency's French dispatch, a government daily's French story, an embassy's event recap, a government technology agency's media release, a cultural relations body's press release and a government news agency's story; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_49_DIR).documents,
    ),
    ...withParts(
      "unseen-50",
      "Fiftieth",
      "Fiftieth unseen set (six more pairs, four French texts, mainstream sources at their real length: a national police force's news release, a navy's news story, a film funding agency's French release, a national daily's French story, a national news agency's English story, a Korean public health agency's English press release, a government daily's French story, a princely palace's French news item, a government's English news item on its portal, a national daily's story, a state National Guard's story on a defence media hub and a state news agency's English story; first run in FIRST-RUN.md)",
      loadLabelledSet(labelled.UNSEEN_50_DIR).documents,
    ),
  ];
  const isPart = (name: string) => /^unseen-\d+-(kr-ca|other)$/.test(name);
  const all = sets.filter((s) => !isPart(s.name)).flatMap((s) => s.documents);
  return [...sets, { name: "all", title: "Combined", documents: all }];
}

const sets: SetToRun[] =
  dirs.length > 0 ? dirs.map((d) => ({ name: basename(d), title: d, documents: loadLabelledSet(d).documents })) : repositorySets();

function print(title: string, report: EvaluationReport) {
  console.log(
    `\n== ${title}: ${report.documents} documents, ${(report.totalChars / 1024).toFixed(1)} KB${report.unavailable.length ? ` (unavailable: ${report.unavailable.join(", ")})` : ""}`,
  );
  console.log("field         precision  recall   expected  predicted");
  for (const f of FIELDS) {
    const s = report.fields[f];
    console.log(
      `${f.padEnd(13)} ${pct(precision(s))}    ${pct(recall(s))}   ${String(s.expected).padStart(5)}     ${String(s.predicted).padStart(5)}`,
    );
  }
  console.log(`Korea-Canada records from other pairs: ${report.forbiddenPairRecords.length}`);
  console.log(`Suggestions from removed boilerplate: ${report.fromBoilerplate.length}`);
  console.log(`Annotated content removed as boilerplate: ${report.contentRemoved.length}`);
  console.log(`Speed: ${report.msPer10Kb.toFixed(2)} ms per 10 KB`);
}

function printDetails(report: EvaluationReport) {
  for (const f of FIELDS) {
    const s = report.fields[f];
    for (const m of s.misses) console.log(`  MISS  ${f}: ${m}`);
    for (const e of s.extras) console.log(`  EXTRA ${f}: ${e}`);
  }
  for (const r of report.forbiddenPairRecords) console.log(`  FORBIDDEN ${r}`);
  for (const r of report.fromBoilerplate) console.log(`  FROM-BOILERPLATE ${r}`);
  for (const r of report.contentRemoved) console.log(`  CONTENT-REMOVED ${r}`);
}

for (const set of sets) {
  if (set.documents.length === 0) continue;
  const report = evaluate(set.documents, known, 5);
  print(set.title, report);
  if (verbose && (only === undefined ? set.name !== "all" && !/^unseen-\d+-(kr-ca|other)$/.test(set.name) : only === set.name))
    printDetails(report);
}

const ploverPaths = args.includes("--plover")
  ? [resolve(args[args.indexOf("--plover") + 1]!)]
  : [resolve(FIXTURES_DIR, "plover/sentences.json"), resolve(FIXTURES_DIR, "plover/sentences-unseen-6.json")];
for (const ploverPath of ploverPaths) {
  const plover = scorePlover(loadPloverSet(ploverPath));
  console.log(
    `\n== PLOVER typing of annotated sentences, ${basename(ploverPath)} (${plover.sentences}): type accuracy ${pct(plover.typeAccuracy)}, mode ${pct(plover.modeAccuracy)}, context ${pct(plover.contextAccuracy)}`,
  );
  console.log("type          precision  recall   expected  predicted");
  for (const [code, r] of Object.entries(plover.perType).sort()) {
    console.log(
      `${code.padEnd(13)} ${pct(r.predicted ? r.correct / r.predicted : 1)}    ${pct(r.expected ? r.correct / r.expected : 1)}   ${String(r.expected).padStart(5)}     ${String(r.predicted).padStart(5)}`,
    );
  }
  if (verbose) for (const m of plover.misses) console.log(`  MISS  plover: ${m}`);
}
