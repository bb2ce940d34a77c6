import { describe, expect, it } from 'vitest';
import type { DateContext } from '../../../src/core/dates/date-rule.js';
import { findDates } from '../../../src/core/dates/find-dates.js';
import { openingDateline, parseDateLine, parseSingleDate } from '../../../src/core/dates/parse-date.js';

const published: DateContext = { published: '2024-03-26', dayFirst: true };
const undated: DateContext = { published: null, dayFirst: true };
const iso = (text: string, ctx = published) => findDates(text, ctx).map((d) => d.iso);

describe('findDates: precision as the text gives it', () => {
  it('reads bare years only after a time word, never counts or names', () => {
    expect(iso('reconnaissance against parliamentarians in 2021.')).toEqual(['2021']);
    expect(iso('The National Security Act 2023 gives new powers.')).toEqual([]);
    expect(iso('Over 10,000 malicious emails reached 2,000 inboxes.')).toEqual([]);
    expect(iso('CVE-2021-44228 was exploited.')).toEqual([]);
    expect(iso('active since 2014 and during 2019')).toEqual(['2014', '2019']);
  });

  it('reads ranges in their usual spellings', () => {
    expect(iso('systems compromised between 2021 and 2022')).toEqual(['2021/2022']);
    expect(iso('an attack on systems in 2021-22')).toEqual(['2021/2022']);
    expect(iso('from 2014 to 2022 the register')).toEqual(['2014/2022']);
    expect(iso('the 2019–2020 campaign')).toEqual(['2019/2020']);
    expect(iso('between March and May 2023 the group')).toEqual(['2023-03/2023-05']);
    expect(iso('on 25-27 March 2024 the summit')).toEqual(['2024-03-25/2024-03-27']);
  });

  it('reads a range whose start is hedged, and days of one month either way round', () => {
    expect(iso('from at least 2012 through 2016 the crew')).toEqual(['2012/2016']);
    expect(iso('between as early as 2015 and 2017 the crew')).toEqual(['2015/2017']);
    expect(iso('on 6 and 7 June 2019 the crew')).toEqual(['2019-06-06/2019-06-07']);
    expect(iso('on June 6–9, 2019, the crew')).toEqual(['2019-06-06/2019-06-09']);
    expect(iso('on June 6 and 7, 2019, the crew')).toEqual(['2019-06-06/2019-06-07']);
    // Two days apart are two days, not a span.
    expect(iso('on 6 and 9 June 2019 the crew')).not.toContain('2019-06-06/2019-06-09');
  });

  it('reads two months the year is given once for as the span they bound, never the first month as this year’s', () => {
    expect(iso('the breach, which took place in June and July 2016, was')).toEqual(['2016-06/2016-07']);
    expect(iso('in February and May 2016 the crew struck')).toEqual(['2016-02/2016-05']);
  });

  it('reads two years running after "in" or "during" as the span, two years apart as before', () => {
    expect(iso('the crew was active during 2016 and 2017 across the region')).toEqual(['2016/2017']);
    expect(iso('the permits were renewed in 2019 and 2020')).toEqual(['2019/2020']);
    expect(iso('the crew struck in 2015 and 2019')).toEqual(['2015']);
  });

  it('leaves "the previous week" and "the following year" unresolved after a date the sentence gives', () => {
    expect(iso('The notice of 4 June 2019 said the breach was found the previous week.')).toEqual([
      '2019-06-04',
    ]);
    expect(iso('The crew left in 2017 and returned the following year.')).toEqual(['2017']);
    expect(iso('The breach was found last week.')).toEqual(['2024-03-18/2024-03-24']);
  });

  it('reads "last night" as the evening before', () => {
    expect(iso('Last night the operators took the portal offline.')).toEqual(['2024-03-25']);
  });

  it('reads a year that names an occasion inside a time phrase, not every year before a noun', () => {
    expect(iso('during the 2018 regional elections the crew')).toEqual(['2018']);
    expect(iso('in the run-up to the 2019 summit the crew')).toEqual(['2019']);
    expect(iso('the 2019 report names the crew')).toEqual([]);
  });

  it('reads calendar dates in British, American, Nordic and ISO styles', () => {
    expect(iso('announced on 25 March 2024 that')).toEqual(['2024-03-25']);
    expect(iso('announced on March 26, 2024 that')).toEqual(['2024-03-26']);
    expect(iso('the police said on 18.3.2021 that')).toEqual(['2021-03-18']);
    expect(iso('released 2024-03-25 after review')).toEqual(['2024-03-25']);
    expect(iso('in December 2023 the centre')).toEqual(['2023-12']);
  });

  it('follows the document convention for ambiguous slashes', () => {
    expect(iso('filed on 3/4/2024 with', { published: null, dayFirst: true })).toEqual(['2024-04-03']);
    expect(iso('filed on 3/4/2024 with', { published: null, dayFirst: false })).toEqual(['2024-03-04']);
    expect(iso('filed on 25/3/2024 with', { published: null, dayFirst: false })).toEqual(['2024-03-25']);
  });

  it('resolves relative dates against the publication date', () => {
    expect(iso('was made public last year after')).toEqual(['2023']);
    expect(iso('advice published in December.')).toEqual(['2023-12']);
    expect(iso('Yesterday, the ministry banned chips')).toEqual(['2024-03-25']);
    expect(iso('The government has today published guidance')).toEqual(['2024-03-26']);
    expect(iso('called out the actors on Monday for')).toEqual(['2024-03-25']);
    expect(iso('On Monday, the agency called out the actors.')).toEqual(['2024-03-25']);
    expect(iso('the talks will resume in December')).toEqual(['2024-12']);
    expect(iso('two years ago the group')).toEqual(['2022']);
  });

  it('leaves relative dates unresolved when the publication date is unknown', () => {
    expect(iso('made public last year after', undated)).toEqual([]);
    expect(iso('Yesterday, the ministry banned chips', undated)).toEqual([]);
    expect(iso('published in December.', undated)).toEqual([]);
    expect(iso('conducted in 2021', undated)).toEqual(['2021']);
  });

  it('reads ranges at day precision, the start borrowing the year and month the end gives', () => {
    expect(iso('Between June 3 and August 21, 2019, the operators scanned ports.')).toEqual([
      '2019-06-03/2019-08-21',
    ]);
    expect(iso('between 3 June and 21 August 2019 the operators scanned')).toEqual(['2019-06-03/2019-08-21']);
    expect(iso('between 3 and 21 August 2019 the operators scanned')).toEqual(['2019-08-03/2019-08-21']);
    expect(iso('from June 3 to August 21, 2019 the operators')).toEqual(['2019-06-03/2019-08-21']);
    expect(iso('the operators were active from 2011 to 2016.')).toEqual(['2011/2016']);
    expect(iso('Since at least 2017, the operators have scanned ports.')).toEqual(['2017']);
  });

  it('reads a weekday after a verb, as news reports write it, against the publication date', () => {
    // 2024-03-28 is a Thursday, 2024-03-30 the Saturday after it.
    const thursday: DateContext = { published: '2024-03-28', dayFirst: false };
    const saturday: DateContext = { published: '2024-03-30', dayFirst: false };
    expect(iso('The agency said Thursday that it had frozen the accounts.', thursday)).toEqual([
      '2024-03-28',
    ]);
    expect(iso('The agency said Thursday that it had frozen the accounts.', saturday)).toEqual([
      '2024-03-28',
    ]);
    expect(iso('Sales rose on Black Friday for the chain.', saturday)).toEqual([]);
  });

  it('reads "today (Wednesday)" in a text reproduced later as that Wednesday', () => {
    // Published on Friday 29 March 2024; the statement it reproduces was made on Wednesday the 27th.
    const friday: DateContext = { published: '2024-03-29', dayFirst: true };
    expect(iso('The ministers have today (Wednesday) named the operators.', friday)).toEqual(['2024-03-27']);
    expect(iso('The ministers have today (Friday) named the operators.', friday)).toEqual(['2024-03-29']);
  });

  it('reads "last week" and "this week" as Monday to Sunday', () => {
    // 2024-03-27 is a Wednesday.
    const wednesday: DateContext = { published: '2024-03-27', dayFirst: true };
    expect(iso('The outage began last week in two regions.', wednesday)).toEqual(['2024-03-18/2024-03-24']);
    expect(iso('The minister has said this week that it will end.', wednesday)).toEqual([
      '2024-03-25/2024-03-31',
    ]);
    expect(iso('The outage began last week in two regions.', undated)).toEqual([]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(iso('the actors may 2021 style attacks')).toEqual([]);
  });
});

describe('parseDateLine: datelines', () => {
  it('accepts a line that is only a date, with weekday, time and zone', () => {
    expect(parseDateLine('Monday 25 March 2024 16:14 GMT', published)).toBe('2024-03-25');
    expect(parseDateLine('March 26, 2024', published)).toBe('2024-03-26');
    expect(parseDateLine('Published: 18.3.2021', published)).toBe('2021-03-18');
  });
  it('accepts a dateline with its place before and a place or source after a dash', () => {
    expect(parseDateLine('OTTAWA, June 3, 2021 —', published)).toBe('2021-06-03');
    expect(parseDateLine('June 3, 2021 – Brussels, Belgium - Council Press Office', published)).toBe(
      '2021-06-03',
    );
    expect(parseDateLine('Tuesday 14 October 2025 - Press Team', published)).toBe('2025-10-14');
  });

  it('accepts the labels of release and revision dates', () => {
    expect(parseDateLine('Release Date: June 03, 2021', published)).toBe('2021-06-03');
    expect(parseDateLine('Last Revised: June 09, 2021', published)).toBe('2021-06-09');
    expect(parseDateLine('For immediate release: 9 June 2021', published)).toBe('2021-06-09');
  });

  it('accepts a one-word place before the date without a comma, as Nordic releases write it', () => {
    expect(parseDateLine('Bergen 9.6.2021 10:15', published)).toBe('2021-06-09');
    expect(parseDateLine('Water Board Annual Review 9 June 2021', published)).toBeNull();
  });

  it('reads a dateline that opens a release’s first paragraph', () => {
    expect(
      openingDateline('OSLO, June 3, 2021 — The ministry today named the operators.', published),
    ).toEqual({
      iso: '2021-06-03',
      end: 21,
    });
    expect(openingDateline('BERGEN, NORWAY (3 June 2021) – The ministry said…', published)?.iso).toBe(
      '2021-06-03',
    );
    expect(openingDateline('On June 3, 2021 — the operators struck again.', published)).toBeNull();
    expect(openingDateline('OSLO — Today, the ministry named the operators.', published)).toBeNull();
  });

  it('rejects a sentence after the dash', () => {
    expect(parseDateLine('June 3, 2021 - the operators returned to the network', published)).toBeNull();
  });

  it('rejects lines with other words or no year', () => {
    expect(parseDateLine('Submission: On March 25 via api from US', published)).toBeNull();
    expect(parseDateLine('The attack on 25 March 2024 was serious', published)).toBeNull();
  });
});

describe('parseSingleDate', () => {
  it('reads the ends of a range', () => {
    expect(parseSingleDate('2021', undated)).toBe('2021');
    expect(parseSingleDate('March 2024', undated)).toBe('2024-03');
    expect(parseSingleDate('25 March 2024', undated)).toBe('2024-03-25');
    expect(parseSingleDate('soon', undated)).toBeNull();
  });
});
