// The field's catalogues as published, read from ../shared/catalogues (never copied into the repo).
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAttackStream } from '../../../src/core/knowledge/attack.js';
import type { ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import { parseKev } from '../../../src/core/knowledge/kev.js';
import { parseMispGalaxy } from '../../../src/core/knowledge/misp-galaxy.js';

export const CATALOGUES = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'catalogues');
export const present = existsSync(join(CATALOGUES, 'README.md'));
if (!present) console.warn(`knowledge tests skipped: ${CATALOGUES} not found`);

export const ENTERPRISE = join(CATALOGUES, 'mitre-attack', 'enterprise-attack-groups-software.json');
export const ICS = join(CATALOGUES, 'mitre-attack', 'ics-attack.json');
export const KEV = join(CATALOGUES, 'cisa-kev', 'known_exploited_vulnerabilities.json');
export const galaxy = (name: string) => join(CATALOGUES, 'misp-galaxy', `${name}.json`);
export const GALAXIES = ['threat-actor', 'microsoft-activity-group', 'malpedia', 'tool'];

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The file's bytes as a stream of small chunks, the way a download arrives. */
export function chunks(path: string, size = 64 * 1024): AsyncIterable<Uint8Array | string> {
  return createReadStream(path, { highWaterMark: size });
}

/** Every catalogue in the folder, parsed. */
export async function parseAll(): Promise<ParsedCatalogue[]> {
  return [
    await parseAttackStream(chunks(ENTERPRISE)),
    await parseAttackStream(chunks(ICS)),
    ...GALAXIES.map((g) => parseMispGalaxy(readJson(galaxy(g)))),
    parseKev(readJson(KEV)),
  ];
}
