// What the generated reports say: sectors, targets, techniques, verbs, nouns, adjectives, topics, page
// furniture, quote openers and objects, and the yardstick wording of assessments. Data tables only.
import { lines, words } from './text.js';

export const SECTORS = words(`
  energy water healthcare telecommunications finance banking defence aerospace shipping logistics education
  government manufacturing semiconductor pharmaceutical media legal insurance transport rail aviation
  agriculture retail hospitality mining utilities construction research academic satellite maritime
`);

export const TARGETS = lines(`
  the email accounts of parliamentarians
  the Electoral Register
  defence contractors
  a regional water utility
  government ministries
  think tanks and academics
  dissidents living abroad
  journalists covering the region
  critical national infrastructure
  hospital networks
  a national grid operator
  telecommunications providers
  cloud service providers
  managed service providers
  law firms handling sanctions cases
  universities with defence research programmes
  port authorities
  election officials
  diplomatic missions
  cryptocurrency exchanges
  semiconductor suppliers
  satellite operators
  aviation authorities
  local councils
  parliamentary staff
`);

export const TECHNIQUES = lines(`
  spear-phishing
  password spraying
  living off the land
  a supply-chain compromise
  zero-day exploitation
  web shells
  credential harvesting
  DNS hijacking
  malicious browser extensions
  compromised home routers
  stolen VPN credentials
  watering-hole attacks
  token theft
  OAuth application abuse
  remote access trojans
  wiper malware
  ransomware as a decoy
  SIM swapping
  social engineering on messaging apps
  exploitation of edge devices
`);

export const VERBS_PAST = lines(`
  targeted
  compromised
  breached
  exfiltrated data from
  conducted reconnaissance against
  deployed malware on
  gained access to
  infiltrated
  disrupted
  stole credentials from
  harvested emails from
  attempted to breach
  probed
  surveilled
  exploited vulnerabilities in the systems of
`);

export const NOUNS = words(`
  government agency report investigation campaign network system data information security operation activity
  authority official minister policy intelligence evidence assessment response threat risk attack intrusion
  breach vulnerability exploit infrastructure service sector company organisation institution parliament
  election democracy sanction measure statement advisory guidance partner ally country region community
  resilience capability capacity programme strategy framework regulation legislation committee inquiry
  review budget funding investment industry market economy supplier customer user account password email
  server device router firewall software update patch incident disclosure detection attribution espionage
  sabotage influence disinformation propaganda campaign defender analyst researcher engineer contractor
  budget deadline timeline milestone priority consequence impact cost damage recovery backup outage
  negotiation dialogue cooperation agreement treaty summit conference hearing testimony evidence warrant
  indictment prosecution court trial verdict penalty fine embargo export licence regime deterrence posture
  doctrine mandate oversight transparency accountability scrutiny audit compliance standard certification
`);

export const ADJECTIVES = words(`
  malicious sophisticated persistent significant serious unprecedented coordinated targeted extensive limited
  broader wider ongoing recent previous separate similar sustained deliberate reckless unacceptable
  credible detailed technical strategic political economic diplomatic national international regional
  domestic foreign critical sensitive classified public private commercial military civilian academic
  legitimate fraudulent stolen compromised vulnerable resilient robust urgent immediate gradual
  long-running short-lived well-resourced state-sponsored state-affiliated financially-motivated
  opportunistic stealthy noisy routine exceptional notable modest substantial considerable
`);

export const ADVERBS = words(`
  quickly quietly repeatedly consistently publicly privately formally jointly independently separately
  increasingly largely partly broadly closely carefully deliberately routinely reportedly apparently
`);

export const TOPIC_PHRASES = lines(`
  cyber resilience
  election security
  critical infrastructure protection
  supply-chain security
  data protection
  national security
  foreign interference
  transnational repression
  sanctions policy
  incident response
  vulnerability disclosure
  information sharing
  cloud security
  ransomware payments
  export controls
`);

export const FURNITURE = lines(`
  Share this article
  Advertisement
  Sign up
  Related articles
  Most read
  Copy link
  Skip to main content
`);

export const QUOTE_OPENERS = lines(`
  We will not tolerate
  This is a clear example of
  It is completely unacceptable that
  We are working closely with our partners to counter
  Our assessment is that
  There is no place for
  We have taken action today against
  The evidence points to
  We will continue to call out
  Organisations should act now to protect themselves from
  We urge every operator to patch against
  This shows the scale of
  Nobody should be in any doubt about
  We remain vigilant against
  We are determined to hold to account those behind
`);

export const QUOTE_OBJECTS = lines(`
  malicious cyber activity targeting our democratic institutions
  attempts to interfere in our elections
  the reckless behaviour of state-sponsored groups
  the theft of sensitive data from our public services
  espionage against our parliamentarians and their staff
  attacks on the systems that keep our water and power running
  the targeting of journalists and dissidents abroad
  intrusions into the networks of our defence industry
  a sustained campaign against our allies
  the exploitation of widely used software
  hostile activity online
  ransomware crews operating with the tacit approval of a state
`);

/** Yardstick wording that reads "it is … that". */
export const ASSESSED_THAT = lines(`
  almost certain
  highly likely
  very likely
  likely
  unlikely
  highly unlikely
`);
/** Wording that reads "there is … that". */
export const ASSESSED_CHANCE = lines(`
  a realistic possibility
  a remote chance
  a roughly even chance
`);
/** Wording that reads "… is … to do". */
export const ASSESSED_TO = lines(`
  almost certain
  highly likely
  likely
  unlikely
  highly unlikely
`);
