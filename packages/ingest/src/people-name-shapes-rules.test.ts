/** People rules from the fourteenth unseen set: particles, apostrophes, long hyphenated names, Arabic chains, ranks before a name. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2027-11-30", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: name shapes", () => {
  it("keeps particles, apostrophes and two hyphens inside a family name", () => {
    const names = people(
      '"A corridor is only green if both ends are ready," said Ingrid van den Berg-Okonkwo in Rotterdam. Declan O\'Halloran said Thailand and the Netherlands agreed.',
      ["TH", "NL"],
    ).map((p) => p[0]);
    expect(names).toContain("Ingrid van den Berg-Okonkwo");
    expect(names).toContain("Declan O'Halloran");
  });
  it("reads 'Ben' as a particle of a Maghrebi family name, not as a given name", () => {
    const names = people(
      "Le ministre des Affaires culturelles de la République tunisienne, M. Mohamed Ali Ben Hamouda, a reçu la ministre belge à Tunis.",
      ["TN", "BE"],
      "fr",
    ).map((p) => p[0]);
    expect(names).toContain("Mohamed Ali Ben Hamouda");
  });
  it("reads a rank before a name as no part of it, and a territory inside a hyphenated surname as the surname", () => {
    expect(
      people(
        "Rear-Admiral Jean-Luc Thibodeau-Saint-Pierre, commander of Maritime Forces Atlantic, met Korea's defence attaché, Capt. (N) Choi Min-seok, in Halifax, Canada.",
        ["KR", "CA"],
      ).map((p) => p[0]),
    ).toEqual(["Jean-Luc Thibodeau-Saint-Pierre", "Choi Min-seok"]);
  });
  it("reads an office after a name beginning 'Senior' as an office, not as a reporter's credit", () => {
    expect(
      people(
        "President Lee spoke with Prime Minister Carney of Canada.\n\nKim Seon-ho, Senior Secretary to the President for Economic Affairs, joined the call in Seoul, Korea.",
        ["KR", "CA"],
      ),
    ).toContainEqual(["Kim Seon-ho", "KR"]);
  });
  it("reads words closing a body's name as no surname", () => {
    const names = people(
      "Acting Sub Lt. Kriangsak Wongsuwan, Director General of the Port Authority of Thailand, met the Dutch minister in Rotterdam, the Netherlands.",
      ["TH", "NL"],
    ).map((p) => p[0]);
    expect(names).toEqual(["Kriangsak Wongsuwan"]);
  });
});

describe("people: long names and appositions", () => {
  it("reads Arabic chains with 'bin' and 'Al', and a fourth part of a Spanish or Vietnamese name", () => {
    const found = people(
      "At the invitation of His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, His Excellency Mr. Trần Quốc Khánh, Prime Minister of the Socialist Republic of Viet Nam, paid an official visit to the Kingdom. The Saudi side included His Excellency Eng. Saad bin Mohammed Al-Qahtani, Minister of Investment, and the Vietnamese side Nguyễn Thị Lan Hương, Governor of the State Bank of Viet Nam.",
      ["SA", "VN"],
    );
    expect(found).toContainEqual(["Mohammed bin Salman bin Abdulaziz Al Saud", "SA"]);
    expect(found).toContainEqual(["Trần Quốc Khánh", "VN"]);
    expect(found.map((p) => p[0])).toContain("Saad bin Mohammed Al-Qahtani");
    expect(found).toContainEqual(["Nguyễn Thị Lan Hương", "VN"]);
    expect(
      people(
        "On 8 September, the minister met Chile's Minister of Mining, María José Ortúzar Valdivia, in Santiago, Australia's partner.",
        ["CL", "AU"],
      ),
    ).toContainEqual(["María José Ortúzar Valdivia", "CL"]);
  });
  it("reads a blog's 'Posted ... by' line as a credit: its author a person of no side", () => {
    const found = people(
      "Posted 20 October 2027 by Priya Raman, Trade and Investment Commissioner, Santiago\n\nThe Australian minister met Chile's Minister of Mining, Marcela Soto, in Santiago.",
      ["CL", "AU"],
    );
    expect(found.find((p) => p[0] === "Priya Raman")?.[1]).toBeNull();
  });
});

describe("people: Vietnamese names, ranks and portfolio words", () => {
  it("reads a Vietnamese name of three words whole, though its last two read as a Korean name", () => {
    const names = people(
      "À Hanoï, il s'est entretenu le 4 avril avec le vice-premier ministre vietnamien et a coprésidé avec le ministre de l'Industrie et du Commerce, Nguyen Hong Dien, la session. Le secrétaire d'État Alexandre Fasel et le vice-ministre vietnamien des Affaires étrangères Do Hung Viet ont conduit la ronde à Berne, en Suisse.",
      ["CH", "VN"],
      "fr",
    ).map((p) => p[0]);
    expect(names).toContain("Nguyen Hong Dien");
    expect(names).toContain("Do Hung Viet");
    expect(names).toContain("Alexandre Fasel");
  });
  it("reads neither a rank of two words nor an institute after 'of' nor a portfolio after 'and' as a name", () => {
    expect(
      people("The briefing was held in Ankara by Press Counselor Rear Admiral Zeki Aktürk on Türkiye's exercise with Qatar.", [
        "TR",
        "QA",
      ]).map((p) => p[0]),
    ).toEqual(["Zeki Aktürk"]);
    const names = people(
      "Mr Pradhan of India met the Minister for Further and Higher Education, Research, Innovation and Science, James Lawless, in Dublin. The memorandum was signed by Professor V. Kamakoti, Director of IIT Madras.",
      ["IE", "IN"],
    ).map((p) => p[0]);
    expect(names).not.toContain("Higher Education");
    expect(names).not.toContain("IIT Madras");
  });
});
