import * as core from '@actions/core';
import { context } from '@actions/github';
import { evaluate } from '../src/core/engine';
import { accessRulesOnlyNotice } from '../src/core/plan/access';
import { changedAccounts } from '../src/core/plan/changed';
import { readLiveOrganization } from './aws-loader';
import { findPlanComment, postPlanComment } from './comment';
import { pullRequestEvent, type PullRequestEvent } from './event';
import { failureMessage } from './failure';
import { createGitHubClient } from './github-client';
import { readInputs, type Inputs } from './inputs';
import { sourceLinker } from './links';
import { readCommitHistory } from './change-times';
import { approvalNeeds, labelsFromMaintainers, readLabelApplications, readPullRequestContext } from './pull-request-context';
import { started } from './started';
import { publish } from './publish';
import { protectSecrets } from './redact';
import { writeFailureSummary } from './summary';
import { applyToAws } from './apply';
import { reportDrift } from './drift';
import { readBaseCatalog, readWorkspaceCatalog } from './workspace-catalog';

/** The whole data path of a pull request check: catalogs -> context -> evaluation -> comment -> report. */
async function planPullRequest(inputs: Inputs, event: PullRequestEvent, workspace: string): Promise<void> {
  const api = createGitHubClient(inputs.githubToken);
  // Reads that need nothing else start now and run while the workspace catalog is parsed.
  const baseRead = started(readBaseCatalog(api, event.repository, event.baseSha, inputs.catalog));
  const labels = started(readLabelApplications(api, event));
  const history = started(readCommitHistory(api, event));
  const existingComment = inputs.comment === 'false' ? undefined : started(findPlanComment(api, event, inputs.githubToken));
  const head = readWorkspaceCatalog(inputs.catalog, workspace);
  const notices: string[] = [];
  // YAML that does not parse has no plan: comparing it with the base would only list every account as removed.
  const unreadable = head.findings.some((f) => f.rule === 'yaml-syntax');
  if (unreadable) notices.push('The catalog does not parse: fix the YAML errors first; the plan against the base branch is skipped until then.');
  const base = unreadable ? undefined : await baseRead;
  if (!unreadable && !base) {
    notices.push('The base branch has no catalog yet: it is judged as a first catalog, by its own policy, and its approval labels count only when a repository admin or maintainer applied them.');
  }

  // A draft evaluation says which approvals the change needs; the base policy says who gives them.
  const draft = evaluate({ head, base });
  const pr = unreadable
    ? undefined
    : await readPullRequestContext({
        api,
        ...(inputs.approvalsToken ? { approvalsApi: createGitHubClient(inputs.approvalsToken) } : {}),
        event,
        // A first catalog wrote its own approver list: only maintainers' labels can count then.
        labels: base ? await labels : await labelsFromMaintainers(api, event, await labels),
        history,
        catalogEntries: inputs.catalog,
        ...approvalNeeds(draft),
      });
  // Tags and budgets only for the accounts this pull request touches; the drift run reads the rest.
  const live = inputs.live && !unreadable ? await readLiveOrganization(inputs, draft.head.catalog, { scope: changedAccounts(draft.base?.catalog, draft.head.catalog) }) : undefined;
  const evaluation = evaluate({ head, base, pr, ...(live ? { live } : {}) });
  const rulesOnly = live ? accessRulesOnlyNotice(evaluation.head.catalog) : undefined;
  if (rulesOnly) notices.push(rulesOnly);

  const comment = await postPlanComment(api, event, evaluation, inputs.comment, existingComment);
  if (comment.state === 'refused') notices.push(comment.reason);
  await publish(evaluation, { headSha: event.headSha, ...('id' in comment ? { commentId: comment.id } : {}), notices, sourceUrl: sourceLinker(event.repository, event.headSha) });
}

/** Any other event, or `mode: validate`: the workspace catalog alone, with no GitHub API access. */
async function validateWorkspace(inputs: Inputs, workspace: string): Promise<void> {
  const evaluation = evaluate({ head: readWorkspaceCatalog(inputs.catalog, workspace) });
  const sha = context.sha;
  const repository = process.env.GITHUB_REPOSITORY?.includes('/') ? context.repo : undefined;
  await publish(evaluation, { ...(sha ? { headSha: sha } : {}), sourceUrl: sourceLinker(repository, sha) });
}

export async function run(): Promise<void> {
  try {
    protectSecrets();
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    process.chdir(workspace); // findings name files relative to the repository root, as annotations need
    const event = pullRequestEvent();
    if (context.eventName === 'pull_request_target') {
      core.warning('This workflow runs on pull_request_target: use pull_request instead, so pull request code never runs with a write token (see the README).');
    }
    if (inputs.mode === 'apply') return await applyToAws(inputs, event, workspace);
    if (inputs.mode === 'drift') return await reportDrift(inputs, event, workspace);
    if (inputs.mode === 'plan' && event) return await planPullRequest(inputs, event, workspace);
    if (inputs.mode === 'plan') core.info(`This is a ${context.eventName ?? 'non-pull-request'} event: validating the catalog only (the plan needs a pull request).`);
    await validateWorkspace(inputs, workspace);
  } catch (error) {
    const message = failureMessage(error);
    core.setFailed(message);
    await writeFailureSummary(message);
  }
}

void run();
