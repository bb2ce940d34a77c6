// What a run of capitalised words names, rule by rule. The run is first trimmed of words that never belong
// to a name (sentence starts, post-nominals, "Rt Hon"); then each rule in RUN_RULES reads it in turn and the
// first that applies decides. A rule answers undefined when it does not apply, and [] when it applies and
// the run names nothing ("the Government" alone). To teach the extractor a new kind of name, add a rule.
import { isGivenName } from '../../data/given-names.js';
import { isHonorific, isOrgHeadNoun, isRoleWord } from '../../data/organisations.js';
import { isOrdinaryWord } from '../../knowledge/common-words.js';
import { orgBase } from '../org-identity.js';
import {
  blocAcronym,
  countryNamedBody,
  cuedActor,
  cuedMalware,
  introducedOrganisation,
  officeThenPerson,
  personAfterTitleOf,
  speakerPerson,
  vulnerabilityId,
} from './context-rules.js';
import {
  aliasUnless,
  type EntityRule,
  type Found,
  organisation,
  orgFound,
  type RunView,
  unshoutName,
  viewOf,
} from './found.js';
import { type Lookups, wellKnownOrg } from './lookups.js';
import { isNameWord, stripPossessive, type Token, wordsOf } from './runs.js';
import {
  CLASS_PLURALS,
  CONNECTORS,
  COURTESY,
  FUNCTION_WORDS,
  INSTRUMENT_NOUNS,
  lower,
  NOT_A_NAME_START,
  POST_NOMINALS,
} from './words.js';

/** The run without the words around a name that are not part of it. */
export function trimRun(run: Token[], lookups: Lookups): Token[] {
  let r = run;
  while (r[0] && (opensAClause(r) || (NOT_A_NAME_START.has(lower(r[0].text)) && !keepsFirstWord(r, lookups))))
    r = r.slice(1);
  while (r.length > 0 && CONNECTORS.has(r[r.length - 1]?.text ?? '')) r = r.slice(0, -1);
  // "In November 2021 the NCSC": the year a dropped month left behind starts no name either.
  while (r.length > 0 && (CONNECTORS.has(r[0]?.text ?? '') || /^\d+$/.test(r[0]?.text ?? ''))) r = r.slice(1);
  // Post-nominal letters and "Hon"/"Rt Hon" are not part of a name: "Hon Judith Collins KC".
  while (r.length > 1 && POST_NOMINALS.has(r[r.length - 1]?.text ?? '')) r = r.slice(0, -1);
  while (r.length > 2 && /^(?:Hon|Rt|Right|Honourable|Honorable)$/.test(r[0]?.text ?? '')) r = r.slice(1);
  return r;
}

/**
 * A sentence opened by a verb's "-ing" form before a connector: "Protecting the UK …", "Calling on China …".
 * The verb starts a clause, not a name.
 */
function opensAClause(r: Token[]): boolean {
  const [first, second] = r;
  return (
    !!first?.sentenceStart &&
    !!second &&
    CONNECTORS.has(second.text) &&
    /^\p{Lu}\p{Ll}+ing$/u.test(first.text) &&
    isOrdinaryWord(first.text)
  );
}

/** "New Zealand", "All Party Parliamentary Group": a word that starts sentences but here starts a name. */
function keepsFirstWord(r: Token[], lookups: Lookups): boolean {
  if (r.length < 2) return false;
  const first = r[0]?.text ?? '';
  if (FUNCTION_WORDS.has(lower(first))) return false;
  if (isOrgHeadNoun(r[r.length - 1]?.text ?? '')) return true;
  const second = stripPossessive(r[1]?.text ?? '');
  return !!lookups.countryOf(`${first} ${second}`) && !lookups.countryOf(second);
}

/** The entities one capitalised run names: what the first rule that applies finds. */
export function classify(paragraph: string, run: Token[], before: string, lookups: Lookups): Found[] {
  const r = trimRun(run, lookups);
  if (r.length === 0) return [];
  const view = viewOf(paragraph, r, before);
  for (const rule of RUN_RULES) {
    const found = rule(view, lookups);
    if (found) return found;
  }
  return [];
}

/** "APT31", "Violet Typhoon", "UNC3886": the whole run is a threat actor's name or follows a naming scheme. */
export function threatActor(run: RunView, lookups: Lookups): Found[] | undefined {
  const actor = lookups.actorOf(run.name);
  if (!actor) return undefined;
  return [
    { name: actor, kind: 'threat_actor', ...aliasUnless(run.name, actor), start: run.start, end: run.end },
  ];
}

