import { describe, expect, it } from "vitest";
import "./extract";
import { labelledTexts } from "./rules-test-kit";
import { firstCharacters, WORD_START_PATTERNS, WordStartRegExp, wordStart } from "./word-start";

/** What a search found, written out: where each match starts, its text, its groups. */
const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m, JSON.stringify(m.groups ?? {})].join("|"));

describe("wordStart", () => {
  it("searches patterns that open with a bound and then a few letters, and leaves the others alone", () => {
    expect(wordStart(/(?<![\p{L}])(?:will|shall)\s/u)).toBeInstanceOf(WordStartRegExp);
    expect(wordStart(/(?<![\p{L}-])(?<!\d\s)(?:in|by)\s+\d/iu)).toBeInstanceOf(WordStartRegExp);
    for (const plain of [
      /(?<![\p{L}])\p{Lu}\p{L}+/u,
      /(?<![\p{L}])[ \t]*x/u,
      /(?<![\p{L}])(?:will)/uy,
      /will/u,
      /(?<!(?:be|been)\s+)held/u,
    ])
      expect(wordStart(plain)).toBe(plain);
  });

  it("reads what a pattern may start with", () => {
    const first = (source: string) => [...(firstCharacters(source) ?? ["any"])].sort().join("");
    expect(first("(?:will|shall)\\s")).toBe("sw");
    expect(first("(?:(?:By|before)\\s+)?(?:end|year)")).toBe("bey");
    expect(first("[Ss]ummit|\\d\\s")).toBe("0123456789s");
    expect(first("x|\\p{Lu}")).toBe("any");
    expect(firstCharacters("(?<will>will)|(?<=\\s)(?<also>to)\\s")).not.toBeNull();
    expect(firstCharacters("[Ss]ummit|\\d{1,2}\\s+May")).not.toBeNull();
    expect(firstCharacters("(?:a|b)?\\s+x")).toBeNull();
    expect(firstCharacters("[^a]x")).toBeNull();
    expect(firstCharacters("(?:(?<mod>this|next)\\s+|(?<=and\\s)|(?=\\p{L}))(?<s>spring|summer)")).not.toBeNull();
    expect(firstCharacters("(?:a|)b")).not.toBeNull();
    expect(firstCharacters("(?:a|(?=\\p{L}))\\p{Lu}")).toBeNull();
    expect(firstCharacters("x|\\p{Lu}")).toBeNull();
  });

  it("gives what the plain pattern gives through every method of a RegExp", () => {
    const text = "Signed in Seoul; co-signed later. 𝐀signed twice, SIGNED again: signed";
    const source = "(?<![\\p{L}])(?<verb>signed)(?:\\s+(?<where>in\\s+\\p{Lu}\\p{L}+))?";
    const pair = (flags: string) => [new RegExp(source, flags), new WordStartRegExp(source, flags)] as const;
    const [plain, fast] = pair("iu");
    expect(fast.test(text)).toBe(true);
    expect(found([fast.exec(text)!])).toEqual(found([plain.exec(text)!]));
    expect(fast.lastIndex).toBe(0);
    expect(text.search(fast)).toBe(text.search(plain));
    expect(text.split(fast)).toEqual(text.split(plain));
    const [plainG, fastG] = pair("giu");
    expect(found(text.matchAll(fastG))).toEqual(found(text.matchAll(plainG)));
    expect(found(text.matchAll(fastG))).toHaveLength(4);
    expect(text.match(fastG)).toEqual(text.match(plainG));
    expect(text.replace(fastG, (m, _v, _w, at: number) => `<${at}:${m}>`)).toBe(
      text.replace(plainG, (m, _v, _w, at: number) => `<${at}:${m}>`),
    );
    // A global pattern's exec goes on from lastIndex, and starts again after its last match.
    fastG.lastIndex = 10;
    plainG.lastIndex = 10;
    expect(found([fastG.exec(text)!])).toEqual(found([plainG.exec(text)!]));
    expect(fastG.lastIndex).toBe(plainG.lastIndex);
    fastG.lastIndex = text.length;
    expect(fastG.exec(text)).toBeNull();
    expect(fastG.lastIndex).toBe(0);
    // Without /u, a pair of surrogates is two characters, each a place a match may start.
    const astral = "\u{1D400}x x";
    expect(found(astral.matchAll(new WordStartRegExp("(?<![a-z])x", "g")))).toEqual(found(astral.matchAll(/(?<![a-z])x/g)));
  });

  it("rejects a pattern that does not open with a bound", () => {
    expect(() => new WordStartRegExp("will", "u")).toThrow(/does not open with a word's bound/u);
  });
});

describe("the extractor's patterns searched by wordStart", () => {
  const all = labelledTexts();
  it("are many, and read the labelled sets' texts", () => {
    expect(WORD_START_PATTERNS.length).toBeGreaterThan(150);
    expect(all.length).toBeGreaterThan(400);
  });
  it("each find, over every labelled text, the matches the plain pattern finds", () => {
    const differing: string[] = [];
    for (const fast of WORD_START_PATTERNS) {
      const flags = fast.flags.includes("g") ? fast.flags : `${fast.flags}g`;
      const plain = new RegExp(fast.source, flags);
      const searched = new WordStartRegExp(fast.source, flags);
      for (const text of all)
        if (found(text.matchAll(searched)).join("\n") !== found(text.matchAll(plain)).join("\n")) {
          differing.push(fast.source.slice(0, 80));
          break;
        }
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
