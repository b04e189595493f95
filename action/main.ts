import * as core from '@actions/core';
import { context } from '@actions/github';
import { evaluate } from '../src/core/engine';
import { accessRulesOnlyNotice } from '../src/core/plan/access';
import { changedAccounts } from '../src/core/plan/changed';
import { readLiveOrganization } from './aws-loader';
import { findPlanComment, postPlanComment } from './comment';
import { pullRequestEvent, type PullRequestEvent } from './event';
import { failureMessage } from './failure';
import { createGitHubClient, type GitHubClient } from './github-client';
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
import { readProtectedFileChanges } from './pull-request-files';
import { ExpectedError } from './expected-error';
import type { LoadedCatalog } from '../src/core/model';

/** Stands in for the pull request in the draft evaluation, so the draft is judged by the same policy. */
const DRAFT_CONTEXT = { labels: [], teamMembers: {}, budgetChangedAt: {} };
import { describeRef, readOrganizationCatalog } from './organization-catalog';
import type { CatalogContent } from '../src/core/load/contents';

/** The whole data path of a pull request check: catalogs -> context -> evaluation -> comment -> report. */
async function planPullRequest(inputs: Inputs, event: PullRequestEvent, workspace: string): Promise<void> {
  const api = createGitHubClient(inputs.githubToken);
  // Reads that need nothing else start now and run while the workspace catalog is parsed.
  const organization = organizationFiles(inputs);
  const baseRead = started(readBaseCatalog(api, event.repository, event.baseSha, inputs.catalog, organization));
  const labels = started(readLabelApplications(api, event));
  const history = started(readCommitHistory(api, event));
  const files = started(readProtectedFileChanges(api, event, inputs.catalog));
  const existingComment = inputs.comment === 'false' ? undefined : started(findPlanComment(api, event, inputs.githubToken));
  const head = await readHeadCatalog(api, inputs, event, workspace, organization);
  const notices: string[] = [];
  if (inputs.organizationCatalog) notices.push(`Judged with the organization catalog ${describeRef(inputs.organizationCatalog)}: its policy, teams and OUs.`);
  // No head finding, whatever its severity, may weaken how the base judges the change: the base and the
  // pull request's context are always read. A file that did not parse counts as empty (its error fails the step).
  if (head.findings.some((f) => f.rule === 'yaml-syntax' && f.severity === 'error')) {
    notices.push('Part of the catalog does not parse: fix the YAML errors first. Until then the plan treats those files as empty, so their accounts show as removed.');
  }
  const base = await baseRead;
  if (!base) {
    notices.push('The base branch has no catalog yet: it is judged as a first catalog, by its own policy with the default approval labels, and its approval labels count only when a repository admin or maintainer applied them.');
  }

  // A draft evaluation says which approvals the change needs; the judging policy says who gives them.
  const draft = evaluate({ head, base, pr: DRAFT_CONTEXT });
  const pr = await readPullRequestContext({
    api,
    ...(inputs.approvalsToken ? { approvalsApi: createGitHubClient(inputs.approvalsToken) } : {}),
    event,
    // A first catalog wrote its own approver list: only maintainers' labels can count then.
    labels: base ? await labels : await labelsFromMaintainers(api, event, await labels),
    history,
    files: await files,
    catalogEntries: inputs.catalog,
    ...approvalNeeds(draft),
  });
  // Tags and budgets only for the accounts this pull request touches; the drift run reads the rest.
  const live = inputs.live ? await readLiveOrganization(inputs, draft.head.catalog, { scope: changedAccounts(draft.base?.catalog, draft.head.catalog) }) : undefined;
  const evaluation = evaluate({ head, base, pr, ...(live ? { live } : {}) });
  const rulesOnly = live ? accessRulesOnlyNotice(evaluation.head.catalog) : undefined;
  if (rulesOnly) notices.push(rulesOnly);

  const comment = await postPlanComment(api, event, evaluation, inputs.comment, existingComment);
  if (comment.state === 'refused') notices.push(comment.reason);
  await publish(evaluation, { headSha: event.headSha, ...('id' in comment ? { commentId: comment.id } : {}), notices, sourceUrl: sourceLinker(event.repository, event.headSha) });
}

/**
 * The pull request's catalog. On `pull_request` it is the checked-out workspace (the merge commit).
 * On `pull_request_target` the workspace holds the base branch unless the workflow checks out the
 * pull request's code (which then runs with a write token), so the head commit is read through the
 * API instead: judging the base against itself would pass every change.
 */
async function readHeadCatalog(
  api: GitHubClient,
  inputs: Inputs,
  event: PullRequestEvent,
  workspace: string,
  organization: Promise<CatalogContent[]> | undefined,
): Promise<LoadedCatalog> {
  if (context.eventName !== 'pull_request_target') return readWorkspaceCatalog(inputs.catalog, workspace, organization ? await organization : undefined);
  core.warning('This workflow runs on pull_request_target: the catalog is read from the pull request\'s head commit through the API, not from the workspace. Prefer pull_request (see docs/action.md).');
  const head = await readBaseCatalog(api, event.repository, event.headSha, inputs.catalog, organization);
  if (!head) throw new ExpectedError(`The pull request's head commit has no catalog at ${inputs.catalog.join(', ')}.`);
  return head;
}

/** Any other event, or `mode: validate`: the workspace catalog alone (with organization-catalog, also the organization's files). */
async function validateWorkspace(inputs: Inputs, workspace: string, notices: readonly string[] = []): Promise<void> {
  const organization = organizationFiles(inputs);
  const evaluation = evaluate({ head: readWorkspaceCatalog(inputs.catalog, workspace, organization ? await organization : undefined) });
  const sha = context.sha;
  const repository = process.env.GITHUB_REPOSITORY?.includes('/') ? context.repo : undefined;
  await publish(evaluation, { ...(sha ? { headSha: sha } : {}), notices, sourceUrl: sourceLinker(repository, sha) });
}

/** A team repo's check reads the organization repository's files (fails closed when it cannot). */
function organizationFiles(inputs: Inputs): Promise<CatalogContent[]> | undefined {
  if (!inputs.organizationCatalog) return undefined;
  const api = createGitHubClient(inputs.organizationToken ?? inputs.githubToken, { throttled: false });
  return started(readOrganizationCatalog(api, inputs.organizationCatalog));
}

export async function run(): Promise<void> {
  try {
    protectSecrets();
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    process.chdir(workspace); // findings name files relative to the repository root, as annotations need
    if (inputs.mode === 'validate') return await validateWorkspace(inputs, workspace);
    const event = pullRequestEvent();
    if (inputs.mode === 'apply') return await applyToAws(inputs, event, workspace);
    if (inputs.mode === 'drift') return await reportDrift(inputs, event, workspace);
    if (event) return await planPullRequest(inputs, event, workspace);
    // Said in the summary, not only the log: a green run of this kind must not pass for an approved change.
    const what = context.eventName || 'non-pull-request';
    await validateWorkspace(inputs, workspace, [`This is a ${what} event: the catalog was only validated. Approvals are checked on pull requests only, so this run approves nothing.`]);
  } catch (error) {
    const message = failureMessage(error);
    core.setFailed(message);
    await writeFailureSummary(message);
  }
}

void run();
