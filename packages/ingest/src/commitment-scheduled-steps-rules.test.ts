/** Steps of a plan scheduled for a date, whatever their grammatical subject (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { pledgesOf, read } from "./rules-test-kit";

const pledges = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2028-04-20", lang, pair: ["PE", "CN"] });

describe("commitments: scheduled steps", () => {
  it("reads a thing or an activity that will open, begin or leave on a date as a pledge", () => {
    expect(pledges("Peru and China signed a protocol. The first shipments to China will leave Callao in June.")).toEqual([
      ["The first shipments to China will leave Callao in June.", "2028-06"],
    ]);
    expect(
      pledges("Peru and China signed a protocol. A joint laboratory for Peru and China will open in Lima by the end of 2029."),
    ).toEqual([["A joint laboratory for Peru and China will open in Lima by the end of 2029.", "2029"]]);
  });
  it("keeps a forecast without a date, and an entry into force, out", () => {
    expect(pledges("Peru and China signed a protocol. The first shipments to China will leave Callao soon.")).toEqual([]);
    expect(pledges("Peru and China signed a protocol. The protocol between Peru and China will enter into force in June.")).toEqual([]);
  });
  it("reads French futures of beginning and opening, and 'devrait entrer en production', with their dates", () => {
    expect(pledges("Le Pérou et la Chine ont signé un protocole. Les travaux de l'usine débuteront en avril 2029.", "fr")).toEqual([
      ["Les travaux de l'usine débuteront en avril 2029.", "2029-04"],
    ]);
    expect(
      pledges("Le Pérou et la Chine ont signé un protocole. L'usine devrait entrer en production d'ici la fin de 2031.", "fr"),
    ).toEqual([["L'usine devrait entrer en production d'ici la fin de 2031.", "2031"]]);
  });
  it("reads a relative passive as the pledge of the thing it follows, not a second pledge", () => {
    expect(
      pledges(
        "Le Pérou et la Chine ont signé un protocole. La Chine a annoncé une contribution de 15 millions de dollars, qui sera versée d'ici le 31 décembre 2029.",
        "fr",
      ),
    ).toEqual([
      ["La Chine a annoncé une contribution de 15 millions de dollars, qui sera versée d'ici le 31 décembre 2029.", "2029-12-31"],
    ]);
  });
  it("reads 'will begin' as a verb of its own, two steps in one sentence, and not a speaker's 'I will begin with'", () => {
    expect(
      pledges(
        "Under the memorandum between Peru and China, the first cohort of students will begin their studies in Beijing in September 2028, and a joint laboratory will open in Lima by the end of 2029.",
      ),
    ).toEqual([
      [
        "Under the memorandum between Peru and China, the first cohort of students will begin their studies in Beijing in September 2028",
        "2028-09",
      ],
      [", and a joint laboratory will open in Lima by the end of 2029.", "2029"],
    ]);
    expect(pledges("Peru and China signed a protocol. I will begin with an announcement on China in May.")).toEqual([]);
  });
  it("reads announcements and reported passives far from their verb of saying, and not a hedge", () => {
    expect(
      pledges("Peru and China launched a joint call. Funding decisions for Peru and China will be announced by January 2029."),
    ).toEqual([["Funding decisions for Peru and China will be announced by January 2029.", "2029-01"]]);
    expect(
      pledges(
        "The leaders of Peru and China noted that the Peru-China Critical Minerals Supply Chain Arrangement, concluded by their trade ministers in February, would be signed in Lima in June.",
      ),
    ).toEqual([
      [
        "The leaders of Peru and China noted that the Peru-China Critical Minerals Supply Chain Arrangement, concluded by their trade ministers in February, would be signed in Lima in June.",
        "2028-06",
      ],
    ]);
    expect(pledges("Peru and China met. It is possible that a decision on Peru and China will be announced in the spring.")).toEqual([]);
  });
  it("reads a joint decision quoted in the first person in French", () => {
    expect(
      pledges(
        "« Nous avons convenu de lancer dès septembre un programme d'échanges entre le Pérou et la Chine », a déclaré le maire.",
        "fr",
      ),
    ).toEqual([
      ["« Nous avons convenu de lancer dès septembre un programme d'échanges entre le Pérou et la Chine », a déclaré le maire.", "2028-09"],
    ]);
  });
  it("does not date 'within twelve months of the awards' from the day of publication", () => {
    const dates = read("The first workshop will take place within twelve months of the awards, and a second within 18 months.", {
      published: "2028-04-20",
    }).dates.map((d) => d.text);
    expect(dates).toEqual(["within 18 months"]);
  });
});

describe("commitments: a heading of next steps", () => {
  it("reads each dash item under 'Next steps:' whose verb is a future as a pledge of the pair", () => {
    expect(
      pledges(
        "Peru and China signed a protocol in Lima.\n\n4. Next steps:\n- SANIPES will submit the list of plants to the GACC no later than 31 May 2028;\n- the ministries met in April.",
      ),
    ).toEqual([["SANIPES will submit the list of plants to the GACC no later than 31 May 2028;", "2028-05-31"]]);
  });
});
