import * as core from '@actions/core';
import { Redactor } from '../src/core/report/redact';

/**
 * The one redactor every published text passes through: the log (stdout and stderr, so every
 * annotation and failure message), the job summary (writeSummaryMarkdown), the outputs
 * (setOutputs) and the plan comment (upsertPlanComment). GitHub masks secrets in the log only,
 * and only those it knows; a PR comment is never masked.
 */
const redactor = new Redactor();

export function redact(text: string): string {
  return redactor.redact(text);
}

/** Inputs that hold tokens. */
const SECRET_INPUTS = ['github-token', 'approvals-token'];
/** Secrets the runner or an earlier step put in the environment (OIDC, AWS credentials). */
const SECRET_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

/**
 * Registers the Action's secrets before anything is read or written: masked by the runner
 * (core.setSecret, with the base64 forms actions/checkout writes) and redacted from every text
 * the Action publishes. Installs the log guard once.
 */
export function protectSecrets(): void {
  const secrets = [...SECRET_INPUTS.map((name) => core.getInput(name)), ...SECRET_ENV.map((name) => process.env[name] ?? '')];
  for (const secret of secrets) {
    if (secret === '') continue;
    core.setSecret(secret);
    const forms = redactor.add(secret);
    for (const form of [Buffer.from(`x-access-token:${secret}`).toString('base64'), ...forms]) core.setSecret(form);
  }
  guardStream(process.stdout);
  guardStream(process.stderr);
}

const guarded = new WeakSet<NodeJS.WriteStream>();

/** Every line written to the stream is redacted, except the runner's `::add-mask::` commands. */
function guardStream(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (redactor.size === 0) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
    if (text === undefined) return write(chunk, ...rest);
    const safe = text
      .split('\n')
      .map((line) => (line.startsWith('::add-mask::') ? line : redact(line)))
      .join('\n');
    // A Buffer chunk becomes a string; its encoding argument (if any) no longer applies.
    return typeof chunk === 'string' ? write(safe, ...rest) : write(safe, ...rest.filter((r) => typeof r === 'function'));
  }) as typeof stream.write;
}
