// What carries a date but is no event on a timeline. Sentence rules turn a whole sentence away (a question
// asked in a debate, a caption, a header line, a page's revision note, a sentence the end of the text cut
// off); date rules turn one date away and leave the sentence's other dates (a target "by 2027", the reach
// of an investigation, a back-reference to something dated elsewhere, the period a dataset covers).
import { MONTH_PATTERN } from '../dates/calendar.js';
import { type DateMention, FUTURE_CUE } from '../dates/date-rule.js';
import type { IsoDate } from '../model.js';
import { wordCount } from '../text/normalise.js';

/** A sentence as the event rules read it. */
export interface SentenceView {
  /** The sentence as written. */
  text: string;
  /** The paragraph it stands in. */
  paragraph: string;
  /** True for the document's last sentence. */
  last: boolean;
  /** True for an item of a list that a colon introduces, which goes on the sentence above. */
  listItem: boolean;
}

/** True when the sentence states no event, whatever its dates. */
export type SentenceCheck = (s: SentenceView) => boolean;
/** True when this date in the sentence dates no event. */
export type DateCheck = (d: DateMention, s: SentenceView, published: IsoDate | null) => boolean;

const CLOSERS = `["'”’)\\]]*`;
const ENDS_SENTENCE = new RegExp(`[.!?…]${CLOSERS}\\s*$`);

/** "Will the Secretary of State set out next week what…?": asked, not reported. */
const question: SentenceCheck = (s) => new RegExp(`\\?${CLOSERS}\\s*$`).test(s.text);

/** "I ask the Minister to…", "I urge the Government to…": a request in a debate. */
const request: SentenceCheck = (s) =>
  /^(?:I|We)\s+(?:would\s+)?(?:ask|urge|call on|invite|implore|request|press)\b/.test(s.text);

/** "Release Date: May 09, 2023", "Last Revised: …": a header line above the text, not a sentence of it. */
const headerLine: SentenceCheck = (s) =>
  s.text === s.paragraph &&
  /^\p{Lu}[\p{L}\s]{0,30}:\s*\S/u.test(s.text) &&
  wordCount(s.text) <= 14 &&
  !/\.\s*$/.test(s.text);

/**
 * "FILE - Treasury Secretary … testifies on Capitol Hill in Washington, Sept. 1, 2020.": a photo caption,
 * marked as one or written the way agencies caption pictures (present tense, place and day at the end).
 */
const caption: SentenceCheck = (s) =>
  /^(?:PHOTO|IMAGE|PICTURE|Photo|Image)\s*[-–—:|]|(?:^|\s)FILE(?: PHOTO)?\s*[-–—:|]\s/.test(s.text) ||
  CAPTION_PLACE_AND_DAY.test(s.text);
const CAPTION_PLACE_AND_DAY = new RegExp(
  `\\bin \\p{Lu}[\\p{L}.'’-]*(?:,? \\p{Lu}[\\p{L}.'’-]*)*, ${MONTH_PATTERN}\\.? \\d{1,2}, \\d{4}\\.?$`,
  'u',
);

const DATE_AT_START = new RegExp(
  `^(?:${MONTH_PATTERN}\\.? \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_PATTERN}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[:–—-]\\s*`,
  'iu',
);
const REVISION_WORDS =
  /^(?:initial (?:version|publication|release)|(?:first )?published|added|updated|revised|corrected|removed|clarified|amended|minor)\b/i;
const DOCUMENT_REVISED =
  /^(?:(?:This|The) (?:advisory|alert|page|document|report|product|guidance|bulletin|notice|statement|article) (?:was|has been) (?:last )?)?(?:updated|revised|amended|modified|corrected)\b/i;

/**
 * "December 1, 2020: Added new indicators", "This advisory was updated on 3 November 2020 to …": a page's
 * revision history dates the page, not anything that happened.
 */
const revisionNote: SentenceCheck = (s) => {
  const dated = DATE_AT_START.exec(s.text);
  return dated ? REVISION_WORDS.test(s.text.slice(dated[0].length)) : DOCUMENT_REVISED.test(s.text);
};

