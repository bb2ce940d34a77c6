// Near-duplicates on made-up reports (none of them a seed): a cut syndicated copy and a rewrite that
// repeats the same quotes are one story; two reports about the same actor are not.
import { describe, expect, it } from 'vitest';
import { mergeWords } from '../../src/core/merge.js';
import { type Profile, sameStory, shinglesOf } from '../../src/core/sources/same-story.js';

const PARAGRAPHS = [
  'Investigators at the regional transport authority said on Tuesday that an intrusion into the ticketing network began in early spring and went unnoticed for eleven weeks.',
  'The attackers used stolen contractor credentials to reach a file server, then moved to the payment systems, according to a report shared with partner agencies.',
  'Officials said no card numbers were taken, but the timetable service was offline for two days while engineers rebuilt the affected servers from clean backups.',
  'The authority has since required hardware security keys for every contractor account and commissioned an outside review of how access is granted and removed.',
  'A spokesperson declined to say whether a ransom had been demanded, and would not name the group the investigators believe to be responsible for the attack.',
];

const QUOTES = [
  {
    speaker: 'Mara Lindqvist',
    text: 'We found the intruders had been inside our network for far longer than any of us expected',
  },
  {
    speaker: 'Mara Lindqvist',
    text: 'Every contractor account now needs a hardware key, and that will not change again',
  },
];

function profileOf(text: string, quotes: { speaker: string; text: string }[] = []): Profile {
  return {
    shingles: shinglesOf(text),
    quotes: quotes.map((q) => ({ speaker: q.speaker, words: mergeWords(q.text) })),
    events: [],
  };
}

describe('sameStory', () => {
  const original = profileOf(PARAGRAPHS.join('\n\n'), QUOTES);

  it('is the same story when a syndicated copy cut paragraphs', () => {
    const cut = profileOf([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]].join('\n\n'));
    expect(sameStory(original, cut)).toBe(true);
    expect(sameStory(cut, original)).toBe(true);
  });

  it('is the same story when a rewrite repeats two of its quotes', () => {
    const rewrite = profileOf(
      'A transport operator has admitted that attackers lurked in its systems for months before anyone noticed the breach.',
      QUOTES,
    );
    expect(sameStory(original, rewrite)).toBe(true);
  });

  it('is another story when only the subject is shared', () => {
    const other = profileOf(
      'The regional transport authority announced a new timetable for the summer, with extra evening services on the coastal line and fewer stops in the city centre.',
      [
        {
          speaker: 'Mara Lindqvist',
          text: 'Passengers asked for later trains and we listened to them this year',
        },
      ],
    );
    expect(sameStory(original, other)).toBe(false);
  });
});