/** "Microsoft Threat Intelligence Violet Typhoon": a threat actor's name inside the run, the longest first. */
export function threatActorWithin(run: RunView, lookups: Lookups): Found[] | undefined {
  const r = run.tokens;
  for (let a = 0; a < r.length; a++) {
    for (let b = r.length; b > a; b--) {
      if (a === 0 && b === r.length) continue;
      const sub = wordsOf(r.slice(a, b)).join(' ');
      const hit = lookups.actorOf(sub);
      if (hit) {
        const start = r[a]?.start ?? run.start;
        return [
          { name: hit, kind: 'threat_actor', start, end: r[b - 1]?.end ?? run.end, ...aliasUnless(sub, hit) },
        ];
      }
    }
  }
  return undefined;
}

/**
 * How many words after a title make the name: a given name, its middle initials and one surname ("Rod J.
 * Rosenstein", then "Announces …" in a headline is no part of it); otherwise all of them.
 */
function nameLength(ws: readonly string[]): number {
  if (!isGivenName(ws[0] ?? '')) return ws.length;
  let n = 1;
  while (/^\p{Lu}\.$/u.test(ws[n] ?? '')) n++;
  if (n < ws.length) n++;
  while (POST_NOMINALS.has((ws[n] ?? '').replace(/\.$/, ''))) n++;
  return Math.min(n, ws.length);
}

