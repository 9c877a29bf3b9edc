import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withoutClientRuntime } from "./page-scripts.mjs";

const JSON_LD = '<script type="application/ld+json">{"@type":"Event","name":"a \\u003c/script> b"}</script>';
// The shape of a page Next.js 16 renders: chunks, their preloads, the polyfills, the inline payload.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<link rel="preload" as="image" href="/og.png"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<title>Ties</title><link rel="canonical" href="https://example.org/en"/>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script></head>',
  '<body><div hidden=""><!--$--><!--/$--></div><main><h1>Ties</h1><p>1 &lt;script&gt; in text</p>',
  JSON_LD,
  "<details><summary>Quote</summary><blockquote>“words”</blockquote></details></main>",
  '<script id="_R_">(globalThis.TURBOPACK ||= []).push({})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

describe("withoutClientRuntime", () => {
  it("drops every script that is code and every preload of a script, and keeps the rest", () => {
    const plain = withoutClientRuntime(PAGE);
    expect(plain).not.toBeNull();
    expect(plain).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(plain).not.toContain("_next/static/chunks/b.js");
    expect(plain).not.toContain("modulepreload");
    expect(plain).not.toContain("__next_f");
    expect(plain).toContain(JSON_LD);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="image" href="/og.png"/>',
      '<link rel="canonical" href="https://example.org/en"/>',
      "<p>1 &lt;script&gt; in text</p>",
      "<details><summary>Quote</summary>",
    ])
      expect(plain).toContain(kept);
    expect(inlineScriptHashes(plain ?? "")).toEqual([]);
  });

  it("leaves alone a page that a script has yet to finish (a boundary streamed in, or left to the client)", () => {
    expect(withoutClientRuntime(PAGE.replace("<!--$-->", "<!--$?-->"))).toBeNull();
    expect(withoutClientRuntime(PAGE.replace("<!--$-->", "<!--$!-->"))).toBeNull();
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script, not scripts with a src nor data blocks", () => {
    const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(inlineScriptHashes(PAGE)).toEqual([
      sha("(globalThis.TURBOPACK ||= []).push({})"),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])'),
    ]);
  });
});
