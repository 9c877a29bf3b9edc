/** People rules from public releases: "H. E." and "S. E." written with a space are honorifics, not a name's initials. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

describe("people: honorifics written with a space", () => {
  it("reads 'H. E. Amadou Diallo Kane' as Amadou Diallo Kane, not 'H. E. Amadou'", () => {
    const names = read(
      "The President of Senegal, H. E. Amadou Diallo Kane, received the Prime Minister of Portugal, H. E. Rui Costa, in Dakar on 3 May 2030.",
      { published: "2030-05-04", pair: ["SN", "PT"] },
    ).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Amadou Diallo Kane", "Rui Costa"]));
    expect(names.some((n) => n.startsWith("H."))).toBe(false);
  });
});
