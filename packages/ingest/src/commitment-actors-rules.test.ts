/** Commitment rules from the twelfth unseen set: invitations accepted from a named host, agencies named by acronym. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const pledges = (text: string, pair: [string, string], lang: "en" | "fr" = "en", published = "2027-04-14") =>
  pledgesOf(text, { published, lang, pair }).map(([, due]) => due);

describe("commitments: invitations and agencies", () => {
  it("reads an invitation accepted from a named host as a pledge", () => {
    expect(
      pledges("Premier Smith of Alberta accepted Governor Kim's invitation to lead a trade mission to Korea in September 2028.", [
        "KR",
        "CA",
      ]),
    ).toEqual(["2028-09"]);
    expect(
      pledges(
        "Chilean President José Antonio Kast has accepted Indian Prime Minister Modi's invitation to visit India in February.",
        ["IN", "CL"],
        "en",
        "2027-11-18",
      ),
    ).toEqual(["2028-02"]);
  });
  it("takes an agency named by its acronym as a pledge's actor", () => {
    expect(
      pledges(
        "Le Vice-Ministre japonais a annoncé que la JICA lancerait d'ici décembre une étude de faisabilité pour le métro d'Abidjan.",
        ["CI", "JP"],
        "fr",
        "2027-09-23",
      ),
    ).toEqual(["2027-12"]);
  });
});

describe("commitments: a department and a second pledge after 'and that'", () => {
  it("reads a department as an actor and 'and that' as opening a second pledge with its own due date", () => {
    expect(
      pledges(
        "Global Affairs Canada officials told the committee on Korea that the department will open a trade office in Busan by the end of 2027 and that the next Canada-Korea consular consultations will take place in Ottawa in September.",
        ["KR", "CA"],
        "en",
        "2027-06-08",
      ),
    ).toEqual(["2027", "2027-09"]);
  });
});

describe("commitments: aims to conclude", () => {
  it("reads an aim or hope to conclude or sign as a pledge, not an aim to contribute", () => {
    expect(
      pledges(
        "Canada and South Korea launched talks Thursday, and both governments hope to conclude the talks by the end of 2028.",
        ["KR", "CA"],
        "en",
        "2027-05-20",
      ),
    ).toEqual(["2028"]);
    expect(
      pledges(
        "Les négociations entre le Canada et la Corée progressent bien, et nous visons à les conclure d'ici juin.",
        ["KR", "CA"],
        "fr",
        "2027-10-05",
      ),
    ).toEqual(["2028-06"]);
    expect(pledges("Korea and Canada aim to contribute to global peace and stability.", ["KR", "CA"], "en", "2027-05-20")).toEqual([]);
  });
});

describe("commitments: a due date from the pledge referred back to", () => {
  it("dates a pledge naming 'the meeting' of the pledge before it by that pledge's date", () => {
    expect(
      pledges(
        "Minister Cho said that the Korean government would host the second Korea-Canada Foreign and Defence Ministers' Meeting in Seoul in June, and Canadian Minister Anand accepted an invitation to visit Korea for the meeting.",
        ["KR", "CA"],
        "en",
        "2027-03-10",
      ),
    ).toEqual(["2027-06", "2027-06"]);
  });
});

describe("commitments: no pledge in going home or in studying a proposal", () => {
  it("reads neither a return home nor a reported 'would study' as a pledge", () => {
    expect(
      pledges(
        "Mme Biron effectue une mission en Allemagne pour le Canada. Elle rentrera au Québec vendredi.",
        ["DE", "CA"],
        "fr",
        "2027-10-13",
      ),
    ).toEqual([]);
    expect(
      pledges(
        "Korea's Yeo also proposed a separate agreement on clean-energy supply chains, which Canada's Sidhu said Ottawa would study.",
        ["KR", "CA"],
        "en",
        "2027-05-20",
      ),
    ).toEqual([]);
  });
});
