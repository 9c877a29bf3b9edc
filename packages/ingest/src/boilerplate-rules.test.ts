/** Boilerplate rules for closing sections and page furniture seen on other publishers' pages. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const removed = isRemoved;

describe("boilerplate", () => {
  it("removes notes, about-the-author and contacts sections to the end", () => {
    const text = 'Canada and Korea met.\n\nNotes\n[1] Prime Minister\'s Office, "Joint Statement," September 23, 2022.\n';
    expect(removed(text, "[1] Prime")).toBe(true);
    expect(removed("Body.\n\nAbout the author\nJane Roe is a fellow.\n", "Jane Roe")).toBe(true);
    expect(removed("Body.\n\nContacts\n\nMedia Relations Office\n", "Media Relations")).toBe(true);
  });
  it("removes cookie banners, page tools and most-liked lists", () => {
    expect(removed("We use cookies to improve your experience on our site. Accept all\nBody.", "We use cookies")).toBe(true);
    expect(removed("Body.\nReport a problem or mistake on this page\n", "Report a problem")).toBe(true);
    expect(removed("Body.\n\nMost Liked\nCanada and Korea sign pact\n", "Canada and Korea sign")).toBe(true);
    expect(removed("Body.\n\nAssociated links\nPrime Minister meets President\n", "Prime Minister meets")).toBe(true);
    expect(removed("Canada and Korea agreed to report a problem with tariffs.\n", "Canada and Korea")).toBe(false);
  });
});
