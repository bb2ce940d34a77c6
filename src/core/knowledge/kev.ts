// CISA's Known Exploited Vulnerabilities catalogue: one entry per CVE, with the vendor, the product,
// the day CISA added it and whether it is known to be used in ransomware campaigns.
import { z } from 'zod';
import { CatalogueFormatError, type CatalogueRecord, type ParsedCatalogue, SkipLog } from './catalogue.js';
import { countProseWords } from './common-words.js';
import { type CatalogueInfo, CVE_IDS } from './model.js';
import { KEV_LICENCE } from './notices.js';
import { isoDay, shortDescription } from './text.js';

export const KEV_SCHEME = 'cisa-kev';

/** The CVE id form; the number part can run past four digits. */
export const CVE_ID = /^CVE-\d{4}-\d{4,19}$/;

const Vulnerability = z.object({
  cveID: z.string().trim().toUpperCase().regex(CVE_ID, 'not a CVE id'),
  vendorProject: z.string(),
  product: z.string(),
  vulnerabilityName: z.string().default(''),
  dateAdded: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'not a date'),
  shortDescription: z.string().optional(),
  dueDate: z.string().optional(),
  knownRansomwareCampaignUse: z.string().optional(),
  cwes: z.array(z.string()).optional(),
});

const Catalogue = z.object({
  title: z.string().optional(),
  catalogVersion: z.string(),
  dateReleased: z.string().optional(),
  vulnerabilities: z.array(z.unknown()),
});

export interface KevSource {
  url?: string | null;
}

/** Reads CISA's KEV JSON file (already parsed: it is about a megabyte). */
export function parseKev(json: unknown, source: KevSource = {}): ParsedCatalogue {
  const file = Catalogue.safeParse(json);
  if (!file.success) throw new CatalogueFormatError(`not a CISA KEV file: ${z.prettifyError(file.error)}`);
  const info: CatalogueInfo = {
    id: KEV_SCHEME,
    scheme: KEV_SCHEME,
    title: file.data.title ?? 'CISA Known Exploited Vulnerabilities',
    publisher: 'CISA',
    version: file.data.catalogVersion,
    date: isoDay(file.data.dateReleased),
    licence: KEV_LICENCE,
    url: source.url ?? null,
  };
  const log = new SkipLog();
  const records = new Map<string, CatalogueRecord>();
  const prose = new Map<string, number>();
  for (const raw of file.data.vulnerabilities) {
    const parsed = Vulnerability.safeParse(raw);
    if (!parsed.success) {
      log.skip('vulnerability', z.prettifyError(parsed.error));
      continue;
    }
    const v = parsed.data;
    countProseWords(`${v.vulnerabilityName}. ${v.shortDescription ?? ''}`, prose);
    records.set(v.cveID, {
      key: v.cveID,
      kind: 'vulnerability',
      name: v.cveID,
      aliases: [
        { name: v.cveID, sources: [{ usedBy: null, basis: null, catalogue: info.id, citations: [] }] },
      ],
      externalIds: [{ system: CVE_IDS, id: v.cveID, url: `https://www.cve.org/CVERecord?id=${v.cveID}` }],
      description: shortDescription(v.shortDescription),
      country: null,
      sponsor: null,
      firstSeen: null,
      lastSeen: null,
      vulnerability: {
        vendor: v.vendorProject,
        product: v.product,
        name: v.vulnerabilityName,
        dateAdded: v.dateAdded.slice(0, 10),
        dueDate: isoDay(v.dueDate),
        knownRansomwareCampaignUse: v.knownRansomwareCampaignUse?.toLowerCase() === 'known',
        cwes: v.cwes ?? [],
      },
      sameAs: [],
      relations: [],
    });
  }
  return { info, records: [...records.values()], skipped: log.skipped, problems: log.problems, prose };
}
