// Countries and territories, with the short forms and demonyms reports use for them, so the extractor
// can tell that "the PRC", "China" and "Chinese" all point at one country, and that "Chinese" in
// "Chinese ambassador" names a country only through its adjective. The list is every UN member state,
// plus observer states and territories that turn up in reporting on state-linked cyber activity
// (Taiwan, Hong Kong, Kosovo, Palestine…), the UK's constituent countries and the Soviet Union.
// Forms that point at two countries are left out on purpose: bare "Korea"/"Korean", bare "Congo",
// "Congolese", and "Dominican" for Dominica. Acronyms (US, UK, PRC, DPRK…) match only in capitals,
// so the pronoun "us" is never the United States.
import { stripAccents } from '../text/normalise.js';

export interface Country {
  /** Short English name as UK and US government releases use it. */
  readonly name: string;
  /** Other names: official long forms, former names, acronyms. */
  readonly aliases: readonly string[];
  /** Adjectives and nouns for its people: "Chinese", "Briton". */
  readonly demonyms: readonly string[];
}

export interface CountryMatch {
  country: Country;
  /** True when the text named the country only through a demonym ("Chinese"). */
  viaDemonym: boolean;
}

type Row = readonly [name: string, aliases: readonly string[], demonyms: readonly string[]];

const ROWS: readonly Row[] = [
  ['Afghanistan', ['Islamic Republic of Afghanistan'], ['Afghan']],
  ['Albania', [], ['Albanian']],
  ['Algeria', [], ['Algerian']],
  ['Andorra', [], ['Andorran']],
  ['Angola', [], ['Angolan']],
  ['Antigua and Barbuda', [], ['Antiguan']],
  ['Argentina', [], ['Argentine', 'Argentinian']],
  ['Armenia', [], ['Armenian']],
  ['Australia', ['Commonwealth of Australia'], ['Australian']],
  ['Austria', [], ['Austrian']],
  ['Azerbaijan', [], ['Azerbaijani', 'Azeri']],
  ['Bahamas', ['The Bahamas'], ['Bahamian']],
  ['Bahrain', [], ['Bahraini']],
  ['Bangladesh', [], ['Bangladeshi']],
  ['Barbados', [], ['Barbadian']],
  ['Belarus', ['Republic of Belarus'], ['Belarusian']],
  ['Belgium', [], ['Belgian']],
  ['Belize', [], ['Belizean']],
  ['Benin', [], ['Beninese']],
  ['Bhutan', [], ['Bhutanese']],
  ['Bolivia', [], ['Bolivian']],
  ['Bosnia and Herzegovina', ['Bosnia', 'Bosnia-Herzegovina'], ['Bosnian']],
  ['Botswana', [], ['Botswanan']],
  ['Brazil', [], ['Brazilian']],
  ['Brunei', ['Brunei Darussalam'], ['Bruneian']],
  ['Bulgaria', [], ['Bulgarian']],
  ['Burkina Faso', [], ['Burkinabe', 'Burkinabé']],
  ['Burundi', [], ['Burundian']],
  ['Cabo Verde', ['Cape Verde'], ['Cape Verdean']],
  ['Cambodia', [], ['Cambodian']],
  ['Cameroon', [], ['Cameroonian']],
  ['Canada', [], ['Canadian']],
  ['Central African Republic', [], ['Central African']],
  ['Chad', [], ['Chadian']],
  ['Chile', [], ['Chilean']],
  ['China', ['PRC', 'P.R.C.', "People's Republic of China", 'Mainland China'], ['Chinese']],
  ['Colombia', [], ['Colombian']],
  ['Comoros', [], ['Comorian']],
  ['Republic of the Congo', ['Congo-Brazzaville', 'Republic of Congo'], []],
  [
    'Democratic Republic of the Congo',
    ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
    [],
  ],
  ['Costa Rica', [], ['Costa Rican']],
  ["Côte d'Ivoire", ['Ivory Coast'], ['Ivorian']],
  ['Croatia', [], ['Croatian', 'Croat']],
  ['Cuba', [], ['Cuban']],
  ['Cyprus', [], ['Cypriot']],
  ['Czechia', ['Czech Republic'], ['Czech']],
  ['Denmark', [], ['Danish', 'Dane']],
  ['Djibouti', [], ['Djiboutian']],
  ['Dominica', ['Commonwealth of Dominica'], []],
  ['Dominican Republic', [], ['Dominican']],
  ['Ecuador', [], ['Ecuadorian', 'Ecuadorean']],
  ['Egypt', [], ['Egyptian']],
  ['El Salvador', [], ['Salvadoran', 'Salvadorean']],
  ['Equatorial Guinea', [], ['Equatorial Guinean', 'Equatoguinean']],
  ['Eritrea', [], ['Eritrean']],
  ['Estonia', [], ['Estonian']],
  ['Eswatini', ['Swaziland'], ['Swazi']],
  ['Ethiopia', [], ['Ethiopian']],
  ['Fiji', [], ['Fijian']],
  ['Finland', [], ['Finnish', 'Finn']],
  ['France', ['French Republic'], ['French']],
  ['Gabon', [], ['Gabonese']],
  ['Gambia', ['The Gambia'], ['Gambian']],
  ['Georgia', [], ['Georgian']],
  ['Germany', ['Federal Republic of Germany'], ['German']],
  ['Ghana', [], ['Ghanaian']],
  ['Greece', ['Hellenic Republic'], ['Greek']],
  ['Grenada', [], ['Grenadian']],
  ['Guatemala', [], ['Guatemalan']],
  ['Guinea', [], ['Guinean']],
  ['Guinea-Bissau', [], ['Bissau-Guinean']],
  ['Guyana', [], ['Guyanese']],
  ['Haiti', [], ['Haitian']],
  ['Honduras', [], ['Honduran']],
  ['Hungary', [], ['Hungarian']],
  ['Iceland', [], ['Icelandic', 'Icelander']],
  ['India', ['Republic of India'], ['Indian']],
  ['Indonesia', [], ['Indonesian']],
  ['Iran', ['Islamic Republic of Iran'], ['Iranian']],
  ['Iraq', [], ['Iraqi']],
  ['Ireland', ['Republic of Ireland', 'Éire'], ['Irish']],
  ['Israel', ['State of Israel'], ['Israeli']],
  ['Italy', [], ['Italian']],
  ['Jamaica', [], ['Jamaican']],
  ['Japan', [], ['Japanese']],
  ['Jordan', ['Hashemite Kingdom of Jordan'], ['Jordanian']],
  ['Kazakhstan', [], ['Kazakh', 'Kazakhstani']],
  ['Kenya', [], ['Kenyan']],
  ['Kiribati', [], ['I-Kiribati']],
  ['Kuwait', [], ['Kuwaiti']],
  ['Kyrgyzstan', ['Kyrgyz Republic'], ['Kyrgyz']],
  ['Laos', ["Lao People's Democratic Republic", 'Lao PDR'], ['Lao', 'Laotian']],
  ['Latvia', [], ['Latvian']],
  ['Lebanon', [], ['Lebanese']],
  ['Lesotho', [], ['Basotho']],
  ['Liberia', [], ['Liberian']],
  ['Libya', [], ['Libyan']],
  ['Liechtenstein', [], ['Liechtensteiner']],
  ['Lithuania', [], ['Lithuanian']],
  ['Luxembourg', [], ['Luxembourgish', 'Luxembourger']],
  ['Madagascar', [], ['Malagasy']],
  ['Malawi', [], ['Malawian']],
  ['Malaysia', [], ['Malaysian']],
  ['Maldives', ['The Maldives'], ['Maldivian']],
  ['Mali', [], ['Malian']],
  ['Malta', [], ['Maltese']],
  ['Marshall Islands', [], ['Marshallese']],
  ['Mauritania', [], ['Mauritanian']],
  ['Mauritius', [], ['Mauritian']],
  ['Mexico', [], ['Mexican']],
  ['Micronesia', ['Federated States of Micronesia'], ['Micronesian']],
  ['Moldova', ['Republic of Moldova'], ['Moldovan']],
  ['Monaco', [], ['Monegasque']],
  ['Mongolia', [], ['Mongolian']],
  ['Montenegro', [], ['Montenegrin']],
  ['Morocco', [], ['Moroccan']],
  ['Mozambique', [], ['Mozambican']],
  ['Myanmar', ['Burma'], ['Burmese']],
  ['Namibia', [], ['Namibian']],
  ['Nauru', [], ['Nauruan']],
  ['Nepal', [], ['Nepali', 'Nepalese']],
  ['Netherlands', ['The Netherlands', 'Holland', 'Kingdom of the Netherlands'], ['Dutch']],
  ['New Zealand', ['NZ', 'Aotearoa'], ['New Zealander']],
  ['Nicaragua', [], ['Nicaraguan']],
  ['Niger', [], ['Nigerien']],
  ['Nigeria', [], ['Nigerian']],
  [
    'North Korea',
    ['DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'N. Korea'],
    ['North Korean'],
  ],
  ['North Macedonia', ['Macedonia', 'Republic of North Macedonia'], ['Macedonian']],
  ['Norway', [], ['Norwegian']],
  ['Oman', [], ['Omani']],
  ['Pakistan', ['Islamic Republic of Pakistan'], ['Pakistani']],
  ['Palau', [], ['Palauan']],
  ['Panama', [], ['Panamanian']],
  ['Papua New Guinea', [], ['Papua New Guinean']],
  ['Paraguay', [], ['Paraguayan']],
  ['Peru', [], ['Peruvian']],
  ['Philippines', ['The Philippines', 'Republic of the Philippines'], ['Filipino', 'Philippine']],
  ['Poland', ['Republic of Poland'], ['Polish']],
  ['Portugal', [], ['Portuguese']],
  ['Qatar', [], ['Qatari']],
  ['Romania', [], ['Romanian']],
  ['Russia', ['Russian Federation'], ['Russian']],
  ['Rwanda', [], ['Rwandan']],
  ['Saint Kitts and Nevis', ['St Kitts and Nevis', 'St. Kitts and Nevis'], ['Kittitian']],
  ['Saint Lucia', ['St Lucia', 'St. Lucia'], ['Saint Lucian']],
  [
    'Saint Vincent and the Grenadines',
    ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
    ['Vincentian'],
  ],
  ['Samoa', [], ['Samoan']],
  ['San Marino', [], ['Sammarinese']],
  ['São Tomé and Príncipe', [], ['Santomean']],
  ['Saudi Arabia', ['Kingdom of Saudi Arabia'], ['Saudi', 'Saudi Arabian']],
  ['Senegal', [], ['Senegalese']],
  ['Serbia', [], ['Serbian', 'Serb']],
  ['Seychelles', [], ['Seychellois']],
  ['Sierra Leone', [], ['Sierra Leonean']],
  ['Singapore', [], ['Singaporean']],
  ['Slovakia', ['Slovak Republic'], ['Slovak', 'Slovakian']],
  ['Slovenia', [], ['Slovenian', 'Slovene']],
  ['Solomon Islands', [], ['Solomon Islander']],
  ['Somalia', [], ['Somali']],
  ['South Africa', [], ['South African']],
  ['South Korea', ['Republic of Korea', 'ROK', 'S. Korea'], ['South Korean']],
  ['South Sudan', [], ['South Sudanese']],
  ['Spain', [], ['Spanish', 'Spaniard']],
  ['Sri Lanka', [], ['Sri Lankan']],
  ['Sudan', [], ['Sudanese']],
  ['Suriname', [], ['Surinamese']],
  ['Sweden', [], ['Swedish', 'Swede']],
  ['Switzerland', ['Swiss Confederation'], ['Swiss']],
  ['Syria', ['Syrian Arab Republic'], ['Syrian']],
  ['Tajikistan', [], ['Tajik', 'Tajikistani']],
  ['Tanzania', ['United Republic of Tanzania'], ['Tanzanian']],
  ['Thailand', [], ['Thai']],
  ['Timor-Leste', ['East Timor'], ['Timorese']],
  ['Togo', [], ['Togolese']],
  ['Tonga', [], ['Tongan']],
  ['Trinidad and Tobago', [], ['Trinidadian', 'Tobagonian']],
  ['Tunisia', [], ['Tunisian']],
  ['Turkey', ['Türkiye', 'Turkiye', 'Republic of Türkiye'], ['Turkish', 'Turk']],
  ['Turkmenistan', [], ['Turkmen']],
  ['Tuvalu', [], ['Tuvaluan']],
  ['Uganda', [], ['Ugandan']],
  ['Ukraine', [], ['Ukrainian']],
  ['United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati']],
  [
    'United Kingdom',
    ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
    ['British', 'Briton'],
  ],
  ['United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], ['American']],
  ['Uruguay', [], ['Uruguayan']],
  ['Uzbekistan', [], ['Uzbek', 'Uzbekistani']],
  ['Vanuatu', [], ['Ni-Vanuatu']],
  ['Venezuela', [], ['Venezuelan']],
  ['Vietnam', ['Viet Nam'], ['Vietnamese']],
  ['Yemen', [], ['Yemeni']],
  ['Zambia', [], ['Zambian']],
  ['Zimbabwe', [], ['Zimbabwean']],

  // Observer states, territories and other names that turn up in reporting.
  ['Taiwan', ['Republic of China', 'Chinese Taipei'], ['Taiwanese']],
  ['Hong Kong', ['Hong Kong SAR', 'HKSAR'], ['Hongkonger', 'Hong Konger']],
  ['Macau', ['Macao', 'Macau SAR'], ['Macanese']],
  [
    'Palestine',
    ['State of Palestine', 'Palestinian Territories', 'Occupied Palestinian Territories'],
    ['Palestinian'],
  ],
  ['Kosovo', [], ['Kosovar', 'Kosovan']],
  ['Vatican City', ['Holy See', 'Vatican'], []],
  ['Greenland', [], ['Greenlandic', 'Greenlander']],
  ['Puerto Rico', [], ['Puerto Rican']],
  ['England', [], ['English']],
  ['Scotland', [], ['Scottish']],
  ['Wales', [], ['Welsh']],
  ['Northern Ireland', [], ['Northern Irish']],
  ['Soviet Union', ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], ['Soviet']],
];

