/** Commitment rules from the forty-first unseen set: a release's square and circle bullets, bodies told by what set them up, bodies of both sides. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: bullets, bodies set up by a text, bodies of both sides", () => {
  it("reads the subject after a Korean release's circle bullet", () => {
    expect(
      pledgesOf(
        "ㅇ The Korea Polar Institute and Lakehead University of Ontario will hold a joint workshop on Canadian tides in Halifax on May 4-5.",
        {
          published: "2030-02-10",
          pair: ["KR", "CA"],
        },
      ).map((p) => p[1]),
    ).toEqual(["2030-05-04"]);
  });
  it("reads a body told by the article that set it up as an actor", () => {
    expect(
      pledgesOf("The steering committee established under Article 5 will adopt a plan for Korean and Canadian projects in March 2031.", {
        published: "2030-02-10",
        pair: ["KR", "CA"],
      }).map((p) => p[1]),
    ).toEqual(["2031-03"]);
  });
  it("reads two bodies named together with two words before their head as one of each side", () => {
    expect(
      pledgesOf("The two border police services will hold a joint drill on the Peru-Chile border in July.", {
        published: "2030-02-10",
        pair: ["PE", "CL"],
      }).map((p) => p[1]),
    ).toEqual(["2030-07"]);
  });
  it("reads a joint team of both sides as an actor", () => {
    expect(
      pledgesOf("A joint expert team will deliver its report on the aquifer to Peru and Chile by the end of June.", {
        published: "2030-02-10",
        pair: ["PE", "CL"],
      }).map((p) => p[1]),
    ).toEqual(["2030-06"]);
  });
});

describe("commitments: a recurring duty after an announced start", () => {
  it("dates a duty done daily, coordinated after a start, from that start", () => {
    expect(
      pledgesOf(
        "Under the arrangement, joint patrols will begin along the Peru-Bolivia lake shore from 1 May, and both national fishery units will report to the regional centre daily.",
        { published: "2030-02-10", pair: ["PE", "BO"] },
      ).map((p) => p[1]),
    ).toEqual(["2030-05-01", "2030-05-01"]);
  });
});
