/**
 * A page's furniture around a story that its lines' shapes give away: a caption closed by its picture's credit, a media
 * hub's metadata block and licence, an attachment line under a mark, a site's menu bar carrying its subscription link, a
 * post's reading time in French, a masthead's standing line naming the paper, an address written by its administrative
 * units, a reporter's e-mail over the wire's end mark; and the lines of the same shapes that are the text's own.
 */
import { describe, expect, it } from "vitest";
import { classifyBoilerplate } from "./boilerplate";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Liberia and the United States signed a memorandum on military medical training in Monrovia on 9 July 2032.";
/** Whether the line, set under the article on a page of its own, is removed. */
const removedUnderArticle = (line: string) => isRemoved([ARTICLE, "", line].join("\n"), line);

describe("boilerplate: captions, metadata blocks and sign-offs", () => {
  it("removes a caption closed by its picture's credit, and one placing its people closed by the agency's name", () => {
    expect(
      removedUnderArticle(
        "Photo: A Guard medic and an AFL medic treat a simulated casualty at the barracks. (U.S. Army National Guard photo by Sgt. Jane Roe)",
      ),
    ).toBe(true);
    expect(removedUnderArticle("The two ministers (left) shake hands after the signing in Seoul. (Yonhap)")).toBe(true);
    expect(removedUnderArticle("Le ministre (à droite) et son homologue après la signature. (Photo : MAECI)")).toBe(true);
    // A sentence of the story with a bracket in it stays.
    expect(removedUnderArticle("The agreement takes effect in March (subject to ratification) and runs for five years.")).toBe(false);
  });
  it("removes a media hub's metadata block and its licence as one block each", () => {
    const text = [
      ARTICLE,
      "",
      "Date Taken: 07.09.2032",
      "Story ID: 512847",
      "Location: MONROVIA, LR",
      "Web Views: 312",
      "Downloads: 0",
      "",
      "PUBLIC DOMAIN",
      "This work, Guard closes exercise, by SFC Jane Roe, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.",
    ].join("\n");
    expect(isRemoved(text, "Story ID: 512847\nLocation: MONROVIA, LR\nWeb Views: 312\nDownloads: 0")).toBe(true);
    expect(isRemoved(text, "PUBLIC DOMAIN\nThis work, Guard closes exercise")).toBe(true);
    expect(isRemoved(text, "Date Taken")).toBe(false);
    // An event notice's place under its content stays.
    expect(isRemoved([ARTICLE, "Location: Monrovia, Liberia"].join("\n"), "Location: Monrovia")).toBe(false);
  });
  it("removes an attachment line under a reference mark and a French reading time", () => {
    expect(removedUnderArticle("※ Attachment: Photos of the signing ceremony (3)")).toBe(true);
    expect(removedUnderArticle("Lecture 4 min")).toBe(true);
    expect(removedUnderArticle("3 min de lecture")).toBe(true);
  });
  it("reads a menu bar with a subscription link and a paper's standing line as the masthead", () => {
    const devoir =
      "Le Devoir\nLibre de penser\nActualités | Politique | Économie | Culture | Société | Idées | Abonnez-vous | Se connecter\nÉconomie > Technologie";
    expect(isRemoved(`${devoir}\n\n${ARTICLE}`, devoir)).toBe(true);
    const bulletin =
      "Borneo Bulletin\nBrunei's Best Selling Newspaper\nHome | National | ASEAN | World | Business | Sports | Lifestyle | E-Paper\nNational";
    expect(isRemoved(`${bulletin}\n\n${ARTICLE}`, bulletin)).toBe(true);
    // A newsletter's own call to subscribe stays furniture of its kind.
    const blocks = classifyBoilerplate(`${ARTICLE}\n\nAbonnez-vous à notre infolettre`);
    expect(blocks.find((b) => b.removed)?.kind).toBe("newsletter");
  });
  it("removes an address written by its administrative units, and a reporter's e-mail with the wire's end mark", () => {
    expect(isRemoved(`${ARTICLE}\n\nOsong-eup, Heungdeok-gu, Cheongju-si, Chungcheongbuk-do`, "Osong-eup, Heungdeok-gu")).toBe(true);
    expect(isRemoved(`${ARTICLE}\n\nhnlee@yna.co.kr\n(END)`, "hnlee@yna.co.kr\n(END)")).toBe(true);
  });
});
