// Sentences and paragraphs of a report about one cast: prose, context from the lexicon, events with
// dates, assessments in yardstick wording, quotes attributed the ways outlets attribute them, headlines.
import type { ThreatActor } from '../../src/core/data/threat-actors.js';
import { type Day, eventDate } from './dates.js';
import { lexWord } from './lexicon.js';
import { CITIES, VENDORS } from './names.js';
import {
  ADJECTIVES,
  ADVERBS,
  ASSESSED_CHANCE,
  ASSESSED_THAT,
  ASSESSED_TO,
  NOUNS,
  SECTORS,
  TECHNIQUES,
  TOPIC_PHRASES,
  VERBS_PAST,
} from './phrases.js';
import { coinedWord, type Person, quoteSentence } from './pools.js';
import type { Rng } from './rng.js';
import { capitalise } from './text.js';

export interface Cast {
  actor: ThreatActor;
  actorAliases: string[];
  people: Person[];
  company: string;
  agency: string;
  country: string;
  malware: string;
  sector: string;
  target: string;
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
  return s;
}

function indicatorSentence(rng: Rng, c: Cast): string {
  switch (rng.int(5)) {
    case 0:
      return `The vulnerability, tracked as CVE-${rng.range(2014, 2025)}-${rng.range(1000, 49999)}, was patched ${rng.pick(['in March', 'last month', 'weeks earlier', 'after disclosure'])}, but many systems remained exposed.`;
    case 1:
      return `Investigators linked the intrusion to the domain ${coinedWord(rng, 2)}-${rng.pick(['update', 'cdn', 'mail', 'secure', 'portal', 'sync'])}.${rng.pick(['com', 'net', 'org', 'info', 'io'])} and the address ${rng.range(11, 223)}.${rng.int(256)}.${rng.int(256)}.${rng.int(256)}.`;
    case 2:
      return `A sample of the ${c.malware} implant (SHA-256 ${hex(rng, 64)}) was uploaded to a public scanning service.`;
    case 3:
      return `The loader, named ${coinedWord(rng, 2)}_${rng.pick(['x64', 'svc', 'helper', 'update'])}.${rng.pick(['dll', 'exe', 'ps1'])}, was signed with a stolen certificate.`;
    default:
      return `Researchers counted ${rng.range(12, 4800)} affected hosts across ${rng.range(2, 40)} countries, most of them in the ${c.sector} sector.`;
  }
}