/** A title or role before a name: "Deputy Prime Minister Oliver Dowden", "Foreign Secretary Lord Cameron". */
export function titledPerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  let lastRole = -1;
  for (let k = 0; k < ws.length - 1; k++)
    if (isRoleWord(ws[k] ?? '') && !isHonorific(ws[k] ?? '')) lastRole = k;
  if (lastRole < 0) return undefined;
  // "Chief Executive Dr Jane Roe": a courtesy title before a full name is not part of it.
  const courtesy = COURTESY.has(lower(ws[lastRole + 1] ?? '').replace(/\.$/, '')) && ws.length - lastRole > 3;
  const from = lastRole + (courtesy ? 2 : 1);
  const nameWs = ws.slice(from, from + nameLength(ws.slice(from)));
  // One word after a title is a name only with an honorific ("Foreign Secretary Lord Cameron"), never
  // "Minister Responsible".
  if (
    !(nameWs.length >= 2 || isHonorific(nameWs[0] ?? '')) ||
    nameWs.length > 4 ||
    !nameWs.every((w, i, all) => isNameWord(w, i, all) || isHonorific(w)) ||
    nameWs.some((w) => isOrgHeadNoun(w) || (isRoleWord(w) && !isHonorific(w)))
  )
    return undefined;
  const p = run.paragraph;
  const roleStart = run.start;
  let role = p.slice(roleStart, run.tokens[lastRole]?.end ?? 0);
  const possessor = /([\p{Lu}][\p{L}]+['’]s)\s+$/u.exec(p.slice(Math.max(0, roleStart - 40), roleStart));
  if (possessor?.[1]) role = `${possessor[1]} ${role}`;
  const nameStart = run.tokens[from]?.start ?? run.start;
  const end = run.tokens[from + nameWs.length - 1]?.end ?? run.end;
  const name = p.slice(nameStart, end).replace(/['’]s$/, '');
  return [{ name, kind: 'person', role, start: run.start, end }];
}

/** Honorific names: "Lord Cameron", "Sir Jeremy Fleming", "Dr Ian Levy" (Ian Levy); "Ms Collins" waits. */
export function honorificPerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  const first = lower(ws[0] ?? '').replace(/\.$/, '');
  if (!isHonorific(first) || ws.length < 2 || ws.length > 4 || !ws.slice(1).every(isNameWord))
    return undefined;
  if (!COURTESY.has(first)) return [{ name: run.name, kind: 'person', start: run.start, end: run.end }];
  // "Ms Collins" alone waits for the second look to find her full name.
  if (ws.length < 3) return [];
  const rest = run.paragraph.slice(run.tokens[1]?.start ?? run.start, run.end).replace(/['’]s$/, '');
  return [{ name: rest, kind: 'person', start: run.start, end: run.end }];
}

/** Countries by name ("UK", "New Zealand"), and a demonym alone ("Chinese") as its country. */
export function country(run: RunView, lookups: Lookups): Found[] | undefined {
  const hit = lookups.countryOf(run.name);
  if (!hit || (hit.viaDemonym && run.words.length !== 1)) return undefined;
  const name = hit.country.name;
  const alias = hit.viaDemonym ? {} : aliasUnless(run.name, name);
  return [{ name, kind: 'country', ...alias, start: run.start, end: run.end }];
}

/** Organisations the reference table knows by name or acronym: "NCSC", "Federal Bureau of Investigation". */
export function wellKnownOrganisation(run: RunView): Found[] | undefined {
  const known = wellKnownOrg(run.name);
  return known ? [organisation(run.paragraph, run.name, known.name, run.start, run.end)] : undefined;
}

/**
 * "Ivanti Connect Secure", "Fortinet FortiGate", "Rockwell Automation PLCs": a company the table knows, then
 * its product's words. The company is named; the product's words are not a body (no head noun, no title,
 * no person, no connector).
 */
export function vendorThenProduct(run: RunView): Found[] | undefined {
  const ws = run.words;
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const known = wellKnownOrg(ws.slice(0, n).join(' '));
    if (!known) continue;
    const product = ws.slice(n);
    // A connector joins names ("Siemens and Rockwell Automation PLCs"): each part is read on its own.
    if (product.some((w) => isOrgHeadNoun(w) || isRoleWord(w) || isGivenName(w) || CONNECTORS.has(lower(w))))
      return undefined;
    const end = run.tokens[n - 1]?.end ?? run.end;
    const text = run.paragraph.slice(run.start, end);
    return [organisation(run.paragraph, text, known.name, run.start, end)];
  }
  return undefined;
}

/**
 * Capitalised phrases that name no body although a head noun may stand in them: a text of law ("Council
 * Regulation", "the Cyber Security Act 2024") and a class of firms ("Managed Service Providers"). The run
 * applies and names nothing.
 */
export function notABody(run: RunView): Found[] | undefined {
  const ws = run.words.filter((w, i) => i === 0 || !/^\d+$/.test(w));
  const last = lower(ws[ws.length - 1] ?? '');
  if (ws.length < 2) return undefined;
  if (INSTRUMENT_NOUNS.has(last)) return [];
  return CLASS_PLURALS.has(last) && !ws.some((w) => CONNECTORS.has(lower(w))) ? [] : undefined;
}

const isOrgName = (ws: string[]) => ws.some(isOrgHeadNoun) && !isRoleWord(ws[ws.length - 1] ?? '');

/** Names with a head noun ("Electoral Commission"); a country before it names that country's body. */
export function headNounOrganisation(run: RunView, lookups: Lookups): Found[] | undefined {
  const ws = run.words;
  if (!isOrgName(ws)) return undefined;
  // "UK Electoral Commission", "New Zealand Ministry of Defence": that country's body of the name.
  const n = [3, 2, 1].find((k) => k < ws.length && lookups.countryOf(ws.slice(0, k).join(' '))) ?? 1;
  const lead = lookups.countryOf(ws.slice(0, n).join(' '));
  const rest = ws.slice(n);
  if (lead && rest.length >= 2 && isOrgName(rest) && !isRoleWord(rest[0] ?? '')) {
    const restText = run.paragraph.slice(run.tokens[n]?.start ?? run.start, run.end).replace(/['’]s$/, '');
    const org = { base: orgBase(unshoutName(restText)), country: lead.country.name };
    return [orgFound(run.name, org, run.start, run.end)];
  }
  // A head noun alone ("the Government", "Parliament") is too generic to be an entity.
  if (ws.length === 1) return [];
  return [organisation(run.paragraph, run.name, run.name, run.start, run.end)];
}

const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna|ich)$/u;

/** "Ivan Petrovich Sidorov", "Yelena Sergeyevna Orlova": given name, patronymic, surname, whatever the table knows. */
export function patronymicPerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  if (ws.length !== 3 || !PATRONYMIC.test(ws[1] ?? '') || !ws.every((w, i, all) => isNameWord(w, i, all)))
    return undefined;
  if (ws.some((w) => isOrgHeadNoun(w) || isRoleWord(w))) return undefined;
  return [{ name: run.name, kind: 'person', start: run.start, end: run.end }];
}

/** People by a given name the table knows: "Paul Chichester", "Al Lakhani". */
export function givenNamePerson(run: RunView): Found[] | undefined {
  const ws = run.words;
  // "… in Charge Jane Q. Roe": words before the given name that end the run are a title's tail, not the name.
  const at = ws.findIndex(isGivenName);
  const name = at >= 0 ? ws.slice(at) : [];
  if (name.length < 2 || name.length > 3 || ws.some(isOrgHeadNoun)) return undefined;
  if (!name.slice(1).every((w, i) => isNameWord(w, i + 1, name))) return undefined;
  const start = run.tokens[at]?.start ?? run.start;
  return [
    { name: run.paragraph.slice(start, run.end).replace(/['’]s$/, ''), kind: 'person', start, end: run.end },
  ];
}

/** The rules in the order they are tried: the first that applies decides. */
export const RUN_RULES: readonly EntityRule[] = [
  vulnerabilityId,
  threatActor,
  threatActorWithin,
  titledPerson,
  honorificPerson,
  country,
  wellKnownOrganisation,
  vendorThenProduct,
  notABody,
  cuedActor,
  cuedMalware,
  officeThenPerson,
  personAfterTitleOf,
  headNounOrganisation,
  countryNamedBody,
  blocAcronym,
  introducedOrganisation,
  patronymicPerson,
  givenNamePerson,
  speakerPerson,
];
