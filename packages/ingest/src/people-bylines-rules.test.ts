/** People rules: a byline's author is a person, with the byline's title and no side, and never anyone's antecedent. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const en = { published: "2031-04-08", pair: ["KR", "CA"] as [string, string] };
const fr = { ...en, lang: "fr" as const };
const people = (text: string, as = en) => read(text, as).people.map((p) => [p.name, p.title, p.side]);

describe("people: byline authors", () => {
  it("reads the author of 'By ...', 'Par ...' and a name over its place as a person without side", () => {
    expect(people("By Tamsin Whitlow | April 8, 2031\n\nOTTAWA — Canada and Korea opened talks on Monday.")).toContainEqual([
      "Tamsin Whitlow",
      null,
      null,
    ]);
    expect(people("Par Aurélie Castonguay\n\nQUÉBEC — Le Québec et la Corée ont signé une entente lundi.", fr)).toContainEqual([
      "Aurélie Castonguay",
      null,
      null,
    ]);
    expect(people("Park Seo-rin | Seoul\n\nKorea and Canada opened talks on Monday.")).toContainEqual(["Park Seo-rin", null, null]);
    expect(people("Tashi Wangmo | Paro\n\nBhutan and Korea opened talks on Monday.").map((p) => p[0])).toContain("Tashi Wangmo");
    expect(people("Amila Kovačević | 14.03.2031\n\nKorea and Canada opened talks on Monday.").map((p) => p[0])).toContain(
      "Amila Kovačević",
    );
  });

  it("gives the author the writer's title the byline names, on its line or the next", () => {
    expect(people("By Corwin Albright, Political Reporter\n\nCanada and Korea opened talks on Monday.")).toContainEqual([
      "Corwin Albright",
      "Political Reporter",
      null,
    ]);
    expect(people("Par Gaëlle Tardif-Ross\nJournaliste\n\nLe Canada et la Corée ont ouvert des pourparlers lundi.", fr)).toContainEqual([
      "Gaëlle Tardif-Ross",
      "Journaliste",
      null,
    ]);
  });

  it("reads a byline closed by the newspaper's name or the writer's role in lower case, and an author's label", () => {
    const byPaper = people("Par Sandrine Lévesque-Tran, Le Courrier\n\nLe Canada et la Corée ont ouvert des pourparlers lundi.", fr);
    expect(byPaper).toContainEqual(["Sandrine Lévesque-Tran", null, null]);
    const byRole = people("Posted by Oskar Lindqvist, second cello | May 2, 2031\n\nThe orchestra landed in Seoul on Monday.");
    expect(byRole.map((p) => p[0])).toContain("Oskar Lindqvist");
    expect(people("Author: Mereani Tuilau\n\nSUVA — Fiji and Korea opened talks on Monday.").map((p) => p[0])).toContain("Mereani Tuilau");
  });

  it("reads a desk or an agency signing the story as no one", () => {
    const names = people("By Reuters Staff\n\nBERLIN — Korea and Canada opened talks.\n\nPosted by Harbour News\n").map((p) => p[0]);
    expect(names).not.toContain("Reuters Staff");
    expect(names).not.toContain("Harbour News");
  });

  it("never makes the author the speaker of a quote given to 'he' or 'il'", () => {
    const x = read('By Tamsin Whitlow\n\n"We will open the office next year," he said.', en);
    expect(x.quotes.map((q) => q.speaker)).not.toContain("Tamsin Whitlow");
    const y = read("Par Aurélie Castonguay\n\n« Nous ouvrirons le bureau l'an prochain », a-t-il affirmé.", fr);
    expect(y.quotes.map((q) => q.speaker)).not.toContain("Aurélie Castonguay");
  });

  it("never makes the author the antecedent of a pledge's 'il'", () => {
    const text = "Par Aurélie Castonguay\n\nIl s'engage à ouvrir un bureau à Séoul d'ici 2032.";
    expect(read(text, fr).commitments).toEqual([]);
  });
});
