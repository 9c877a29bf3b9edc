/**
 * The labelled set: hand annotations of what each fixture document should yield. Seed documents
 * are referenced by path (never copied into the repository) and resolved at run time; when the
 * shared seeds are absent those fixtures are reported as unavailable rather than failing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ZAgreementAction, ZCountryPair, ZDateOrRange, ZDay, ZEventType, ZKnownSnapshot, ZPartialDate } from "@ties/domain";
import { z } from "zod";

export const ZExpectedDate = z.object({
  text: z.string().min(1),
  value: ZDateOrRange,
  /** Which occurrence of `text` in the document (1-based), when it occurs more than once. */
  occurrence: z.number().int().positive().default(1),
  ambiguous: z.boolean().optional(),
});
export const ZLabelledDocument = z.object({
  id: z.string().min(1),
  note: z.string().optional(),
  source: z.union([z.object({ seed: z.string().min(1) }), z.object({ file: z.string().min(1) })]),
  published: ZDay,
  lang: z.enum(["en", "fr"]),
  publisher: z.string().optional(),
  /** The pair the document is read for; Korea-Canada when absent. */
  pair: ZCountryPair.optional(),
  forbidPairRecords: z.boolean().default(false),
  expect: z.object({
    dates: z.array(ZExpectedDate),
    people: z.array(
      z.object({ name: z.string(), title: z.string().optional(), side: z.string().optional(), match: z.string().optional() }),
    ),
    agreements: z.array(
      z.object({ name: z.string(), action: ZAgreementAction, date: ZDateOrRange.optional(), match: z.string().optional() }),
    ),
    commitments: z.array(z.object({ contains: z.string(), due: ZPartialDate.nullable() })),
    quotes: z.array(z.object({ speaker: z.string(), contains: z.string() })),
    events: z.array(z.object({ date: ZDateOrRange, type: ZEventType, city: z.string().optional(), match: z.string().optional() })),
    boilerplateRemoved: z.array(z.string()),
  }),
});
export type LabelledDocument = z.infer<typeof ZLabelledDocument>;

