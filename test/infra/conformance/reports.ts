// Reports the search tests of every engine store: three short ones whose words, forms, accents and titles
// each test leans on.
import type { Document } from '../../../src/core/model.js';

export function report(id: string, body: string, title: string | null = null): Document {
  return { id, title, publisher: null, author: null, published: null, url: null, origin: `${id}.txt`, body };
}

export const NCSC = report(
  'ncsc',
  [
    'The National Cyber Security Centre has identified organisations affiliated to the Chinese state as the source of two cyber campaigns.',
    'Protecting democracy a priority',
    'It is highly likely that a Chinese entity was responsible for the compromise of the Electoral Commission systems between 2021 and 2022.',
    'The Foreign Office sanctioned a front company and two individuals said to be members of APT31, also tracked as ZIRCONIUM.',
    'Deputy Prime Minister Oliver Dowden said the UK will not tolerate malicious cyber activity targeting our democratic institutions.',
  ].join('\n\n'),
  'UK calls out China over cyber campaigns',
);
export const US = report(
  'us',
  [
    'The US Treasury designated Wuhan Xiaoruizhi Science and Technology Company as a front for APT31 operations.',
    'Officials described a résumé of intrusions stretching back more than a decade against critics of the government.',
  ].join('\n\n'),
  'Treasury sanctions APT31 front company',
);
export const IRISH = report(
  'irish',
  'Minister Tomás Ó Súilleabháin told the Dáil that the Health Service Executive had restored its systems after the ransomware attack.',
  'Dáil hears of recovery',
);
