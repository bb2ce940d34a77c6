import { describe, expect, it } from 'vitest';
import {
  ACTOR_NAME_PATTERNS,
  findThreatActor,
  isAmbiguousActorAlias,
  matchesActorNamePattern,
  normaliseActorKey,
  THREAT_ACTORS,
  threatActorNames,
} from '../../../src/core/data/threat-actors.js';

describe('threat actor table', () => {
  it('covers at least 35 groups from the four states', () => {
    expect(THREAT_ACTORS.length).toBeGreaterThanOrEqual(35);
    const countries = new Set(THREAT_ACTORS.map((a) => a.country));
    expect([...countries].sort()).toEqual(['China', 'Iran', 'North Korea', 'Russia']);
  });

  it('gives every entry at least one alias, each with a source', () => {
    for (const actor of THREAT_ACTORS) {
      expect(actor.aliases.length, actor.name).toBeGreaterThanOrEqual(1);
      for (const alias of actor.aliases) {
        expect(alias.name.trim(), actor.name).not.toBe('');
        expect(alias.source.trim(), `${actor.name}: ${alias.name}`).not.toBe('');
      }
    }
  });

  it('never files one name under two different actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const actor of THREAT_ACTORS) {
      for (const name of [actor.name, ...actor.aliases.map((a) => a.name)]) {
        const key = normaliseActorKey(name);
        const seen = owner.get(key);
        if (seen && seen !== actor.name) clashes.push(`${name}: ${seen} and ${actor.name}`);
        owner.set(key, actor.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no alias twice under the same actor', () => {
    for (const actor of THREAT_ACTORS) {
      const keys = actor.aliases.map((a) => normaliseActorKey(a.name));
      expect(new Set(keys).size, actor.name).toBe(keys.length);
    }
  });

  it('has unique canonical names and well-formed MITRE ids', () => {
    const names = THREAT_ACTORS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const actor of THREAT_ACTORS) if (actor.mitreId !== null) expect(actor.mitreId).toMatch(/^G\d{4}$/);
  });

  it('matches its canonical names against the naming-scheme patterns where they follow one', () => {
    for (const name of [
      'APT31',
      'Volt Typhoon',
      'Mustang Panda',
      'Storm-0558',
      'Moonstone Sleet',
      'Ember Bear',
    ]) {
      expect(matchesActorNamePattern(name), name).toBe(true);
    }
  });
});

describe('normaliseActorKey', () => {
  it('folds case, spaces, hyphens and punctuation', () => {
    const key = normaliseActorKey('APT31');
    for (const s of ['APT 31', 'apt-31', 'Apt31', ' APT_31 ', 'Advanced Persistent Threat Group 31']) {
      expect(normaliseActorKey(s), s).toBe(key);
    }
    expect(normaliseActorKey('TEMP.Periscope')).toBe(normaliseActorKey('temp periscope'));
    expect(normaliseActorKey('The Dukes')).toBe(normaliseActorKey('Dukes'));
  });

  it('keeps different numbers apart', () => {
    expect(normaliseActorKey('APT3')).not.toBe(normaliseActorKey('APT31'));
  });
});