export interface LoadedDocument {
  doc: LabelledDocument;
  text: string | null;
  path: string;
}

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures");
/** Documents written after the first rules; honest at their first measurement, tuned on since. */
export const HELD_OUT_DIR = join(FIXTURES_DIR, "held-out");
/** A second unseen set, written after the first held-out figures, in yet other publishers' styles and conventions. */
export const UNSEEN_2_DIR = join(FIXTURES_DIR, "unseen-2");
/** A third unseen set, annotated before the extractor was run on it: features, wires from multilateral summits, provincial releases, newsletters, Hansard, timelines. */
export const UNSEEN_3_DIR = join(FIXTURES_DIR, "unseen-3");
/** A fourth unseen set, annotated before the extractor was run on it: web articles with video embeds, an interview Q&A, a backgrounder, a policy brief, a joint release, a wire about another pair. */
export const UNSEEN_4_DIR = join(FIXTURES_DIR, "unseen-4");
/** A fifth unseen set, annotated before the extractor was run on it: six other pairs (JP-AU, DE-BR, DE-KE, IN-BR, FR-NG, ID-VN) and six Korea-Canada texts, three in French. */
export const UNSEEN_5_DIR = join(FIXTURES_DIR, "unseen-5");
/** A sixth unseen set, annotated before the extractor was run on it: six other pairs (MX-ES, MA-SN, PL-SE, EG-TR, NZ-CL, VN-FR) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_6_DIR = join(FIXTURES_DIR, "unseen-6");
/** A seventh unseen set, annotated before the extractor was run on it: six other pairs (JP-AU, DE-BR, KE-IN, FR-VN, BE-CI, GB-NG) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_7_DIR = join(FIXTURES_DIR, "unseen-7");
/** An eighth unseen set, annotated before the extractor was run on it: six other pairs (MX-ID, ZA-PL, EG-IT, MA-ES, PH-SE, CH-SN) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_8_DIR = join(FIXTURES_DIR, "unseen-8");
/** A ninth unseen set, annotated before the extractor was run on it: six other pairs (GH-TR, CL-JP, IN-AR, NO-CO, LU-CV, TN-PT) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_9_DIR = join(FIXTURES_DIR, "unseen-9");
/** A tenth unseen set, annotated before the extractor was run on it: six other pairs (MX-EG, PH-PL, AU-AR, KZ-MY, BE-RW, CN-CM) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_10_DIR = join(FIXTURES_DIR, "unseen-10");
/** An eleventh unseen set, annotated before the extractor was run on it: six other pairs (JP-GH, VN-CL, NO-ID, TR-SN, MA-PT, AE-CO) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_11_DIR = join(FIXTURES_DIR, "unseen-11");
/** A twelfth unseen set, annotated before the extractor was run on it: six other pairs (PL-UA, TH-AU, AR-CN, CI-JP, DE-CA, IN-CL) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_12_DIR = join(FIXTURES_DIR, "unseen-12");
/** A thirteenth unseen set, annotated before the extractor was run on it: six other pairs (NO-SG, TR-QA, FR-MA, CH-VN, ZA-BR, IE-IN) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_13_DIR = join(FIXTURES_DIR, "unseen-13");
/** A fourteenth unseen set, annotated before the extractor was run on it: six other pairs (TH-NL, CL-AU, PL-JP, GH-GB, SA-VN, TN-BE) and six Korea-Canada texts, three of the twelve in French. */
export const UNSEEN_14_DIR = join(FIXTURES_DIR, "unseen-14");
/** A fifteenth unseen set, annotated before the extractor was run on it: six other pairs (AR-TR, ID-QA, SN-FR, BE-CD, NZ-VN, KE-BE) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_15_DIR = join(FIXTURES_DIR, "unseen-15");
/** A sixteenth unseen set, annotated before the extractor was run on it: six other pairs (GH-NL, PE-CN, TN-CA, PT-AO, GR-EG, CI-MA) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_16_DIR = join(FIXTURES_DIR, "unseen-16");
/** A seventeenth unseen set, annotated before the extractor was run on it: six other pairs (KZ-DE, CO-KR, PH-CA, SN-BE, UZ-FR, AU-VN) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_17_DIR = join(FIXTURES_DIR, "unseen-17");
/** An eighteenth unseen set, annotated before the extractor was run on it: six other pairs (PE-KR, GH-CA, TN-CH, QA-AR, MN-AT, CM-BE) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_18_DIR = join(FIXTURES_DIR, "unseen-18");
/** A nineteenth unseen set, annotated before the extractor was run on it: six other pairs (SN-PT, MA-BE, UZ-KR, JO-NL, BO-FI, LK-CZ) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_19_DIR = join(FIXTURES_DIR, "unseen-19");
/** A twentieth unseen set, annotated before the extractor was run on it: six other pairs (KE-KR, DE-VN, IN-JP, BR-NG, BJ-MA, FR-GA) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_20_DIR = join(FIXTURES_DIR, "unseen-20");
/** A twenty-first unseen set, annotated before the extractor was run on it: six other pairs (CA-JM, HU-KZ, JP-OM, AU-FJ, DO-HT, AE-SN) and six Korea-Canada texts, four of the twelve in French. */
export const UNSEEN_21_DIR = join(FIXTURES_DIR, "unseen-21");
/**
 * A twenty-second unseen set, annotated before the extractor was run on it: six other pairs (KR-LT, EC-IN, AL-HR, BF-TG,
 * MG-MU, BD-LK) and six Korea-Canada texts, four of the twelve in French; a committee's evidence transcript, a live blog,
 * an auditor general's report, an export credit agency's release, council minutes, a travel advisory page, a shipping
 * line's advisory, a joint commission's record of discussions, a ministry's country page, a TV news summary, a regional
 * organisation's release and a central bank's release.
 */
