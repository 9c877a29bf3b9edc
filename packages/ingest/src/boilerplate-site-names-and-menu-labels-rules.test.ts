/**
 * A site's domain name or a news agency's name over its menu, a broadcaster whose name holds a country joined by a hyphen,
 * a menu bar under its "Menu:" label, a lone language link, and a wire's dateline with its time after "@" (no e-mail).
 */
import { describe, expect, it } from "vitest";
import { isRemoved, read } from "./rules-test-kit";

const body = "\n\nThe two governments signed a fisheries agreement in Apia on 4 March 2031.";

describe("boilerplate: site names and menu labels", () => {
  it.each(["GOV.TO", "RTBF.be", "Samoa News Agency", "TV5-France Monde"])("removes %s over a menu bar", (masthead) => {
    const page = `${masthead}\nHome | Politics | Economy | Sport | Contact${body}`;
    expect(isRemoved(page, masthead)).toBe(true);
    expect(isRemoved(page, "signed a fisheries agreement")).toBe(false);
  });
  it("removes a paper's short name stacked over its tagline and menu", () => {
    const page = `La Voix\nLe quotidien des Tonga\nAccueil | Politique | Économie | Sports | Archives\n\nLes deux gouvernements ont signé un accord à Nuku'alofa le 4 mars 2031.`;
    expect(isRemoved(page, "La Voix")).toBe(true);
    expect(isRemoved(page, "Le quotidien des Tonga")).toBe(true);
    expect(isRemoved(page, "ont signé un accord")).toBe(false);
  });
  it("removes a labelled menu and a lone language link", () => {
    const page = `Menu: Jobs | Travel | Business | Health | More services\nEnglish\n\nLes deux gouvernements ont signé un accord à Apia le 4 mars 2031.`;
    expect(isRemoved(page, "Menu: Jobs")).toBe(true);
    expect(isRemoved(page, "English")).toBe(true);
  });
  it("keeps a wire's dateline with its time and byline, and reads its people", () => {
    const page = `Apia, Samoa | March 4, 2031, Tuesday @ 09:15 | By Anna Tuilagi | Edited by: Peter Leota${body}`;
    expect(isRemoved(page, "Edited by")).toBe(false);
    expect(read(page, { published: "2031-03-04", pair: ["WS", "NZ"] }).people.map((p) => p.name)).toContain("Peter Leota");
    expect(isRemoved(`Press office | Tel: +685 21 555 | media@gov.ws${body}`, "media@gov.ws")).toBe(true);
  });
});
