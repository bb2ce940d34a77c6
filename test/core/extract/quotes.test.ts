import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

function quotes(text: string) {
  const paras = text.split('\n\n').map(toParagraph);
  const { mentions, spans } = extractEntities(paras);
  return extractQuotes(paras, spans, mentions).map((q) => [q.speaker, q.text]);
}

describe('extractQuotes', () => {
  it('reads "X said: “…”" with the role before the name', () => {
    expect(quotes('Security Minister Tom Tugendhat said: “We will not let this stand.”')).toEqual([
      ['Tom Tugendhat', 'We will not let this stand.'],
    ]);
  });

  it('reads "“…,” said X" and "“…,” X said"', () => {
    expect(
      quotes('“The actors were patient and well resourced,” said Sarah Connor, a researcher at the firm.'),
    ).toEqual([['Sarah Connor', 'The actors were patient and well resourced']]);
    expect(quotes('“We have seen this pattern before,” Detective Inspector Mark Ellis said.')).toEqual([
      ['Mark Ellis', 'We have seen this pattern before'],
    ]);
  });

  it('resolves "he said" to the last person named outside quotes', () => {
    const text =
      'Peter Hall, chief executive of the company, said the breach was contained.\n\n“No customer data left our network,” he said.';
    expect(quotes(text)).toEqual([['Peter Hall', 'No customer data left our network']]);
  });

  it('keeps the speaker across paragraphs that re-open with a quote mark', () => {
    const text =
      'Anna Berg said: “The first paragraph of the statement is here.\n\n“The second paragraph continues the same statement.”\n\nThe ministry declined to comment further on the matter.';
    expect(quotes(text)).toEqual([
      ['Anna Berg', 'The first paragraph of the statement is here.'],
      ['Anna Berg', 'The second paragraph continues the same statement.'],
    ]);
  });

  it('reads a quote split by its attribution', () => {
    const text =
      '“It is completely unacceptable that they did this,” Foreign Secretary David Lammy said. “We will respond in a measured way.”';
    expect(quotes(text)).toEqual([
      ['David Lammy', 'It is completely unacceptable that they did this'],
      ['David Lammy', 'We will respond in a measured way.'],
    ]);
  });

  it('reads straight quotes, a speaker who said something first, and organisations as speakers', () => {
    expect(
      quotes('The Electoral Commission said the incident "did not affect the security of any election".'),
    ).toEqual([['Electoral Commission', 'did not affect the security of any election']]);
    expect(
      quotes(
        'Foreign Ministry Spokesperson Mao Ning said when asked about the report: "China firmly opposes such smears."',
      ),
    ).toEqual([['Mao Ning', 'China firmly opposes such smears.']]);
  });

  it('ignores scare quotes and quotes nobody is said to have said', () => {
    expect(quotes('The agency said it was “highly likely” and “almost certain”.')).toEqual([]);
    expect(quotes('A report titled “The State of Ransomware in the Public Sector” was published.')).toEqual(
      [],
    );
  });
});

describe('a speaker after the quote', () => {
  it('stands right after the quote, not further on in another clause', () => {
    expect(
      quotes('“We will respond in kind,” the statement read, and Peter Hall said nothing more.'),
    ).toEqual([]);
    expect(quotes('“We will respond in kind,” the NCSC said, and Peter Hall agreed.')).toEqual([
      ['National Cyber Security Centre', 'We will respond in kind'],
    ]);
  });
});