function proseSentence(rng: Rng, c: Cast): string {
  const n = () => rng.pick(NOUNS);
  const a = () => rng.pick(ADJECTIVES);
  switch (rng.int(22)) {
    case 0:
      return `The ${a()} ${n()} comes amid growing concern about ${rng.pick(TOPIC_PHRASES)} across the ${c.sector} sector.`;
    case 1:
      return `Officials ${rng.pick(ADVERBS)} declined to say how many ${n()}s had been affected, citing an ongoing ${n()}.`;
    case 2:
      return `${c.company} said it had ${rng.pick(['reset passwords', 'isolated affected servers', 'notified regulators', 'brought in outside investigators', 'rebuilt its email platform'])} and that there was no evidence customer ${n()}s had been ${rng.pick(['accessed', 'altered', 'published', 'sold'])}.`;
    case 3:
      return `The ${c.agency} published ${a()} ${rng.pick(['guidance', 'advice', 'indicators', 'detection rules'])} for organisations in the ${c.sector} sector.`;
    case 4:
      return `Critics said the ${n()} did not go far enough, arguing that ${a()} ${n()}s would do little to change the behaviour of ${rng.pick(['hostile states', 'the groups involved', 'their sponsors', 'criminal intermediaries'])}.`;
    case 5:
      return `The attackers relied on ${rng.pick(TECHNIQUES)} and ${rng.pick(TECHNIQUES)} to move through the network ${rng.pick(['undetected', 'for months', 'with ease', 'before being spotted'])}.`;
    case 6:
      return `${c.country} has ${rng.pick(['repeatedly denied', 'rejected', 'dismissed', 'not responded to'])} the allegations, calling them ${rng.pick(['groundless', 'politically motivated', 'a smear', 'baseless speculation'])}.`;
    case 7:
      return `Security researchers at ${rng.pick(VENDORS)} said the ${n()} bore the hallmarks of ${c.actor.name}, which they have tracked for several years.`;
    case 8:
      return `The ${rng.pick(['committee', 'regulator', 'inspectorate', 'ombudsman', 'watchdog'])} is expected to publish its ${n()} on ${rng.pick(TOPIC_PHRASES)} later this year.`;
    case 9:
      return `In ${rng.pick(CITIES)}, ${rng.pick(['ministers', 'officials', 'diplomats', 'lawmakers'])} met to discuss a ${a()} ${rng.pick(['response', 'framework', 'package of measures', 'set of sanctions'])}.`;
    case 10:
      return `The ${n()} underlines how ${a()} ${rng.pick(['operators', 'groups', 'intrusion sets', 'campaigns'])} increasingly ${rng.pick(['blend espionage with crime', 'hide behind commercial infrastructure', 'target smaller suppliers', 'abuse legitimate cloud services'])}.`;
    case 11:
      return `According to the ${n()}, ${rng.range(2, 97)} per cent of ${rng.pick(SECTORS)} organisations had not applied the relevant ${rng.pick(['patch', 'update', 'mitigation', 'fix'])}.`;
    case 12:
      return `The ${rng.pick(['breach', 'intrusion', 'attack', 'incident'])} was first detected by ${rng.pick(['an internal audit', 'a third-party supplier', 'an alert analyst', 'a routine review', 'a foreign partner agency'])}.`;
    case 13:
      return `${rng.pick(['Lawmakers', 'Opposition politicians', 'Campaigners', 'Industry groups'])} called for a ${a()} ${rng.pick(['inquiry', 'review', 'statement', 'briefing'])} into the handling of ${rng.pick(TOPIC_PHRASES)}.`;
    case 14:
      return `The ${c.malware} ${rng.pick(['backdoor', 'implant', 'loader', 'wiper', 'toolkit'])} has been used against ${c.target} since at least ${rng.range(2012, 2023)}.`;
    case 15:
      return `It is not yet clear whether the ${n()} is connected to an earlier ${rng.pick(['campaign', 'wave of attacks', 'leak', 'outage'])} that affected ${c.target}.`;
    case 16:
      return `${rng.pick(['Insurers', 'Investors', 'Auditors', 'Suppliers'])} are ${rng.pick(['watching', 'reviewing', 'reassessing', 'questioning'])} the ${a()} ${n()} of the ${rng.pick(SECTORS)} industry after the ${rng.pick(['disclosure', 'announcement', 'report', 'hearing'])}.`;
    case 17:
      return `The ${rng.pick(['document', 'advisory', 'filing', 'indictment'])} runs to ${rng.range(8, 240)} pages and names ${rng.range(2, 14)} ${rng.pick(['companies', 'individuals', 'front companies', 'servers'])}.`;
    case 18:
      return `Staff were told to ${rng.pick(['change their passwords', 'enable two-factor authentication', 'report suspicious emails', 'avoid personal devices'])} while the ${n()} continued.`;
    case 19:
      return `Analysts ${rng.pick(['noted', 'warned', 'pointed out', 'observed'])} that ${rng.pick(TECHNIQUES)} remains ${a()} because ${rng.pick(['many networks are poorly monitored', 'old systems cannot be patched', 'staff reuse passwords', 'suppliers have broad access'])}.`;
    case 20:
      return `The ${n()} was ${rng.pick(['welcomed', 'criticised', 'questioned', 'endorsed'])} by ${rng.pick(['allies', 'partners', 'industry', 'civil society groups'])} in ${rng.pick(CITIES)} and ${rng.pick(CITIES)}.`;
    default:
      return indicatorSentence(rng, c);
  }
}

/** Background sentences whose content words come from the lexicon: the vocabulary's long tail. */
function contextSentence(rng: Rng, c: Cast): string {
  const w = () => lexWord(rng);
  const place = () => capitalise(coinedWord(rng, rng.range(2, 3)));
  switch (rng.int(8)) {
    case 0:
      return `The report also mentions ${w()}, ${w()} and ${w()} among the ${w()} reviewed by investigators.`;
    case 1:
      return `Local coverage in ${place()} focused on the ${w()} of the ${w()} rather than the ${w()} itself.`;
    case 2:
      return `Documents seen by reporters refer to the ${w()} ${w()} and to a ${w()} that staff called ${w()}.`;
    case 3:
      return `The ${w()} was mentioned in ${rng.range(2, 60)} separate filings, alongside ${w()} and ${w()} ${w()}.`;
    case 4:
      return `Residents of ${place()} said the ${w()} had affected ${w()}, ${w()} and the local ${w()}.`;
    case 5:
      return `A former ${rng.pick(['employee', 'contractor', 'official', 'adviser'])} of ${c.company} described the ${w()} as ${w()} and ${w()}.`;
    case 6:
      return `Beyond the ${w()}, the ${w()} touched on ${w()}, ${w()} and what one analyst called the ${w()} problem.`;
    default:
      return `Earlier drafts of the ${rng.pick(['advisory', 'report', 'bill', 'guidance'])} dealt with ${w()} and ${w()} in ${place()}.`;
  }
}

function actorRef(rng: Rng, c: Cast): string {
  if (c.actorAliases.length > 0 && rng.chance(0.25)) return rng.pick(c.actorAliases);
  return c.actor.name;
}