export const UNSEEN_22_DIR = join(FIXTURES_DIR, "unseen-22");
/**
 * A twenty-third unseen set, annotated before the extractor was run on it: six other pairs (KR-KG, BB-TT, NZ-WS, KW-MA,
 * CZ-LU, ID-PG) and six Korea-Canada texts, four of the twelve in French; a legislature's question period, a research
 * council's funding announcement, an airline's route announcement, an embassy's consular bulletin, a press agency's wire,
 * a state utility's release, a development agency's field office news, a port authority's notice, a police force's media
 * release, a press agency's wire from the Maghreb, a court's state visit programme and a listed company's market announcement.
 */
export const UNSEEN_23_DIR = join(FIXTURES_DIR, "unseen-23");
/**
 * A twenty-fourth unseen set, annotated before the extractor was run on it: six other pairs (KR-TZ, FI-ET, PE-TH, DK-UG,
 * EE-RW, CO-KH) and six Korea-Canada texts, four of the twelve in French; a think-tank's event summary, a defence
 * procurement notice, a premier's trade mission itinerary, a university's partnership news, a regional daily, a chamber of
 * commerce's newsletter, a ministry's scholarship call, a trade commissioner's market brief, a parliamentary friendship
 * group's newsletter, a museum's exhibition release, a ministry's FAQ page and a governor's twinning announcement.
 */
export const UNSEEN_24_DIR = join(FIXTURES_DIR, "unseen-24");
/**
 * A twenty-fifth unseen set, annotated before the extractor was run on it, apart from the rules: six other pairs (KR-NP,
 * ET-DJ, CR-PA, ME-BA, NE-TD, LB-CY) and six Korea-Canada texts, four of the twelve in French; a coast guard's release, a
 * standards body's notice, a parliamentary library's note, a sports federation's post, a bank's economic note, a
 * community weekly, a health ministry's release, an energy regulator's decision, a fisheries commission's report, an
 * op-ed, a news site's live page and a radio transcript.
 */
