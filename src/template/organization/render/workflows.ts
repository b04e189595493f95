import { CHECK_NAME } from '../../render/workflow';
import { CATALOG_DIR, roleArn, type OrganizationSettings } from '../settings';

const CHECKOUT = { uses: 'actions/checkout@v4', with: { 'persist-credentials': false } };

function awsCredentials(s: OrganizationSettings, role: 'plan' | 'drift' | 'apply'): Record<string, unknown> {
  return {
    name: `AWS credentials (${role} role, OIDC)`,
    uses: 'aws-actions/configure-aws-credentials@v4',
    with: { 'role-to-assume': roleArn(s, role), 'aws-region': s.region, 'role-session-name': `account-catalog-${role}` },
  };
}

/**
 * The PR check (the required status check): plan against the base branch and live AWS with the
 * read-only plan role, one sticky comment, re-run when an approval label changes, one run per PR.
 * `pull_request`, never `pull_request_target`: the PR's code never gets a write token.
 */
export function renderPlanWorkflow(s: OrganizationSettings): Record<string, unknown> {
  return {
    name: CHECK_NAME,
    on: { pull_request: { types: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled'] } },
    permissions: { 'contents': 'read', 'pull-requests': 'write', 'id-token': 'write' },
    concurrency: { 'group': 'account-catalog-pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true },
    jobs: {
      plan: {
        'name': CHECK_NAME,
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 15,
        'steps': [
          CHECKOUT,
          awsCredentials(s, 'plan'),
          {
            name: 'Validate and plan the account catalog',
            uses: s.actionRef,
            with: {
              'catalog': `${CATALOG_DIR}/`,
              'mode': 'plan',
              'comment': 'true',
              'live': 'true',
              'aws-region': s.region,
              'approvals-token': `\${{ secrets.${s.secrets.approvalsToken} }}`,
            },
          },
        ],
      },
    },
  };
}

/**
 * Apply on push to the default branch, in the protected environment, with the apply role. One group
 * that never cancels: an apply in progress always finishes, the next waits.
 */
export function renderApplyWorkflow(s: OrganizationSettings): Record<string, unknown> {
  return {
    name: 'account-catalog-apply',
    on: { push: { branches: [s.defaultBranch], paths: [`${CATALOG_DIR}/**`] } },
    permissions: { 'contents': 'read', 'id-token': 'write' },
    concurrency: { 'group': 'account-catalog-apply', 'cancel-in-progress': false },
    jobs: {
      apply: {
        'name': 'apply',
        'runs-on': 'ubuntu-latest',
        ...(s.applyEnvironment ? { environment: s.applyEnvironment } : {}),
        'timeout-minutes': 120,
        'steps': [
          CHECKOUT,
          awsCredentials(s, 'apply'),
          { name: 'Make AWS match the catalog', uses: s.actionRef, with: { 'catalog': `${CATALOG_DIR}/`, 'mode': 'apply', 'aws-region': s.region } },
        ],
      },
    },
  };
}

/** Drift: on a schedule and on demand, the read-only drift role reads everything; one issue tracks it. */
export function renderDriftWorkflow(s: OrganizationSettings): Record<string, unknown> {
  return {
    name: 'account-catalog-drift',
    on: { schedule: [{ cron: s.driftSchedule }], workflow_dispatch: {} },
    permissions: { 'contents': 'read', 'id-token': 'write', 'issues': 'write' },
    concurrency: { 'group': 'account-catalog-drift', 'cancel-in-progress': false },
    jobs: {
      drift: {
        'name': 'drift',
        'runs-on': 'ubuntu-latest',
        // The drift role trusts only the default branch: a dispatch on another branch would be refused.
        'if': `github.ref == 'refs/heads/${s.defaultBranch}'`,
        'timeout-minutes': 60,
        'steps': [
          CHECKOUT,
          awsCredentials(s, 'drift'),
          {
            name: 'Compare AWS with the catalog',
            uses: s.actionRef,
            with: { 'catalog': `${CATALOG_DIR}/`, 'mode': 'drift', 'aws-region': s.region, 'drift-issue': 'true', 'fail-on-drift': 'false' },
          },
        ],
      },
    },
  };
}
