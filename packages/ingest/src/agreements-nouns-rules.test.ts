/** Agreement rules from the seventh unseen set: every agreement noun, coordinated objects of one verb, French heads. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const run = (text: string, lang: "en" | "fr" = "en", pair: [string, string] = ["IT", "EG"]) =>
  extract(text, { published: "2026-03-20", lang, pair })
    .agreements.filter((a) => a.action)
    .map((a) => [a.name, a.action, a.date]);

describe("agreements: nouns, coordination and French heads", () => {
  it("finds lowercase protocols, conventions, frameworks, terms of reference and joint declarations by their subject", () => {
    expect(
      run("Italy and Egypt on Tuesday signed a convention on judicial assistance in civil matters, the two foreign ministers said."),
    ).toEqual([["convention on judicial assistance", "signed", "2026-03-17"]]);
    expect(run("The Italian and Egyptian ministers adopted the terms of reference for a joint energy task force on Tuesday.")).toEqual([
      ["terms of reference for a joint energy task force", "adopted", "2026-03-17"],
    ]);
    expect(run("On March 12 Italy and Egypt endorsed a framework for migration cooperation.")).toEqual([
      ["framework for migration cooperation", "adopted", "2026-03-12"],
    ]);
  });
  it("gives one verb to every coordinated object", () => {
    expect(run("Italy and Egypt on March 12 signed a joint declaration on water security and a protocol on cultural heritage.")).toEqual([
      ["joint declaration on water security", "signed", "2026-03-12"],
      ["protocol on cultural heritage", "signed", "2026-03-12"],
    ]);
  });
  it("does not date an action by a year inside the agreement's own name", () => {
    expect(run("Italy and Egypt on March 12 signed a protocol amending the 1999 convention on shipping.")).toEqual([
      ["protocol amending the 1999 convention on shipping", "signed", "2026-03-12"],
    ]);
  });
  it("reads the conclusion of negotiations as a conclusion, not a launch", () => {
    expect(run("Italy and Egypt welcomed the conclusion of negotiations on the Italy-Egypt Air Services Agreement in February.")).toEqual([
      ["Italy-Egypt Air Services Agreement", "concluded", "2026-02"],
    ]);
  });
  it("finds French memoranda, conventions, exchanges of letters and mandates", () => {
    const fr = (t: string) => run(t, "fr", ["BE", "SN"]);
    expect(fr("La Belgique et le Sénégal ont signé le 12 mars un mémorandum d'entente sur la formation des diplomates.")).toEqual([
      ["mémorandum d'entente sur la formation des diplomates", "signed", "2026-03-12"],
    ]);
    expect(fr("Le 12 mars, la Belgique et le Sénégal ont adopté le mandat d'un groupe de travail sur la mobilité.")).toEqual([
      ["mandat d'un groupe de travail sur la mobilité", "adopted", "2026-03-12"],
    ]);
    expect(fr("Le 12 mars, les ministres belge et sénégalais se sont félicités de la signature de la convention d'extradition.")).toEqual([
      ["convention d'extradition", "signed", "2026-03-12"],
    ]);
  });
  it("does not borrow an old background date for an undated action in a later paragraph", () => {
    const text =
      "Italy's foreign minister met his Egyptian counterpart in Cairo on Tuesday.\n\nThe visit follows the memorandum of understanding on energy signed in Rome on 4 May 2024.\n\nThe two ministers also adopted a roadmap for port cooperation.";
    expect(run(text)).toContainEqual(["roadmap for port cooperation", "adopted", "2026-03-17"]);
  });
});

describe("agreements: terminations by consent and extensions by a participle", () => {
  it("reads 'agreed to terminate' as a termination of a memorandum named with its year, dated by its clause", () => {
    expect(
      run(
        "On Tuesday, Italy and Egypt signed a convention on judicial assistance. The two governments also agreed to terminate the 2011 memorandum on migration.",
      ),
    ).toEqual([
      ["convention on judicial assistance", "signed", "2026-03-17"],
      ["2011 memorandum on migration", "terminated", "2026-03-17"],
    ]);
    expect(
      run(
        "Italy signed a convention on migration with Egypt today. It replaces the 2011 memorandum on migration, which the two ministries agreed to terminate as of today.",
      ),
    ).toEqual([
      ["convention on migration", "signed", "2026-03-20"],
      ["2011 memorandum on migration", "terminated", "2026-03-20"],
    ]);
    expect(run("Italy and Egypt agreed to sign a memorandum on migration next year.")).toEqual([]);
  });
  it("gives a participle's action to the object after it, not to the noun it describes", () => {
    expect(
      run("Italy and Egypt signed on Tuesday a joint declaration extending the Italy-Egypt energy and climate partnership until 2030."),
    ).toEqual([
      ["joint declaration", "signed", "2026-03-17"],
      ["Italy-Egypt energy and climate partnership", "extended", "2026-03-17"],
    ]);
    expect(run("Under the extended partnership, Egypt commits to reduce emissions.")).toEqual([]);
  });
});

describe("agreements: the main clause's verb and a relative clause after the name", () => {
  it("reads a conclusion before the name as well as the entry into force in the relative clause after it", () => {
    expect(
      run(
        "Italy and Egypt concluded on Tuesday in Cairo the negotiations to modernise the Italy-Egypt Economic Partnership Agreement, which entered into force on 3 September 2007.",
      ),
    ).toEqual([
      ["Italy-Egypt Economic Partnership Agreement", "concluded", "2026-03-17"],
      ["Italy-Egypt Economic Partnership Agreement", "entered_into_force", "2007-09-03"],
    ]);
  });
  it("reads negotiations after a hyphenated infinitive as a plan, not a launch", () => {
    expect(run("Italy and Egypt on Thursday agreed to fast-track negotiations on a critical minerals agreement.")).toEqual([]);
  });
});

describe("agreements: negotiations named again by the definite article", () => {
  it("gives a launch of 'the negotiations' to the agreement an earlier sentence of the pair named with them", () => {
    expect(
      run(
        "Italy and Egypt on Thursday agreed to fast-track negotiations on a critical minerals agreement. The two sides had launched the negotiations during a visit to Cairo in July 2025.",
      ),
    ).toEqual([["critical minerals agreement", "negotiations_launched", "2025-07"]]);
    expect(run("The two sides had launched the negotiations during a visit to Cairo in July 2025.")).toEqual([]);
  });
});

describe("agreements: French heads opening a sentence, 'nouveau', and cooperation programmes", () => {
  it("reads a convention named at the start of a sentence and its entry into force", () => {
    const found = run(
      "L'Italie et l'Égypte ont tenu des consultations. La convention de non double imposition est entrée en vigueur le 1er mars.",
      "fr",
    );
    expect(found.some(([n, a, d]) => /^convention de non/.test(n as string) && a === "entered_into_force" && d === "2026-03-01")).toBe(
      true,
    );
  });
  it("reads 'le nouveau programme de coopération' as an agreement signed", () => {
    const found = run("L'Italie et l'Égypte ont signé mardi au Caire le nouveau programme de coopération bilatérale.", "fr");
    expect(found.map(([n, a]) => [n, a])).toContainEqual(["programme de coopération bilatérale", "signed"]);
  });
});