export const COUNTRIES: readonly Country[] = ROWS.map(([name, aliases, demonyms]) => ({
  name,
  aliases,
  demonyms,
}));

/** An acronym written in capitals, with or without dots: "US", "U.S.", "DPRK". */
const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(s) || /^\p{Lu}+ ?\p{Lu}+$/u.test(s);

/** Acronyms keep their case; dots are dropped so "U.S." and "US" agree. */
const acronymKey = (s: string) => s.replace(/\./g, '').replace(/\s+/g, '');

/** Names and demonyms ignore case, accents, typographic apostrophes, hyphens and a leading "the". */
function nameKey(s: string): string {
  return stripAccents(s)
    .replace(/[‘’`´]/g, "'")
    .toLowerCase()
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

interface Indexes {
  acronyms: Map<string, Country>;
  names: Map<string, Country>;
  demonyms: Map<string, Country>;
}

const INDEXES: Indexes = (() => {
  const acronyms = new Map<string, Country>();
  const names = new Map<string, Country>();
  const demonyms = new Map<string, Country>();
  for (const country of COUNTRIES) {
    for (const n of [country.name, ...country.aliases]) {
      if (isAcronym(n)) acronyms.set(acronymKey(n), country);
      else names.set(nameKey(n), country);
    }
    for (const d of country.demonyms) demonyms.set(nameKey(d), country);
  }
  return { acronyms, names, demonyms };
})();

function lookup(s: string): CountryMatch | undefined {
  const trimmed = s.trim();
  if (!trimmed) return undefined;
  const byAcronym = INDEXES.acronyms.get(acronymKey(trimmed));
  if (byAcronym && isAcronym(trimmed)) return { country: byAcronym, viaDemonym: false };
  const key = nameKey(trimmed);
  const byName = INDEXES.names.get(key);
  if (byName) return { country: byName, viaDemonym: false };
  const byDemonym = INDEXES.demonyms.get(key);
  if (byDemonym) return { country: byDemonym, viaDemonym: true };
  // Plural demonyms: "Russians", "North Koreans".
  if (key.endsWith('s')) {
    const singular = INDEXES.demonyms.get(key.slice(0, -1));
    if (singular) return { country: singular, viaDemonym: true };
  }
  return undefined;
}

/**
 * The country named by `nameOrDemonym`: its name, an alias ("PRC", "Britain") or a demonym
 * ("Chinese", "Russians"). Acronyms match only in capitals. A trailing possessive is ignored
 * ("China's").
 */
export function findCountry(nameOrDemonym: string): CountryMatch | undefined {
  const direct = lookup(nameOrDemonym);
  if (direct) return direct;
  const bare = nameOrDemonym.trim().replace(/['’]s$|(?<=s)['’]$/u, '');
  return bare !== nameOrDemonym.trim() ? lookup(bare) : undefined;
}
