// Run rules that read the words around a run, or a name's parts against each other: what the text says a
// name is ("cyber security firm IDEE", "malware dubbed …", "the hacktivist persona …", "APEC economies"),
// a CVE id, a body named after its country ("Global Affairs Canada"), an office followed by the person who
// heads it, and a speaker before a speech verb. Each answers like every run rule (see run-rules.ts).
import { isGivenName } from '../../data/given-names.js';
import { isOrgHeadNoun, isRoleWord } from '../../data/organisations.js';
import { isGenericOrgWord } from '../org-identity.js';
import { after, type Found, organisation, type RunView } from './found.js';
import type { Lookups } from './lookups.js';
import { isNameWord } from './runs.js';
import { CONNECTORS, lower, PLACE_WORDS, SPEECH_VERB } from './words.js';

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;

/** "CVE-2024-3400": each CVE id in the run is a vulnerability ("CVE-… and CVE-…" is one run). */
export function vulnerabilityId(run: RunView): Found[] | undefined {
  const ids = run.tokens.filter((t) => CVE_ID.test(t.text));
  if (ids.length === 0) return undefined;
  return ids.map((t) => ({ name: t.text, kind: 'vulnerability', start: t.start, end: t.end }));
}

const MALWARE_NOUN =
  '(?:malware|backdoor|implant|loader|dropper|ransomware|wiper|botnet|rootkit|trojan|infostealer|stealer|spyware|web ?shell|toolkit|tool|exploit kit)';
const MALWARE_NAMED = new RegExp(
  `\\b${MALWARE_NOUN}s?,?\\s+(?:dubbed|called|named|known as|tracked as|codenamed|labell?ed)\\s+$`,
  'i',
);
const MALWARE_AFTER = new RegExp(`^\\s+${MALWARE_NOUN}\\b`, 'i');

/** A name the text calls malware: "a backdoor dubbed QUIET HARBOR", "the QUIET HARBOR implant". */
export function cuedMalware(run: RunView): Found[] | undefined {
  if (run.words.length > 3 || !(MALWARE_NAMED.test(run.before) || MALWARE_AFTER.test(after(run, 30))))
    return undefined;
  return [{ name: run.name, kind: 'other', start: run.start, end: run.end }];
}

const ACTOR_BEFORE =
  /\b(?:hacktivists?|persona|front(?: group| organi[sz]ation)?|(?:hacktivist|hacking|hacker|threat|cyber(?:crime)?|ransomware|extortion) (?:group|actor|gang|crew|collective|persona|front)|calling (?:itself|themselves)|self-(?:styled|described|proclaimed))s?(?:,?\s+(?:called|named|known as|dubbed|tracked as|such as|including))?\s+(?:the\s+)?$/i;
const ACTOR_AFTER =
  /^,?\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:hacktivist|hacker|hacking|persona|front|threat actor|threat group)\b/iu;

/** Hacktivist personas and front groups the text introduces as such: "the hacktivist group Sand Lion". */
export function cuedActor(run: RunView): Found[] | undefined {
  if (run.words.length > 5 || !(ACTOR_BEFORE.test(run.before) || ACTOR_AFTER.test(after(run))))
    return undefined;
  return [{ name: run.name, kind: 'threat_actor', start: run.start, end: run.end }];
}

const INTRODUCED_AS =
  /\b(?:firm|company|vendor|group|agency|organi[sz]ation|body|regulator|watchdog|start-?up|provider|maker|manufacturer|supplier|developer|giant)\s+$/i;

/** A company or agency introduced by what it is: "cyber security firm IDEE", "the router maker Vantor". */
export function introducedOrganisation(run: RunView): Found[] | undefined {
  if (run.words.length > 3 || !INTRODUCED_AS.test(run.before)) return undefined;
  return [{ name: run.name, kind: 'organisation', start: run.start, end: run.end }];
}

const MEMBERS =
  /^\s+(?:member (?:states|countries|economies|nations)|members|economies|countries|nations|partners|allies|leaders|ministers|summit|secretariat)\b/;

/** An acronym whose members the text names: "APEC economies", "G20 leaders", "OPEC members". */
export function blocAcronym(run: RunView): Found[] | undefined {
  if (run.tokens.length !== 1 || !/^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(run.name) || !MEMBERS.test(after(run, 40)))
    return undefined;
  return [organisation(run.paragraph, run.name, run.name, run.start, run.end)];
}

/**
 * A body named after its country: "Global Affairs Canada", "Public Safety Canada". The words before the
 * country are the vocabulary of public bodies, so "Eastern Ukraine" or "Greater China" is no body.
 */
