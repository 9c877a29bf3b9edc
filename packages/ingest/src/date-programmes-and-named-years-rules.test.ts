/**
 * Date rules: a programme told in the present ("travels to ... on Saturday", "s'envole samedi"), futures in "-rra" and
 * "-ttra", demands that look ahead, "cet été" gone by, a school year written as a range, and a show's year in its name.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf, read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en", pair?: [string, string]) =>
  read(text, { published, lang, pair }).dates.map((d) => [d.text, d.value]);

describe("dates: a programme told in the present tense", () => {
  it("reads a weekday after a present-tense travel verb as the coming one", () => {
    // 2031-06-13 is a Friday.
    const dates = datesOf(
      "From Lima, the minister travels to Santiago on Saturday for talks with her Chilean counterpart, and on to Quito on Monday.",
      "2031-06-13",
      "en",
      ["PE", "CL"],
    );
    expect(dates).toContainEqual(["on Saturday", "2031-06-14"]);
    expect(dates).toContainEqual(["on Monday", "2031-06-16"]);
  });
  it("reads 's'envole samedi', 'rentre samedi' and 'se rend ... avant de regagner ... vendredi' ahead", () => {
    // 2031-06-11 is a Wednesday.
    expect(datesOf("La ministre s'envole samedi pour Dakar, où elle rencontre lundi des investisseurs.", "2031-06-11", "fr")).toEqual(
      expect.arrayContaining([
        ["samedi", "2031-06-14"],
        ["lundi", "2031-06-16"],
      ]),
    );
    expect(datesOf("Reçu mardi par le président, il rentre samedi à Abidjan.", "2031-06-11", "fr")).toContainEqual([
      "samedi",
      "2031-06-14",
    ]);
    expect(datesOf("Elle se rend à Mopti avant de regagner Niamey vendredi.", "2031-06-11", "fr")).toContainEqual([
      "vendredi",
      "2031-06-13",
    ]);
  });
});

describe("dates: French futures and demands", () => {
  it("reads a month after a future in '-rra' or '-ttra' ahead", () => {
    expect(datesOf("La région enverra une mission commerciale à Lyon en octobre.", "2034-03-03", "fr")).toContainEqual([
      "en octobre",
      "2034-10",
    ]);
    expect(datesOf("Le Sénégal mettra à disposition un entrepôt dès le mois de septembre.", "2033-06-15", "fr")).toContainEqual([
      "le mois de septembre",
      "2033-09",
    ]);
  });
  it("reads a season in a demand as the coming one", () => {
    expect(datesOf("Le syndicat demande à Rabat d'obtenir une réunion du comité mixte avant l'été.", "2034-03-03", "fr")).toContainEqual([
      "l'été",
      "2034-06/2034-08",
    ]);
    expect(datesOf("Des élus réclament une rencontre entre les deux gouvernements avant l'hiver.", "2033-09-22", "fr")).toContainEqual([
      "l'hiver",
      "2033-12/2034-02",
    ]);
  });
  it("keeps a demand noun from telling a tense", () => {
    expect(datesOf("À la demande du Togo, la réunion s'est tenue en octobre.", "2034-03-03", "fr")).toContainEqual([
      "en octobre",
      "2033-10",
    ]);
  });
});

describe("dates: 'cet été' gone by", () => {
  it("reads 'cet été' in a September story that does not look ahead as the summer just past", () => {
    expect(datesOf("Le Niger invoque la sécheresse de cet été, la pire depuis dix ans.", "2033-09-22", "fr")).toContainEqual([
      "cet été",
      "2033-06/2033-08",
    ]);
  });
  it("still reads 'cet été' ahead in a future clause, and in spring", () => {
    expect(datesOf("Le Bénin ouvrira un bureau à Cotonou cet été.", "2034-03-03", "fr")).toContainEqual(["cet été", "2034-06/2034-08"]);
  });
});

describe("dates: a school year written as a range", () => {
  it("reads 'la rentrée universitaire 2034-2035' as the range of years, and a pledge from it due at its end", () => {
    const text = "Le Tchad accordera quarante bourses à des étudiants nigériens dès la rentrée universitaire 2034-2035.";
    const as = { published: "2034-02-09", lang: "fr" as const, pair: ["TD", "NE"] as [string, string] };
    expect(read(text, as).dates.map((d) => [d.text, d.value])).toEqual([["2034-2035", "2034/2035"]]);
    expect(pledgesOf(text, as)).toEqual([[text, "2035"]]);
  });
  it("still reads 'dès la rentrée 2032' as September", () => {
    expect(datesOf("Les cours commenceront dès la rentrée 2032.", "2031-11-02", "fr")).toContainEqual(["dès la rentrée 2032", "2032-09"]);
  });
});

describe("dates: a year in a show's name", () => {
  it("reads no date in 'the 2034 World Battery Expo' nor 'the 2030 Winter Games'", () => {
    const values = datesOf(
      "Ghana asked for Kenya's support for its bid to host the 2034 World Battery Expo and the 2030 Winter Games.",
      "2031-03-11",
      "en",
      ["GH", "KE"],
    ).map((d) => d[1]);
    expect(values).not.toContain("2034");
    expect(values).not.toContain("2030");
  });
  it("still dates a treaty named with its year and a year after 'in'", () => {
    const values = datesOf("The two sides reviewed the 2009 Treaty and will meet again in 2034.", "2031-03-11").map((d) => d[1]);
    expect(values).toContain("2009");
    expect(values).toContain("2034");
  });
});

describe("dates: counts in tens, the year's end in a headline, the same month told before", () => {
  it("reads 'il y a soixante ans' and 'thirty years ago' back from the publication", () => {
    expect(datesOf("Le traité, signé il y a soixante ans à Niamey, reste en vigueur.", "2033-09-22", "fr")).toContainEqual([
      "il y a soixante ans",
      "1973",
    ]);
    expect(datesOf("The border was drawn thirty years ago.", "2033-09-22")).toContainEqual(["thirty years ago", "2003"]);
  });
  it("reads 'pour la fin de l'année' as this year", () => {
    expect(datesOf("Commission mixte : une ligne aérienne pour la fin de l'année", "2033-06-15", "fr")).toContainEqual([
      "pour la fin de l'année",
      "2033",
    ]);
  });
  it("reads 'le même mois' from the month of the sentence before when its own sentence names none", () => {
    const text = "Le contrat avait été signé en juin dernier à Dakar. Le concurrent espagnol avait été écarté le même mois.";
    expect(datesOf(text, "2032-10-08", "fr", ["SN", "ML"])).toContainEqual(["le même mois", "2032-06"]);
    expect(datesOf("The deal was signed in March. The rival bid was dropped the same month.", "2032-10-08")).toContainEqual([
      "the same month",
      "2032-03",
    ]);
  });
});

describe("dates: 'today' quoted on the story's day", () => {
  it("reads a quoted 'Today' as the day the story tells, when the narrator never says 'today'", () => {
    // 2032-11-18 is a Thursday.
    const text =
      "Victoria, November 18, 2032\n\nSeychelles and Oman signed a fisheries agreement on Wednesday.\n\n" +
      '"Today we have become partners," the Omani minister said.';
    const dates = datesOf(text, "2032-11-18", "en", ["SC", "OM"]);
    expect(dates).toContainEqual(["on Wednesday", "2032-11-17"]);
    expect(dates).toContainEqual(["Today", "2032-11-17"]);
  });
  it("keeps a quoted 'today' on the publication day when the narrator's 'today' is that day", () => {
    const text = "Today, the minister concluded a mission to Ghana that began on Monday.\n\n" + '"Today we open a new chapter," she said.';
    const dates = datesOf(text, "2032-11-18", "en", ["CA", "GH"]);
    expect(dates.filter((d) => d[0] === "Today").map((d) => d[1])).toEqual(["2032-11-18", "2032-11-18"]);
  });
});

describe("dates: a host's present tense", () => {
  it("reads a yearless range after 'accueille' or 'hosts' as the coming one", () => {
    expect(
      datesOf("Dakar accueille par ailleurs du 3 au 5 octobre une conférence régionale sur l'eau.", "2033-09-22", "fr"),
    ).toContainEqual(["du 3 au 5 octobre", "2033-10-03/2033-10-05"]);
    expect(datesOf("Nairobi hosts from October 3 to 5 a regional conference on water.", "2033-09-22")).toContainEqual([
      "October 3 to 5",
      "2033-10-03/2033-10-05",
    ]);
  });
});
