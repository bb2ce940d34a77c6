// Kinds of page text the cleaner must tell apart, each on lines written for these tests (none comes from
// the bundled seeds or the dev set): furniture that any site may print, and the metadata a header carries.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/documents/clean-text.js';
import {
  isCaption,
  isEditorialNote,
  isFurnitureLine,
  isLinkBar,
  isSeparatorBar,
} from '../../../src/core/documents/furniture.js';
import {
  bylines,
  datelines,
  headline,
  issuer,
  publisher,
} from '../../../src/core/documents/metadata-passes.js';
import { type Page, readPage } from '../../../src/core/documents/page.js';
import { isOrganisationName, publisherNamedInFurniture } from '../../../src/core/documents/page-header.js';

const PROSE =
  'The water board confirmed on Monday that its billing systems had been offline for three days after an intrusion.';
const page = (paras: string[]): Page => readPage(paras.join('\n\n'), {});
const roles = (p: Page) => p.paras.map((x) => x.role);

describe('furniture any site prints', () => {
  it('skip links however they are worded', () => {
    for (const line of ['Skip main navigation', 'Jump to content', 'Direct link to content', 'Skip to menu'])
      expect(isFurnitureLine(line), line).toBe(true);
  });

  it('relative time stamps, serial numbers, delivery notes and media contacts', () => {
    for (const line of [
      '(2 days, 3 hours ago)',
      '5 minutes ago',
      '(a year ago)',
      'ISSN 2345-6789',
      'As prepared for delivery',
      'Remarks as Delivered',
      'Media contact: 555 0100',
      'Press enquiries',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    expect(isFurnitureLine('Two days ago the board restored its billing systems.')).toBe(false);
  });

  it('a wire photo caption, however long', () => {
    expect(
      isCaption(
        'FILE - Engineers inspect a pumping station outside the city, March 3, 2019. The station was among the sites the board said had been affected by the outage that began on a Sunday evening and lasted three days.',
      ),
    ).toBe(true);
    expect(isCaption('The file was shared with the board on Monday.')).toBe(false);
  });

  it('notes about the page itself: how it is printed, and that it is no official record', () => {
    expect(isEditorialNote('Notices printed in italic type are informative only.')).toBe(true);
    expect(
      isEditorialNote(
        'This summary is prepared by a volunteer group and does not form part of the official minutes.',
      ),
    ).toBe(true);
    expect(isEditorialNote('The board printed the notice in every local paper.')).toBe(false);
  });

  it('links flattened onto a line, with or without a label', () => {
    expect(isLinkBar('Read Minutes Watch Meeting Download Agenda')).toBe(true);
    expect(isLinkBar('Full Minutes: Read Full Minutes')).toBe(true);
    expect(isLinkBar('Read Minutes')).toBe(false);
    expect(isLinkBar('Read the minutes before the meeting.')).toBe(false);
  });

  it('breadcrumbs and menu bars between separators', () => {
    expect(isSeparatorBar('Home » Newsroom » Board restores billing')).toBe(true);
    expect(isSeparatorBar('Water | Energy | Transport | Local Govt. | Jobs')).toBe(true);
    expect(isSeparatorBar('Open Minutes - Agenda - - - Archive')).toBe(true);
    expect(isSeparatorBar('Board Papers - -')).toBe(true);
    expect(
      isSeparatorBar('Office of the Board | Billing systems restored after a three-day outage | Water Board'),
    ).toBe(false);
    expect(isSeparatorBar('The outage began on Sunday - and lasted three days.')).toBe(false);
  });

  it('a bar of links is a line of its own even when it is the widest line of its block', () => {
    const out = cleanText(
      [
        'Board meeting',
        'Read Full minutes Read Agenda Text Watch Meeting Read Meeting Papers and Extracts',
        'Maria Lindqvist Portrait Maria Lindqvist',
        '',
        PROSE,
      ].join('\n'),
    );
    expect(out.body).not.toContain('Read Agenda');
    expect(out.body).toContain('Maria Lindqvist Portrait Maria Lindqvist');
  });

  it('a heading broken before "of" is one heading, and the title', () => {
    const out = cleanText(['Register', '', 'of Harbour Notices', '', 'Issue 12', '', PROSE].join('\n'));
    expect(out.title).toBe('Register of Harbour Notices');
  });
});

describe('what a header says', () => {
  it('a dateline with a place and the body that issued the text', () => {
    const p = page(['March 4, 2019 – Halifax, Nova Scotia – Fisheries Board', PROSE]);
    datelines(p);
    expect([p.published, p.issuer, roles(p)[0]]).toEqual(['2019-03-04', 'Fisheries Board', 'date']);
    const team = page(['Monday 4 March 2019 - Comms Team', PROSE]);
    datelines(team);
    expect([team.published, team.issuer, roles(team)[0]]).toEqual(['2019-03-04', null, 'date']);
  });

  it('an outlet named in a byline is the publisher, not an author', () => {
    const p = page(['Board restores billing', 'By Harbour News', PROSE]);
    bylines(p);
    expect([p.publisher, p.author, roles(p)[1]]).toEqual(['Harbour News', null, 'byline']);
  });

  it('a name with a label after it is no byline when the page names the person without the label', () => {
    const p = page([
      'Board questions',
      'Maria Lindqvist Highlights',
      PROSE,
      'Maria Lindqvist Portrait Chair',
    ]);
    bylines(p);
    expect(p.author).toBeNull();
    const byline = page(['Board questions', 'Maria Lindqvist', PROSE]);
    bylines(byline);
    expect(byline.author).toBe('Maria Lindqvist');
  });

  it('an organisation name ends with its head noun or runs on with "of"; a headline about one does not', () => {
    expect(isOrganisationName('Regional Water Board')).toBe(true);
    expect(isOrganisationName('Department of Water and Sewerage')).toBe(true);
    expect(isOrganisationName('Government Plans on Water')).toBe(false);
    expect(isOrganisationName('Department: Water Services')).toBe(false);
    const p = page(['Government Plans on Water', PROSE]);
    issuer(p);
    expect(p.issuer).toBeNull();
  });

  it('the header line that is the title without a trailing word is the title', () => {
    const p = page(['Water Billing Outage Statement', 'Section: Utilities', 'Water Billing Outage', PROSE]);
    headline(p);
    expect(p.title).toBe('Water Billing Outage');
    // A kicker before a colon belongs to the headline.
    const kicker = page(['WSB: Billing systems restored', 'Billing systems restored', PROSE]);
    headline(kicker);
    expect(kicker.title).toBe('WSB: Billing systems restored');
  });

  it('a body that issues a statement under its acronym is the publisher', () => {
    const p = page([
      'WSB Statement on the Billing Outage',
      'The Water Services Board (WSB) restored its billing systems on Monday after a three-day outage.',
    ]);
    headline(p);
    publisher(p);
    expect(p.publisher).toBe('Water Services Board');
  });

  it('the name two furniture sentences share, once mid-sentence, is the publisher', () => {
    expect(
      publisherNamedInFurniture([
        'Get Tideline Daily alerts',
        'Sign up for the morning briefing from Tideline Daily.',
        'Your support keeps us reporting',
        'Your gift matters',
      ]),
    ).toBe('Tideline Daily');
    // One mention, the same heading twice, or only at sentence starts: no publisher.
    expect(publisherNamedInFurniture(['Sign up for the briefing from Tideline Daily.'])).toBeNull();
    expect(publisherNamedInFurniture(['II   Public notices', 'II Public notices'])).toBeNull();
    expect(publisherNamedInFurniture(['Your support keeps us going', 'Your gift matters'])).toBeNull();
  });

  it('the domain comes before names in the furniture', () => {
    const out = cleanText(
      [
        'URL: https://www.wsb.example/news/1',
        'The Water Services Board (WSB) restored its billing systems on Monday after a three-day outage.',
        'Get Tideline Daily alerts',
        'Sign up for the morning briefing from Tideline Daily.',
      ].join('\n\n'),
    );
    expect(out.publisher).toBe('Water Services Board');
  });
});
