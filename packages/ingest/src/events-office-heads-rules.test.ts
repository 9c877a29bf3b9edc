/**
 * Events: the head word of an office only one person holds in the text ("la rectrice") stands for them as the whole title
 * does; a delegation received at a French site ("à l'hôtel de ville de Dakar") by someone is a meeting.
 */
import { describe, expect, it } from "vitest";
import { eventTriggers } from "./events";
import { eventsOf } from "./rules-test-kit";

describe("events: an office's head word for its holder", () => {
  it("reads 'la rectrice a rencontré le maire de Dakar' as a meeting of the rector named before", () => {
    expect(
      eventsOf(
        "La rectrice de l'Université de Lyon, Mme Claire Dufour, était au Sénégal cette semaine. Vendredi, la rectrice a rencontré le maire de Dakar, M. Barthélémy Dias, à l'hôtel de ville.",
        { published: "2031-11-03", lang: "fr", pair: ["FR", "SN"] },
      ),
    ).toContainEqual(["2031-10-31", "meeting", "Dakar"]);
  });
});

describe("events: received at a French site", () => {
  it("reads 'a été reçue à l'hôtel de ville de Dakar par' as a meeting", () => {
    expect(
      eventTriggers("Le lendemain, notre délégation a été reçue à l'hôtel de ville de Dakar par la maire adjointe, Mme Awa Ndiaye.", 0).map(
        (t) => t.type,
      ),
    ).toEqual(["meeting"]);
  });
});