export const UNSEEN_25_DIR = join(FIXTURES_DIR, "unseen-25");
/** A twenty-sixth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: CA-IS, AM-GE, BW-NA, BH-TM, UY-PY, VU-SB and six Korea-Canada texts; a veterans' commemoration release, a Senate committee hearing summary, a space agency note, podcast show notes, an embassy newsletter, an arts council's grant results, a sister-community anniversary release, a joint statement with numbered paragraphs, a police release, a customs notice, a wire bundle and a weather service note. */
export const UNSEEN_26_DIR = join(FIXTURES_DIR, "unseen-26");
/** A twenty-seventh unseen set, annotated before the extractor was run on it, by someone who had not read the rules: KR-TL, SK-SI, GM-SL, MT-LY, DZ-MR, GN-LR and six Korea-Canada texts; a Crown corporation's annual report, a trade mission's daily blog, a think tank's events calendar, a reference article with a chronology, a school's letter to parents, a mayor's speech, a hospital's partnership release, a nuclear regulator's bulletin, a court's judgment summary, a farmers' newsletter, a press agency's diplomatic agenda and a union's statement. */
export const UNSEEN_27_DIR = join(FIXTURES_DIR, "unseen-27");
/** A twenty-eighth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: GT-HN, ZM-MW, GY-SR, KR-LA, RO-MD, BG-MK and six Korea-Canada texts; a national library's release, a tourism board's media kit, a parliamentary written question, a film festival's programme, a job posting, a call for papers, a coffee market bulletin, a Red Cross operations update, a bridge project's progress report, an ex-post evaluation, a philharmonic's tour release and an academy's cooperation news. */
export const UNSEEN_28_DIR = join(FIXTURES_DIR, "unseen-28");
/** A twenty-ninth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: CA-ZW, BZ-SV, PW-FM, BN-MV, MC-BI, CF-GQ and six Korea-Canada texts; a trade commissioner's post, an intellectual property office's practice notice, a game recap, a market fact sheet, a botanical garden's release, a professional order's notice, an ombudsperson's assessment, a diaspora bulletin, a telecom operator's customer notice, a halal certification notice, an NGO's field diary and an election observation statement. */
export const UNSEEN_29_DIR = join(FIXTURES_DIR, "unseen-29");
/** A thirtieth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: TO-KI, LS-SZ, KR-TJ, GD-VC, LC-DM, CG-ST and six Korea-Canada texts; an accreditation board's decision record, a hospital foundation's donor update, a bill's status page, a wildfire centre's situation report, a zoo's news post, an exchange student's blog post, a philatelic bulletin, an honorary degree citation, an accelerator's blog post, a letter to the editor, a cross-border project sheet and an opposition party's statement. */
export const UNSEEN_30_DIR = join(FIXTURES_DIR, "unseen-30");
/** A thirty-first unseen set, annotated before the extractor was run on it, by someone who had not read the rules: ER-SO, NR-TV, KR-BT, NI-VE, GW-CU, AD-SM and six Korea-Canada texts; a museum's loan agreement notice, a church bulletin, a news agency's week-ahead diary, a union local's bulletin, a consulate's calendar, a funeral home's obituary, a locust situation bulletin, alumni class notes, a temple newsletter, a baseball federation's tour schedule, a publisher's new-release page and a lycée's twinning announcement. */
export const UNSEEN_31_DIR = join(FIXTURES_DIR, "unseen-31");
export const UNSEEN_32_DIR = join(FIXTURES_DIR, "unseen-32");
export const UNSEEN_33_DIR = join(FIXTURES_DIR, "unseen-33");
export const UNSEEN_34_DIR = join(FIXTURES_DIR, "unseen-34");
/** A thirty-fifth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: US-LV, SC-YE, IL-RS, KM-MZ, IR-AF, ML-SD and six Korea-Canada texts; mainstream sources at their real length (wires, foreign, trade and industry ministries' releases, a leaders' joint statement, broadcasters' and a newspaper's web stories). */
export const UNSEEN_35_DIR = join(FIXTURES_DIR, "unseen-35");
/** A thirty-sixth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: MN-RU, ZW-BY, MM-LA, LB-SY, MG-KM, GA-CG and six Korea-Canada texts; mainstream sources at their real length (heads of state's offices' briefing and communiqué, foreign ministries' press release and statement, a provincial ministry's release on a newswire, wires, a broadcaster's web story, newspapers' stories). */
export const UNSEEN_36_DIR = join(FIXTURES_DIR, "unseen-36");
/** A thirty-seventh unseen set, annotated before the extractor was run on it, by someone who had not read the rules: CU-KP, BJ-NE, MU-SC, AZ-TM, TT-GY, FJ-PG and six Korea-Canada texts; mainstream sources at their real length (a head of government's readout, a spokesperson's briefing, a council of ministers' report, a signed joint declaration, a ministry's communiqué and media release, wires, newspapers' and broadcasters' stories). */
export const UNSEEN_37_DIR = join(FIXTURES_DIR, "unseen-37");
/** A thirty-eighth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: TG-ML, DJ-OM, LR-SL, MT-IE, SG-MV, NA-ZM and six Korea-Canada texts; mainstream sources at their real length (a head of government's backgrounder, two leaders' joint press statements, a head of state's office's release, a foreign minister's doorstop transcript, a government information department's release, a government portal's article, a wire, a newspaper's interview and newspapers' stories). */
export const UNSEEN_38_DIR = join(FIXTURES_DIR, "unseen-38");
/** A thirty-ninth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: CD-CF, BI-TZ, EE-LV, MW-MZ, BN-MY, BD-NP and six Korea-Canada texts; mainstream sources at their real length (a trade minister's speech, a foreign minister's statement, a premier's communiqué, an embassy's news post, a broadcaster's live blog, a news agency's backgrounder, a national assembly committee's report, a joint fact sheet, business dailies' and newspapers' stories). */
export const UNSEEN_39_DIR = join(FIXTURES_DIR, "unseen-39");
/** A fortieth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: HU-AT, IS-DK, BG-RO, JM-BS, GN-GW, MC-AD and six Korea-Canada texts; mainstream sources at their real length (a broadcaster's radio interview transcript, a newspaper's editorial, a Speaker's office's release, an ambassador's op-ed, a Governor General's release, a regional daily's business story, a foreign ministry's portal item, a head of government's office's item, a news agency's wire, a government information service's story, a news site's story and a government's news item). */
export const UNSEEN_40_DIR = join(FIXTURES_DIR, "unseen-40");
/** A forty-first unseen set, annotated before the extractor was run on it, by someone who had not read the rules: DZ-IT, MR-CV, JO-IQ, VC-LC, TO-WS, CY-GR and six Korea-Canada texts; mainstream sources at their real length (a foreign ministry's explanatory memorandum on a treaty, a newspaper's politics newsletter, a fisheries ministry's release, a news agency's factbox, a consulate's notice, a newspaper's explainer, two public radios' stories, a news agency's dispatch, two dailies' stories and a news site's story). */
export const UNSEEN_41_DIR = join(FIXTURES_DIR, "unseen-41");
/** A forty-second unseen set, annotated before the extractor was run on it, by someone who had not read the rules: KW-BH, MK-AL, MH-FM, BW-SZ, HT-DM, TD-GQ and six Korea-Canada texts; mainstream sources at their real length (two legislatures' Hansards, a newsmagazine's story, a provincial premier's release, an international broadcaster's story, a regional newspaper's business story, a news agency's dispatch, a government's news item, a national weekly's story, a government daily's story, a national daily's story and a foreign ministry's press release). */
export const UNSEEN_42_DIR = join(FIXTURES_DIR, "unseen-42");
/** A forty-third unseen set, annotated before the extractor was run on it, by someone who had not read the rules: BF-SA, VU-TV, AG-BB, UG-SS, KI-NR, SI-HR and six Korea-Canada texts; mainstream sources at their real length (a Senate committee's news release, a chamber of commerce's member bulletin, a city's release on a twinning, a business media's story, a public broadcaster's story and live blog, a news agency's dispatch, a head of government's office's release, a Cabinet's meeting notes, a parliament's news story, a government's fortnightly bulletin and an energy ministry's news item). */
export const UNSEEN_43_DIR = join(FIXTURES_DIR, "unseen-43");
/** A forty-fourth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: KH-TL, MD-UA, BO-PY, AO-ST, GD-KN, KG-TJ and six Korea-Canada texts; mainstream sources at their real length (a university's partnership news, a city council's minutes, a defence ministry's readout, a port authority's e-newsletter, a national newspaper's English business story, a foreign minister's statement, two news agencies' French dispatches, a development bank's project release, a news agency's English dispatch, a public broadcaster's web story and a head of state's press service's item). */
export const UNSEEN_44_DIR = join(FIXTURES_DIR, "unseen-44");
/** A forty-fifth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: GT-SV, LI-SM, EC-UY, GE-LT, RS-SK, PW-US and six Korea-Canada texts; mainstream sources at their real length (a central bank's press release, an export credit agency's news release, a coast guard's release on a joint exercise, research funders' joint call, a foreign-affairs forum's event summary, a foreign ministry's press briefing transcript, an international broadcaster's French story, a news agency's French dispatch, a regional news agency's English story, a parliament's press release, a provincial government's news item and an embassy's press release). */
export const UNSEEN_45_DIR = join(FIXTURES_DIR, "unseen-45");
/** A forty-sixth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: BZ-SR, CR-DO, HN-PA, GM-LS, BA-PK, AM-ME and six Korea-Canada texts; mainstream sources at their real length (a Korean provincial government's English press release, a consulate general's newsletter, a foundation's podcast episode page, a national post's news release, a federation of chambers of commerce's trade-mission report, a regional daily's story, a regional organisation's press release, a national English-language newspaper's story, a canal authority's press release, a pan-African news agency's French dispatch, an international news agency's French dispatch and a national news agency's English story). */
export const UNSEEN_46_DIR = join(FIXTURES_DIR, "unseen-46");
/** A forty-seventh unseen set, annotated before the extractor was run on it, by someone who had not read the rules: BT-MM, IL-SB, ER-SD, SO-YE, LY-SY, BY-NI and six Korea-Canada texts; mainstream sources at their real length (a national tourism board's media release, an airport authority's news release, a Korean ministry's English press release, a parliamentary weekly's story, a federal research council's French release, a farm producers' federation's French release, a national newspaper's story, a development cooperation agency's news item, the United Nations' news service's French article, an international daily's French edition's article, a national news agency's English story and a state-owned manufacturer's news item). */
export const UNSEEN_47_DIR = join(FIXTURES_DIR, "unseen-47");
/** A forty-eighth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: FI-NA, LU-MN, MG-SC, MY-UZ, LK-MV, OM-TZ and six Korea-Canada texts; mainstream sources at their real length (a space agency's news release, a Korean forestry agency's English press release, a provincial electricity utility's French release, a national museum's media release, a regional daily's French story, a national English-language daily's business story, a national meteorological institute's news item, a government portal's French communiqué, a national airline's French press release, a national trade promotion agency's media release, a public broadcaster's English web story and a national news agency's English story). */
export const UNSEEN_48_DIR = join(FIXTURES_DIR, "unseen-48");
/** A forty-ninth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: BJ-TG, CM-GA, CZ-ET, EE-SG, GB-NP, SE-ZA and six Korea-Canada texts; mainstream sources at their real length (a veterans department's news release, a national parks agency's French release, a parliamentary committee's report summary, a public broadcaster's French radio transcript, a Korean port authority's English press release, a national English-language daily's politics story, a national news agency's French dispatch, a government daily's French story, an embassy's event recap, a government technology agency's media release, a cultural relations body's press release and a government news agency's story). */
export const UNSEEN_49_DIR = join(FIXTURES_DIR, "unseen-49");
/** A fiftieth unseen set, annotated before the extractor was run on it, by someone who had not read the rules: BD-BN, BI-UG, EC-ES, HU-TM, LR-US, MC-MR and six Korea-Canada texts; mainstream sources at their real length (a national police force's news release, a navy's news story, a film funding agency's French release, a national daily's French story, a national news agency's English story, a Korean public health agency's English press release, a government daily's French story, a princely palace's French news item, a government's English news item on its portal, a national daily's story, a state National Guard's story on a defence media hub and a state news agency's English story). */
export const UNSEEN_50_DIR = join(FIXTURES_DIR, "unseen-50");
const REPO_ROOT = resolve(FIXTURES_DIR, "../../../..");

