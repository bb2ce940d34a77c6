// Deterministic generator of report-like documents for the benchmark: news articles, government
// releases, wire copy and vendor blog posts about state-linked cyber activity, as plain text, HTML or
// Markdown. Everything comes from a seeded PRNG, so the same (seed, index) always gives the same
// document, and document i can be made without making documents 0…i-1 (a child process can build any
// slice). The prose is written from sentence templates and word lists (bench/corpus/); names of threat
// actors, agencies and countries come from the reference data the extractor itself uses, so extraction
// does the work it does on real reports: bylines and datelines in several styles, quotes with
// attributions both ways round, dates at every precision (and relative ones), assessment wording from
// the probability yardstick, and a long tail of rare words (indicators, CVE numbers, malware and company
// names) so the index vocabulary grows with the corpus the way real reporting does.
//
// Every draw from a document's generator happens in a fixed order (cast, outlet, body, dateline,
// layout): changing that order changes every document, and the benchmark's corpus with it.
import type { ThreatActor } from '../src/core/data/threat-actors.js';
import type { RawInput } from '../src/core/documents/document.js';
import { type Day, dateline, dayOf, eventDate, isoDay, monthName, pad } from './corpus/dates.js';
import { CITIES, PUBLISHERS, SURNAMES, VENDORS } from './corpus/names.js';
import { FURNITURE, SECTORS, TARGETS, VERBS_PAST } from './corpus/phrases.js';
import { type Person, type Pools, poolsFor } from './corpus/pools.js';
import {
  type Format,
  type Report,
  renderHtml,
  renderMarkdown,
  renderText,
  type Style,
} from './corpus/render.js';
import { createRng, mix, type Rng, zipfFor } from './corpus/rng.js';
import { assessmentSentence, type Cast, headline, paragraph, quoteParagraph } from './corpus/sentences.js';
import { capitalise, slug } from './corpus/text.js';

export type { Person, Pools } from './corpus/pools.js';
export { poolsFor } from './corpus/pools.js';
export type { Format, Style } from './corpus/render.js';
export { createRng, type Rng } from './corpus/rng.js';

export const DEFAULT_SEED = 20240325;

export interface GeneratedDocument {
  input: RawInput;
  /** What the generator put in, for choosing benchmark queries and for tests. */
  meta: {
    index: number;
    style: Style;
    format: Format;
    published: string;
    title: string;
    author: string | null;
    publisher: string;
    actor: string;
    /** Full names of everyone quoted. */
    speakers: string[];
    company: string;
    malware: string;
  };
}

/** Who a report is about: one actor (Zipf: a few are in most reports), up to four people, a company. */
function castOf(rng: Rng, pools: Pools): Cast {
  const actor = pools.actors[zipfFor(pools.actors.length).sample(rng)] ?? (pools.actors[0] as ThreatActor);
  const actorAliases = actor.aliases.filter((a) => !a.ambiguous).map((a) => a.name);
  const castSize = rng.range(1, 4);
  const people: Person[] = [];
  const zPeople = zipfFor(pools.people.length);
  for (let i = 0; i < castSize; i++) {
    const p = pools.people[zPeople.sample(rng)];
    if (p && !people.includes(p)) people.push(p);
  }
  return {
    actor,
    actorAliases,
    people,
    company: pools.companies[zipfFor(pools.companies.length).sample(rng)] ?? 'Northgate Energy Group',
    agency: rng.pick(pools.agencies),
    country:
      actor.country === 'North Korea'
        ? 'North Korea'
        : rng.chance(0.85)
          ? actor.country
          : rng.pick(pools.countries),
    malware: pools.malware[zipfFor(pools.malware.length).sample(rng)] ?? 'Krovex',
    sector: rng.pick(SECTORS),
    target: rng.pick(TARGETS),
  };
}

/** The lead: the actor named (with aliases, often), what it did and when, and an assessment. */
function lead(rng: Rng, cast: Cast, pub: Day, publisher: string): string {
  const { actor, actorAliases } = cast;
  const said = cast.agency === publisher ? 'The' : `The ${cast.agency} said the`;
  const kind = rng.pick(['group', 'campaign', 'operation']);
  const aka =
    actorAliases.length > 0 && rng.chance(0.6)
      ? `, also tracked as ${actorAliases.slice(0, rng.range(1, Math.min(3, actorAliases.length))).join(' and ')},`
      : '';
  const who = `${said} ${kind} known as ${actor.name}${aka}`;
  return `${who} ${rng.pick(VERBS_PAST)} ${cast.target} ${eventDate(rng, pub)}. ${assessmentSentence(rng, cast)}`;
}