function eventSentence(rng: Rng, c: Cast, pub: Day): string {
  const when = eventDate(rng, pub);
  const who = actorRef(rng, c);
  const verb = rng.pick(VERBS_PAST);
  const target = rng.chance(0.3) ? c.company : c.target;
  switch (rng.int(4)) {
    case 0: {
      const w = when.charAt(0).toUpperCase() + when.slice(1);
      return `${w}, ${who} ${verb} ${target}.`;
    }
    case 1:
      return `${who} ${verb} ${target} ${when}, according to the ${c.agency}.`;
    case 2:
      return `The ${c.agency} said ${who} had ${verb} ${target} ${when} using ${rng.pick(TECHNIQUES)}.`;
    default:
      return `${rng.pick(['Investigators', 'Prosecutors', 'Officials', 'Researchers'])} believe the group ${verb} ${target} ${when}.`;
  }
}

export function assessmentSentence(rng: Rng, c: Cast): string {
  const who = actorRef(rng, c);
  switch (rng.int(5)) {
    case 0:
      return `The ${c.agency} assesses it is ${rng.pick(ASSESSED_THAT)} that ${who} was responsible for the ${rng.pick(['attack', 'intrusion', 'campaign', 'compromise'])}.`;
    case 1:
      return `It is ${rng.pick(ASSESSED_THAT)} that ${who} ${rng.pick(VERBS_PAST)} ${c.target}.`;
    case 2:
      return `${who} is ${rng.pick(ASSESSED_TO)} to ${rng.pick(['continue targeting', 'return to', 'expand operations against', 'retain access to'])} ${c.target}, officials said.`;
    case 3:
      return `Analysts judge that ${who} ${rng.pick(['almost certainly', 'probably', 'very likely'])} operates on behalf of ${c.actor.sponsor ?? `the ${c.actor.country === 'North Korea' ? 'North Korean' : c.actor.country} state`}.`;
    default:
      return `There is ${rng.pick(ASSESSED_CHANCE)} that ${who} still has access to ${c.target}.`;
  }
}

/** A paragraph with a quote, attributed one of the ways reports attribute them. */
export function quoteParagraph(rng: Rng, c: Cast, person: Person, first: boolean): string {
  const said = rng.pick(['said', 'said', 'told reporters', 'added', 'warned']);
  const text =
    person.lines.length > 0 && rng.chance(0.5)
      ? rng.pick(person.lines)
      : `${quoteSentence(rng, { companies: [c.company] })}${rng.chance(0.4) ? ` ${quoteSentence(rng, null)}` : ''}`;
  const body = text.replace(/\.$/, '');
  const full = first ? `${person.role} ${person.name}` : person.surname;
  const withAffiliation = `${person.name}, ${person.role} at the ${person.affiliation}`;
  switch (rng.int(5)) {
    case 0:
      return `${first ? withAffiliation : full} said: “${text}”`;
    case 1:
      return `“${body},” ${said} ${first ? person.name : person.surname}.`;
    case 2:
      return `“${body},” ${first ? person.name : person.surname} ${said}.`;
    case 3:
      return `${first ? full : person.surname} ${said} the ${rng.pick(['country', 'agency', 'government', 'company'])} would respond. “${text}”`;
    default:
      return `“${body},” ${said} ${first ? `${person.name}, the ${person.role}` : person.surname}, in a statement.`;
  }
}

export function paragraph(rng: Rng, c: Cast, pub: Day, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const r = rng.next();
    if (r < 0.16) out.push(eventSentence(rng, c, pub));
    else if (r < 0.24) out.push(assessmentSentence(rng, c));
    else if (r < 0.5) out.push(contextSentence(rng, c));
    else out.push(proseSentence(rng, c));
  }
  return out.join(' ');
}

export function headline(rng: Rng, c: Cast): string {
  const actor = c.actor.name;
  switch (rng.int(8)) {
    case 0:
      return `${c.country} blamed for ${rng.pick(['cyber attack', 'hack', 'data breach', 'espionage campaign'])} on ${c.target}`;
    case 1:
      return `${actor} linked to ${rng.pick(['new', 'renewed', 'long-running', 'wider'])} campaign against ${c.sector} firms`;
    case 2:
      return `${c.agency} warns of ${rng.pick(TECHNIQUES)} by state-backed hackers`;
    case 3:
      return `${c.company} confirms breach as ${actor} suspected`;
    case 4:
      return `Sanctions imposed over ${rng.pick(['hacking', 'cyber espionage', 'election interference', 'ransomware'])} targeting ${c.target}`;
    case 5:
      return `${c.malware} malware: what we know about the ${c.sector} intrusions`;
    case 6:
      return `Allies call out ${c.country} over ${rng.pick(['malicious cyber activity', 'attacks on democratic institutions', 'supply-chain attacks'])}`;
    default:
      return `${rng.pick(['Inquiry', 'Report', 'Review', 'Hearing'])} finds ${rng.pick(['gaps', 'failings', 'progress', 'delays'])} in ${rng.pick(TOPIC_PHRASES)}`;
  }
}
