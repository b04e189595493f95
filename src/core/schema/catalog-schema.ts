import { ACCOUNT_NAME_CHARS, EMAIL_PATTERN, TAG_CHARS, TAG_KEY_MAX, TAG_VALUE_MAX } from './aws-limits';

// The catalog's JSON Schema (draft-07: both ajv and the YAML language server support it fully).
// This module is the source; schema/catalog.schema.json is written from it by schema/write.ts and a
// test keeps the two equal. It lives in src/ because jsii compiles only src/ and the core does no I/O.
//
// The schema carries value limits too (name length, email shape, budget range, tag format...) so that
// editors flag them, but the `schema` rule reports only shape (types, required fields, unknown keys,
// enum values, `version: 1`): a limit that has its own rule is reported by that rule (see OWNED_BY_RULES
// in check.ts), so one problem gives one finding.

/** Where the published schema lives (the `$id`, and the URL editors use). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/example/aws-account-catalog/main/schema/catalog.schema.json';

export const DEFAULT_NAMING_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

/** Every rule `policy.rules` may set (a test keeps this equal to RULES). */
export const CONFIGURABLE_RULES = [
  'account-name-format',
  'account-name-convention',
  'account-name-unique',
  'account-email-format',
  'account-email-domain',
  'account-email-unique',
  'account-owner-known',
  'account-ou-known',
  'account-environment-known',
  'account-id-format',
  'account-id-removed',
  'budget-amount',
  'budget-alerts',
  'budget-approval',
  'budget-below-forecast',
  'production-access',
  'account-access-unique',
  'production-iam-users',
  'account-removed',
  'account-closure-approval',
  'account-closure-quota',
  'management-account-protected',
  'tag-format',
  'policy-change-approval',
] as const;

const accountId = (description: string) => ({ type: 'string', pattern: '^[0-9]{12}$', description });

const email = (description: string) => ({
  type: 'string',
  minLength: 6,
  maxLength: 64,
  pattern: EMAIL_PATTERN,
  description,
});

