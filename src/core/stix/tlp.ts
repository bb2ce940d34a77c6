// Traffic Light Protocol 2.0 markings as OASIS publishes them (cti-stix-common-objects, the TLP 2.0
// extension): fixed ids every platform recognises, so an exported object marked TLP:AMBER is TLP:AMBER in
// OpenCTI and MISP too. Each source carries one level; what it brings is exported under it, and a report
// marked stricter than its source is not taken in (Sitrep would otherwise share it more widely).

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];
export const DEFAULT_TLP: Tlp = 'clear';

/** The OASIS TLP 2.0 extension the marking definitions below carry. */
export const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const TLP2_IDS: Record<Tlp, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** The STIX 2.1 (TLP 1.0) markings, still common in bundles: WHITE reads as CLEAR. */
const TLP1_IDS: Record<string, Tlp> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

export const tlpMarkingId = (level: Tlp): string => TLP2_IDS[level];

/** The official marking definition object of a level, exactly as OASIS publishes it. */
export function tlpMarking(level: Tlp) {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** "amber", "TLP:AMBER", "tlp:amber+strict", "white" (TLP 1.0's name for clear) → the level; null otherwise. */
export function parseTlp(text: string): Tlp | null {
  const word = text.trim().toLowerCase().replace(/^tlp:/, '');
  if (word === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(word) ? (word as Tlp) : null;
}

/** The level of a well-known TLP marking id (2.0 or 1.0), or null for any other marking. */
export function tlpOfMarkingId(id: string): Tlp | null {
  for (const level of TLP_LEVELS) if (TLP2_IDS[level] === id) return level;
  return TLP1_IDS[id] ?? null;
}

export const tlpRank = (level: Tlp): number => TLP_LEVELS.indexOf(level);

/** The stricter of two levels. */
export const stricter = (a: Tlp, b: Tlp): Tlp => (tlpRank(a) >= tlpRank(b) ? a : b);

/** The strictest of the levels stored as text (unknown words left out); null when none is one. */
export function strictestOf(stored: readonly string[]): Tlp | null {
  const levels = stored.flatMap((t) => parseTlp(t) ?? []);
  return levels.length === 0 ? null : levels.reduce(stricter);
}

export const tlpLabel = (level: Tlp): string => `TLP:${level.toUpperCase()}`;
