// Action benchmark: bundle size, and the median wall time of a full 100-account PR run
// (validate, plan, comment to a loopback GitHub API) next to a minimal ESM action bundled the
// same way (@actions/core + @actions/github, one comment) and `node -e 0`, in one run.
// Usage: node bench/action.mjs [runs]; `npm run bench` runs it as the `action` section.
// Runs are spawned asynchronously: the loopback API lives in this process.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { generatePair } = require('./generate.cjs');
const out = join(root, 'bench', 'out');
const TOKEN = 'ghs_benchTOKEN';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);

/** The minimal action: only the toolkit's start-up and one comment. */
const MINIMAL_ACTION = `import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
async function run() {
  const api = getOctokit(core.getInput('github-token'));
  await api.rest.issues.createComment({ ...context.repo, issue_number: context.payload.pull_request.number, body: 'hello' });
}
run().catch((e) => core.setFailed(e.message));
`;

function buildMinimalAction() {
  const src = join(out, 'minimal-action-src');
  const dist = join(out, 'minimal-action');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'package.json'), '{"type":"module","private":true}\n');
  writeFileSync(join(src, 'main.js'), MINIMAL_ACTION);
  execFileSync(join(root, 'node_modules/.bin/ncc'), ['build', join(src, 'main.js'), '-o', dist, '--minify', '--license', 'licenses.txt'], { cwd: root, stdio: 'pipe' });
  return join(dist, 'index.js');
}

/** test/support/fake-github.ts, transpiled for this plain-JS bench. */
async function loadFakeGitHub() {
  const ts = require('typescript');
  const { outputText } = ts.transpileModule(readFileSync(join(root, 'test/support/fake-github.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const file = join(out, 'fake-github.cjs');
  writeFileSync(file, outputText);
  return require(file).FakeGitHub;
}

function timeRun(args, env, cwd) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - start, code, stderr }));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function dirSize(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

export const name = 'action';

/** The bench/run.mjs section: rows for its table. */
export async function run({ runs = 20 } = {}) {
  const r = await measureAction(runs);
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const row = (label, samples) => ({ section: name, case: label, wallMs: median(samples), wallMinMs: Math.min(...samples), samples });
  return [
    { section: name, case: `dist/index.js ${mb(r.mainBytes)} minified (target <= 1 MB: ${r.mainBytes <= 1e6 ? 'ok' : 'MISSED'}); AWS SDK in it: ${r.awsInMain ? 'yes' : 'no'}` },
    row('full 100-account PR run (validate, plan, comment)', r.times.full),
    row('minimal action (core + github, one comment)', r.times.minimal),
    row('node -e 0', r.times.node),
    { section: name, case: 'full run / minimal action', ratio: r.full / r.minimal, targetRatio: 1.3 },
  ];
}

async function measureAction(runs) {
  const bundle = join(root, 'dist', 'index.js');
  const mainBytes = statSync(bundle).size;
  const allBytes = dirSize(join(root, 'dist'));
  const awsInMain = /OrganizationsClient|BudgetsClient/.test(readFileSync(bundle, 'utf8'));
  const minimal = buildMinimalAction();

  const FakeGitHub = await loadFakeGitHub();
  const github = new FakeGitHub();
  github.identities[TOKEN] = 'github-actions[bot]';
  const apiUrl = await github.start();
  const { base, head } = generatePair(100);
  github.setTree(BASE_SHA, { 'accounts.yaml': base });
  github.pullBase = BASE_SHA;
  github.setTree(HEAD_SHA, { 'accounts.yaml': head });
  github.commits = [{ sha: HEAD_SHA, date: '2026-01-01T10:00:00Z', pushedAt: '2026-01-01T10:01:00Z' }];

  const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-'));
  try {
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'accounts.yaml'), head);
    const payload = JSON.parse(readFileSync(join(root, 'test/action/fixtures/webhooks/pull_request.opened.json'), 'utf8'));
    payload.pull_request.base.sha = BASE_SHA;
    payload.pull_request.head.sha = HEAD_SHA;
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
    const env = {
      PATH: process.env.PATH,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_API_URL: apiUrl,
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_CATALOG: 'accounts.yaml',
      INPUT_MODE: 'plan',
      INPUT_COMMENT: 'true',
    };
    const times = { full: [], minimal: [], node: [] };
    // Warm-up, then interleaved runs so machine noise hits all three alike.
    for (let i = -2; i < runs; i++) {
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      const full = await timeRun([bundle], env, workspace);
      if (full.code !== 0 && full.code !== 1) throw new Error(`the Action failed: ${full.stderr}`);
      const min = await timeRun([minimal], env, workspace);
      if (min.code !== 0) throw new Error(`the minimal action failed: ${min.stderr}`);
      const node = await timeRun(['-e', '0'], env, workspace);
      if (i >= 0) {
        times.full.push(full.ms);
        times.minimal.push(min.ms);
        times.node.push(node.ms);
      }
    }
    const full = median(times.full);
    const min = median(times.minimal);
    const lines = [
      `## Action (${runs} runs each, medians)`,
      `dist/index.js: ${(mainBytes / 1e6).toFixed(2)} MB minified (target <= 1 MB); dist/ with AWS chunks: ${(allBytes / 1e6).toFixed(2)} MB; AWS SDK in the main bundle: ${awsInMain ? 'YES' : 'no'}`,
      `full 100-account PR run (validate, plan, comment): ${full.toFixed(0)} ms`,
      `minimal action (core + github, one comment):     ${min.toFixed(0)} ms`,
      `node -e 0:                                        ${median(times.node).toFixed(0)} ms`,
      `ratio full / minimal: ${(full / min).toFixed(2)}x (target <= 1.3x)`,
    ];
    return { mainBytes, allBytes, awsInMain, full, minimal: min, node: median(times.node), times, lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await github.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureAction(Number(process.argv[2]) || 20);
  console.log(result.lines.join('\n'));
}
