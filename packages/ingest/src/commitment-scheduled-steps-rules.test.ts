/** Steps of a plan scheduled for a date, whatever their grammatical subject (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

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
});
