/**
 * Rules from public releases and legal notices: possessives are not names or titles, page counters are furniture, sessions
 * followed up are topics, a clause's opener is no part of an agreement's name, and French treaty titles named by their
 * day or by their parties.
 */
import { describe, expect, it } from "vitest";
import { actionsOf, eventsOf, isRemoved, read } from "./rules-test-kit";

describe("people: a possessive is neither a name nor a title", () => {
  it("reads no person in 'Deputy Minister Tanaka's Meeting with ...' but the one the headline names", () => {
    const names = read(
      "Deputy Minister Tanaka's Meeting with Peruvian Vice Minister Rosa Quispe\n\nDeputy Minister Kenji Tanaka met Vice Minister of Foreign Affairs Rosa Quispe in Lima on 4 March 2031.",
      { published: "2031-03-05", pair: ["JP", "PE"] },
    ).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Kenji Tanaka", "Rosa Quispe"]));
    expect(names.some((n) => /Meeting/.test(n))).toBe(false);
  });

  it("takes no office from a title word in the possessive ('Prince's Palace, Rua Augusta')", () => {
    const people = read("Venue: Prince's Palace, Rua Augusta 12, Lisbon. The Minister of Culture Ana Sousa opened the exhibition.", {
      published: "2031-03-05",
      pair: ["PT", "CV"],
    }).people;
    expect(people.map((p) => p.name)).toEqual(["Ana Sousa"]);
  });
});

describe("boilerplate: a page counter and its value on the next line", () => {
  const page =
    "Press Releases\n\nDate\n2031-05-12\nHits\n1987\n\n1. The Minister of Foreign Affairs of Chile met the Ambassador of Norway.";
  it("removes the label and the number under it", () => {
    expect(isRemoved(page, "Hits\n1987")).toBe(true);
    expect(isRemoved(page, "The Minister of Foreign Affairs")).toBe(false);
  });
  it("reads no year from the counter", () => {
    expect(read(page, { published: "2031-05-12", pair: ["CL", "NO"] }).dates.map((d) => d.text)).not.toContain("1987");
  });
});

describe("events: sessions followed up are a topic", () => {
  it("reports the call, not a summit, for 'including a follow-up of the summit meetings'", () => {
    expect(
      eventsOf(
        "The Foreign Minister of Ghana held a telephone call with the Foreign Minister of Brazil on 9 June 2031. They exchanged views on trade, including a follow-up of the summit meetings and maritime security.",
        { published: "2031-06-10", pair: ["GH", "BR"] },
      ),
    ).toEqual([["2031-06-09", "phone_call", null]]);
  });
});

describe("agreements: a clause's opener before a name", () => {
  it("names no agreement 'Based on the Action Plan' or 'Pursuant to the Protocol'", () => {
    const names = read(
      "Ministers of Chile and Ghana adopted the Chile-Ghana Action Plan on 2 May 2031. Based on the Action Plan, both sides will exchange experts. Pursuant to the Protocol on Fisheries, a committee will meet.",
      { published: "2031-05-03", pair: ["CL", "GH"] },
    ).agreements.map((a) => a.name);
    expect(names.some((n) => /^(?:Based|Pursuant)/.test(n))).toBe(false);
    expect(names).toContain("Chile-Ghana Action Plan");
  });
});

describe("agreements: French treaty titles", () => {
  it("names an agreement by its day ('l'accord du 3 mars 1998') and an annexed protocol with it", () => {
    expect(
      actionsOf(
        "Le protocole annexe à l'accord du 3 mars 1998 entre la Belgique et le Maroc, signé à Rabat le 9 juin 2001, sera publié au Moniteur belge.",
        { published: "2001-09-01", lang: "fr", pair: ["BE", "MA"] },
      ),
    ).toEqual([["protocole annexe à l'accord du 3 mars 1998", "signed", "2001-06-09"]]);
  });

  it("names an agreement between two governments by its parties and its subject", () => {
    expect(
      actionsOf(
        "L'Accord entre le Gouvernement de la République du Sénégal et le Gouvernement de la République de Tunisie sur la coopération maritime a été signé à Dakar le 14 mai 2030.",
        { published: "2030-05-15", lang: "fr", pair: ["SN", "TN"] },
      ),
    ).toEqual([
      [
        "Accord entre le Gouvernement de la République du Sénégal et le Gouvernement de la République de Tunisie sur la coopération maritime",
        "signed",
        "2030-05-14",
      ],
    ]);
  });

  it("leaves a title between parties inside the name of the protocol that amends it", () => {
    const names = actionsOf(
      "Le Protocole modifiant la Convention entre le Gouvernement du Sénégal et le Gouvernement de la Tunisie en vue d'éviter les doubles impositions, signé à Tunis le 2 avril 2029, est entré en vigueur le 1er janvier 2030.",
      { published: "2030-01-05", lang: "fr", pair: ["SN", "TN"] },
    ).map((a) => a[0]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /^Protocole modifiant/i.test(String(n)))).toBe(true);
  });
});

describe("scope: a publisher's own leader meeting the other side's", () => {
  it("reads the meeting when the text names only the host country and the visitor's side comes from the encounter", () => {
    expect(
      eventsOf(
        "State House, 15 March 2031 – His Excellency President Dr Amadu Koroma has held a fruitful meeting with the President of Malaysia, Anwar Rahman, in Kuala Lumpur on 15 March 2031.",
        { published: "2031-03-15", pair: ["GM", "MY"] },
      ),
    ).toEqual([["2031-03-15", "summit", "Kuala Lumpur"]]);
  });
});

