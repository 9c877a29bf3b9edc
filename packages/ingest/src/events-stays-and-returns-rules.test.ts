/**
 * Events: a delegation's stay told with its days ("est en Corée du 12 au 17 avril", "was in the province from Tuesday to
 * Friday", "is leading a delegation of officials, researchers and firms to Ghana from ... to ..."), a state visit's days
 * in brackets beside the talks held during it, and a visit that its own sentence ends with the return home. The town told
 * after "à" in a later sentence places a signing over an earlier sentence's. A territory of one town named after its capital ("in
 * Gibraltar") is the town.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: stays, returns and the towns that place them", () => {
  it("reads a delegation's stay over the days its sentence gives", () => {
    expect(
      eventsOf(
        "Le Sénégal et le Cabo Verde ont signé mardi à Praia un accord sur la pêche. La délégation sénégalaise, forte de 20 entreprises, est au Cabo Verde du 12 au 16 mai.",
        { published: "2032-05-14", lang: "fr", pair: ["SN", "CV"] },
      ),
    ).toContainEqual(["2032-05-12/2032-05-16", "visit", "Praia"]);
    expect(
      eventsOf(
        "Ghana's trade minister and Togo's minister of commerce signed a customs protocol in Lomé on Thursday. The Ghanaian delegation was in the country from Tuesday to Friday, with stops in Lomé and Kpalimé.",
        { published: "2031-06-07", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-06-03/2031-06-06", "visit", "Lome"]);
  });
  it("reads a delegation led there with a list of members over the days given", () => {
    expect(
      eventsOf(
        "Ghana's Minister of Trade, Kofi Mensah, is leading a 30-member delegation of regional officials, engineers and cocoa buyers to Côte d'Ivoire from Oct. 5 (Mon.) to Oct. 9 (Fri.).",
        { published: "2031-10-08", pair: ["GH", "CI"] },
      ).map(([date, type]) => [date, type]),
    ).toEqual([["2031-10-05/2031-10-09", "visit"]]);
  });
  it("reads a state visit's days in brackets beside the talks held during it", () => {
    expect(
      eventsOf(
        "President Mahama held talks with the President of Togo at the Jubilee House in Accra on May 10, on the occasion of the Togolese President's state visit to Ghana (May 9-12).",
        { published: "2033-05-11", pair: ["GH", "TG"] },
      ),
    ).toEqual([
      ["2033-05-10", "meeting", "Accra"],
      ["2033-05-09/2033-05-12", "visit", "Accra"],
    ]);
  });
  it("ends a visit at the return its own sentence tells, and leaves the home town out", () => {
    expect(
      eventsOf(
        "Ghana and Togo signed a customs protocol in Lomé yesterday. The Minister travelled to Togo on Sunday and returns to Accra today.",
        { published: "2031-10-28", pair: ["GH", "TG"] },
      ),
    ).toEqual([
      ["2031-10-27", "signing", "Lome"],
      ["2031-10-26/2031-10-28", "visit", "Lome"],
    ]);
  });
  it("places a signing at the town a later sentence tells after 'à', over an earlier sentence's", () => {
    expect(
      eventsOf(
        "La ministre canadienne est arrivée lundi à Dakar. La ministre canadienne et le ministre sénégalais ont signé mardi une entente sur l'hydrogène. Les deux ministres ont signé le document au siège du ministère, à Thiès.",
        { published: "2032-04-14", lang: "fr", pair: ["SN", "CA"] },
      ),
    ).toContainEqual(["2032-04-13", "signing", "Thiès"]);
    expect(
      eventsOf(
        "La ministre canadienne et le ministre sénégalais ont signé mardi une entente sur l'hydrogène, à Dakar. Les deux ministres ont signé le document au siège du ministère, à Thiès.",
        { published: "2032-04-14", lang: "fr", pair: ["SN", "CA"] },
      ),
    ).toEqual([["2032-04-13", "signing", "Dakar"]]);
  });
  it("reads a signing dated 'yesterday' before a memorandum as that day", () => {
    expect(
      eventsOf(
        "The Minister of Trade of Ghana yesterday signed a Memorandum of Understanding on customs with Togo's Minister of Commerce in Lomé.",
        { published: "2031-10-28", pair: ["GH", "TG"] },
      ),
    ).toEqual([["2031-10-27", "signing", "Lome"]]);
  });
  it("reads a territory of one town named after its capital as the town", () => {
    expect(
      eventsOf("Negotiations between Gibraltar and Malta were concluded at a meeting in Gibraltar on 3rd September.", {
        published: "2031-10-28",
        pair: ["GI", "MT"],
      }),
    ).toEqual([["2031-09-03", "meeting", "Gibraltar"]]);
  });
  it("reads a stop within a delegation's visit already told as part of it", () => {
    expect(
      eventsOf(
        "Ghana's Minister of Trade, Kofi Mensah, is leading a delegation of officials and cocoa buyers to Togo from Oct. 5 (Mon.) to Oct. 9 (Fri.). On Oct. 6 (Tue.), the delegation visited a warehouse in Kpalimé.",
        { published: "2031-10-08", pair: ["GH", "TG"] },
      ).map(([date, type]) => [date, type]),
    ).toEqual([["2031-10-05/2031-10-09", "visit"]]);
  });
  it("places a visit told without its town in the last town of the pair before it, not the town gone home to", () => {
    expect(
      eventsOf(
        "The Minister of Trade of Ghana yesterday signed a customs protocol with Togo's Minister of Commerce in Lomé.\n\nTalks were concluded at a meeting in Accra on 3 September.\n\nThe Minister travelled to Togo on Sunday and returns to Accra today.",
        { published: "2031-10-28", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-10-26/2031-10-28", "visit", "Lome"]);
  });
});
