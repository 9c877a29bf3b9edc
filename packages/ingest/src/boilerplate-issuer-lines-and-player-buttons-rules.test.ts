/**
 * Boilerplate rules for a federal release's issuer line, a broadcaster's player button and transcript note, a gallery's
 * count, a back link, "More from ..." and "À écouter aussi" lists, contact headings that ask to be contacted, a section's
 * rubric under the menu bar and a committee's name over its Parliament and session.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

describe("boilerplate: issuer lines, player buttons and page links", () => {
  it("removes 'From:' and 'De :' with a department's name, not a sender with an address", () => {
    const text = "News release\n\nFrom: Fisheries and Oceans Canada\n\nOttawa – Canada and Peru signed an arrangement today.\n";
    expect(isRemoved(text, "From: Fisheries and Oceans Canada")).toBe(true);
    expect(
      isRemoved("Communiqué\n\nDe : Patrimoine canadien\n\nLe Canada et le Chili ont signé un accord.\n", "De : Patrimoine canadien"),
    ).toBe(true);
    expect(isRemoved("From: jane.roe@example.org\n\nThe two ministers met.\n", "From: jane.roe@example.org")).toBe(false);
  });
  it("removes a player's button, a transcript's note, a gallery's count and a back link", () => {
    const text =
      "▶ Écouter le segment\n\nTranscription\n\nCette transcription a été révisée pour plus de clarté.\n\nLa ministre a signé l'entente hier à Lima.\n\nPhoto gallery (8)\nPhoto: Embassy of Canada in Lima\n\n« Back to News\n";
    expect(isRemoved(text, "▶ Écouter le segment")).toBe(true);
    expect(isRemoved(text, "Cette transcription a été révisée pour plus de clarté.")).toBe(true);
    expect(isRemoved(text, "Photo gallery (8)\nPhoto: Embassy of Canada in Lima")).toBe(true);
    expect(isRemoved(text, "« Back to News")).toBe(true);
    expect(isRemoved(text, "La ministre a signé l'entente hier à Lima.")).toBe(false);
    expect(isRemoved("► Listen to the episode\n\nThe host spoke with the ambassador.\n", "► Listen to the episode")).toBe(true);
  });
  it("removes 'More from Politics' and 'À écouter aussi' with their headlines", () => {
    const text =
      "The two ministers signed the accord in Lima.\n\nMore from Politics\n- Senate passes budget bill\n- Premier names new cabinet\n";
    expect(isRemoved(text, "More from Politics\n- Senate passes budget bill\n- Premier names new cabinet")).toBe(true);
    const fr =
      "La ministre a signé l'entente à Lima.\n\nÀ écouter aussi\n- Le port de Québec mise sur l'Asie\n- Les bleuets du Lac en Corée\n";
    expect(isRemoved(fr, "À écouter aussi\n- Le port de Québec mise sur l'Asie")).toBe(true);
    expect(isRemoved(text, "The two ministers signed the accord in Lima.")).toBe(false);
  });
  it("removes a contact block opened by 'For media queries, please contact:' or 'Contact the Committee'", () => {
    const text =
      "The agency will open its office in March.\n\nFor media queries, please contact:\nJane Roe\nSenior Manager, Corporate Communications\nEmail: media@example.gov.sg\n\nContact the Committee\nClerk of the Committee\nFAAE@example.ca | 613-555-0100\n";
    expect(isRemoved(text, "For media queries, please contact:\nJane Roe\nSenior Manager, Corporate Communications")).toBe(true);
    expect(isRemoved(text, "Contact the Committee\nClerk of the Committee\nFAAE@example.ca")).toBe(true);
    expect(isRemoved(text, "The agency will open its office in March.")).toBe(false);
  });
  it("removes a rubric right under the menu bar and a committee's name over its Parliament and session", () => {
    const text =
      "Agence Presse Nationale\nAccueil | Politique | Économie | Société | Sport\nDiplomatie\n\nLe Niger et le Bénin signent un accord\n\nSTANDING COMMITTEE ON FOREIGN AFFAIRS\n44th Parliament, 2nd Session\n\nThe Committee presents its report.\n";
    expect(isRemoved(text, "Accueil | Politique | Économie | Société | Sport\nDiplomatie")).toBe(true);
    expect(isRemoved(text, "STANDING COMMITTEE ON FOREIGN AFFAIRS\n44th Parliament, 2nd Session")).toBe(true);
    expect(isRemoved(text, "Le Niger et le Bénin signent un accord")).toBe(false);
  });
});
