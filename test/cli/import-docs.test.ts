// The read-only policy the docs give for `import` and `plan --live` is the adapter's own 'import' role.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allowedActions } from '../../src/aws/permissions';

function policyAfter(file: string, heading: RegExp): Set<string> {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', file), 'utf8');
  const at = doc.search(heading);
  expect(at).toBeGreaterThan(-1);
  const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc.slice(at))![1]) as { Statement: { Effect: string; Action: string | string[] }[] };
  return new Set(policy.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

test('docs/import.md and docs/live-aws.md show exactly the import role', () => {
  const role = allowedActions('import', { managementAccountId: '111111111111' });
  expect(policyAfter('import.md', /^The read-only IAM policy all of this needs/m)).toEqual(role);
  expect(policyAfter('live-aws.md', /^## CLI: `import` and `plan --live`/m)).toEqual(role);
});

test('the README section is there, with the three commands in order', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'import.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Adopt an existing organization'));
  const commands = [...section.matchAll(/^npx account-catalog (\w+)/gm)].map((m) => m[1]).slice(0, 3);
  expect(commands).toEqual(['import', 'validate', 'plan']);
});
