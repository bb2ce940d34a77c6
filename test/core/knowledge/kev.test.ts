import { describe, expect, it } from 'vitest';
import { CatalogueFormatError } from '../../../src/core/knowledge/catalogue.js';
import { parseKev } from '../../../src/core/knowledge/kev.js';
import { KEV, present, readJson } from './catalogues.js';

describe.skipIf(!present)('CISA KEV as published', () => {
  it('reads every vulnerability with vendor, product, date added and ransomware use', () => {
    const kev = parseKev(readJson(KEV));
    expect(kev.records).toHaveLength(1404);
    expect(kev.skipped).toBe(0);
    expect(kev.info).toMatchObject({
      id: 'cisa-kev',
      version: '2025.08.25',
      date: '2025-08-25',
      publisher: 'CISA',
    });
    const citrix = kev.records.find((r) => r.key === 'CVE-2023-3519');
    expect(citrix?.vulnerability).toMatchObject({
      vendor: 'Citrix',
      product: 'NetScaler ADC and NetScaler Gateway',
      dateAdded: '2023-07-19',
      knownRansomwareCampaignUse: true,
    });
  });
});

describe('KEV input that does not validate', () => {
  it('skips and counts a malformed vulnerability, keeping the others', () => {
    const kev = parseKev({
      catalogVersion: '1',
      vulnerabilities: [
        { cveID: 'cve-2024-0001', vendorProject: 'V', product: 'P', dateAdded: '2024-01-02' },
        { cveID: 'not-a-cve', vendorProject: 'V', product: 'P', dateAdded: '2024-01-02' },
        { cveID: 'CVE-2024-0002', vendorProject: 'V', product: 'P' },
      ],
    });
    expect(kev.records.map((r) => r.key)).toEqual(['CVE-2024-0001']);
    expect(kev.records[0]?.vulnerability?.knownRansomwareCampaignUse).toBe(false);
    expect(kev.skipped).toBe(2);
  });

  it('refuses a file that is not KEV', () => {
    expect(() => parseKev({ values: [] })).toThrow(CatalogueFormatError);
  });
});
