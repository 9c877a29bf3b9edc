/**
 * A publication stamp's line closing on furniture past a bar or a slash (a revision stamp giving the story's age or the
 * second, a view count), and a release's end written out ("Fin du communiqué").
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const story = [
  "Peru and Chile sign a port agreement",
  "",
  "Posted: May 4, 2031 6:10 AM | Last Updated: 25 minutes ago",
  "",
  "Lima, 4 May 2031 – Peru and Chile signed a port agreement today.",
].join("\n");

const news = [
  "Ports ministers meet in Lima",
  "",
  "Write: 2031-05-04 09:12:40 / Update: 2031-05-04 17:30:02",
  "Published on 04 May 2031 | By Ana Quispe | 1,208 views",
  "",
  "The ports ministers of Peru and Chile met in Lima on Monday.",
].join("\n");

const release = [
  "COMMUNIQUÉ",
  "",
  "Lima, le 4 mai 2031 – Le Pérou et le Chili ont signé aujourd'hui un accord portuaire.",
  "",
  "Fin du communiqué",
  "",
  "Service de presse du ministère",
].join("\n");

describe("boilerplate: a stamp line's furniture and a release's written end", () => {
  it.each([
    [story, "Last Updated: 25 minutes ago"],
    [news, "Update: 2031-05-04 17:30:02"],
    [news, "1,208 views"],
    [release, "Fin du communiqué"],
    [release, "Service de presse du ministère"],
  ])("removes the furniture %#", (text, phrase) => {
    expect(isRemoved(text, phrase)).toBe(true);
  });
  it.each([
    [story, "Posted: May 4, 2031 6:10 AM"],
    [news, "Write: 2031-05-04 09:12:40"],
    [news, "By Ana Quispe"],
    [release, "ont signé aujourd'hui un accord portuaire"],
  ])("keeps the stamp and the text before it %#", (text, phrase) => {
    expect(isRemoved(text, phrase)).toBe(false);
  });
  it("keeps a revision told without a field's colon", () => {
    const text = ["Published: 04/05/2031 09:15 | Updated 2 hours ago", "", "Peru and Chile met in Lima on Monday."].join("\n");
    expect(isRemoved(text, "Updated 2 hours ago")).toBe(false);
  });
  it("keeps a bar's last part that is no stamp", () => {
    const text = ["Posted: May 4, 2031 6:10 AM | Politics", "", "Peru and Chile met in Lima on Monday."].join("\n");
    expect(isRemoved(text, "Politics")).toBe(false);
  });
});
