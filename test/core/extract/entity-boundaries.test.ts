// Where a name starts and stops, on sentences written for these tests (none comes from the bundled seeds
// or the dev set): words that open a sentence, connectors, titles and offices that run into a name, names
// in headings and titles, and names only a document's repetition reveals.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

const names = (paras: string[], title: string | null = null) =>
  extractEntities(paras.map(toParagraph), null, {}, title).mentions.map((m) => `${m.kind}:${m.name}`);

describe('entity boundaries', () => {
  it('never starts a name with a word that only opens the sentence', () => {
    const n = names([
      'Since the Harbour Committee met, nothing has changed.',
      'Then Parliament rose for the summer.',
      'Afterwards Ingrid Halvorsen said the logs were gone.',
      'Protecting the Netherlands from sabotage is a priority.',
    ]);
    expect(n).toEqual(
      expect.arrayContaining([
        'organisation:Harbour Committee',
        'person:Ingrid Halvorsen',
        'country:Netherlands',
      ]),
    );
    expect(n.join('|')).not.toMatch(/Since|Then|Afterwards|Protecting/);
  });

  it('joins "of the" and "in" inside a body’s name, never a weekday, nor a person to a body', () => {
    const n = names([
      'The Institute for the Study of Harbours in Winter wrote to the Board of the Port Authority on Tuesday.',
      'Ingrid Halvorsen of the Port Authority agreed.',
    ]);
    expect(n).toEqual(
      expect.arrayContaining([
        'organisation:Institute for the Study of Harbours in Winter',
        'organisation:Board of the Port Authority',
        'person:Ingrid Halvorsen',
      ]),
    );
    expect(n.join('|')).not.toMatch(/Tuesday|Halvorsen of/);
  });

  it('reads a long comma-listed name to its end, and stops before a title', () => {
    expect(names(['The Department for Ports, Canals and Inland Waterways said so.'])).toContain(
      'organisation:Department for Ports, Canals and Inland Waterways',
    );
    expect(
      names(['The Department for Ports, Canals and Waterways Secretary Ingrid Halvorsen said so.']),
    ).toContain('organisation:Department for Ports, Canals and Waterways');
  });

  it('reads a person in a title, to the surname after a middle initial', () => {
    const r = extractEntities(
      [toParagraph('The charges were unsealed today.')],
      null,
      {},
      'Deputy Harbour Commissioner Ingrid K. Halvorsen Announces Charges Against Smugglers',
    );
    expect(r.mentions.map((m) => `${m.kind}:${m.name}`)).toContain('person:Ingrid K. Halvorsen');
    // Spans stay within the body.
    expect(r.spans.every((s) => s.paragraph === 0)).toBe(true);
  });

  it('drops a courtesy title after a role, and reads a name after a title’s tail', () => {
    const n = names([
      'Harbour Chief Executive Dr Ingrid Halvorsen said so.',
      'Thanks went to the Inspector in Charge Tomas Berg of the river police.',
    ]);
    expect(n).toEqual(expect.arrayContaining(['person:Ingrid Halvorsen', 'person:Tomas Berg']));
  });

  it('names a body in a shouted heading', () => {
    expect(names(['THE BOARD OF HARBOUR COMMISSIONERS,'])).toContain(
      'organisation:Board of Harbour Commissioners',
    );
    expect(names(['Harbour Board Charged Over Spill'])).not.toContain('organisation:Harbour Board Charged');
  });

  it('reads double-barrelled surnames, two-letter names the tables know, and a series number', () => {
    const n = names([
      'Ingrid Barros-Halvorsen said so.',
      'Foreign Minister Wang Yi met Al Berg.',
      'The cyber group APT 77 was blamed.',
    ]);
    expect(n).toEqual(
      expect.arrayContaining(['person:Ingrid Barros-Halvorsen', 'person:Wang Yi', 'person:Al Berg']),
    );
    expect(n.join('|')).not.toMatch(/threat_actor:APT$|:APT\|/);
  });

  it('knows other countries’ agencies by acronym and the vendors advisories name', () => {
    const n = names([
      'The BND and ASIO shared indicators with the RCMP.',
      'The actors exploited Fortinet and Unitronics devices.',
    ]);
    expect(n).toEqual(
      expect.arrayContaining([
        'organisation:Federal Intelligence Service',
        'organisation:Australian Security Intelligence Organisation',
        'organisation:Royal Canadian Mounted Police',
        'organisation:Fortinet',
        'organisation:Unitronics',
      ]),
    );
  });
});
