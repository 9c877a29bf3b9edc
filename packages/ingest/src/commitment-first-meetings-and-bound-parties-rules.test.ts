/** Pledge shapes from the thirty-fourth unseen set: a body's first meeting after an aside, parties a text "commits" to a step. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const pledges = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2030-06-08", lang, pair: ["FJ", "WS"] });

describe("commitments: first meetings and bound parties", () => {
  it("reads a committee's first meeting told after an aside as a pledge", () => {
    expect(
      pledges(
        "Les Fidji et les Samoa ont signé une convention. Le comité de suivi, coprésidé par les deux vice-ministres, se réunira pour la première fois à Apia le mois prochain.",
        "fr",
      ),
    ).toEqual([[expect.stringContaining("se réunira pour la première fois à Apia"), "2030-07"]]);
  });
  it("reads the parties a text commits to a step, each with its due date", () => {
    const found = pledges(
      "Fiji and Samoa signed a letter of intent on kava exports on Friday. The letter commits the province to hosting a Samoan inspection team this fall and Samoa to completing a review of Fiji's export certificates by Dec. 31.",
    );
    expect(found).toContainEqual([expect.stringContaining("commits the province to hosting a Samoan inspection team"), "2030-11"]);
    expect(found).toContainEqual([expect.stringContaining("Samoa to completing a review"), "2030-12-31"]);
  });
  it("reads a titled subject named again in an apposition as the actor of a plain 'will'", () => {
    expect(
      pledges(
        "Fiji and Samoa signed a memorandum on fisheries. The Prime Minister, the Hon Sitiveni Rabuka MP, will receive Samoa's Prime Minister, the Hon Fiame Naomi MP, at the Government Buildings on 12 November 2030.",
      ),
    ).toEqual([[expect.stringContaining("will receive Samoa's Prime Minister"), "2030-11-12"]]);
  });
  it("reads a second party pledged under the same French verb as a pledge of its own, with its due date", () => {
    const found = pledges(
      "Les Fidji et les Samoa ont signé une entente. Suva s'engage à verser 4 millions $ sur cinq ans à un programme de bourses, et la partie samoane à accueillir 60 chercheurs fidjiens d'ici la fin de 2033.",
      "fr",
    );
    expect(found).toContainEqual([expect.stringContaining("Suva s'engage à verser"), null]);
    expect(found).toContainEqual([expect.stringContaining("la partie samoane à accueillir"), "2033"]);
  });
  it("reads 'en' standing for the object as the verb's, not the subject's, in a second coordinated pledge", () => {
    const found = pledges(
      "Les Fidji et les Samoa ont signé une entente. Le gouvernement fidjien financera dès 2031 un programme de suivi des récifs, et la station de l'IRD à Apia en publiera les premiers résultats avant la fin de 2032.",
      "fr",
    );
    expect(found).toContainEqual([expect.stringContaining("la station de l'IRD à Apia en publiera"), "2032"]);
  });
});
