/**
 * Leaders whose side every reader knows, so a text need not say it ("depuis celle de Justin
 * Trudeau", "Trudeau's 2014 trip"): heads of government and foreign ministers of Canada and of
 * the countries that most often share a story with Korea. Used only for the side, never as a
 * record match, and only when the text itself gives no side; Korean names already default to KR.
 */
const BY_COUNTRY: Record<string, readonly string[]> = {
  CA: [
    "Brian Mulroney",
    "Kim Campbell",
    "Jean Chrétien",
    "Paul Martin",
    "Stephen Harper",
    "Justin Trudeau",
    "Mark Carney",
    "Lloyd Axworthy",
    "John Manley",
    "Bill Graham",
    "Pierre Pettigrew",
    "Peter MacKay",
    "Maxime Bernier",
    "David Emerson",
    "Lawrence Cannon",
    "John Baird",
    "Rob Nicholson",
    "Stéphane Dion",
    "Chrystia Freeland",
    "François-Philippe Champagne",
    "Marc Garneau",
    "Mélanie Joly",
    "Anita Anand",
    "Bill Blair",
    "Dominic LeBlanc",
    "Mary Ng",
    "Harjit Sajjan",
  ],
  US: [
    "Bill Clinton",
    "George W. Bush",
    "Barack Obama",
    "Donald Trump",
    "Joe Biden",
    "Antony Blinken",
    "Marco Rubio",
    "Mike Pompeo",
    "Rex Tillerson",
  ],
  JP: ["Shinzo Abe", "Yoshihide Suga", "Fumio Kishida", "Shigeru Ishiba", "Sanae Takaichi", "Yoko Kamikawa", "Takeshi Iwaya"],
  CN: ["Xi Jinping", "Li Qiang", "Wang Yi"],
  GB: ["Boris Johnson", "Rishi Sunak", "Keir Starmer", "David Lammy"],
};

const SIDE_OF = new Map<string, string>();
for (const [code, names] of Object.entries(BY_COUNTRY)) for (const n of names) SIDE_OF.set(fold(n), code);

function fold(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The country a widely known leader speaks for, or null. */
export function wellKnownSide(name: string): string | null {
  return SIDE_OF.get(fold(name)) ?? null;
}
