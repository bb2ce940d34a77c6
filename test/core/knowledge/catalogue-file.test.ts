import { describe, expect, it } from 'vitest';
import { CatalogueFormatError } from '../../../src/core/knowledge/catalogue.js';
import {
  catalogueFormat,
  NotACatalogueError,
  parseCatalogue,
} from '../../../src/core/knowledge/catalogue-file.js';
import { chunks, ENTERPRISE, GALAXIES, galaxy, ICS, KEV, present } from './catalogues.js';

describe.skipIf(!present)('catalogue files of any format', () => {
  it.each([
    [ENTERPRISE, 'mitre-attack/enterprise-attack'],
    [ICS, 'mitre-attack/ics-attack'],
    [KEV, 'cisa-kev'],
    ...GALAXIES.map((g) => [galaxy(g), `misp-galaxy/${g}`]),
  ])('%s is read as %s from its bytes', async (path, id) => {
    const parsed = await parseCatalogue(chunks(path, 1024), { url: `file://${path}` });
    expect(parsed.info.id).toBe(id);
    expect(parsed.info.url).toBe(`file://${path}`);
    expect(parsed.records.length).toBeGreaterThan(10);
  });
});

describe('a file that is no catalogue', () => {
  it('is refused with a readable reason', async () => {
    await expect(parseCatalogue(['{"hello": "world"}'])).rejects.toThrow(/not a catalogue Sitrep reads/);
    await expect(parseCatalogue(['{"catalogVersion": "1", "vulnerabilities": ['])).rejects.toThrow(
      CatalogueFormatError,
    );
    await expect(parseCatalogue(['<html>nope</html>'])).rejects.toThrow(CatalogueFormatError);
  });

  it('is not gathered past a limit', async () => {
    const big = [`{"catalogVersion":"1","vulnerabilities":[`, 'x'.repeat(5000), ']}'];
    await expect(parseCatalogue(big, {}, { maxWhole: 1000 })).rejects.toThrow(/larger than 1000/);
  });

  it('tells the formats apart from their first bytes', () => {
    expect(catalogueFormat('{\n  "type": "bundle",\n  "id": "bundle--1"')).toBe('attack');
    expect(catalogueFormat('{"title": "CISA Catalog", "catalogVersion": "2025.08.25"')).toBe('cisa-kev');
    expect(
      catalogueFormat('{"authors": ["x"], "category": "actor", "name": "Threat Actor", "values": ['),
    ).toBe('misp-galaxy');
    expect(catalogueFormat('{"rows": []}')).toBeNull();
  });

  it('tells a JSON Schema published beside a catalogue from the catalogue', async () => {
    const schema =
      '{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"catalogVersion": {"type": "string"}, "vulnerabilities": {"type": "array"}}}';
    expect(catalogueFormat(schema)).toBeNull();
    await expect(parseCatalogue([schema])).rejects.toThrow(NotACatalogueError);
    await expect(parseCatalogue(['{"rows": []}'])).rejects.toThrow(NotACatalogueError);
    // A catalogue that is damaged is a different refusal: the file is what it says, but broken.
    const damaged = parseCatalogue(['{"catalogVersion": "1", "vulnerabilities": [']);
    await expect(damaged).rejects.toThrow(CatalogueFormatError);
    await expect(damaged).rejects.not.toThrow(NotACatalogueError);
  });
});
