/** People rules from the third unseen set: portfolio titles with commas, third-country officials, bracketed and trailing titles. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { titleBefore } from "./people";

const run = (text: string) => extract(text, { published: "2026-03-24", lang: "en" });
const person = (text: string, name: string) => run(text).people.find((p) => p.name === name);

describe("people: titles and sides", () => {
  it("reads a portfolio list with commas as one title", () => {
    const text = "Minister of Jobs, Economy, Trade and Immigration Joseph Schow met Korean investors in Calgary.";
    expect(titleBefore(text, text.indexOf("Joseph"), 0)?.title).toBe("Minister of Jobs, Economy, Trade and Immigration");
    expect(person(text, "Joseph Schow")?.side).toBe("CA");
  });
  it("keeps an organisation ending in a country name inside the title, and stops at another person's name", () => {
    const text = "Ambassador Yoon Ji-won and Director General of Global Affairs Canada Jennie Chen held talks in Seoul.";
    const t = titleBefore(text, text.indexOf("Jennie"), 0);
    expect(t?.title).toBe("Director General of Global Affairs Canada");
    expect(t?.side).toBe("CA");
  });
  it("finds Korean family names such as Seok after a title holding 'of the'", () => {
    const text = "Minister of the Defense Acquisition Program Administration Seok Jong-gun signed the agreement with Canada.";
    const names = run(text).people.map((p) => p.name);
    expect(names).toContain("Seok Jong-gun");
    expect(names).not.toContain("Acquisition Program Administration");
  });
  it("gives a non-pair official the third country named in the sentence, not the partner's side", () => {
    const text =
      "Foreign Minister Toshimitsu Motegi and his Canadian counterpart Anita Anand signed the agreement in Tokyo. Korea welcomed it.";
    expect(person(text, "Toshimitsu Motegi")?.side).toBe("JP");
    expect(person(text, "Anita Anand")?.side).toBe("CA");
  });
  it("reads 'French' before a title as France", () => {
    expect(
      person("French President Emmanuel Macron met Korean President Lee Jae-myung and Canada's leader.", "Emmanuel Macron")?.side,
    ).toBe("FR");
  });
  it("takes the side from a title after the name when the one before holds none", () => {
    const text = '"We train with Korea," said Rear-Admiral Christopher Robinson, Commander of Canadian Fleet Pacific.';
    expect(person(text, "Christopher Robinson")?.side).toBe("CA");
  });
  it("reads a Hansard speaker's bracketed title", () => {
    const text = "Hon. David McGuinty (Minister of National Defence, Lib.): Mr. Speaker, we are working with Korea on submarines.";
    const p = person(text, "David McGuinty");
    expect(p?.title).toBe("Minister of National Defence");
    expect(p?.side).toBe("CA");
  });
});

describe("people: sides from messages carried, hosts of someone else's minister and destinations", () => {
  const sides = (text: string, pair: [string, string], lang: "en" | "fr" = "en", publisher?: string) =>
    Object.fromEntries(extract(text, { published: "2026-10-15", lang, pair, publisher }).people.map((p) => [p.name, p.side]));
  it("gives the sender of a letter or greetings the side of the person who carries it", () => {
    expect(
      sides(
        "Lima, 15 October 2026 - Kenya's Foreign Minister, Musalia Mudavadi, delivered a letter from President William Ruto to President José Jerí.",
        ["PE", "KE"],
      )["William Ruto"],
    ).toBe("KE");
    expect(
      sides(
        "Le ministre gabonais des Affaires étrangères, Régis Onanga Ndiaye, a transmis les salutations du président Brice Oligui Nguema.",
        ["GA", "JP"],
        "fr",
      )["Brice Oligui Nguema"],
    ).toBe("GA");
  });
  it("does not give a host the country of the minister hosted, nor of a capital the host's delegation will go to", () => {
    const found = sides(
      "Premier David Crisafulli, who hosted the Chilean minister at a dinner on Tuesday, said the state would send a delegation to Santiago in May.",
      ["AU", "CL"],
      "en",
      "The Courier-Mail (Australia)",
    );
    expect(found["David Crisafulli"]).toBe("AU");
  });
  it("reads 'a également été reçu par' after a sentence naming the home side's minister", () => {
    const found = sides(
      [
        "Bruxelles, le 8 avril 2027 - La ministre belge du Commerce, Anneleen Van Bossuyt, est en visite au Sénégal.",
        "La ministre a également été reçue en audience par le président Bassirou Diomaye Faye.",
      ].join("\n\n"),
      ["BE", "SN"],
      "fr",
    );
    expect(found["Bassirou Diomaye Faye"]).toBe("SN");
  });
});

describe("people: committee chairs in their own legislature's release", () => {
  it("gives a committee chair named by bare title the side the text is written from", () => {
    const found = Object.fromEntries(
      extract(
        [
          "Senate of the Philippines",
          "Press Release",
          "February 4, 2027",
          "Committee chair Sen. Maria Santos said the Senate will vote on the Philippines-Poland defense agreement before June.",
        ].join("\n\n"),
        { published: "2027-02-04", lang: "en", pair: ["PH", "PL"] },
      ).people.map((p) => [p.name, p.side]),
    );
    expect(found["Maria Santos"]).toBe("PH");
  });
});
