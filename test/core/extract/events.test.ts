import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities.js';
import { extractEvents } from '../../../src/core/extract/events.js';
import { toParagraph } from '../../../src/core/text/sentences.js';

function events(text: string, published: string | null = '2024-03-25', dayFirst = true) {
  const paras = text.split('\n\n').map(toParagraph);
  return extractEvents(paras, extractEntities(paras).spans, { published, dayFirst }).map((e) => [
    e.date,
    e.text,
  ]);
}
const dates = (text: string, published: string | null = '2024-03-25') =>
  events(text, published).map(([date]) => date);

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

  it('keeps a sentence whole when a time phrase alone stands before the break', () => {
    const text = 'In 2016 and again in 2018, the crew broke into the port authority’s mail server.';
    expect(events(text)).toEqual([
      ['2016', text],
      ['2018', text],
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

describe('quoted statements', () => {
  it('date events in a statement, not in a few quoted words woven into a sentence', () => {
    const text =
      'The ministry issued a statement.\n\n“In 2019, the operators breached the water utility and stole its plans.';
    expect(dates(text)).toEqual(['2019']);
    expect(dates('She said the operators “had been active since 2019” and still were.')).toEqual([]);
  });

  it('resolve a speaker’s "today" against the day the page gives the statement, else leave it out', () => {
    const introduced =
      'The ministry today issued the following statement:\n\n“Today we name the operators behind the breach of the utility.”';
    expect(dates(introduced)).toEqual(['2024-03-25', '2024-03-25']);
    const reported =
      'The minister spoke to reporters after the meeting.\n\n“Today we name the operators behind the breach of the utility,” she said.';
    expect(dates(reported)).toEqual([]);
  });

  it('resolve every "today" of a page that reproduces a statement of "today (Wednesday)" to that Wednesday', () => {
    // Friday 29 March 2024; the statement is from Wednesday the 27th.
    const text =
      'The allies have today (Wednesday) named the operators behind the breach.\n\nIn guidance published today, the agency lists the servers it used.';
    expect(dates(text, '2024-03-29')).toEqual(['2024-03-27', '2024-03-27']);
  });
});

describe('what carries a date but is no event', () => {
  it('a question or a request in a debate', () => {
    expect(dates('Will the Minister tell the House what was done in March 2023 to stop it?')).toEqual([]);
    expect(dates('I urge the Minister to publish what was found in March 2023 without delay.')).toEqual([]);
  });

  it('a header line above the text and a photo caption', () => {
    expect(dates('Date of incident: 12 March 2023\n\nThe operators breached the utility.')).toEqual([]);
    expect(dates('FILE - A technician inspects a pump at the plant, March 3, 2021.')).toEqual([]);
    expect(dates('A technician inspects a pump at the plant in Springfield, Ohio, March 3, 2021.')).toEqual(
      [],
    );
  });

  it('a page’s revision history, but not a chronology’s dated lines', () => {
    const history = [
      'Revision history',
      'March 4, 2023: Initial version of this alert',
      '12 April 2023 – Added indicators seen at a second utility',
      'This alert was updated on 20 April 2023 to correct a file hash.',
    ].join('\n\n');
    expect(dates(history)).toEqual([]);
    expect(dates('March 4, 2023: The operators breached the billing system of the utility.')).toEqual([
      '2023-03-04',
    ]);
  });

  it('a sentence that begins mid-way, where a page was cut or a line broken; not a list’s items', () => {
    expect(dates('and the operators returned to the network in May 2022 with new tools.')).toEqual([]);
    const list = [
      'Over the course of the campaign, the operators:',
      'breached the billing system of the utility in 2019;',
      'exfiltrated customer records from its servers in 2020.',
    ].join('\n\n');
    expect(dates(list)).toEqual(['2019', '2020']);
  });

  it('a date whose clause the end of the text cuts off, but not one whose clause was complete', () => {
    expect(
      dates('The operators breached the utility.\n\nOn 12 May 2022 the operators sent phishing emails to'),
    ).toEqual([]);
    expect(
      dates(
        'The operators breached the utility.\n\nThe operators breached the utility in 2021 and stole its plans, and then the oth',
      ),
    ).toEqual(['2021']);
  });

  it('a target in the future, unless the text looks back from it', () => {
    expect(dates('The agency will hire 500 analysts by 2030 to meet the threat.')).toEqual([]);
    expect(dates('By 2019 the operators had breached more than forty utilities.', null)).toEqual(['2019']);
  });

  it('the reach of an investigation and the period a dataset covers', () => {
    expect(dates('The findings draw on telemetry collected across the sector through June 2023.')).toEqual(
      [],
    );
    expect(
      dates('The stolen database holds records of subscribers who joined between 2010 and 2018.'),
    ).toEqual([]);
    expect(
      dates('The table below lists the indicators observed between 2019 and 2021 by the agencies.'),
    ).toEqual([]);
    expect(dates('The appendix maps the techniques observed through April 2023 to the framework.')).toEqual(
      [],
    );
  });

  it('a forecast, unless its date had passed when the page was written', () => {
    expect(dates('It is highly likely that the campaign will continue in 2026.', null)).toEqual([]);
    expect(
      dates('Officials say the utility will publish the report it completed in 2022.', '2024-03-25'),
    ).toEqual(['2022']);
  });

  it('not an appointment on a given day, which is no forecast', () => {
    expect(dates('The suspect will appear before magistrates on 3 April 2024.', '2024-03-25')).toEqual([
      '2024-04-03',
    ]);
  });

  it('a back-reference to something dated elsewhere', () => {
    expect(dates('The operators then sent the payload from the same server used in May 2019.')).toEqual([]);
    expect(dates('The guidance published for water utilities in 2019 is still available online.')).toEqual(
      [],
    );
  });
});

describe('the text of an event', () => {
  it('drops a section number and a dateline place, keeps the event', () => {
    expect(events('3.4 On 12 May 2019 the operators sent phishing emails to the utility.')).toEqual([
      ['2019-05-12', 'On 12 May 2019 the operators sent phishing emails to the utility.'],
    ]);
    expect(events('LONDON — Today, the agency named the operators behind the breach.')).toEqual([
      ['2024-03-25', 'Today, the agency named the operators behind the breach.'],
    ]);
    expect(events('LONDON, 25 March 2024 — The agency today named the operators behind the breach.')).toEqual(
      [['2024-03-25', 'The agency today named the operators behind the breach.']],
    );
  });

  it('is one row when a report tells the same event twice', () => {
    const text =
      'On 3 June 2021 the Council adopted the regulation on sanctions against the operators.\n\nThe regulation on sanctions against the operators was adopted by the Council on 3 June 2021.';
    expect(dates(text)).toEqual(['2021-06-03']);
  });
});
