import type { Settings } from '../settings';

/** Job name = the status check to mark required in branch protection or a ruleset. */
export const CHECK_NAME = 'account-catalog';

/**
 * The PR check: runs the Action on pull_request (never pull_request_target: the PR's code gets no
 * secrets), re-runs when an approval label is added or removed and when the PR is edited (a new base
 * branch must be judged by its own policy, not leave the old verdict standing), one run per PR at a time.
 */
export function renderWorkflow(s: Settings): Record<string, unknown> {
  return {
    name: CHECK_NAME,
    on: {
      pull_request: { types: ['opened', 'synchronize', 'reopened', 'edited', 'labeled', 'unlabeled'] },
    },
    permissions: { 'contents': 'read', 'pull-requests': 'write' },
    concurrency: {
      'group': 'account-catalog-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    },
    jobs: {
      plan: {
        'name': CHECK_NAME,
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 10,
        'steps': [
          { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0, 'persist-credentials': false } },
          {
            name: 'Validate and plan the account catalog',
            uses: s.actionRef,
            with: s.organizationCatalog
              ? {
                  'catalog': s.catalogFile,
                  'mode': 'plan',
                  'comment': 'on-change',
                  'organization-catalog': s.organizationCatalog,
                  'organization-token': `\${{ secrets.${s.organizationTokenSecret} }}`,
                }
              : { catalog: s.catalogFile.replace(/[^/]+$/, ''), mode: 'plan', comment: 'on-change' },
          },
        ],
      },
    },
  };
}
