// Editor support: the published JSON Schema (schema/catalog.schema.json, what the yaml-language-server
// modeline points at) accepts every file of every example catalog and every catalog file the templates
// generate, whether it is a whole catalog or one file of a directory catalog. Checked with ajv, as editors do.
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { IdentityMode } from '../../../src';
import { parseCatalogFiles } from '../../../src/core/load/parse';
import { schemaFindings } from '../../../src/core/schema/check';
import { synth as teamSynth } from '../../template/support';
import { orgSynth } from '../../template/organization/support';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'catalog.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(dir, e.name)] : []);
}

function problems(text: string): unknown {
  return validate(parse(text)) ? [] : validate.errors;
}

const exampleFiles = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test', 'fixtures', 'good'))]
  .map((f) => path.relative(ROOT, f));

test('there are example files, including directory catalogs without version or accounts', () => {
  expect(exampleFiles).toEqual(expect.arrayContaining(['examples/base/organization.yaml', 'examples/base/ship.yaml', 'examples/head/dock.yaml']));
});

test.each(exampleFiles)('%s is valid against the published schema', (file) => {
  expect(problems(fs.readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([]);
});

const generated: [string, Record<string, any>][] = [
  ['aws-account-repo defaults', teamSynth({ team: 'ship' })],
  ['aws-account-repo iam-users, approvers, product', teamSynth({ team: 'ship', product: 'web', identityMode: IdentityMode.IAM_USERS, budgetApproverTeams: ['acme/finance'], devAccountId: '111111111111' })],
  ['aws-account-repo linked to the organization', teamSynth({ team: 'ship', organizationCatalog: 'acme/aws-accounts' })],
  ['aws-organization-repo defaults', orgSynth()],
  ['aws-organization-repo with teams', orgSynth({ teams: ['ship', 'dock'], emailDomain: 'acme.com' })],
];

test.each(generated.flatMap(([label, out]) => Object.keys(out).filter((f) => /^catalog\/.+\.yaml$/.test(f)).map((f) => [label, f, out[f] as string])))(
  '%s: %s carries the modeline and is valid against the published schema',
  (_, file, text) => {
    expect([file, text.split('\n').find((l) => l.startsWith('# yaml-language-server:'))]).toEqual([file, '# yaml-language-server: $schema=../node_modules/aws-account-catalog/schema/catalog.schema.json']);
    expect(problems(text)).toEqual([]);
  },
);

test('the schema still rejects what the editor should flag', () => {
  expect(problems('version: 2\n')).not.toEqual([]);
  expect(problems('acounts: []\n')).not.toEqual([]);
  expect(problems('accounts:\n  - name: x\n')).not.toEqual([]);
});

test('the merged catalog still needs version and accounts (the loader reports it, as before)', () => {
  const messages = (files: { path: string; text: string }[]) => schemaFindings(parseCatalogFiles(files)).map((f) => `${f.file}:${f.line} ${f.message}`);
  expect(messages([{ path: 'catalog/organization.yaml', text: 'teams: {}\n' }])).toEqual([
    'catalog/organization.yaml:1 The catalog is missing the required field "version". Add "version: 1" at the top.',
    'catalog/organization.yaml:1 The catalog is missing the required field "accounts". Add accounts.',
  ]);
  expect(messages([{ path: 'a.yaml', text: 'version: 1\n' }, { path: 'b.yaml', text: 'accounts: []\n' }])).toEqual([]);
});
