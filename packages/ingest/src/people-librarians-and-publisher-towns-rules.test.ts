/**
 * A national librarian and archivist is an office; a publisher's country is read from its name without the names it
 * quotes or the language of its page, and from the town closing its name.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { read } from "./rules-test-kit";

describe("people: librarians, and the publisher's town as the writer's country", () => {
  it("reads 'the Librarian and Archivist of <country>' as an office with its side", () => {
    const people = read(
      "On Monday, the Librarian and Archivist of Australia, Harriet Coombe-Walsh, signed a memorandum with the National Library of Chile in Canberra.",
      { published: "2030-06-01", pair: ["CL", "AU"] },
    ).people.map((p) => [p.name, p.title, p.side]);
    expect(people).toContainEqual(["Harriet Coombe-Walsh", "Librarian and Archivist of Australia", "AU"]);
  });
  it("places the publisher's own director by the town closing its name, not by a country it quotes or its page's language", () => {
    const text =
      "L'Orchestre de Cluj jouera à Chișinău en octobre.\n\n« Nous attendons ce voyage depuis dix ans », a déclaré le directeur général de l'Orchestre, M. Radu Comănescu-Pop.";
    const director = (publisher: string) =>
      extract(text, { published: "2031-05-02", lang: "fr", pair: ["RO", "MD"], publisher }).people.find(
        (p) => p.name === "Radu Comănescu-Pop",
      )?.side;
    expect(director("Orchestre « Moldova » de Cluj-Napoca (page française)")).toBe("RO");
  });
});
