import { describe, expect, it } from 'vitest';
import { extractAssessments } from '../../../src/core/extract/assessments.js';
import type { EntitySpan } from '../../../src/core/extract/entities.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

const phrases = (text: string, spans: EntitySpan[] = []) =>
  extractAssessments(text.split('\n\n').map(toParagraph), spans).map((a) => [a.phrase, a.band]);

describe('extractAssessments', () => {
  it('maps yardstick wording to its band, longest phrase first', () => {
    expect(phrases('The NCSC assesses it is highly likely the actors accessed email data.')).toEqual([
      ['highly likely', 'highly likely'],
    ]);
    expect(phrases('APT31 was almost certainly responsible for the targeting.')).toEqual([
      ['almost certainly', 'almost certain'],
    ]);
    expect(phrases('There is a realistic possibility that the group will return.')).toEqual([
      ['realistic possibility', 'realistic possibility'],
    ]);
    expect(phrases('It is highly unlikely that the data was destroyed.')).toEqual([
      ['highly unlikely', 'highly unlikely'],
    ]);
    expect(phrases('The group probably used stolen credentials.')).toEqual([['probably', 'likely']]);
    expect(phrases('There is only a remote chance of recovery.')).toEqual([
      ['remote chance', 'remote chance'],
    ]);
  });

  it('reads US intelligence wording too', () => {
    expect(phrases('The actors very likely maintain access.')).toEqual([['very likely', 'highly likely']]);
  });

  it('keeps every distinct assessment, including scare-quoted ones, in one sentence', () => {
    expect(
      phrases(
        'It said it is “highly likely” that a Chinese entity was responsible and “almost certain” that APT31 conducted reconnaissance.',
      ),
    ).toEqual([
      ['highly likely', 'highly likely'],
      ['almost certain', 'almost certain'],
    ]);
  });

  it('ignores likely as an adjective before a noun, comparisons and likelihood', () => {
    expect(phrases('A global divide increasingly seems one likely outcome of this.')).toEqual([]);
    expect(phrases('Advice on how to reduce the likelihood of cyber attacks.')).toEqual([]);
    expect(phrases('Attackers are more likely to target email than phones.')).toEqual([]);
    expect(phrases('NCSC said it is highly that the attacks succeeded.')).toEqual([]);
  });

  it('counts a judgement restated in the standfirst and the body once', () => {
    const text = [
      'APT31, a China state-affiliated actor, was almost certainly responsible for targeting UK parliamentarians’ emails in 2021.',
      'The NCSC assesses that the cyber actor APT31 was almost certainly responsible for conducting reconnaissance in 2021 against the email accounts of UK parliamentarians, most of whom are China critics.',
      'Separately, it is almost certainly the case that the printers were left unpatched for years.',
    ].join('\n\n');
    expect(phrases(text)).toHaveLength(2);
  });

  it('links the claim to the threat actor the sentence names', () => {
    const text = 'APT31 was almost certainly responsible.';
    const spans: EntitySpan[] = [{ paragraph: 0, start: 0, end: 5, name: 'APT31', kind: 'threat_actor' }];
    expect(extractAssessments([toParagraph(text)], spans)[0]?.actor).toBe('APT31');
    expect(
      extractAssessments([toParagraph('It was almost certainly an accident.')], [])[0]?.actor,
    ).toBeNull();
  });
});

describe('assessment wording as advisories and statements write it', () => {
  it('reads "it is likely", "will likely", "probable", never "likely" inside "unlikely"', () => {
    expect(phrases('It is likely that the operators reused the servers.')).toEqual([['likely', 'likely']]);
    expect(phrases('The operators will likely return to the utility next winter.')).toEqual([
      ['likely', 'likely'],
    ]);
    expect(phrases('A link to the ministry is probable but unproven.')).toEqual([['probable', 'likely']]);
    expect(phrases('It is unlikely that any customer data was lost.')).toEqual([['unlikely', 'unlikely']]);
    expect(phrases('The probable cause of the outage was a faulty update.')).toEqual([]);
  });

  it('takes "likely" after a possessive for an adjective describing a noun, not after "it’s"', () => {
    expect(phrases('The crew’s likely targets are ports and the firms that run them.')).toEqual([]);
    expect(phrases('The operators’ probable aim was to map the network.')).toEqual([]);
    expect(phrases('It’s likely that the crew kept a foothold.')).toEqual([['likely', 'likely']]);
  });

  it('reads "cannot rule out" as the least the yardstick has', () => {
    expect(phrases('We cannot rule out that other utilities were breached.')).toEqual([
      ['cannot rule out', 'remote chance'],
    ]);
    expect(phrases('A second intrusion cannot be ruled out.')).toEqual([
      ['cannot be ruled out', 'remote chance'],
    ]);
  });

  it('keeps confidence wording as its level, which is no probability', () => {
    expect(phrases('We assess with moderate confidence that the group is run by the state.')).toEqual([
      ['moderate confidence', 'moderate confidence'],
    ]);
    expect(phrases('The agency assesses with high confidence that the unit ran the servers.')).toEqual([
      ['high confidence', 'high confidence'],
    ]);
    expect(phrases('This is a medium-confidence assessment based on network data.')).toEqual([
      ['medium confidence', 'moderate confidence'],
    ]);
    expect(phrases('We have high confidence that the unit is likely to strike again.')).toEqual([
      ['high confidence', 'high confidence'],
      ['likely', 'likely'],
    ]);
  });

  it('ignores confidence that is not an analyst’s in a judgement', () => {
    expect(phrases('Consumer confidence was high after the breach was fixed.')).toEqual([]);
    expect(phrases('Voters have low confidence in the new registry.')).toEqual([]);
  });

  it('counts the same wording about different things once each', () => {
    const text = [
      'The government assesses with high confidence that the unit was responsible for the leak of the data.',
      'The government assesses with high confidence that the unit was responsible for this intrusion.',
      'The government assesses with high confidence that the unit was responsible for this attempt.',
    ].join('\n\n');
    expect(phrases(text)).toHaveLength(3);
  });
});
