import { describe, expect, it } from 'vitest';
import { nameIn } from '../../../src/core/extract/attribution.js';

const name = (text: string) => nameIn(text)?.name ?? null;

describe('nameIn: the person an attribution names', () => {
  it('reads the name after a long title', () => {
    expect(
      name(' said Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian E. Nelson.'),
    ).toBe('Brian E. Nelson');
    expect(name(' said Special Agent in Charge Marcus Reed of the FBI Field Office in Denver.')).toBe(
      'Marcus Reed',
    );
  });

  it('keeps initials, suffixes, particles and patronymics', () => {
    expect(name(' said A. B. Person of the Justice Department')).toBe('A. B. Person');
    expect(name(' said Acting Director Samuel T. Hargrove, Jr., of the agency.')).toBe(
      'Samuel T. Hargrove Jr.',
    );
    expect(name(' said Commissioner Greta van der Berg, who leads the office.')).toBe('Greta van der Berg');
    expect(name(' said prosecutor Dmitri Ivanovich Volkov.')).toBe('Dmitri Ivanovich Volkov');
  });

  it('reads a name after a title word when the given name is not a known one', () => {
    expect(name(' says Chief Inspector Tuomo Väänänen of the police.')).toBe('Tuomo Väänänen');
  });

  it('reads a courtesy title and surname', () => {
    expect(name(' said Ms Silva.')).toBe('Ms Silva');
  });

  it('finds no name where there is none', () => {
    expect(name(' said the ministry in a statement.')).toBeNull();
    expect(name(' said a spokesperson for the Treasury.')).toBeNull();
  });
});
