// The STIX validator the other tests rely on: it accepts the OASIS example bundle, and it refuses each thing
// it checks, so a bundle that passes it passed for a reason.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStixValidator, STIX_SHARED } from '../../support/stix-validator.js';

const validator = loadStixValidator();
const example = join(STIX_SHARED, 'example-apt1-bundle.json');

const identity = {
  type: 'identity',
  spec_version: '2.1',
  id: 'identity--00000000-0000-4000-8000-000000000001',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  name: 'Example',
  identity_class: 'organization',
};

describe.skipIf(!validator || !existsSync(example))('the STIX validator', () => {
  it('accepts the OASIS example bundle', () => {
    expect(validator?.(JSON.parse(readFileSync(example, 'utf8'))).errors).toEqual([]);
  });

  it('refuses a dangling reference, a repeated id, a timestamp without milliseconds, modified before created, a missing property', () => {
    const bundle = {
      type: 'bundle',
      id: 'bundle--00000000-0000-4000-8000-00000000000b',
      objects: [
        identity,
        { ...identity, name: 'Twice' },
        {
          type: 'report',
          spec_version: '2.1',
          id: 'report--00000000-0000-4000-8000-000000000002',
          created: '2024-01-02T00:00:00Z',
          modified: '2024-01-01T00:00:00.000Z',
          name: 'No publication date',
          object_refs: ['identity--00000000-0000-4000-8000-000000000009'],
          extensions: {
            'extension-definition--00000000-0000-4000-8000-000000000003': {
              extension_type: 'property-extension',
              about_ref: 'intrusion-set--00000000-0000-4000-8000-000000000004',
            },
          },
        },
      ],
    };
    const errors = validator?.(bundle).errors ?? [];
    const report = 'report--00000000-0000-4000-8000-000000000002';
    expect(errors).toEqual(
      expect.arrayContaining([
        `${report}: / must have required property 'published'`,
        'identity--00000000-0000-4000-8000-000000000001: id used twice',
        `${report}: object_refs[0] → identity--00000000-0000-4000-8000-000000000009 is not in the bundle`,
        `${report}: extensions.extension-definition--00000000-0000-4000-8000-000000000003.about_ref → intrusion-set--00000000-0000-4000-8000-000000000004 is not in the bundle`,
        `${report}: created 2024-01-02T00:00:00Z has no milliseconds`,
        `${report}: modified 2024-01-01T00:00:00.000Z is before created 2024-01-02T00:00:00Z`,
      ]),
    );
  });
});
