/**
 * Splits a visitor as the dataset writes it ("Prime Minister Kyriakos Mitsotakis", "King Hussein
 * I", "President Francesco Cossiga and Prime Minister Giulio Andreotti") into people, each with
 * the title they held then. A title is recognised from the start of the text; what is left is
 * the name.
 */
const TITLES = [
  "Prime Minister-elect",
  "President-elect",
  "Interim President",
  "Acting President",
  "Provisional President",
  "Vice President",
  "President",
  "Deputy Prime Minister",
  "Prime Minister",
  "Prime Minster",
  "First Minister",
  "Vice Premier",
  "Premier",
  "Chancellor",
  "Taoiseach",
  "Governor General",
  "Governor-General",
  "General Secretary",
  "Secretary General",
  "Secretary-General",
  "Chairman",
  "Chief Executive",
  "Foreign Minister",
  "Crown Prince",
  "Regent Prince",
  "Prince Regent",
  "Grand Duchess",
  "Grand Duke",
  "Emperor",
  "Empress",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Sultan",
  "Amir",
  "Emir",
  "Shah",
  "Pope",
  "Regent",
  "General",
  "Marshal",
  "Field Marshal",
  "Chief of State",
  "Head of State",
] as const;

const BY_LENGTH = [...TITLES].sort((a, b) => b.length - a.length);

export interface TitledPerson {
  name: string;
  /** The title as the dataset wrote it, or "Head of delegation" when none is given. */
  title: string;
}

function splitOne(text: string): TitledPerson | null {
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return null;
  for (const title of BY_LENGTH) {
    if (t.toLowerCase().startsWith(`${title.toLowerCase()} `)) {
      const name = t.slice(title.length).trim();
      if (name) return { name, title: title === "Prime Minster" ? "Prime Minister" : title };
    }
  }
  return { name: t, title: "Head of delegation" };
}

export function splitVisitors(text: string): TitledPerson[] {
  const parts = text.split(/\s+and\s+/);
  // "President X and Prime Minister Y" names two people; "Premier and Prince Sihanouk" one.
  const titled = parts.length > 1 && parts.every((p) => splitOne(p)?.title !== "Head of delegation");
  const people = (titled ? parts : [text]).map(splitOne).filter((p): p is TitledPerson => p !== null);
  return people;
}
