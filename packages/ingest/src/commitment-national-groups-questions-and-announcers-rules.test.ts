/**
 * Commitment rules: a group one side sends named by its country ("A Fijian technical team", "Une troupe sénégalaise"), a due
 * date named "beforehand" or "ahead of the conference", a question that asks for a pledge, a body that "has announced that
 * it will" start on a day, and a French passive of issuing ("seront délivrés").
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const en = { published: "2031-04-16", pair: ["FJ", "WS"] as [string, string] };
const fr = { published: "2031-04-16", lang: "fr" as const, pair: ["SN", "GM"] as [string, string] };

describe("commitments: a group one side sends, named by its country", () => {
  it("reads 'A Fijian technical team will visit ...' and 'Une troupe sénégalaise y participera ...' as pledges", () => {
    expect(
      pledgesOf("Samoa will host a fisheries forum in Apia in June. A Fijian technical team will visit the Apia fish market in May.", en),
    ).toContainEqual(["A Fijian technical team will visit the Apia fish market in May.", "2031-05"]);
    expect(
      pledgesOf("La Gambie organisera un festival à Banjul en août. Une troupe sénégalaise y participera l'an prochain.", fr),
    ).toContainEqual(["Une troupe sénégalaise y participera l'an prochain.", "2032"]);
  });
});

describe("commitments: a due date named by reference", () => {
  it("dates 'beforehand' and 'ahead of the conference' by the date told just before", () => {
    const pledges = pledgesOf(
      "Samoa will host a regional conference on fisheries in Apia in November. Fiji will send its draft report to Samoa ahead of the conference.",
      en,
    );
    expect(pledges).toContainEqual(["Fiji will send its draft report to Samoa ahead of the conference.", "2031-11"]);
    const before = pledgesOf(
      "A trade fair will be held in Suva in the third quarter of 2031, and Samoa will send a list of its exporters to Fiji beforehand.",
      en,
    );
    expect(before.map(([, due]) => due)).toEqual(["2031-09", "2031-09"]);
  });
});

describe("commitments: a question asks for a pledge, it makes none", () => {
  it("reads no pledge in 'Will the minister table the agreement ...?' or 'Est-ce que la ministre va le déposer ...?'", () => {
    const asked =
      "Fiji and Samoa signed a fisheries agreement in Suva on Monday. Will the Fijian minister table the agreement in Parliament before June, and will she consult Samoa before the joint committee meets?";
    expect(pledgesOf(asked, en)).toEqual([]);
    const demandé =
      "Le Sénégal et la Gambie ont signé lundi un accord sur la mobilité. Est-ce que la ministre va le déposer à l'Assemblée avant sa signature?";
    expect(pledgesOf(demandé, fr)).toEqual([]);
  });
});

describe("commitments: a body that has announced a start", () => {
  it("reads 'Fiji Airways has announced that it will start flights to Apia from June 1' as the body's pledge", () => {
    const text =
      "Fiji and Samoa signed an air services agreement in Suva on Monday. Fiji Airways has announced that it will start two weekly flights to Apia from June 1.";
    expect(pledgesOf(text, en)).toContainEqual([
      "Fiji Airways has announced that it will start two weekly flights to Apia from June 1.",
      "2031-06-01",
    ]);
  });
});

describe("commitments: a French passive of issuing", () => {
  it("reads 'Les premiers visas seront délivrés à partir du 1er mars 2032' as a pledge due that day", () => {
    const text =
      "Le Sénégal et la Gambie ont signé lundi un accord sur la mobilité. Les premiers visas seront délivrés à partir du 1er mars 2032, a précisé le ministre gambien.";
    expect(pledgesOf(text, fr)).toContainEqual([
      "Les premiers visas seront délivrés à partir du 1er mars 2032, a précisé le ministre gambien.",
      "2032-03-01",
    ]);
  });
});

describe("commitments: a step agreed 'last week'", () => {
  it("reads 'had agreed last week to share ... from March 1' as a pledge due that day", () => {
    const text =
      "Fiji and Samoa signed a health memorandum in Suva on Monday. Officials said the two ministries had agreed last week to share a dialysis contract with a hospital in Auckland from March 1.";
    expect(pledgesOf(text, { published: "2031-07-16", pair: ["FJ", "WS"] }).map(([, due]) => due)).toContainEqual("2032-03-01");
  });
});
