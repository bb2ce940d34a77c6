// Who and where the generated reports name: surnames, syllables for coined names, company name parts,
// outlets, vendors, cities and roles. Data tables only.
import { lines, words } from './text.js';

export const SURNAMES = words(`
  Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts
  Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox
  Alexander Garden Campbell Johnston Moore Smyth Oneill Doherty Stewart Quinn Murphy Graham Mclaughlin Hamilton
  Murray Hughes Morris Turner Cooper Ward Harris Martin Edwards Baker Hill Carter Shaw Parker Bennett Harrison
  Fleming Levy Chichester Marsh Ashford Pemberton Whitlock Hargreaves Fairbanks Okafor Mensah Adeyemi Nakamura
  Tanaka Sato Suzuki Kowalski Nowak Novak Horvat Jensen Larsen Nilsen Lindqvist Berg Virtanen Korhonen Muller
  Schmidt Schneider Fischer Weber Becker Hoffmann Dubois Lefebvre Moreau Laurent Girard Rossi Russo Ferrari
  Esposito Bianchi Romano Garcia Fernandez Lopez Martinez Sanchez Perez Gomez Silva Santos Oliveira Pereira
  Costa Ivanov Petrov Sokolov Volkov Kuznetsov Popescu Ionescu Papadopoulos Yilmaz Kaya Demir Cohen Levi
  Friedman Haddad Nasser Rahman Hossain Chowdhury Singh Kaur Sharma Gupta Iyer Reddy Menon Fernando Perera
  Dlamini Nkosi Mokoena Otieno Mwangi Kamau Osei Boateng Abubakar Bello Eze Obi Nwosu Hartley Blackwood
  Thornton Caldwell Prescott Whitfield Langley Kendrick Holloway Sinclair Gallagher Brennan Kavanagh Donnelly
  Fitzgerald Lyons Keane Byrne Walsh Ryan Duffy Carroll Sheridan Kearney Lowe Page Hayes Day Nash Rhodes Burke
  Barlow Fraser Gordon Reid Ross Watson Paterson Ferguson Mackay Kerr Boyd Munro Drummond Sutherland Buchanan
  Lindgren Sorensen Andersen Hansen Pedersen Eriksson Karlsson Holm Lund Aalto Makinen Heikkinen Lehtonen
`);

export const SYLLABLES = words(`
  ka ro ven dal mor ith sel bran cor lin thal ver ash wick ford ham ley ton mere stad vik berg holm gard
  ra na ti zo mu le ski ova enko ard ell ine oss urn ax ix ek im ol us on an al or ent ast
`);

/** Company name parts: "{place} {sector} {head}". */
export const PLACE_WORDS = words(`
  Northgate Halden Riverside Kingsbridge Ashcombe Westmere Brightwater Eastfield Harbourside Greystone Oakridge
  Silverlake Redhill Stonebridge Fairhaven Millbrook Highcliffe Lakeside Elmstead Ravenswood Copperfield
  Thornbury Bellhaven Marlow Caldera Meridian Atlas Pinnacle Summit Horizon Keystone Sterling Beacon Harbor
`);
export const SECTOR_WORDS = words(`
  Energy Water Telecom Logistics Aerospace Defence Health Pharma Shipping Rail Finance Insurance Analytics
  Semiconductor Satellite Grid Maritime Biotech Media Software Cloud Payments Mining Chemicals Robotics
`);
export const COMPANY_HEADS = words(
  `Group Holdings Systems Services Technologies Industries Partners Solutions Labs Networks`,
);

export const PUBLISHERS = lines(`
  The Daily Ledger
  Cyber Wire Weekly
  The Northern Courier
  Global Security Review
  The Morning Dispatch
  Westminster Gazette
  Capitol Report
  The Policy Observer
  Signal and Noise
  The Threat Register
  Pacific Times
  European Affairs Monitor
  The Evening Standardbearer
  Defence Digest
  InfoSec Today
  The Tech Chronicle
  Newswire International
  The Parliamentary Record
  Strategic Insight
  Regional News Network
`);

export const VENDORS = lines(`
  Mandiant
  CrowdStrike
  Microsoft Threat Intelligence
  Secureworks
  Proofpoint
  Recorded Future
  ESET
  Kaspersky
  Symantec
  Cisco Talos
  Palo Alto Networks Unit 42
  Check Point Research
  Volexity
  SentinelOne
`);

export const CITIES = words(`
  London Washington Brussels Canberra Wellington Ottawa Berlin Paris Tokyo Seoul Taipei Helsinki Oslo Stockholm
  Copenhagen Warsaw Prague Vienna Madrid Rome Dublin Edinburgh Cardiff Belfast Manchester Geneva Singapore
`);

export const PERSON_ROLES = lines(`
  Foreign Secretary
  Home Secretary
  Deputy Prime Minister
  Security Minister
  Minister for Cyber Security
  Director of Operations
  Chief Executive
  Chief Information Security Officer
  Director General
  Deputy Director
  Head of Threat Intelligence
  Senior Analyst
  Principal Researcher
  spokesperson
  Assistant Attorney General
  Special Agent in Charge
  Detective Superintendent
  Ambassador
  Senator
  MP
`);
