import { describe, expect, it } from "vitest";
import {
  ZCitationTarget,
  ZEventInput,
  ZHoldersInput,
  ZNameVariant,
  ZOrganizationInput,
  ZSourceInput,
  zLine,
  zSearchText,
  zText,
  ZWebUrl,
} from "./index";

describe("links", () => {
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "ftp://example.org/",
    "file:///etc/passwd",
  ])("refuses %s", (url) => {
    expect(ZWebUrl.safeParse(url).success).toBe(false);
    expect(ZOrganizationInput.shape.url.safeParse(url).success).toBe(false);
    expect(ZSourceInput.shape.url.safeParse(url).success).toBe(false);
  });
  it.each(["https://www.mofa.go.kr/eng/index.do", "http://example.org/a?b=1#c"])("accepts %s", (url) => {
    expect(ZWebUrl.parse(url)).toBe(url);
  });
});

describe("text", () => {
  it("refuses NUL, other control characters and lone surrogates with a message", () => {
    for (const bad of ["a\u0000b", "a\u001bb", "a\u0085b", "a\ud800b", "a\udc00b", "\ud800"]) {
      const r = zLine().safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/control characters|surrogates/);
      expect(zText().safeParse(bad).success).toBe(false);
    }
    expect(zLine().parse("Korea \ud83c\uddf0\ud83c\uddf7")).toBe("Korea \ud83c\uddf0\ud83c\uddf7");
  });
  it("refuses a lone surrogate or NUL in short codes and keys that reach the database (language, field, organisation)", () => {
    for (const bad of ["\ud800e", "e\u0000n"]) {
      expect(ZSourceInput.shape.language.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(ZNameVariant.shape.lang.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(ZCitationTarget.shape.field.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(ZHoldersInput.shape.organization.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(ZSourceInput.shape.language.parse(" fr ")).toBe("fr");
    expect(ZHoldersInput.shape.organization.parse("global-affairs-canada")).toBe("global-affairs-canada");
  });
  it("turns line breaks into spaces in one-line fields and bare CRs into LF in text", () => {
    expect(zLine().parse("Title\rBEGIN:VEVENT\r\nX")).toBe("Title BEGIN:VEVENT X");
    expect(zText().parse("one\rtwo\r\nthree")).toBe("one\ntwo\nthree");
  });
  it("limits lengths: titles, summaries and outcomes", () => {
    const base = { slug: "e", type: "meeting", date: "2025-01-01", summary: { en: "s" } };
    expect(ZEventInput.safeParse({ ...base, title: { en: "x".repeat(300) } }).success).toBe(true);
    expect(ZEventInput.safeParse({ ...base, title: { en: "x".repeat(301) } }).success).toBe(false);
    expect(ZEventInput.safeParse({ ...base, title: { en: "t" }, summary: { en: "x".repeat(10_001) } }).success).toBe(false);
    expect(ZEventInput.safeParse({ ...base, title: { en: "t" }, outcomes: ["x".repeat(10_001)] }).success).toBe(false);
  });
  it("search boxes drop unsafe characters instead of failing", () => {
    expect(zSearchText().parse("\u0000Canada\ud800")).toBe("Canada");
  });
});
