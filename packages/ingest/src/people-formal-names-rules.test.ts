/** People rules from the fifteenth unseen set: apostrophes inside names, "Te", academic honorifics, formal state names, mastheads. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en", published = "2028-03-03") =>
  read(text, { published, lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: names with apostrophes and particles", () => {
  it("keeps an apostrophe inside a family name and a capital after one in a hyphenated part", () => {
    expect(people("This morning the two Ministers met Wellington Mayor Losa Fa'alogo-Tuilagi in New Zealand.", ["NZ", "VN"])).toEqual([
      ["Losa Fa'alogo-Tuilagi", "NZ"],
    ]);
    expect(
      people(
        "La délégation française comprenait notamment Mme Sandrine Lefèvre-N'Diaye, ministre de l'Europe et des Affaires étrangères de la France.",
        ["SN", "FR"],
        "fr",
      ).map((p) => p[0]),
    ).toEqual(["Sandrine Lefèvre-N'Diaye"]);
  });
  it("reads 'Te' as a particle, and a region's name that ends a country's name as the country", () => {
    expect(
      people("Creative New Zealand's chief executive, Dr. Hana Te Whiti-O'Connor, met Viet Nam's minister.", ["NZ", "VN"]),
    ).toContainEqual(["Hana Te Whiti-O'Connor", "NZ"]);
  });
  it("reads 'Assoc. Prof. Dr.' as honorifics, not as a sentence's end, and a title before them", () => {
    expect(
      people(
        "At the launch, the Director of the Viet Nam National Institute of Culture and Arts Studies, Assoc. Prof. Dr. Đặng Thị Thu Hà, signed a memorandum with New Zealand.",
        ["NZ", "VN"],
      ),
    ).toContainEqual(["Đặng Thị Thu Hà", "VN"]);
  });
});

describe("people: offices and sides", () => {
  it("gives an ambassador the country of 'of', not of 'to the State of ...' or 'to the Republic of ...'", () => {
    expect(
      people(
        "Present were the Ambassador of the Republic of Indonesia to the State of Qatar, Ridwan Hassan, and Canada's Ambassador to the Republic of Korea, Tamara Mawhinney-Li.",
        ["ID", "QA"],
      ),
    ).toEqual([
      ["Ridwan Hassan", "ID"],
      ["Tamara Mawhinney-Li", "CA"],
    ]);
  });
  it("reads 'the Amir of <state>' as an office, and a one-word name in a headline as the person named in full later", () => {
    const text =
      "President Prabowo, Amir of Qatar Agree to Elevate Ties\n\nPresident of the Republic of Indonesia Prabowo Subianto and the Amir of the State of Qatar, His Highness Sheikh Tamim bin Hamad Al Thani, held talks in Doha.";
    expect(people(text, ["ID", "QA"], "en", "2028-01-20")).toEqual([
      ["Prabowo Subianto", "ID"],
      ["Tamim bin Hamad Al Thani", "QA"],
    ]);
  });
  it("takes the writer's country from a state institution heading the page over a dateline abroad", () => {
    const text =
      "Cabinet Secretariat of the Republic of Indonesia\n\nDoha, 20 January 2028\n\nPresident Prabowo Subianto held talks with the Amir of Qatar.\n\nPresent during the meeting were Minister of Foreign Affairs Bayu Adi Nugroho and Coordinating Minister for Food Affairs Dr. Teguh Santoso Wibowo.";
    expect(people(text, ["ID", "QA"], "en", "2028-01-20")).toContainEqual(["Bayu Adi Nugroho", "ID"]);
  });
});

describe("people: the writer's traveller and the hosts met abroad", () => {
  it("gives a home office holder who 's'est rendu au <country>' the writer's side, and those he talks with there the host's", () => {
    const text =
      "L'Assemblée fédérale — Le Parlement suisse\n\nRelations entre la Suisse et le Viêt Nam.\n\n1. Le conseiller fédéral Guy Parmelin, chef du Département fédéral de l'économie, s'est rendu au Viêt Nam du 3 au 6 avril 2027. À Hanoï, il s'est entretenu le 4 avril avec le vice-premier ministre Bui Thanh Son.";
    expect(people(text, ["CH", "VN"], "fr", "2027-11-20")).toEqual([
      ["Guy Parmelin", "CH"],
      ["Bui Thanh Son", "VN"],
    ]);
  });
});

describe("people: forms of address and portfolios", () => {
  it("reads 'Son Excellence M.' as a form of address before the name", () => {
    expect(
      people(
        "À l'invitation de Son Excellence M. Mamadou Lamine Ndiaye, Président de la République du Sénégal, le président est venu.",
        ["SN", "FR"],
        "fr",
      ),
    ).toEqual([["Mamadou Lamine Ndiaye", "SN"]]);
  });
  it("reads capitalised words between a title's comma and 'and <portfolio>,' as a portfolio, not a person", () => {
    expect(
      people(
        "The summit was opened by the Hon. Vic Fedeli-Moreau, Ontario's Minister of Economic Development, Job Creation and Trade, and by Korea's ambassador.",
        ["KR", "CA"],
        "en",
        "2028-02-24",
      ),
    ).toEqual([["Vic Fedeli-Moreau", "CA"]]);
  });
});

describe("people: signatures, Dutch particles and acronyms before offices", () => {
  it("reads a name alone on its line above its office as a signature with that title", () => {
    expect(
      people("Bien cordialement,\n\nÉmilie Rousseau-Nakamura\nAmbassadrice du Canada en République de Corée\n", ["KR", "CA"], "fr"),
    ).toEqual([["Émilie Rousseau-Nakamura", "CA"]]);
  });
  it("keeps a capitalised 'De' inside a family name and reads '<ACRONYM> Managing Director' as one title", () => {
    const names = people(
      "The Kenya Ports Authority (KPA) and Belgium's port signed an addendum. It was signed by KPA Managing Director Capt. Peter Kiprono Langat and Belgian Managing Director Annelies De Coninck.",
      ["KE", "BE"],
      "en",
      "2028-02-15",
    );
    expect(names).toContainEqual(["Peter Kiprono Langat", "KE"]);
    expect(names.map((p) => p[0])).toContain("Annelies De Coninck");
  });
});

describe("people: offices of the writer's country", () => {
  it("takes the writer's country from a town's own page ('City of Moncton') for its mayor", () => {
    expect(
      people(
        "City of Moncton\n\nMayor Dawn Arnold and Mayor Hong signed a friendship city agreement at City Hall on Monday evening.",
        ["KR", "CA"],
        "en",
        "2027-11-24",
      ),
    ).toContainEqual(["Dawn Arnold", "CA"]);
  });
  it("reads a bracketed title whose head word follows a qualifier, and a trade commissioner as an office of the writer's country", () => {
    expect(
      people(
        "House of Commons of Canada\n\nMr. Rob Oliphant (Parliamentary Secretary to the Minister of Foreign Affairs, Lib.): Korea is a partner.",
        ["KR", "CA"],
        "en",
        "2027-10-28",
      ),
    ).toEqual([["Rob Oliphant", "CA"]]);
    expect(
      people(
        "Ambassade du Canada en République de Corée\n\nUne délégation menée par le délégué commercial principal Marc Thibodeau a rencontré plusieurs acheteurs.",
        ["KR", "CA"],
        "fr",
        "2027-12-10",
      ),
    ).toEqual([["Marc Thibodeau", "CA"]]);
  });
});

describe("people: a witness's office, unit and department", () => {
  it("reads capitalised units after a title, up to the list item's end, as the title", () => {
    expect(
      people(
        "The Committee heard witnesses, among them Ms. Sarah Ouellette-Kwan, Director General, Asia Trade Policy, Global Affairs Canada; and Mr. Cho Hyun-woo, Minister-Counsellor at the Embassy of the Republic of Korea.",
        ["KR", "CA"],
        "en",
        "2028-03-02",
      ),
    ).toContainEqual(["Sarah Ouellette-Kwan", "CA"]);
  });
});
