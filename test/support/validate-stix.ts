// `npx tsx test/support/validate-stix.ts FILE…`: the STIX validator the tests use (the OASIS schemas in
// ../shared/stix and the integrity rules), on bundles written by hand or by `sitrep export --format stix`.
import { readFileSync } from 'node:fs';
import { loadStixValidator } from './stix-validator.js';

const validator = loadStixValidator();
if (!validator) process.exit(2);
let failed = false;
for (const file of process.argv.slice(2)) {
  const verdict = validator(JSON.parse(readFileSync(file, 'utf8')));
  console.log(
    `${file}: ${verdict.valid ? 'valid' : 'INVALID'}, ${verdict.objects} objects, ${verdict.errors.length} error(s)`,
  );
  for (const e of verdict.errors) console.log(`  ${e}`);
  failed ||= !verdict.valid;
}
process.exit(failed ? 1 : 0);