/** Where seed documents live: the folder named by TIES_SEEDS_DIR, else the shared seeds folder beside the repository. */
function seedsDir(): string {
  return process.env.TIES_SEEDS_DIR ? resolve(process.env.TIES_SEEDS_DIR) : resolve(REPO_ROOT, "../shared/seeds");
}

/** Where a seed reference may live: as written from the repository root, or in the seeds folder. */
function seedCandidates(ref: string): string[] {
  return [resolve(REPO_ROOT, ref), resolve(seedsDir(), basename(ref))];
}

export function seedsAvailable(): boolean {
  return existsSync(seedsDir());
}

/** A set's own snapshot of known records, else the development set's (the held-out set shares it). */
function knownSnapshotPath(dir: string): string {
  const own = join(dir, "known-snapshot.json");
  return existsSync(own) ? own : join(FIXTURES_DIR, "known-snapshot.json");
}

export function loadLabelledSet(dir: string = FIXTURES_DIR): { documents: LoadedDocument[]; known: z.infer<typeof ZKnownSnapshot> } {
  const known = ZKnownSnapshot.parse(JSON.parse(readFileSync(knownSnapshotPath(dir), "utf8")));
  const documents = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "known-snapshot.json")
    .sort()
    .map((f) => {
      const doc = ZLabelledDocument.parse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      const path =
        "seed" in doc.source ? (seedCandidates(doc.source.seed).find((p) => existsSync(p)) ?? doc.source.seed) : join(dir, doc.source.file);
      const text = existsSync(path) ? readFileSync(path, "utf8") : null;
      return { doc, text, path };
    });
  return { documents, known };
}
