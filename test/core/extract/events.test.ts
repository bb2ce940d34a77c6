import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { extractEvents } from '../../../src/core/extract/events.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

function events(text: string, published: string | null = '2024-03-25') {
  const paras = text.split('\n\n').map(toParagraph);
  return extractEvents(paras, extractEntities(paras).spans, { published, dayFirst: true }).map((e) => [
    e.date,
    e.text,
  ]);
}

describe('extractEvents', () => {
  it('dates each clause when a sentence dates two things', () => {
    const out = events(
      'The group breached the registry in 2021-22 and targeted ministers’ email accounts in 2021.',
    );
    expect(out).toEqual([
      ['2021/2022', 'The group breached the registry in 2021-22'],
      ['2021', 'targeted ministers’ email accounts in 2021.'],
    ]);
  });

  it('resolves relative dates against the publication date and drops them when it is unknown', () => {
    expect(events('The breach was made public last year after a long investigation.')).toEqual([
      ['2023', 'The breach was made public last year after a long investigation.'],
    ]);
    expect(events('The breach was made public last year after a long investigation.', null)).toEqual([]);
  });

  it('does not read dates inside quoted speech as the report’s own', () => {
    expect(events('The minister said: “What we exposed today is only the beginning of this.”')).toEqual([]);
    expect(events('She said the group “has been active since 2014” and remains so.')).toEqual([]);
  });

  it('keeps named years out (laws, products) and names the actors in the sentence', () => {
    expect(events('The National Security Act 2023 gives police new powers to disrupt them.')).toEqual([]);
    const paras = [toParagraph('APT31 was linked to the Ministry of State Security in 2021.')];
    const ev = extractEvents(paras, extractEntities(paras).spans, { published: null, dayFirst: true });
    expect(ev[0]?.actors).toEqual(expect.arrayContaining(['APT31', 'Ministry of State Security']));
  });
});