/** "…and deter attacks": a clause that begins mid-sentence (a cut page, a broken line) has no subject. */
const fragment: SentenceCheck = (s) => !s.listItem && /^[\s"'“‘([•*-]*\p{Ll}/u.test(s.text);

/** "…| 2021 | …": a table row, not a sentence. */
const tableRow: SentenceCheck = (s) => / [|] /.test(s.text);

/** Sentences that state no event, tried in order. */
export const NOT_EVENT_SENTENCES: readonly SentenceCheck[] = [
  question,
  request,
  headerLine,
  revisionNote,
  caption,
  fragment,
  tableRow,
];

const before = (d: DateMention, s: SentenceView) => s.text.slice(0, d.start);

/** "increasing to 2.6% of GDP by 2027": a target, unless the text looks back ("by 2019 it had…"). */
const futureTarget: DateCheck = (d, s, published) => {
  const by = /^by\b/i.test(d.text) || /\b(?:by|no later than|before the end of)\s*$/i.test(before(d, s));
  if (!by) return false;
  return published ? lastDay(d.iso) > published : !/\bhad\b/.test(s.text);
};

/**
 * "the campaign will continue in 2022": a forecast, unless the date is already past when the page was
 * written. A day is an appointment, not a forecast: "He will appear in court on 28 February 2023".
 */
const forecast: DateCheck = (d, s, published) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.iso)) return false;
  const clause = before(d, s).split(/[,;:]/).at(-1) ?? '';
  return FUTURE_CUE.test(clause) && (!published || lastDay(d.iso) > published);
};

/** The last day a date at any precision covers, as text that sorts: "2027" → "2027-12-31". */
function lastDay(iso: IsoDate): string {
  const end = iso.split('/').at(-1) ?? iso;
  return end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
}

const SCOPE_NOUN =
  /\b(?:investigations?|analysis|analyses|reporting|research|review|data(?:set)?|observations?|telemetry|study|survey|figures|statistics|findings)\b/i;

/** Words that say what was looked at: "techniques observed through April 2023". */
const LOOKED_AT = /\b(?:observed|collected|gathered|conducted|recorded|analy[sz]ed|monitored|reviewed)\b/i;

/** "investigations conducted … through July 2025": how far an inquiry reaches, not something that happened. */
const scopeLimit: DateCheck = (d, s) => {
  const lead = before(d, s);
  return /\b(?:through|thru|up to)\s*$/i.test(lead) && (SCOPE_NOUN.test(lead) || LOOKED_AT.test(lead));
};

/**
 * "from the same server used in May 2019", "The advice issued to MSPs in 2017 is available here": a thing
 * identified by when it was used or issued, the event itself told elsewhere.
 */
const backReference: DateCheck = (d, s) => {
  const lead = before(d, s);
  if (
    /\bsame\s+(?:[\w-]+\s+){1,4}?(?:used|seen|observed|employed|deployed|reported|identified|registered|sent|issued)\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|since|from)\s*$/i.test(
      lead,
    )
  )
    return true;
  const after = s.text.slice(d.end);
  return (
    /^(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){1,4}?(?:issued|published|released|used|sent|provided|shared|described|mentioned)\b[^,;]*$/.test(
      lead,
    ) && /^\s*(?:is|are|remains?|can|contains?|includes?)\b/.test(after)
  );
};

const DATA_NOUN =
  /\b(?:data|dataset|database|records?|registers?|files?|details|information|lists?|tables?|indicators|samples|logs|entries)\b/i;
const DATA_NOUN_AND_PARTICIPLE = new RegExp(
  `${DATA_NOUN.source}\\s+(?:[\\p{Ll}-]+ed|seen|held|kept)\\s+$`,
  'iu',
);

/**
 * "records of customers who joined between 2010 and 2018", "the indicators observed between 2019 and
 * 2021": the period a dataset covers.
 */
const datasetScope: DateCheck = (d, s) => {
  const lead = before(d, s);
  return (
    /\b(?:covering|spanning)\s+(?:the\s+(?:period|years)\s+)?$/i.test(lead) ||
    DATA_NOUN_AND_PARTICIPLE.test(lead) ||
    (/\b(?:who|whose)\s+(?:[\w-]+\s+){0,3}$/i.test(lead) && DATA_NOUN.test(s.text))
  );
};

/**
 * The text ends before the sentence does ("On 12 May 2019 the group sent emails to"): a date whose clause
 * runs into the cut dates something unknown; one followed by the start of another clause stands.
 */
const cutOff: DateCheck = (d, s) =>
  s.last && !ENDS_SENTENCE.test(s.text) && !/(?:[,;]|\sand\s)/.test(s.text.slice(d.end));

/** Dates that date no event, tried in order. */
export const NOT_EVENT_DATES: readonly DateCheck[] = [
  cutOff,
  futureTarget,
  forecast,
  scopeLimit,
  backReference,
  datasetScope,
];
