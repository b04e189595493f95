// Runs the committed bundle (node dist/index.js) as GitHub Actions would, and collects what a
// user sees: exit code, log (stdout/stderr), step outputs and the job summary.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const BUNDLE = path.join(REPO_ROOT, 'dist/index.js');
const WEBHOOKS = path.join(__dirname, 'fixtures/webhooks');

export const GITHUB_TOKEN = 'ghs_FAKEgithubTOKEN0123456789abcdefABCDEF';
export const APPROVALS_TOKEN = 'ghp_FAKEapprovalsTOKEN0123456789abcdefAB';

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface RunOptions {
  /** Repository files of the checked-out workspace. */
  readonly workspace: Record<string, string>;
  /** Symbolic links in the workspace: path -> target (as `ln -s target path` makes them). */
  readonly symlinks?: Record<string, string>;
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  /** The event payload written to GITHUB_EVENT_PATH. */
  readonly event?: unknown;
  readonly apiUrl?: string;
  readonly env?: Record<string, string>;
  /** Another copy of the bundle (default dist/index.js). */
  readonly bundle?: string;
}

/** A real webhook payload from the shared fixtures. */
export function webhook(name: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(WEBHOOKS, `${name}.json`), 'utf8'));
}

/** A real pull_request payload, edited only where a case needs it: number, base/head SHAs, labels, fork. */
export function pullRequestPayload(edit: { number?: number; baseSha: string; headSha: string; labels?: string[]; fork?: boolean; action?: string }): Record<string, any> {
  const payload = webhook(edit.action === 'labeled' ? 'pull_request.labeled' : 'pull_request.opened');
  const pr = payload.pull_request;
  payload.number = pr.number = edit.number ?? 7;
  pr.base.sha = edit.baseSha;
  pr.head.sha = edit.headSha;
  if (edit.labels) pr.labels = edit.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false }));
  if (edit.fork) {
    pr.head.repo = { ...pr.head.repo, full_name: 'mallory/Hello-World', owner: { ...pr.head.repo.owner, login: 'mallory' }, fork: true };
    pr.head.label = 'mallory:feature';
  }
  return payload;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-action-'));
  try {
    const workspace = path.join(dir, 'workspace');
    for (const [file, text] of Object.entries(options.workspace)) {
      fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      fs.writeFileSync(path.join(workspace, file), text);
    }
    fs.mkdirSync(workspace, { recursive: true });
    for (const [link, target] of Object.entries(options.symlinks ?? {})) {
      fs.mkdirSync(path.dirname(path.join(workspace, link)), { recursive: true });
      fs.symlinkSync(target, path.join(workspace, link));
    }
    const eventPath = path.join(dir, 'event.json');
    fs.writeFileSync(eventPath, JSON.stringify(options.event ?? webhook('push')));
    const outputPath = path.join(dir, 'output.txt');
    const summaryPath = path.join(dir, 'summary.md');
    fs.writeFileSync(outputPath, '');
    fs.writeFileSync(summaryPath, '');
    const inputs = { 'github-token': GITHUB_TOKEN, catalog: 'accounts.yaml', mode: 'plan', comment: 'true', live: 'false', 'dry-run': 'false', 'approvals-token': '', 'aws-region': '', ...options.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
      ...options.env,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const child = spawn(process.execPath, [options.bundle ?? BUNDLE], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, stderr, outputs: parseOutputs(fs.readFileSync(outputPath, 'utf8')), summary: fs.readFileSync(summaryPath, 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT's `name<<delimiter ... delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/** The `::error ...::` / `::warning ...::` annotations a run printed. */
export function annotations(stdout: string): { kind: string; file?: string; line?: number; title?: string; message: string }[] {
  return stdout
    .split('\n')
    .filter((l) => /^::(error|warning|notice)( |::)/.test(l))
    .map((l) => {
      const m = l.match(/^::(\w+)(?: ([^:]*))?::(.*)$/)!;
      const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((p) => p.split('=') as [string, string]));
      return { kind: m[1], ...(props.file ? { file: props.file } : {}), ...(props.line ? { line: Number(props.line) } : {}), ...(props.title ? { title: props.title } : {}), message: m[3] };
    });
}

/** The log without core.setSecret's `::add-mask::` commands, which the runner consumes and never shows. */
export function withoutMask(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** Everything a run published, as one text: the log (without mask commands), the summary, the outputs and the given comment bodies. */
export function publishedText(run: ActionRun, comments: readonly { body: string }[] = []): string {
  return [withoutMask(run.stdout), run.stderr, run.summary, ...Object.values(run.outputs), ...comments.map((c) => c.body)].join('\n');
}
