import { normaliseKey } from "./normalise-key";

/** Names people write for countries that the ICU region names do not cover (common variants and misspellings). */
const aliases: Record<string, string> = {
  usa: "US",
  us: "US",
  unitedstatesofamerica: "US",
  america: "US",
  uk: "GB",
  greatbritain: "GB",
  england: "GB",
  korea: "KR",
  southkorea: "KR",
  northkorea: "KP",
  philipines: "PH",
  phillipines: "PH",
  russia: "RU",
  holland: "NL",
  czechrepublic: "CZ",
  ivorycoast: "CI",
  uae: "AE",
  deutschland: "DE",
  espana: "ES",
};

/** Withdrawn or non-country codes whose ICU names would shadow real countries (DD is "Allemagne" in French). */
const notCountries = new Set([
  "DD",
  "YU",
  "CS",
  "SU",
  "ZR",
  "TP",
  "BU",
  "NT",
  "FX",
  "QO",
  "EU",
  "EZ",
  "UN",
  "ZZ",
]);

let byName: Map<string, string> | undefined;

/** Every ISO 3166 alpha-2 code with its English and French names, built once from the runtime's ICU data. */
function countryNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(aliases));
  const names = [
    new Intl.DisplayNames(["en"], { type: "region" }),
    new Intl.DisplayNames(["fr"], { type: "region" }),
  ];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (notCountries.has(code)) continue;
      for (const display of names) {
        const name = display.of(code);
        if (name && name !== code && name !== "Unknown Region") {
          const key = normaliseKey(name);
          if (!byName.has(key)) byName.set(key, code);
        }
      }
    }
  }
  return byName;
}

/** "France", "FR", "fr", "Allemagne", "United States", "USA" → ISO alpha-2 code; null when unknown. */
export function readCountry(raw: string): string | null {
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const code = raw.toUpperCase();
    if (code === "UK") return "GB";
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) !== code ? code : null;
  }
  return countryNames().get(normaliseKey(raw)) ?? null;
}
