import { describe, expect, it } from 'vitest';
import { creditName, publisherOfUrl, schemeOwner } from '../../../src/core/knowledge/vendors.js';

describe('who uses a name', () => {
  it.each([
    ['Violet Typhoon', 'Microsoft'],
    ['Storm-0558', 'Microsoft'],
    ['ZIRCONIUM', 'Microsoft'],
    ['BRONZE VINEWOOD', 'Secureworks'],
    ['UNC2452', 'Mandiant'],
    ['APT 31', 'Mandiant'],
    ['TA412', 'Proofpoint'],
    ['Earth Lusca', 'Trend Micro'],
    ['Judgment Panda', 'CrowdStrike'],
    ['Fox Kitten', null],
    ['Zirconium', null],
    ['Sea Turtle', null],
  ])('%s follows the naming scheme of %s', (name, owner) => {
    expect(schemeOwner(name)).toBe(owner);
  });

  it('reads the publisher off a cited report’s address, archived or not', () => {
    expect(publisherOfUrl('https://www.clearskysec.com/fox-kitten/')).toBe('ClearSky');
    expect(publisherOfUrl('https://web.archive.org/web/2019/https://www.fireeye.com/blog/x.html')).toBe(
      'Mandiant',
    );
    expect(publisherOfUrl('not a url at all')).toBeNull();
  });

  it('prefers a naming scheme to a citation, and a single cited publisher to nothing', () => {
    const cisa = [{ name: 'CISA AA23', url: 'https://www.cisa.gov/news/aa23' }];
    expect(creditName('Vanguard Panda', cisa)).toEqual({ usedBy: 'CrowdStrike', basis: 'naming-scheme' });
    const clearsky = [{ name: 'ClearSky Fox Kitten', url: 'https://www.clearskysec.com/fox-kitten/' }];
    expect(creditName('Fox Kitten', clearsky)).toEqual({ usedBy: 'ClearSky', basis: 'citation' });
    const two = [...cisa, ...clearsky];
    expect(creditName('Pioneer Kitten', two)).toEqual({ usedBy: null, basis: null });
  });
});