describe('findThreatActor', () => {
  it.each([
    ['zirconium', 'APT31'],
    ['ZIRCONIUM', 'APT31'],
    ['Violet Typhoon', 'APT31'],
    ['violet-typhoon', 'APT31'],
    ['APT 31', 'APT31'],
    ['Judgment Panda', 'APT31'],
    ['Bronze Vinewood', 'APT31'],
    ['Advanced Persistent Threat Group 31', 'APT31'],
    ['Fancy Bear', 'APT28'],
    ['Forest Blizzard', 'APT28'],
    ['Sofacy', 'APT28'],
    ['Cozy Bear', 'APT29'],
    ['Midnight Blizzard', 'APT29'],
    ['the Dukes', 'APT29'],
    ['Seashell Blizzard', 'Sandworm'],
    ['Voodoo Bear', 'Sandworm'],
    ['Secret Blizzard', 'Turla'],
    ['COLDRIVER', 'Star Blizzard'],
    ['Cadet Blizzard', 'Ember Bear'],
    ['Silk Typhoon', 'Hafnium'],
    ['Twill Typhoon', 'Mustang Panda'],
    ['OilRig', 'APT34'],
    ['Charming Kitten', 'APT35'],
    ['Mint Sandstorm', 'APT35'],
    ['Mango Sandstorm', 'MuddyWater'],
    ['Diamond Sleet', 'Lazarus Group'],
    ['Hidden Cobra', 'Lazarus Group'],
    ['ScarCruft', 'APT37'],
    ['BlueNoroff', 'APT38'],
    ['Emerald Sleet', 'Kimsuky'],
    ['Onyx Sleet', 'Andariel'],
  ])('%s → %s', (query, canonical) => {
    expect(findThreatActor(query)?.name).toBe(canonical);
  });

  it('finds an actor by its own canonical name', () => {
    for (const actor of THREAT_ACTORS) expect(findThreatActor(actor.name)).toBe(actor);
  });

  it('returns undefined for names it does not know and for empty input', () => {
    expect(findThreatActor('APT99')).toBeUndefined();
    expect(findThreatActor('Labyrinth Chollima')).toBeUndefined();
    expect(findThreatActor('')).toBeUndefined();
    expect(findThreatActor('  -  ')).toBeUndefined();
  });
});

describe('threatActorNames', () => {
  it('lists every canonical name and alias', () => {
    const names = threatActorNames();
    const total = THREAT_ACTORS.reduce((n, a) => n + 1 + a.aliases.length, 0);
    expect(names).toHaveLength(total);
    expect(names).toContain('APT31');
    expect(names).toContain('ZIRCONIUM');
  });

  it('can leave out aliases that are ordinary words', () => {
    expect(threatActorNames()).toContain('Snake');
    expect(threatActorNames({ includeAmbiguous: false })).not.toContain('Snake');
    expect(threatActorNames({ includeAmbiguous: false })).toContain('Turla');
    expect(isAmbiguousActorAlias('snake')).toBe(true);
    expect(isAmbiguousActorAlias('Turla')).toBe(false);
  });
});

describe('ACTOR_NAME_PATTERNS', () => {
  const matches = (s: string) => matchesActorNamePattern(s);
  const scan = (text: string) =>
    ACTOR_NAME_PATTERNS.flatMap((re) =>
      [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => m[0]),
    );

  it.each([
    'Volt Typhoon',
    'APT41',
    'APT 41',
    'UNC2452',
    'TA416',
    'FIN7',
    'DEV-0586',
    'Storm-0558',
    'Octo Tempest',
    'Scattered Spider',
    'Charming Kitten',
    'Velvet Chollima',
    'VANGUARD PANDA',
    'TEMP.Periscope',
    'UAC-0010',
  ])('matches %s', (name) => {
    expect(matches(name)).toBe(true);
  });

  it.each([
    'the typhoon season',
    'Typhoon Season',
    'the bear',
    'The Bear',
    'A Typhoon',
    'Polar Bear',
    'Giant Panda',
    'Activision Blizzard',
    'Eurofighter Typhoon',
    'THE BEAR',
    'APT',
    'apt31',
  ])('does not match %s', (name) => {
    expect(matches(name)).toBe(false);
  });

  it('finds actor names in running text and nothing else', () => {
    const found = scan('During the typhoon season the bear market fell; then Volt Typhoon and APT41 struck.');
    expect(found.sort()).toEqual(['APT41', 'Volt Typhoon']);
  });

  it('skips a capitalised article before a real name', () => {
    expect(scan('The Volt Typhoon campaign')).toEqual(['Volt Typhoon']);
  });
});