export function countryNamedBody(run: RunView, lookups: Lookups): Found[] | undefined {
  const ws = run.words;
  const named = (n: number) => {
    const hit = n < ws.length ? lookups.countryOf(ws.slice(-n).join(' ')) : undefined;
    return !!hit && !hit.viaDemonym;
  };
  const k = [2, 1].find(named);
  if (!k) return undefined;
  const lead = ws.slice(0, -k);
  if (lead.length > 3 || lead.some((w) => isRoleWord(w) || (CONNECTORS.has(lower(w)) && w !== 'and')))
    return undefined;
  if (!lead.some(isGenericOrgWord)) return undefined;
  return [organisation(run.paragraph, run.name, run.name, run.start, run.end)];
}

/**
 * An office and, right after it, the person who heads it: "the Halifax Field Office Jane Roe" is the office
 * and Jane Roe, not one body.
 */
export function officeThenPerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  const head = ws.findLastIndex(isOrgHeadNoun);
  const rest = ws.slice(head + 1);
  if (head < 1 || rest.length < 2 || rest.length > 3 || !isGivenName(rest[0] ?? '')) return undefined;
  if (!rest.every(isNameWord) || rest.some((w) => isOrgHeadNoun(w) || isRoleWord(w))) return undefined;
  const p = run.paragraph;
  const officeEnd = run.tokens[head]?.end ?? run.end;
  const office = p.slice(run.start, officeEnd);
  const personStart = run.tokens[head + 1]?.start ?? run.start;
  return [
    organisation(p, office, office, run.start, officeEnd),
    {
      name: p.slice(personStart, run.end).replace(/['’]s$/, ''),
      kind: 'person',
      start: personStart,
      end: run.end,
    },
  ];
}

/** A title that runs on into its body: "Deputy Secretary of the ", "Director for ". */
const TITLE_OF = /\b(\p{Lu}\p{Ll}+) (?:of|for)(?: the)?\s+$/u;

/** Endings of the words a portfolio is named with ("Counter Terrorism Policing", "Cyber Security Policy"). */
const PORTFOLIO_FIRST =
  /(?:ism|ing|ions?|ments?|ity|ness|ances?|ences?|ics|ogy|ure|cy|omy|airs|icy|ice|lth|port|ergy)$/;
const PORTFOLIO_LAST = /(?:ism|ions?|ments?|ity|ness|ics|ogy|airs|icy)$/;

/** Two or three words that can be the holder's name, not the portfolio's last words. */
const holderName = (name: readonly string[]) =>
  name.every((w, i, all) => isNameWord(w, i, all)) &&
  !name.some((w) => isOrgHeadNoun(w) || isRoleWord(w) || CONNECTORS.has(lower(w))) &&
  (isGivenName(name[0] ?? '') || !PORTFOLIO_FIRST.test(name[0] ?? '')) &&
  !PORTFOLIO_LAST.test(name[name.length - 1] ?? '');

/**
 * "Deputy Secretary of the Treasury Wally Adeyemo": after a title's "of the", the body's words and then the
 * person who holds the title, the last two words (three with a middle initial), whatever the names tables
 * know. The body's words must be there: "Secretary of State for Foreign Affairs" names nobody.
 */
export function personAfterTitleOf(run: RunView): Found[] | undefined {
  const ws = run.words;
  if (!isRoleWord(TITLE_OF.exec(run.before)?.[1] ?? '')) return undefined;
  const n = /^\p{Lu}\.$/u.test(ws[ws.length - 2] ?? '') ? 3 : 2;
  const name = ws.slice(-n);
  if (ws.length <= n || ws.length > n + 4 || !holderName(name)) return undefined;
  const start = run.tokens[ws.length - n]?.start ?? run.start;
  return [
    { name: run.paragraph.slice(start, run.end).replace(/['’]s$/, ''), kind: 'person', start, end: run.end },
  ];
}

const ROLE_APPOSITIVE =
  /^,\s*(?:the\s+)?[\p{Ll}\p{Lu}][^,]{0,80}\b(?:minister|secretary|director|chief|head|spokes\w+|founder|officer|president|chair\w*|commissioner|ambassador|analyst|researcher|professor)\b[^,]*,/iu;

/** Two or three name-like words right before a speech verb or an appositive with a role: "Mia Kovač said". */
export function speakerPerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  if (ws.length < 2 || ws.length > 3 || !ws.every(isNameWord)) return undefined;
  if (PLACE_WORDS.has(lower(ws[ws.length - 1] ?? ''))) return undefined;
  const next = after(run);
  if (!SPEECH_VERB.test(next) && !ROLE_APPOSITIVE.test(next)) return undefined;
  return [{ name: run.name, kind: 'person', start: run.start, end: run.end }];
}
