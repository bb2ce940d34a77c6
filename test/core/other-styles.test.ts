// Reports in styles the seeds do not have, written for these tests: a US Justice Department release
// (month-first dates, "said Attorney General X. Y."), a UK police release (dotted dates, straight quotes
// over two paragraphs, page footer) and a New Zealand minister's statement ("Hon … KC", "Ms Collins").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processInput } from '../../src/core/ingest.js';

const load = (file: string) =>
  processInput({
    content: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reports', file), 'utf8'),
    origin: file,
    format: 'text',
  });

describe('US Justice Department release', () => {
  const { doc, extraction } = load('us-doj-indictment.txt');
  it('reads the piped page title, the publisher and the month-first dateline', () => {
    expect(doc.title).toBe('Seven Hackers Associated with Chinese Government Charged');
    expect(doc.publisher).toBe('United States Department of Justice');
    expect(doc.published).toBe('2024-03-25');
    expect(doc.body).not.toMatch(/For Immediate Release|Updated March/);
  });
  it('attributes quotes to speakers with middle initials and to bare surnames', () => {
    expect(extraction.quotes.map((q) => q.speaker)).toEqual([
      'Merrick B. Garland',
      'Merrick B. Garland',
      'Christopher Wray',
    ]);
  });
  it('dates "in at least 2010" and a range, and takes no entity from a Title Case headline', () => {
    expect(extraction.events.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2024-03-25', '2010', '2015/2021']),
    );
    expect(extraction.entities.map((e) => e.name)).not.toContain('Government Charged');
  });
});

describe('UK police release', () => {
  const { doc, extraction } = load('uk-police-charge.txt');
  it('reads a dotted date label and drops the page footer', () => {
    expect(doc.published).toBe('2023-02-14');
    expect(doc.body).not.toContain('Page 1 of 1');
  });
  it('keeps a straight-quoted statement over two paragraphs with its speaker and role', () => {
    expect(extraction.quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Helen Rowe', 'Detective Chief Inspector'],
      ['Helen Rowe', 'Detective Chief Inspector'],
    ]);
  });
  it('dates events without reading durations as dates', () => {
    expect(extraction.events.map((e) => e.date)).toEqual(['2023-01-03', '2023-02-28']);
  });
});

describe('New Zealand minister statement', () => {
  const { extraction } = load('nz-minister-statement.txt');
  it('strips "Hon" and "KC" from the name and resolves "Ms Collins" to it', () => {
    expect(extraction.entities.find((e) => e.name === 'Judith Collins')?.kind).toBe('person');
    expect(extraction.quotes[0]?.speaker).toBe('Judith Collins');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Responsible');
  });
  it('does not cut a sentence at an "and" that joins two names', () => {
    const e = extraction.events.find((x) => x.date === '2021');
    expect(e?.text).toMatch(/^The Government has today expressed/);
  });
  it('links "likely" to the actor of the claim', () => {
    expect(extraction.assessments.map((a) => [a.phrase, a.actor])).toEqual([['likely', 'APT40']]);
  });
});

describe('OCR-style release without blank lines (Finnish security service)', () => {
  const { doc, extraction } = load('fi-security-service-ocr.txt');
  it('separates header lines from wrapped prose and reads the issuer, title and dotted date', () => {
    expect(doc.publisher).toBe('Finnish Security and Intelligence Service');
    expect(doc.title).toBe('Supo: cyber espionage against Parliament attributed to APT31');
    expect(doc.published).toBe('2021-03-18');
    expect(doc.body).toContain('has investigated a cyber attack against the IT systems');
    expect(doc.body).toContain('National Bureau of Investigation');
    expect(doc.body).not.toContain('Page 1 of 2');
  });
  it('dates "the autumn of 2020" and "into 2021", reads the quote and the bracketed short name', () => {
    expect(extraction.events.map((e) => e.date)).toEqual(['2020', '2021', '2020-12-23']);
    expect(extraction.quotes.map((q) => q.speaker)).toEqual(['Antti Pelttari', 'Antti Pelttari']);
    expect(extraction.entities.find((e) => e.aliases.includes('Supo'))?.name).toBe(
      'Finnish Security and Intelligence Service',
    );
  });
});

describe('parliamentary record', () => {
  const { doc, extraction } = load('uk-hansard-statement.txt');
  it('reads a two-word title and the date from a "debated on" header line', () => {
    expect(doc.title).toBe('China: Cyber-security');
    expect(doc.published).toBe('2024-03-25');
  });
  it('reads speakers named in brackets after their office, and no "Mr Speaker" person', () => {
    const dowden = extraction.entities.find((e) => e.name === 'Oliver Dowden');
    expect(dowden?.roles).toContain('Deputy Prime Minister');
    expect(extraction.entities.map((e) => e.name)).not.toContain('Mr Speaker');
  });
  it('resolves "Today" against the sitting date', () => {
    expect(extraction.events.find((e) => e.date === '2024-03-25')?.text).toMatch(
      /^Today, the UK is exposing/,
    );
  });
});

describe('web pages through the HTML reader', () => {
  const page = (file: string) =>
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', file), 'utf8');
  it('refuses a page that holds no article instead of storing its links', () => {
    expect(() =>
      processInput({ content: page('no-article.html'), origin: 'no-article.html', format: 'html' }),
    ).toThrow(/no article/);
  });
  it('splits two bylined authors into two people and drops "the" from a role', () => {
    const md = processInput({
      content: page('threat-note.md'),
      origin: 'threat-note.md',
      format: 'markdown',
    });
    const authors = md.extraction.entities.filter((e) => e.roles.includes('author')).map((e) => e.name);
    expect(authors).toEqual(['Priya Natarajan', 'Tomás Ruiz']);
    expect(md.extraction.events.some((e) => / [|] /.test(e.text))).toBe(false);
    const news = processInput({
      content: page('news-article.html'),
      origin: 'news-article.html',
      format: 'html',
    });
    expect(news.extraction.entities.find((e) => e.name === 'Oliver Dowden')?.roles).toContain(
      'deputy prime minister',
    );
  });
});
