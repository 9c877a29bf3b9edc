/**
 * Command line: `ties extract <file> --published YYYY-MM-DD [--lang en|fr] [--publisher NAME] [--pair KR,CA] [--known snapshot.json] [--format text|markdown|html] [--full]`.
 * Prints the suggestions as JSON on stdout; any failure is one line on stderr and a non-zero exit.
 * Offsets are into the file's text. A web page (`.html`, `.htm`, or `--format html`) is read as
 * the workbench reads an upload (`readableText`): the offsets are then into that readable text,
 * which the output carries as `text`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Extraction, type KnownSnapshot, type SourceFormat, ZDay, ZExtraction, ZKnownSnapshot, ZSourceFormat } from "@ties/domain";
import { extract } from "./extract";
import { formatOfFileName, readableText } from "./readable-text";

interface CliArgs {
  command: string;
  file: string;
  published: string;
  lang?: "en" | "fr";
  publisher?: string;
  pair?: [string, string];
  known?: string;
  format: SourceFormat;
  full: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args = argv.filter((a) => a !== "--");
  const positional: string[] = [];
  const flags = new Map<string, string>();
  let full = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--full") full = true;
    else if (a.startsWith("--")) {
      const [k, inline] = a.slice(2).split("=", 2);
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`--${k} needs a value`);
      flags.set(k!, v);
    } else positional.push(a);
  }
  const [command, file] = positional;
  if (command !== "extract")
    throw new Error(
      "usage: ties extract <file> --published YYYY-MM-DD [--lang en|fr] [--pair XX,YY] [--format text|markdown|html] [--full]",
    );
  if (!file) throw new Error("missing <file>");
  const published = flags.get("published");
  if (!published || !ZDay.safeParse(published).success || !/^\d{4}-\d{2}-\d{2}$/.test(published))
    throw new Error(`--published must be a date YYYY-MM-DD (got ${published ?? "nothing"})`);
  const lang = flags.get("lang");
  if (lang !== undefined && lang !== "en" && lang !== "fr") throw new Error(`--lang must be en or fr (got ${lang})`);
  const pairFlag = flags.get("pair");
  let pair: [string, string] | undefined;
  if (pairFlag) {
    const [a, b] = pairFlag.toUpperCase().split(/[,/-]/);
    if (!a || !b || !/^[A-Z]{2}$/.test(a) || !/^[A-Z]{2}$/.test(b) || a === b)
      throw new Error(`--pair must be two country codes such as KR,CA (got ${pairFlag})`);
    pair = [a, b];
  }
  const formatFlag = flags.get("format");
  const format = ZSourceFormat.safeParse(formatFlag ?? formatOfFileName(file) ?? "text");
  if (!format.success) throw new Error(`--format must be one of ${ZSourceFormat.options.join(", ")} (got ${formatFlag})`);
  return { command, file, published, lang, publisher: flags.get("publisher"), pair, known: flags.get("known"), format: format.data, full };
}

/** The compact shape the command prints: the fields a curator scans first, each with its span. */
function summary(x: Extraction) {
  return {
    published: x.published,
    lang: x.lang,
    publisher: x.publisher,
    dateOrder: x.dateOrder,
    aboutPair: x.aboutPair,
    dates: x.dates.map((d) => ({
      text: d.text,
      start: d.start,
      end: d.end,
      value: d.value,
      precision: d.precision,
      ambiguous: d.ambiguous,
      rule: d.rule,
    })),
    people: x.people.map((p) => ({
      name: p.name,
      title: p.title,
      side: p.side,
      start: p.start,
      end: p.end,
      match: p.match?.id ?? null,
      confidence: p.confidence,
    })),
    organizations: x.organizations.map((o) => ({
      name: o.name,
      shortName: o.shortName,
      countryCode: o.countryCode,
      start: o.start,
      end: o.end,
    })),
    places: x.places.map((p) => ({ name: p.name, kind: p.kind, countryCode: p.countryCode, start: p.start, end: p.end })),
    agreements: x.agreements.map((a) => ({
      name: a.name,
      action: a.action,
      date: a.date,
      match: a.match?.id ?? null,
      text: a.text,
      start: a.start,
      end: a.end,
    })),
    commitments: x.commitments.map((c) => ({
      text: c.text,
      trigger: c.trigger,
      parties: c.parties,
      due: c.due,
      dueLastDay: c.dueLastDay,
      dueText: c.dueText,
      start: c.start,
      end: c.end,
    })),
    quotes: x.quotes.map((q) => ({ speaker: q.speaker, text: q.text, direct: q.direct, start: q.start, end: q.end })),
    areas: x.areas.map((a) => ({ slug: a.slug, hits: a.hits })),
    events: x.events.map((e) => ({
      date: e.date,
      type: e.type,
      plover: `${e.plover.code}${e.plover.mode ? `/${e.plover.mode}` : ""}`,
      ploverContext: e.plover.context ?? null,
      location: e.location,
      participants: e.participants.map((p) => p.name),
      match: e.match?.id ?? null,
      start: e.start,
      end: e.end,
    })),
    boilerplate: x.boilerplate.map((b) => ({
      kind: b.kind,
      removed: b.removed,
      start: b.start,
      end: b.end,
      text: b.text.length > 80 ? `${b.text.slice(0, 77)}...` : b.text,
    })),
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  // pnpm runs the script inside the package; a relative path is meant from where the user typed it.
  const base = process.env.INIT_CWD ?? process.cwd();
  let raw: string;
  try {
    raw = readFileSync(resolve(base, args.file), "utf8");
  } catch (e) {
    throw new Error(`cannot read ${args.file}: ${e instanceof Error && "code" in e ? String(e.code) : "unreadable"}`);
  }
  // Only a web page's text differs from the file's; the offsets then point into what is printed as `text`.
  const text = args.format === "html" ? readableText(raw, "html") : raw;
  let known: KnownSnapshot | undefined;
  if (args.known) {
    const parsed = ZKnownSnapshot.safeParse(JSON.parse(readFileSync(resolve(base, args.known), "utf8")));
    if (!parsed.success)
      throw new Error(`--known ${args.known} is not a known-records snapshot: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    known = parsed.data;
  }
  // Validated here, at the boundary outside tools read, in the schema's key order.
  const result = ZExtraction.parse(
    extract(text, { published: args.published, lang: args.lang, publisher: args.publisher, pair: args.pair, known }),
  );
  const printed = args.full ? result : summary(result);
  process.stdout.write(`${JSON.stringify(args.format === "html" ? { ...printed, text } : printed, null, 2)}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`ties: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
  process.exit(1);
}
