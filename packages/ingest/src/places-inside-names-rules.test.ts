/** Place rules from public releases: a town's name inside a person's name is no place ("the minister Gabriel Obiang Lima"). */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("places: towns inside people's names", () => {
  it("does not place a signing in Lima because a minister is called Ana Paula Lima", () => {
    expect(
      eventsOf(
        "Portugal and Peru signed a trade protocol on 4 June 2030. The protocol was signed by the Portuguese minister Ana Paula Lima and the Peruvian minister Jorge Salas.",
        { published: "2030-06-05", pair: ["PT", "PE"] },
      ),
    ).toEqual([["2030-06-04", "signing", null]]);
  });
});
