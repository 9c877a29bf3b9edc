/**
 * Events: a signing told in a relative clause or a participle, with its town, a day of this year and its signatories, is
 * reported ("that the two ministers signed in Managua on March 18", "signé à Bissau samedi 28 août par la ministre"); a
 * visit with its own days told after it as its setting is an event of its own. A day with its year recalls history.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: signings told with their town and day", () => {
  it("reads a signing in a relative clause with its town and a day without a year", () => {
    expect(
      eventsOf("The tour was revived under the sports agreement that the Chilean and Norwegian ministers signed in Oslo on March 18.", {
        published: "2031-04-25",
        pair: ["CL", "NO"],
      }),
    ).toEqual([["2031-03-18", "signing", "Oslo"]]);
  });
  it("reads a French participle with its town, day and signatories", () => {
    expect(
      eventsOf(
        "Le livre paraît après le renouvellement de l'accord de coopération entre le Mali et le Sénégal, signé à Dakar samedi 28 août par la ministre de la Santé et son homologue malien.",
        { published: "2032-09-08", lang: "fr", pair: ["ML", "SN"] },
      ),
    ).toEqual([["2032-08-28", "signing", "Dakar"]]);
  });
  it("leaves a participle whose day carries its year, or that names no signatory, as a recall", () => {
    expect(
      eventsOf("Le Mali a ratifié jeudi l'accord de coopération, signé à Dakar le 3 mars 2019.", {
        published: "2032-09-08",
        lang: "fr",
        pair: ["ML", "SN"],
      }).filter(([, type]) => type === "signing"),
    ).toEqual([]);
    expect(
      eventsOf("Les ministres ont salué l'entrée en vigueur de l'accord de coopération, signé à Dakar le 9 février.", {
        published: "2032-09-08",
        lang: "fr",
        pair: ["ML", "SN"],
      }).filter(([, type]) => type === "signing"),
    ).toEqual([]);
  });
  it("reads a visit with its own days told after a signing as an event of its own", () => {
    expect(
      eventsOf(
        "The issue marks the memorandum between Samoa and Tonga, signed in Apia on 2 August by the two prime ministers, during his state visit of 31 July to 3 August.",
        { published: "2032-09-20", pair: ["WS", "TO"] },
      ),
    ).toEqual([
      ["2032-08-02", "signing", "Apia"],
      ["2032-07-31/2032-08-03", "visit", "Apia"],
    ]);
  });
});

describe("events: a clause's own town and a visit by someone as a setting", () => {
  it("places a signing told in a clause of its own by the town right after its verb", () => {
    expect(
      eventsOf(
        "Chile and Norway concluded negotiations on the protocol in Santiago on March 30, and the protocol was signed by the two trade ministers in Bergen on April 22.",
        { published: "2031-05-14", pair: ["CL", "NO"] },
      ).filter(([, type]) => type === "signing"),
    ).toEqual([["2031-04-22", "signing", "Bergen"]]);
  });
  it("reads 'during a visit by <someone>, from 8 to 10 March' after a signing as a visit of its own", () => {
    expect(
      eventsOf(
        "Chile and Norway signed a memorandum on salmon health in Oslo on 9 March, during a visit by Chile's Minister of Agriculture, Dr. Ana Riquelme, from 8 to 10 March.",
        { published: "2031-03-21", pair: ["CL", "NO"] },
      ),
    ).toEqual([
      ["2031-03-09", "signing", "Oslo"],
      ["2031-03-08/2031-03-10", "visit", "Oslo"],
    ]);
  });
});

describe("events: an agreement amended by an exchange of letters", () => {
  it("reads 'ont modifié par échange de lettres l'Entente' as a signing", () => {
    expect(
      eventsOf(
        "Le 14 mars, le Chili et la Norvège ont modifié par échange de lettres l'Accord sur la mobilité des jeunes, signé en 2029.",
        { published: "2033-03-20", lang: "fr", pair: ["CL", "NO"] },
      ),
    ).toEqual([["2033-03-14", "signing", null]]);
  });
});

describe("events: a gathering a signing closed", () => {
  it("reads 'at the close of a two-day bilateral meeting' as the meeting, its days counted back from the signing's", () => {
    const text =
      "The renewal was signed in Suva on 24 February 2032 by Fiji's Minister of Transport, Jone Usamate, and Tonga's Minister of Infrastructure, Sione Taione, at the close of a two-day bilateral meeting.";
    expect(eventsOf(text, { published: "2032-03-05", pair: ["FJ", "TO"] })).toEqual([
      ["2032-02-24", "signing", "Suva"],
      ["2032-02-23/2032-02-24", "meeting", "Suva"],
    ]);
    const fr =
      "L'accord a été signé à Lomé le 12 mars par la ministre togolaise de la Santé et son homologue béninois, à l'issue d'une réunion bilatérale de trois jours.";
    expect(eventsOf(fr, { published: "2032-03-20", lang: "fr", pair: ["TG", "BJ"] })).toContainEqual([
      "2032-03-10/2032-03-12",
      "meeting",
      "Lome",
    ]);
  });
});

describe("events: the meeting a signing followed", () => {
  it("reads 'after the two ... met' told after a signing as a meeting that day, in the signing's town", () => {
    expect(
      eventsOf(
        "The protocol was signed in Apia on Thursday by Samoa's Minister of Finance and Tonga's Minister of Finance, after the two Prime Ministers met at the Government Building.",
        { published: "2033-05-16", pair: ["WS", "TO"] },
      ),
    ).toEqual(
      expect.arrayContaining([
        ["2033-05-12", "signing", "Apia"],
        ["2033-05-12", "meeting", "Apia"],
      ]),
    );
  });
});
