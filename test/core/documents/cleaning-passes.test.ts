// Each cleaning pass on its own, on pages written for these tests (none is a bundled seed): the roles it
// gives paragraphs and the metadata it reads. A pass added to CLEANING_PASSES without a case here fails
// the last test.
import { describe, expect, it } from 'vitest';
import { CLEANING_PASSES } from '../../../src/core/documents/clean-text.js';
import {
  aboveSkipLink,
  captions,
  endOfArticle,
  furnitureLines,
  menus,
  notesPointingBack,
  pullQuotes,
  repeats,
  selfPromotion,
  strandedLabels,
  trailingLinks,
} from '../../../src/core/documents/furniture-passes.js';
import {
  bylines,
  datelines,
  headline,
  issuer,
  knownTitle,
  labelledDate,
  pipedTitle,
  publisher,
  recordTitle,
} from '../../../src/core/documents/metadata-passes.js';
import { openingDatelines } from '../../../src/core/documents/opening-dateline.js';
import { type KnownMetadata, type Page, readPage } from '../../../src/core/documents/page.js';
import { lineKey, recurringLines } from '../../../src/core/documents/recurring-lines.js';

const PROSE =
  'The harbour authority confirmed on Friday that its cargo systems had been offline for most of the week, delaying exports from the port.';
const MORE =
  'Engineers restored the booking platform late on Thursday, and the authority said no customer records had been taken.';

const page = (paras: string[], known: KnownMetadata = {}): Page => readPage(paras.join('\n\n'), known);
const roles = (p: Page) => p.paras.map((x) => x.role);

