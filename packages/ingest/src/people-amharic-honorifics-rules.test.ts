/** People rules from the twenty-fifth unseen set: the Amharic honorifics before a name ("Ato", "W/ro"). */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const names = (text: string) => read(text, { published: "2031-05-14", pair: ["ET", "KE"] }).people.map((p) => p.name);

describe("people: Amharic honorifics", () => {
  it("reads the names after 'Ato' and 'W/ro' in a panel line, without the honorific", () => {
    const found = names(
      "Panel: Eng. Hirut Bekele-Woldemariam (Presiding), Ato Dawit Alemayehu, W/ro Selamawit Tadesse\n\nThe agreement between Ethiopia and Kenya was signed in Nairobi by the Chief Executive Officer of EEP, Ato Getachew Mengiste-Wolde.",
    );
    expect(found).toContain("Dawit Alemayehu");
    expect(found).toContain("Selamawit Tadesse");
    expect(found).toContain("Getachew Mengiste-Wolde");
    expect(found).not.toContain("Ato Getachew Mengiste-Wolde");
  });
  it("keeps 'Ato' inside a name, where it is a given name", () => {
    expect(names("In Nairobi, Kenya's Minister for Finance, Dr. Cassiel Ato Forson, met Ethiopia's minister.")).toContain(
      "Cassiel Ato Forson",
    );
  });
});
