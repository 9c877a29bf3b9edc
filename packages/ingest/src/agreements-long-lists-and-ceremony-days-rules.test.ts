/** Long lists of instruments under one verb, French fields named by an adjective, and a signing dated by its ceremony (thirty-sixth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const actions = (text: string, lang: "en" | "fr", pair: [string, string]) => actionsOf(text, { published: "2031-06-13", lang, pair });

describe("agreements: long lists, fields by adjective and ceremony days", () => {
  it("gives every item of a long French list the verb before its first item", () => {
    expect(
      actions(
        "Le Bénin et le Niger ont signé vendredi un accord sur la gestion du pont de Malanville, un accord de coopération en matière sanitaire et de lutte contre les épidémies, un mémorandum d'entente sur le transport fluvial entre le Borgou et la région de Dosso, ainsi qu'un accord de coopération sportive.",
        "fr",
        ["BJ", "NE"],
      ),
    ).toEqual([
      ["accord sur la gestion du pont de Malanville", "signed", "2031-06-13"],
      ["accord de coopération en matière sanitaire et de lutte contre les épidémies", "signed", "2031-06-13"],
      ["mémorandum d'entente sur le transport fluvial entre le Borgou et la région de Dosso", "signed", "2031-06-13"],
      ["accord de coopération sportive", "signed", "2031-06-13"],
    ]);
  });
  it("keeps a name's parties out of it: 'entre la Guinée et le Mali' after a subject ends the name", () => {
    expect(
      actions(
        "Le Mali et la Guinée ont renouvelé le 2 juin l'accord de coopération douanière entre la Guinée et le Mali, pour cinq ans.",
        "fr",
        ["ML", "GN"],
      ),
    ).toEqual([["accord de coopération douanière", "extended", "2031-06-02"]]);
  });
  it("dates a signing with no day of its own by the sentence telling the ceremony, not by a nearer paragraph's preparatory days", () => {
    expect(
      actions(
        "Cotonou, 13 juin – La commission mixte entre le Bénin et le Niger s'est achevée ce vendredi par la signature de deux accords.\n\nPrécédée lundi et mardi d'une réunion d'experts, la session ministérielle s'est tenue jeudi.\n\nLes ministres béninois et nigérien ont signé un accord sur la gestion du pont de Malanville et un accord de coopération culturelle.",
        "fr",
        ["BJ", "NE"],
      ),
    ).toEqual([
      ["accord sur la gestion du pont de Malanville", "signed", "2031-06-13"],
      ["accord de coopération culturelle", "signed", "2031-06-13"],
    ]);
  });
  it("dates it by the ceremony's sentence when the ceremony and a nearer day share the signing's paragraph", () => {
    expect(
      actions(
        "Accra, June 13 – The joint commission between Ghana and Togo ended on Friday with the signing of two agreements. Preceded on Monday and Tuesday by a meeting of experts, the ministerial session was held on Thursday. The Ghanaian and Togolese ministers signed an agreement on the management of the Aflao border post and a cultural cooperation agreement.",
        "en",
        ["GH", "TG"],
      ),
    ).toEqual([
      ["agreement on the management of the Aflao border post", "signed", "2031-06-13"],
      ["cultural cooperation agreement", "signed", "2031-06-13"],
    ]);
  });
});
