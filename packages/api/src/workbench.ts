/**
 * The curator's workbench over the database and the extractor: a source is read into plain text
 * (HTML through a real parser), the extractor runs with a snapshot of the records the database
 * already holds so that known people, organisations, agreements and events come back as matches,
 * and the source and its suggestions are written in one transaction.
 */
import { type Actor, type Db, intakeSource, knownSnapshot, type IntakeOutcome, replaceSuggestions, sourceForExtraction } from "@ties/db";
import {
  type BoilerplateBlock,
  EXTRACTABLE_LANGUAGES,
  type Extraction,
  ZExtraction,
  type SourceIntakeInput,
  type SuggestionView,
  TiesError,
  ZSourceIntakeInput,
  parseOrThrow,
  stripUnsafeText,
} from "@ties/domain";

/**
 * The extractor and its datasets are loaded when a curator first needs them: the public site's
 * server, which shares this package, never does and so never holds them.
 */
const ingest = () => import("@ties/ingest");

interface ExtractionInput {
  text: string;
  published: string;
  language: string;
  publisher: string;
  dateOrder?: "dmy" | "mdy" | "ymd";
  keep?: { start: number; end: number }[];
}

/**
 * Runs the extractor against what the database knows around the source's date. Its result is
 * checked against the domain's schema here, before any of it is stored.
 */
async function extractWithKnown(db: Db, input: ExtractionInput): Promise<Extraction> {
  const known = await knownSnapshot(db, { around: input.published });
  const lang = (EXTRACTABLE_LANGUAGES as readonly string[]).includes(input.language) ? (input.language as "en" | "fr") : undefined;
  const { extract } = await ingest();
  const extraction = extract(input.text, {
    published: input.published,
    ...(lang ? { lang } : {}),
    publisher: input.publisher,
    known,
    ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}),
    ...(input.keep?.length ? { keep: input.keep } : {}),
  });
  return ZExtraction.parse(extraction);
}

export async function takeInSource(db: Db, raw: SourceIntakeInput, actor: Actor): Promise<IntakeOutcome> {
  const input = parseOrThrow(ZSourceIntakeInput, raw, "The source");
  // Stored text is what offsets point into: control characters dropped and outer blanks trimmed before extraction.
  const { readableText } = await ingest();
  const text = stripUnsafeText(readableText(input.text, input.format)).trim();
  if (!text.trim()) throw new TiesError("VALIDATION", "The file holds no readable text", { fields: { text: ["No readable text"] } });
  const extraction = await extractWithKnown(db, {
    text,
    published: input.publishedAt,
    language: input.language,
    publisher: input.publisher,
    dateOrder: input.dateOrder,
  });
  return intakeSource(db, input, text, extraction, actor);
}

const restoredSpans = (blocks: BoilerplateBlock[]) => blocks.filter((b) => b.restored).map((b) => ({ start: b.start, end: b.end }));

/** Runs the extractor again over the stored text and metadata; decisions already made stay. */
export async function reextractSource(db: Db, id: string): Promise<SuggestionView[]> {
  const s = await sourceForExtraction(db, id);
  if (!s.published) throw new TiesError("RULE", "Give the source a publication date before extracting: relative dates resolve against it");
  const extraction = await extractWithKnown(db, {
    text: s.text,
    published: s.published,
    language: s.language,
    publisher: s.publisherName,
    dateOrder: (s.dateOrder ?? undefined) as ExtractionInput["dateOrder"],
    keep: restoredSpans(s.boilerplate),
  });
  return replaceSuggestions(db, id, extraction);
}