const approval = (label: string, what: string) => ({
  type: 'object',
  description: `Who may approve ${what}: the label, applied by one of these users or a member of one of these teams.`,
  additionalProperties: false,
  properties: {
    label: { type: 'string', minLength: 1, default: label, description: `The pull request label that approves ${what}.` },
    teams: {
      type: 'array',
      default: [],
      description: 'GitHub teams (org/team-slug) whose members may apply the label.',
      items: { type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$' },
    },
    users: {
      type: 'array',
      default: [],
      description: 'GitHub logins who may apply the label.',
      items: { type: 'string', minLength: 1 },
    },
    allowAuthor: {
      type: 'boolean',
      default: false,
      description: "Whether the pull request's author may apply the label to approve their own change. Default false: a requester never approves their own request.",
    },
  },
});

const nonNegative = (description: string, dflt: number) => ({ type: 'number', minimum: 0, default: dflt, description });

/** Top-level keys the merged catalog (every file together) must have. */
export const MERGED_CATALOG_REQUIRED = ['version', 'accounts'] as const;

export const CATALOG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: SCHEMA_URL,
  title: 'AWS account catalog',
  description: 'The accounts of an AWS Organization, their owners, budgets and the approval policy (aws-account-catalog, version 1).',
  type: 'object',
  additionalProperties: false,
  // No `required` here: the schema serves a whole catalog and each file of a directory catalog
  // (organization.yaml without accounts, team files without version), so editors can use it on
  // every file. The merged catalog's required keys are MERGED_CATALOG_REQUIRED, checked in check.ts.
  properties: {
    version: { type: 'integer', const: 1, description: 'Catalog format version. Always 1.' },
    organization: {
      type: 'object',
      description: 'Facts about the AWS Organization.',
      additionalProperties: false,
      properties: {
        managementAccountId: accountId('The management account (12 digits, quoted). It can never be closed, moved or removed.'),
        allowedEmailDomains: {
          type: 'array',
          description: 'Root emails must use one of these domains (case-insensitive). Unset: any domain.',
          items: { type: 'string', pattern: '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\\.[A-Za-z0-9.-]*[A-Za-z0-9]$', description: 'A domain, e.g. acme.com.' },
        },
        naming: {
          type: 'object',
          description: 'Account naming convention (rule account-name-convention).',
          additionalProperties: false,
          properties: {
            pattern: { type: 'string', minLength: 1, default: DEFAULT_NAMING_PATTERN, description: 'Regular expression every account name must match. Default: kebab-case.' },
            environmentSuffix: { type: 'boolean', default: false, description: 'When true, every name must end in -<environment>, e.g. ship-dev.' },
          },
        },
        identityCenter: {
          type: 'object',
          description: 'IAM Identity Center: access entries become real assignments. Without it, access is checked by rules only.',
          additionalProperties: false,
          required: ['region'],
          properties: {
            region: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$', description: 'The region of the Identity Center instance, e.g. eu-west-1.' },
            instanceArn: {
              type: 'string',
              pattern: '^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$',
              description: 'The instance ARN. Default: the one instance ListInstances returns.',
            },
          },
        },
      },
    },
    environments: {
      type: 'object',
      description: 'The environments accounts may be in. Default: dev and staging (non-production) and prod (production).',
      default: { dev: { production: false }, staging: { production: false }, prod: { production: true } },
      additionalProperties: {
        type: 'object',
        description: 'An environment.',
        additionalProperties: false,
        properties: {
          production: { type: 'boolean', default: false, description: 'Production accounts get stricter rules (production-access, production-iam-users).' },
        },
      },
    },
    teams: {
      type: 'object',
      description: 'The teams that own accounts, by key (an account\'s owner is one of these keys).',
      additionalProperties: {
        type: 'object',
        description: 'A team.',
        additionalProperties: false,
        properties: {
          github: { type: 'string', pattern: '^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$', description: 'The GitHub team, as org/team-slug.' },
          email: { type: 'string', minLength: 1, description: 'Budget alerts for the team\'s accounts go here unless an account sets budget.recipients.' },
        },
      },
    },
    organizationalUnits: {
      type: 'array',
      description: 'Every organizational unit accounts may be placed in, as paths from the root, e.g. /Workloads/Prod.',
      items: { type: 'string', pattern: '^/', description: 'An OU path: /Parent/Child, each name 1-128 characters.' },
    },
    policy: {
      type: 'object',
      description: 'Approval policy. A pull request is always judged by the base branch\'s policy.',
      additionalProperties: false,
      properties: {
        budget: {
          type: 'object',
          description: 'Budget defaults and approval.',
          additionalProperties: false,
          properties: {
            defaultMonthlyUsd: { type: 'number', exclusiveMinimum: 0, maximum: 1000000, default: 500, description: 'Monthly budget (USD) of an account that sets none.' },
            approvalThresholdUsd: nonNegative('A new or raised monthly budget strictly above this (USD) needs the budget approval.', 500),
            approval: approval('finance-approved', 'a budget above the threshold'),
          },
        },
        closing: {
          type: 'object',
          description: 'Account closing: approval and the AWS CloseAccount quota.',
          additionalProperties: false,
          properties: {
            approval: approval('account-closure-approved', 'closing an account (and changes to policy, organization, environments or a team\'s github)'),
            ou: {
              type: 'string',
              pattern: '^/',
              description: 'Optional OU path (e.g. /Closed) that apply moves an account to before it calls CloseAccount; created if missing.',
            },
            quota: {
              type: 'object',
              description: 'AWS lets an organization close at most this many accounts per rolling 30 days: percent of its accounts, clamped to [minimum, maximum].',
              additionalProperties: false,
              properties: {
                percent: { type: 'number', minimum: 0, maximum: 100, default: 20, description: 'Percent of the organization\'s accounts.' },
                minimum: nonNegative('Lower bound of the quota.', 250),
                maximum: nonNegative('Upper bound of the quota.', 1000),
              },
            },
          },
        },
        access: {
          type: 'object',
          description: 'IAM Identity Center access policy.',
          additionalProperties: false,
          properties: {
            productionStandingPermissionSets: {
              type: 'array',
              default: ['ReadOnlyAccess', 'ViewOnlyAccess'],
              description: 'The only permission sets that may be assigned as standing access on production accounts.',
              items: { type: 'string', minLength: 1 },
            },
            mode: {
              type: 'string',
              enum: ['additive', 'authoritative'],
              default: 'additive',
              description: 'additive: assignments in AWS that the catalog lacks are drift only. authoritative: apply also removes them from the accounts the catalog manages.',
            },
          },
        },
        rules: {
          type: 'object',
          description: 'Severity overrides by rule name: error, warn or off.',
          default: {},
          additionalProperties: false,
          properties: Object.fromEntries(
            CONFIGURABLE_RULES.map((name) => [name, { type: 'string', enum: ['error', 'warn', 'off'], description: `Severity of rule ${name}.` }]),
          ),
        },
      },
    },
    accounts: {
      type: 'array',
      description: 'The accounts of the organization. Never delete an entry: set state: closed instead.',
      items: {
        type: 'object',
        description: 'An AWS account.',
        additionalProperties: false,
        required: ['name', 'email', 'owner', 'environment', 'ou'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 50, pattern: ACCOUNT_NAME_CHARS.source, description: 'Account name: 1-50 printable ASCII characters, no < or >.' },
          email: email('Root user email, unique in the organization: 6-64 characters. Accounts are matched by it (case-insensitive) when they have no id.'),
          owner: { type: 'string', minLength: 1, description: 'The owning team: a key of teams.' },
          environment: { type: 'string', minLength: 1, description: 'A key of environments, e.g. dev or prod.' },
          ou: { type: 'string', pattern: '^/', description: 'The organizational unit path, declared in organizationalUnits, e.g. /Workloads/Dev.' },
          id: accountId('The AWS account id (12 digits, quoted), set once the account exists.'),
          state: { type: 'string', enum: ['active', 'closed'], default: 'active', description: 'active, or closed to close the account (never delete the entry).' },
          budget: {
            type: 'object',
            description: 'Monthly cost budget and its alerts.',
            additionalProperties: false,
            properties: {
              monthlyUsd: { type: 'number', exclusiveMinimum: 0, maximum: 1000000, description: 'Monthly budget in USD (> 0, at most 1,000,000). Default: policy.budget.defaultMonthlyUsd.' },
              alerts: {
                type: 'array',
                minItems: 1,
                maxItems: 5,
                description: '1-5 alerts. Default: 80 % actual, 100 % actual, 100 % forecasted.',
                default: [{ percent: 80, type: 'actual' }, { percent: 100, type: 'actual' }, { percent: 100, type: 'forecasted' }],
                items: {
                  type: 'object',
                  description: 'An alert: when spend reaches percent of the budget.',
                  additionalProperties: false,
                  required: ['percent'],
                  properties: {
                    percent: { type: 'number', minimum: 1, maximum: 1000, description: 'Threshold in percent of the budget, 1-1000.' },
                    type: { type: 'string', enum: ['actual', 'forecasted'], default: 'actual', description: 'actual (spent) or forecasted (AWS forecast).' },
                  },
                },
              },
              recipients: {
                type: 'array',
                minItems: 1,
                maxItems: 10,
                description: '1-10 email addresses. Default: the owner team\'s email.',
                items: email('An email address that receives the alerts.'),
              },
            },
          },
          tags: {
            type: 'object',
            description: 'AWS tags: at most 50; key 1-128 and value 0-256 characters of letters, digits, spaces and _ . : / = + - @; no aws: prefix.',
            default: {},
            maxProperties: 50,
            propertyNames: { minLength: 1, maxLength: TAG_KEY_MAX, pattern: `^(?![aA][wW][sS]:)${TAG_CHARS.source.slice(1)}` },
            additionalProperties: { type: 'string', maxLength: TAG_VALUE_MAX, pattern: TAG_CHARS.source, description: 'Tag value.' },
          },
          access: {
            type: 'array',
            default: [],
            description: 'IAM Identity Center assignments: a group or user gets a permission set on this account.',
            items: {
              type: 'object',
              description: 'One assignment.',
              additionalProperties: false,
              required: ['permissionSet'],
              anyOf: [{ required: ['group'] }, { required: ['user'] }],
              properties: {
                group: { type: 'string', minLength: 1, description: 'Identity Center group name.' },
                user: { type: 'string', minLength: 1, description: 'Identity Center user name.' },
                permissionSet: { type: 'string', minLength: 1, description: 'Permission set name. On production accounts only policy.access.productionStandingPermissionSets.' },
              },
            },
          },
          iamUsers: { type: 'boolean', default: false, description: 'Whether long-lived IAM user credentials are allowed. Never on production accounts.' },
        },
      },
    },
  },
};
