/**
 * A release's contact block under its heading ("Further information:", "For media enquiries:", "Contact presse"), and a
 * footer address whose street opens on its kind ("Jalan ...") beside a postcode with a city of two words.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Malaysia and Uzbekistan signed a memorandum on trade promotion in Tashkent on 26 September 2033.";
const page = (...lines: string[]) => [ARTICLE, "", ...lines].join("\n");

describe("boilerplate: a contact block under its heading", () => {
  it.each([
    ["Further information:", "Head of International Cooperation Laura Heikkinen, tel. +358 29 539 1000, firstname.lastname@fmi.fi"],
    ["For media enquiries:", "Corporate Communications Unit, MATRADE"],
    ["Contact presse", "Direction de la communication"],
  ])("removes %s with the lines under it, down to the blank line", (heading, contact) => {
    const text = page(heading, contact, "+261 20 22 510 00", "", "The mission leaves for Almaty on 17 October.");
    expect(isRemoved(text, `${heading}\n${contact}\n+261 20 22 510 00`)).toBe(true);
    expect(isRemoved(text, "The mission leaves for Almaty")).toBe(false);
    expect(isRemoved(text, ARTICLE)).toBe(false);
  });
  it("keeps a sentence that opens on the same words", () => {
    const text = page("Further information on the programme is given in the annex.", "", "© 2033 MATRADE");
    expect(isRemoved(text, "Further information on the programme")).toBe(false);
  });
});

describe("boilerplate: a footer address with its street's kind first", () => {
  it.each(["Menara MATRADE, Jalan Sultan Haji Ahmad Shah, 50480 Kuala Lumpur", "Wisma Putra, Jalan Wisma Putra, 62602 Putrajaya"])(
    "removes %s over the copyright",
    (address) => {
      const text = page(address, "© 2033 MATRADE. All Rights Reserved.");
      expect(isRemoved(text, address)).toBe(true);
    },
  );
  it("keeps a street named in a sentence", () => {
    const text = page("The office moved to Jalan Sultan Ismail, near the old market, 50250 Kuala Lumpur.", "", "© 2033 MATRADE");
    expect(isRemoved(text, "The office moved")).toBe(false);
  });
});
