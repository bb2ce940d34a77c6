// ISO 3166-1 alpha-2 codes for country names, which a STIX location must carry. The names come from the
// runtime's own CLDR data (Intl.DisplayNames), read once: no second country table to keep in step with
// src/core/data/countries.ts, whose names and aliases are tried in turn.
import { findCountry } from '../data/countries.js';
import { stripAccents } from '../text/normalise.js';

let byName: Map<string, string> | null = null;

/** "Côte d’Ivoire", "Myanmar (Burma)" and "Cote d'Ivoire" compare equal. */
const fold = (name: string): string =>
  stripAccents(name)
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();

function codes(): Map<string, string> {
  if (byName) return byName;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const map = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const code = `${a}${b}`;
      const name = names.of(code);
      // Withdrawn codes (SU, YU) answer with today's country: the first code met keeps the name.
      if (name && name !== code && !map.has(fold(name))) map.set(fold(name), code);
    }
  byName = map;
  return map;
}

/** The alpha-2 code of a country by its name or one of its aliases, or null (Wales, the Soviet Union…). */
export function countryCode(name: string): string | null {
  const table = codes();
  const country = findCountry(name)?.country;
  for (const candidate of [name, ...(country ? [country.name, ...country.aliases] : [])]) {
    const code = table.get(fold(candidate));
    if (code) return code;
  }
  return null;
}
