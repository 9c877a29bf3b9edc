/** Boilerplate rules from the fifteenth unseen set: contacts on one line, a wire's source, "About" paragraphs, a release's end. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

describe("boilerplate: the furniture closing a release", () => {
  const release =
    "TORONTO, Feb. 24, 2028 - Business leaders of Canada and Korea met today.\n\nThe councils will meet again in May 2029.\n\nAbout the Canada Korea Business Council\nThe CKBC promotes trade and investment between Canada and Korea.\n\nMedia contact: Daniel Park, communications@ckbc.ca\nSOURCE Canada Korea Business Council\n";
  it("removes an organisation's 'About' paragraph, a contact on one line and a wire's source line", () => {
    expect(isRemoved(release, "About the Canada Korea Business Council")).toBe(true);
    expect(isRemoved(release, "The CKBC promotes trade and investment")).toBe(true);
    expect(isRemoved(release, "Media contact: Daniel Park")).toBe(true);
    expect(isRemoved(release, "SOURCE Canada Korea Business Council")).toBe(true);
    expect(isRemoved(release, "The councils will meet again in May 2029.")).toBe(false);
  });
  it("removes 'ENDS' and what follows it", () => {
    const text =
      "Mombasa, 15 February 2028\n\nKenya and Belgium signed an addendum yesterday.\n\nENDS\n\nFor media enquiries: Corporate Communications\n";
    expect(isRemoved(text, "ENDS")).toBe(true);
    expect(isRemoved(text, "For media enquiries")).toBe(true);
    expect(isRemoved(text, "Kenya and Belgium signed an addendum yesterday.")).toBe(false);
  });
});
