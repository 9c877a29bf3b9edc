/** A meeting asked for in a "that" clause, negotiations concluded over a video link, and a country after "à" as a place. */
import { describe, expect, it } from "vitest";
import { eventTrigger } from "./events";
import { buildPairScope } from "./pair-scope";
import { splitParagraphs, splitSentences } from "./sentence-splitter";

describe("a request's clause, a round held by video link, and a country after 'à'", () => {
  it("reads a meeting asked for in a 'that' clause as the request, not an event", () => {
    expect(eventTrigger("Le syndicat a réclamé lundi que le ministre rencontre les pêcheurs avant toute annonce.", 0)).toBeNull();
    expect(eventTrigger("The union demanded that the minister meet the fishers before any announcement.", 0)).toBeNull();
    expect(eventTrigger("Le ministre a rencontré lundi les pêcheurs.", 0)?.type).toBe("meeting");
  });
  it("types negotiations concluded by videoconference as a round, not a meeting", () => {
    const fr = eventTrigger("Les négociations sur le protocole, ouvertes en mars, ont été conclues le 2 juin par visioconférence.", 0);
    expect(fr?.type).toBe("dialogue_round");
    const en = eventTrigger("Negotiations on the fisheries protocol were concluded on June 2 by videoconference.", 0);
    expect(en?.type).toBe("dialogue_round");
    expect(eventTrigger("The ministers held a videoconference on June 2.", 0)?.type).not.toBe("dialogue_round");
  });
  it("takes a country after 'à' before the verb for a place, not an actor", () => {
    const text = "Le Canada et la Corée du Sud ont signé un accord. Invitée à Cuba le mois dernier, la ministre a rappelé le partenariat.";
    const sentences = splitSentences(text, splitParagraphs(text));
    const scope = buildPairScope(text, sentences, ["CA", "KR"]);
    expect([...scope.partiesOf(sentences[1]!)].sort()).toEqual(["CA", "KR"]);
  });
});