const CASES: Record<string, () => void> = {
  recurringLines: () => {
    const site = new Set(['Harbour Gazette newsroom', MORE].map(lineKey));
    const p = readPage(
      ['Harbour Gazette newsroom', PROSE, PROSE.replace('Friday', 'Sunday'), MORE].join('\n\n'),
      {},
      site,
    );
    recurringLines(p);
    expect(roles(p)).toEqual(['furniture', 'text', 'text', 'furniture']);
    // Lines seen before that are most of the page's prose: a copy of an earlier page keeps its text.
    const copy = readPage(['Harbour Gazette newsroom', MORE].join('\n\n'), {}, site);
    recurringLines(copy);
    expect(roles(copy)).toEqual(['furniture', 'text']);
  },
  furnitureLines: () => {
    const p = page([
      'Skip to content',
      'We use cookies on our website to give you the best experience.',
      PROSE,
    ]);
    furnitureLines(p);
    expect(roles(p)).toEqual(['furniture', 'furniture', 'text']);
  },
  aboveSkipLink: () => {
    const p = page([
      'harbour.example.org Saved copy',
      'Captured: 3 March via the archive',
      'Skip to main content',
      'Harbour outage hits exports',
      PROSE,
    ]);
    furnitureLines(p);
    aboveSkipLink(p);
    expect(roles(p)).toEqual(['furniture', 'furniture', 'furniture', 'text', 'text']);
    // Prose above the link: the link is not where the page begins.
    const low = page([PROSE, 'Skip to content', MORE]);
    furnitureLines(low);
    aboveSkipLink(low);
    expect(roles(low)).toEqual(['text', 'furniture', 'text']);
  },
  notesPointingBack: () => {
    const box = [
      'Harbour Board Minutes',
      'The harbour board meets monthly in the old customs house to decide berth fees.',
      'Members are appointed by the council for three years and may not vote on their own berths.',
      'This information is provided by Quayside Records and is not the official record of the board.',
    ];
    const p = page([...box, PROSE, MORE]);
    furnitureLines(p);
    notesPointingBack(p);
    expect(roles(p)).toEqual(['text', 'furniture', 'furniture', 'furniture', 'text', 'text']);
    // The same note after the article's prose points back to the article itself: that is kept.
    const after = page([PROSE, ...box.slice(1)]);
    furnitureLines(after);
    notesPointingBack(after);
    expect(roles(after)).toEqual(['text', 'text', 'text', 'furniture']);
    // A sentence in the article that points back without disclaiming anything is the article's.
    const told = page([...box.slice(0, 3), 'This information was provided by the harbour master.', PROSE]);
    furnitureLines(told);
    notesPointingBack(told);
    expect(roles(told)).toEqual(['text', 'text', 'text', 'text', 'text']);
  },
  captions: () => {
    const p = page(['Cranes idle at dawn', 'Image source: Harbour Photo Agency', PROSE]);
    captions(p);
    expect(roles(p)).toEqual(['furniture', 'text', 'text']);
  },
  labelledDate: () => {
    const p = page(['Published:', '12 February 2025', PROSE]);
    labelledDate(p);
    expect(p.published).toBe('2025-02-12');
    const declared = page(['Published:', '12 February 2025'], { published: '2025-02-10' });
    labelledDate(declared);
    expect(declared.published).toBe('2025-02-10');
  },
  datelines: () => {
    const p = page(['Harbour outage hits exports', 'Friday 14 February 2025 08:15 GMT', PROSE]);
    datelines(p);
    expect(p.published).toBe('2025-02-14');
    expect(roles(p)).toEqual(['text', 'date', 'text']);
  },
  openingDatelines: () => {
    const p = page(['Harbour outage hits exports', `ROTTERDAM, February 14, 2025 — ${PROSE}`, MORE]);
    openingDatelines(p);
    expect(p.published).toBe('2025-02-14');
    expect(roles(p)).toEqual(['text', 'text', 'text']);
    const dated = page(['Friday 14 February 2025', `ROTTERDAM, February 13, 2025 — ${PROSE}`]);
    datelines(dated);
    openingDatelines(dated);
    expect(dated.published).toBe('2025-02-14');
  },
  bylines: () => {
    const p = page(['Harbour outage hits exports', 'By Ingrid Halvorsen', PROSE]);
    bylines(p);
    expect(p.author).toBe('Ingrid Halvorsen');
    expect(roles(p)).toEqual(['text', 'byline', 'text']);
  },
  menus: () => {
    const p = page(['Home', 'News', 'Sport', 'Weather', PROSE, MORE]);
    menus(p);
    expect(roles(p)).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'text', 'text']);
  },
  strandedLabels: () => {
    const p = page(['Newsletter', 'Latest updates', 'Subscribe', PROSE]);
    for (const i of [0, 2]) (p.paras[i] as Page['paras'][number]).role = 'furniture';
    strandedLabels(p);
    expect(roles(p)).toEqual(['furniture', 'furniture', 'furniture', 'text']);
  },
  endOfArticle: () => {
    const p = page([PROSE, MORE, 'Related stories', 'Port strike enters second week']);
    endOfArticle(p);
    expect(roles(p)).toEqual(['text', 'text', 'furniture', 'furniture']);
  },
  pullQuotes: () => {
    const p = page([
      'The harbour master said: “We lost the booking platform for four days and every ship waited at anchor.”',
      'We lost the booking platform for four days and every ship waited at anchor',
      'Harbour master, Port of Tromsø',
      MORE,
    ]);
    pullQuotes(p);
    expect(roles(p)).toEqual(['text', 'furniture', 'furniture', 'text']);
  },
  issuer: () => {
    const p = page(['Norwegian Coastal Administration', 'Harbour outage hits exports', PROSE]);
    issuer(p);
    expect(p.issuer).toBe('Norwegian Coastal Administration');
    expect(roles(p)).toEqual(['furniture', 'text', 'text']);
  },
  headline: () => {
    const p = page(['Harbour outage hits exports', PROSE]);
    headline(p);
    expect(p.title).toBe('Harbour outage hits exports');
    expect(roles(p)).toEqual(['title', 'text']);
    // A bracketed note and a speaker's heading in a record stand where a headline would, but are none.
    const record = page([
      '[Relevant paper: Second Report of the Harbour Committee, HC 12.] 10:02',
      'Helen Marsh Portrait Ms Helen Marsh (Harbourside) (Ind)',
      PROSE,
    ]);
    headline(record);
    expect(record.title).toBeNull();
  },
  recordTitle: () => {
    const speech = `${PROSE} `.repeat(8).trim();
    const flat = page([`Harbour Closures Madam Deputy Speaker (Dame Helen Marsh) ${speech}`]);
    recordTitle(flat);
    expect(flat.title).toBe('Harbour Closures');
    expect(flat.paras[0]?.text.startsWith('Madam Deputy Speaker (Dame Helen Marsh) The harbour')).toBe(true);
    // A short header line, or brackets after no office, give no title.
    const short = page(['Harbour Closures Madam Deputy Speaker (Dame Helen Marsh) spoke.', speech]);
    recordTitle(short);
    expect(short.title).toBeNull();
    const plain = page([`Harbour Closures The Quay Cafe (Bergen) ${speech}`]);
    recordTitle(plain);
    expect(plain.title).toBeNull();
  },
  pipedTitle: () => {
    const title = 'Press Office | Harbour outage hits exports across the region | Norwegian Maritime Agency';
    const p = page([title, 'Harbour outage hits exports across the region', PROSE]);
    p.title = title;
    pipedTitle(p);
    expect([p.title, p.pipedPublisher]).toEqual([
      'Harbour outage hits exports across the region',
      'Norwegian Maritime Agency',
    ]);
    expect(roles(p)).toEqual(['text', 'title', 'text']);
  },
  knownTitle: () => {
    const p = page(['Harbour outage hits exports', PROSE], { title: 'Harbour outage hits exports' });
    knownTitle(p);
    expect(roles(p)).toEqual(['title', 'text']);
  },
  publisher: () => {
    const p = page(['From: Ministry of Trade and Harbour Board', PROSE]);
    publisher(p);
    expect(p.publisher).toBe('Ministry of Trade');
    expect(roles(p)).toEqual(['furniture', 'text']);
    const issued = page([PROSE]);
    issued.issuer = 'Norwegian Coastal Administration';
    publisher(issued);
    expect(issued.publisher).toBe('Norwegian Coastal Administration');
  },
  selfPromotion: () => {
    const p = page(
      [PROSE, 'The Harbour Gazette is on the quay every day, and we rely on readers like you.'],
      {
        publisher: 'The Harbour Gazette',
      },
    );
    selfPromotion(p);
    expect(roles(p)).toEqual(['text', 'furniture']);
  },
  trailingLinks: () => {
    const p = page([`${PROSE} See the operator's notice for every affected berth`, MORE]);
    trailingLinks(p);
    expect(p.paras.map((x) => x.text)).toEqual([PROSE, MORE]);
  },
  repeats: () => {
    const p = page([PROSE, MORE, PROSE]);
    repeats(p);
    expect(roles(p)).toEqual(['text', 'text', 'furniture']);
  },
};

describe('cleaning passes, one by one', () => {
  for (const [name, check] of Object.entries(CASES)) it(name, check);

  it('has a case for every pass, in the order the passes run', () => {
    expect(CLEANING_PASSES.map((p) => p.name)).toEqual(Object.keys(CASES));
  });
});