describe("agreements: an English article inside a described subject", () => {
  it("keeps 'a' in 'a memorandum of understanding on establishing a joint commission'", () => {
    const names = read(
      "Ghana and Brazil welcomed the signing of a memorandum of understanding on establishing a joint commission on 3 June 2031.",
      { published: "2031-06-04", pair: ["GH", "BR"] },
    ).agreements.map((a) => a.name);
    expect(names).toContain("memorandum of understanding on establishing a joint commission");
  });
});

describe("people: counterparts across the verb only", () => {
  it("gives no side to a second host met by the same visitor ('He had talks with President Silva and met with ... Costa')", () => {
    const people = read(
      "Ghanaian President John Mensah on June 3 wrapped up a state visit to Brazil, where Brazilian President Ana Silva welcomed him on June 1.\n\nHe had talks with President Silva and met with National Assembly Chairwoman Maria Costa.",
      { published: "2031-06-04", pair: ["GH", "BR"] },
    ).people;
    expect(people.find((p) => p.name === "Ana Silva")?.side).toBe("BR");
    expect(people.find((p) => p.name === "Maria Costa")?.side).not.toBe("GH");
  });

  it("still gives the other side to the one met ('Minister Wadephul called Cabinet Secretary Mudavadi')", () => {
    const people = read("German Foreign Minister Johann Wadephul called Cabinet Secretary Musalia Mudavadi on 4 May 2031.", {
      published: "2031-05-05",
      pair: ["DE", "KE"],
    }).people;
    expect(people.find((p) => p.name === "Musalia Mudavadi")?.side).toBe("KE");
  });
});

describe("people: a delegation's list", () => {
  const text =
    "Ghanaian President Kofi Mensah and his visiting Ugandan counterpart, President Grace Akello, held talks in Accra on Monday, 3 March 2031.\n\nMensah was accompanied to the talks by Ministers Dr Kwame Ofori (Interior), Amb Ama Serwaa (Foreign Affairs), Prof Yaw Ntim (Education) and Betty Mensa'a (Trade).";
  const people = () => read(text, { published: "2031-03-04", pair: ["GH", "UG"] }).people;
  it("reads the names after 'Amb' and 'Prof' without a dot, and a family name with one letter after its apostrophe", () => {
    expect(people().map((p) => p.name)).toEqual(expect.arrayContaining(["Ama Serwaa", "Yaw Ntim", "Betty Mensa'a", "Kwame Ofori"]));
  });
  it("gives the people who accompany someone of the pair that person's side", () => {
    const sides = Object.fromEntries(people().map((p) => [p.name, p.side]));
    expect([sides["Kwame Ofori"], sides["Ama Serwaa"], sides["Yaw Ntim"]]).toEqual(["GH", "GH", "GH"]);
  });
  it("leaves the host's escort after a comma alone ('..., accompanied by the Chief of the Defence Staff, General ...')", () => {
    const escort = read(
      "Minister Grace Akello of Uganda laid a wreath at the national memorial in Accra on 4 March 2031, accompanied by the Chief of the Defence Staff, General Kojo Boateng.",
      { published: "2031-03-05", pair: ["GH", "UG"] },
    ).people.find((p) => p.name === "Kojo Boateng");
    expect(escort?.side).not.toBe("UG");
  });
});

describe("people: a counterpart's nationality before an apposition", () => {
  it("gives 'his visiting Ugandan counterpart, President Grace Akello' Uganda's side after a Ghanaian president", () => {
    const people = read(
      "Ghanaian President Kofi Mensah and his visiting Ugandan counterpart, President Grace Akello, held talks in Accra on Monday, 3 March 2031.",
      { published: "2031-03-04", pair: ["GH", "UG"] },
    ).people;
    expect(people.map((p) => [p.name, p.side])).toEqual([
      ["Kofi Mensah", "GH"],
      ["Grace Akello", "UG"],
    ]);
  });
});

describe("people: a region in brackets inside a title", () => {
  it("reads 'Secretary of State (Latin-America-Africa) Rui Lopes'", () => {
    const people = read(
      "In Accra today, Minister for International Trade Ana Costa and Secretary of State (Latin-America-Africa) Rui Lopes of Portugal signed three new agreements with Ghana.",
      { published: "2031-01-13", pair: ["PT", "GH"] },
    ).people;
    expect(people.map((p) => [p.name, p.title])).toContainEqual(["Rui Lopes", "Secretary of State (Latin-America-Africa)"]);
  });
});

describe("people: a coach's office and the Spanish 'Doña'", () => {
  it("reads 'said head coach Ana Torres' as Ana Torres, head coach", () => {
    const people = read('"We learned a lot in two games against Peru," said head coach Ana Torres of Chile.', {
      published: "2031-11-13",
      pair: ["CL", "PE"],
    }).people;
    expect(people.map((p) => [p.name, p.title])).toEqual([["Ana Torres", "head coach"]]);
  });
  it("reads the name after 'Doña' without it", () => {
    const names = read(
      '"This lets our children plan their lives," said the association\'s president, Doña Rosa Méndez de Ayala, of Peru and Chile.',
      {
        published: "2031-11-13",
        pair: ["CL", "PE"],
      },
    ).people.map((p) => p.name);
    expect(names).toEqual(["Rosa Méndez de Ayala"]);
  });
});
