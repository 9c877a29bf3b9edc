/**
 * Events: officials meeting "for a third time" is a round of their series; a step of talks taken at a dialogue ("opened talks
 * ... at the Korea-Canada health policy dialogue in Ottawa in February") or "during the second FOC" is a round there; talks that
 * "began" in a town in a month are a step like those "launched" there; numbered consultations a signing closed are a round; a
 * text initialled by officials is a step of its talks, its day told before its town or not.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: officials' rounds, dialogues as settings and rounds by their acronym", () => {
  it("reads officials meeting again, counted in their series, as a round", () => {
    expect(
      eventsOf("Canada and Korea signed a memorandum in Ottawa today. Their experts met for a third time in Busan in October.", {
        published: "2031-03-12",
        pair: ["KR", "CA"],
      }),
    ).toContainEqual(["2030-10", "dialogue_round", "Busan"]);
  });
  it("reads a step of talks taken at a dialogue as a round in its town", () => {
    expect(
      eventsOf(
        "Korea and Canada signed a memorandum on Aug. 20 in Cheongju. The two agencies opened talks on the MOU at the Korea-Canada health policy dialogue in Ottawa in February.",
        { published: "2030-08-21", pair: ["KR", "CA"] },
      ),
    ).toContainEqual(["2030-02", "dialogue_round", "Ottawa"]);
  });
  it("reads talks that began in a town during a numbered round named by its acronym as that round", () => {
    expect(
      eventsOf(
        "Brunei and Bangladesh signed a memorandum yesterday in Bandar Seri Begawan. Talks on the MoU began in Dhaka in January, during the second FOC.",
        { published: "2029-09-26", pair: ["BN", "BD"] },
      ),
    ).toContainEqual(["2029-01", "dialogue_round", "Dhaka"]);
  });
  it("reads numbered consultations a signing closed as a round that day", () => {
    expect(
      eventsOf(
        "Brunei Darussalam and Bangladesh signed a Memorandum of Understanding yesterday, at the close of the third Foreign Office Consultations (FOC) between the two countries in Bandar Seri Begawan.",
        { published: "2029-09-26", pair: ["BN", "BD"] },
      ),
    ).toContainEqual(["2029-09-25", "dialogue_round", "Bandar Seri Begawan"]);
  });
  it("reads a text initialled by officials as a round, its day before or after its town", () => {
    expect(
      eventsOf(
        "Le Canada et la Corée ont signé hier à Montréal un arrangement. Les négociations avaient été lancées à Séoul en novembre dernier, et le texte a été paraphé le 28 avril à Ottawa par des hauts fonctionnaires des deux ministères.",
        { published: "2034-05-23", lang: "fr", pair: ["KR", "CA"] },
      ),
    ).toContainEqual(["2034-04-28", "dialogue_round", "Ottawa"]);
    expect(
      eventsOf(
        "Brunei and Bangladesh signed a memorandum yesterday. The two sides also agreed to begin negotiations on double taxation and noted that a revised air services agreement had been initialled by aviation officials in Bandar Seri Begawan in May.",
        { published: "2029-09-26", pair: ["BN", "BD"] },
      ),
    ).toContainEqual(["2029-05", "dialogue_round", "Bandar Seri Begawan"]);
  });
});