/** The body's paragraphs, and who is quoted in them (everyone cast is quoted at least once, or the first). */
function bodyOf(
  rng: Rng,
  cast: Cast,
  report: { pub: Day; publisher: string; style: Style },
): { paragraphs: string[]; quoted: Set<Person> } {
  const { people } = cast;
  const paragraphs = [lead(rng, cast, report.pub, report.publisher)];
  const count = Math.min(40, 3 + Math.floor(Math.exp(rng.next() * 1.6 + rng.next() * 1.4)));
  const quoted = new Set<Person>();
  for (let i = 0; i < count; i++) {
    if (people.length > 0 && rng.chance(0.28)) {
      const person = rng.pick(people);
      paragraphs.push(quoteParagraph(rng, cast, person, !quoted.has(person)));
      quoted.add(person);
    } else {
      paragraphs.push(paragraph(rng, cast, report.pub, rng.range(1, 5)));
    }
  }
  if (people.length > 0 && quoted.size === 0) {
    const person = people[0] as Person;
    paragraphs.push(quoteParagraph(rng, cast, person, true));
    quoted.add(person);
  }
  if (report.style === 'wire') {
    const city = rng.pick(CITIES).toUpperCase();
    const { pub } = report;
    paragraphs[0] = `${city}, ${monthName(pub.m)} ${pub.d} (${report.publisher}) - ${paragraphs[0]}`;
  }
  return { paragraphs, quoted };
}

/** The byline's author: one of the corpus's reporters, or none for a press release. */
function reporterOf(rng: Rng, style: Style, pools: Pools): string | null {
  if (style === 'release') return null;
  const given = [...pools.people.slice(0, 50).map((p) => p.given.toLowerCase()), 'emma', 'james'];
  return `${capitalise(rng.pick(given))} ${rng.pick(SURNAMES)}`;
}

const EXTENSIONS: Record<Format, string> = { text: 'txt', html: 'html', markdown: 'md' };

/** Document `index` of the corpus made from `seed`: the same arguments always give the same document. */
export function generateDocument(index: number, seed = DEFAULT_SEED): GeneratedDocument {
  const pools = poolsFor(seed);
  const rng = createRng(mix(seed, index + 1));
  const cast = castOf(rng, pools);
  // Publication day between 2015 and 2025.
  const pub = dayOf(Date.UTC(2015, 0, 1) + rng.int(11 * 365) * 86_400_000);
  const style: Style = rng.pick(['news', 'news', 'news', 'release', 'wire', 'blog'] as const);
  const r = rng.next();
  const format: Format = r < 0.7 ? 'text' : r < 0.9 ? 'html' : 'markdown';
  const publisher =
    style === 'release' ? cast.agency : style === 'blog' ? rng.pick(VENDORS) : rng.pick(PUBLISHERS);
  const title = headline(rng, cast);
  const reporter = reporterOf(rng, style, pools);
  const { paragraphs, quoted } = bodyOf(rng, cast, { pub, publisher, style });
  const date = dateline(rng, pub);
  const url = `https://${slug(publisher).replace(/-/g, '')}.example/${pub.y}/${pad(pub.m)}/${slug(title)}-${index}`;
  const origin = `bench-${String(index).padStart(7, '0')}.${EXTENSIONS[format]}`;
  const meta: GeneratedDocument['meta'] = {
    index,
    style,
    format,
    published: isoDay(pub),
    title,
    author: reporter,
    publisher,
    actor: cast.actor.name,
    speakers: [...quoted].map((p) => p.name),
    company: cast.company,
    malware: cast.malware,
  };
  const furniture = rng.chance(0.4) ? rng.pick(FURNITURE) : null;
  const report: Report = { title, publisher, reporter, style, pub, date, paragraphs, furniture, cast };
  const content =
    format === 'html'
      ? renderHtml(rng, report)
      : format === 'markdown'
        ? renderMarkdown(report)
        : renderText(rng, report);
  return { input: { content, origin, format, url }, meta };
}

/** Documents `from`…`to - 1` of the corpus made from `seed`. */
export function* generateCorpus(to: number, seed = DEFAULT_SEED, from = 0): Generator<GeneratedDocument> {
  for (let i = from; i < to; i++) yield generateDocument(i, seed);
}
