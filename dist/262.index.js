export const id = 262;
export const ids = [262];
export const modules = {

/***/ 4262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsAccessError: () => (/* reexport */ AwsAccessError),
  applyCatalog: () => (/* binding */ applyCatalog),
  createAwsClients: () => (/* reexport */ createAwsClients),
  createIdentityCenterClients: () => (/* reexport */ createIdentityCenterClients),
  describeFailure: () => (/* reexport */ describeFailure),
  readAccessEntries: () => (/* reexport */ readAccessEntries),
  readLiveOrganization: () => (/* binding */ readLiveOrganization),
  readWholeOrganization: () => (/* binding */ readWholeOrganization),
  renderApplySummary: () => (/* reexport */ renderApplySummary)
});

// EXTERNAL MODULE: ./src/core/schema/build.ts
var build = __webpack_require__(5843);
// EXTERNAL MODULE: ./src/core/plan/access.ts
var plan_access = __webpack_require__(1177);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/plan/live.ts
var plan_live = __webpack_require__(6042);
;// CONCATENATED MODULE: ./src/core/plan/live-step-text.ts
/** One line per live step, e.g. `move ship-dev from /Workloads/Dev to /Sandbox`. Catalog text is raw: reporters escape it. */
function describeLiveStep(step) {
    switch (step.kind) {
        case 'create-ou':
            return `create OU ${step.ou}`;
        case 'create-account':
            return `create account ${step.account} <${step.email}> in ${step.ou}`;
        case 'move-account':
            return `move ${step.account} from ${step.from} to ${step.to}`;
        case 'tag-account':
            return `tag ${step.account}: ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(', ')}`;
        case 'untag-account':
            return `untag ${step.account}: ${step.keys.join(', ')}`;
        case 'create-budget':
            return `create budget for ${step.account}: ${step.budget.monthlyUsd} USD/month`;
        case 'update-budget':
            return `update budget for ${step.account}: ${step.from.monthlyUsd} -> ${step.budget.monthlyUsd} USD/month`;
        case 'close-account':
            return `close account ${step.account} (${step.id})`;
        case 'assign-access':
            return `assign ${step.group} × ${step.permissionSet} on ${step.account}${step.production ? ' (production)' : ''}`;
        case 'unassign-access':
            return `unassign ${step.group} × ${step.permissionSet} on ${step.account}${step.production ? ' (production)' : ''} (not in the catalog; policy.access.mode: authoritative)`;
    }
}

// EXTERNAL MODULE: ./src/core/plan/live-match.ts
var live_match = __webpack_require__(8325);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/aws/create-failures.ts
// Why AWS Organizations could not create an account (CreateAccountStatus.FailureReason), and what to do.
const REASONS = {
    ACCOUNT_LIMIT_EXCEEDED: 'the organization has reached its limit of accounts. Ask AWS Support to raise the Organizations account quota, or close unused accounts.',
    CONCURRENT_ACCOUNT_MODIFICATION: 'another change to the organization ran at the same time. Re-run the apply.',
    EMAIL_ALREADY_EXISTS: 'an AWS account with this root email already exists. If it is in this organization, add its `id` to the catalog entry; otherwise choose another email.',
    FAILED_BUSINESS_VALIDATION: 'AWS could not validate the business details of the management account. Check them in the AWS Billing console.',
    GOVCLOUD_ACCOUNT_ALREADY_EXISTS: 'an AWS GovCloud (US) account with this email already exists.',
    INTERNAL_FAILURE: 'AWS Organizations had an internal failure. Re-run the apply; contact AWS Support if it keeps failing.',
    INVALID_ADDRESS: 'the management account has no valid address. Fix it in the AWS Billing console.',
    INVALID_EMAIL: 'AWS rejected the root email address as invalid. Fix the `email` of this account.',
    INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: 'the identity details given for business validation are not valid. Fix them in the AWS Billing console.',
    INVALID_PAYMENT_INSTRUMENT: 'the management account has no valid payment method. Fix it in the AWS Billing console.',
    MISSING_BUSINESS_VALIDATION: 'the management account has not finished business validation. Complete it in the AWS Billing console.',
    MISSING_PAYMENT_INSTRUMENT: 'the management account has no payment method. Add one in the AWS Billing console.',
    PENDING_BUSINESS_VALIDATION: 'business validation of the management account is still pending. Re-run the apply once AWS has finished it.',
    UNKNOWN_BUSINESS_VALIDATION: 'business validation of the management account failed for an unknown reason. Contact AWS Support.',
    UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: 'the organization resource policy cannot be updated with tags. Create the account without tags, or remove the tag condition from the resource policy.',
};
/** One line: the account, the AWS reason code, and what to do about it. */
function createFailureMessage(account, reason) {
    const code = reason && /^[A-Z_]+$/.test(reason) ? reason : 'UNKNOWN';
    const advice = REASONS[code] ?? 'AWS gave no known reason. Check the account creation status in the AWS Organizations console.';
    return `CreateAccount for ${account} FAILED (${code}): ${advice}`;
}
const KNOWN_CREATE_FAILURES = Object.keys(REASONS);

;// CONCATENATED MODULE: ./src/aws/permissions.ts
// The IAM permissions each role needs: the one list that the docs, the organization repo template's
// roles and the call-coverage tests read, so none of them can drift from what the adapter calls.
// Pure data: no AWS SDK import, so the template can load it.
/** The IAM action an SDK call is authorized by (Budgets has two actions for all of its API). */
function iamActionFor(service, operation) {
    switch (service) {
        case 'organizations':
            return `organizations:${operation}`;
        case 'budgets':
            return /^(Describe|List)/.test(operation) ? 'budgets:ViewBudget' : 'budgets:ModifyBudget';
        case 'sso-admin':
            return `sso:${operation}`;
        case 'identitystore':
            return `identitystore:${operation}`;
    }
}
const READ_ORGANIZATION = (/* unused pure expression or super */ null && ([
    'organizations:DescribeOrganization',
    'organizations:ListRoots',
    'organizations:ListOrganizationalUnitsForParent',
    'organizations:ListAccountsForParent',
    'organizations:ListTagsForResource',
]));
const APPLY_READS = (/* unused pure expression or super */ null && (['organizations:ListCreateAccountStatus', 'organizations:DescribeCreateAccountStatus', 'organizations:DescribeAccount']));
const CHANGE_ACCOUNTS = (/* unused pure expression or super */ null && ([
    'organizations:CreateAccount',
    'organizations:CreateOrganizationalUnit',
    'organizations:MoveAccount',
    'organizations:TagResource',
    'organizations:UntagResource',
    'organizations:CloseAccount',
]));
/** Identity Center reads of plan, drift, import and apply (src/aws/identity-center/read.ts). */
const READ_IDENTITY_CENTER = (/* unused pure expression or super */ null && ([
    'sso:ListInstances',
    'sso:ListPermissionSets',
    'sso:DescribePermissionSet',
    'sso:ListAccountAssignmentsForPrincipal',
    'sso:ListPermissionSetsProvisionedToAccount',
    'sso:ListAccountAssignments',
    'identitystore:GetGroupId',
]));
/** Import names the groups it finds (DescribeGroup); no other role needs it. */
const IMPORT_IDENTITY_CENTER = (/* unused pure expression or super */ null && (['identitystore:DescribeGroup']));
/** Identity Center changes of apply (src/aws/identity-center/apply.ts). */
const CHANGE_IDENTITY_CENTER = (/* unused pure expression or super */ null && ([
    'sso:CreateAccountAssignment',
    'sso:DeleteAccountAssignment',
    'sso:DescribeAccountAssignmentCreationStatus',
    'sso:DescribeAccountAssignmentDeletionStatus',
]));
/**
 * The IAM actions AWS lists as dependent actions of sso:CreateAccountAssignment and
 * sso:DeleteAccountAssignment: Identity Center creates (and removes) the AWSReservedSSO_* role and the
 * AWSSSO_* SAML provider in the target account with the caller's permissions when that account is
 * the one the caller is in (the management account); in member accounts its service role does it.
 */
const IDENTITY_CENTER_IAM = (/* unused pure expression or super */ null && ([
    'iam:AttachRolePolicy',
    'iam:CreateRole',
    'iam:CreateSAMLProvider',
    'iam:DeleteRole',
    'iam:DeleteRolePolicy',
    'iam:DetachRolePolicy',
    'iam:GetRole',
    'iam:GetSAMLProvider',
    'iam:ListAttachedRolePolicies',
    'iam:ListRolePolicies',
    'iam:PutRolePolicy',
    'iam:UpdateSAMLProvider',
]));
/** The statements of one role's permissions policy. */
function rolePolicy(role, options) {
    const budgets = `arn:aws:budgets::${options.managementAccountId}:budget/*`;
    const reads = [
        { sid: 'ReadOrganization', effect: 'Allow', actions: role === 'apply' ? [...READ_ORGANIZATION, ...APPLY_READS] : [...READ_ORGANIZATION], resources: ['*'] },
        { sid: 'ReadBudgets', effect: 'Allow', actions: ['budgets:ViewBudget'], resources: [budgets] },
    ];
    if (options.identityCenter) {
        reads.push({ sid: 'ReadIdentityCenter', effect: 'Allow', actions: role === 'import' ? [...READ_IDENTITY_CENTER, ...IMPORT_IDENTITY_CENTER] : [...READ_IDENTITY_CENTER], resources: ['*'] });
    }
    if (role !== 'apply')
        return reads;
    const organization = options.organizationId ?? '*';
    const changes = [
        { sid: 'ChangeAccounts', effect: 'Allow', actions: [...CHANGE_ACCOUNTS], resources: ['*'] },
        {
            sid: 'NeverTheManagementAccount',
            effect: 'Deny',
            actions: ['organizations:CloseAccount', 'organizations:MoveAccount'],
            resources: [`arn:aws:organizations::${options.managementAccountId}:account/${organization}/${options.managementAccountId}`],
        },
        {
            sid: 'CreateAccountNeedsTheOrganizationsServiceRole',
            effect: 'Allow',
            actions: ['iam:CreateServiceLinkedRole'],
            resources: ['*'],
            condition: { StringEquals: { 'iam:AWSServiceName': 'organizations.amazonaws.com' } },
        },
        { sid: 'ChangeCatalogBudgetsOnly', effect: 'Allow', actions: ['budgets:ModifyBudget'], resources: [`arn:aws:budgets::${options.managementAccountId}:budget/account-catalog-*`] },
    ];
    if (options.identityCenter) {
        changes.push({ sid: 'ChangeIdentityCenterAssignments', effect: 'Allow', actions: [...CHANGE_IDENTITY_CENTER], resources: ['*'] }, {
            sid: 'IdentityCenterRolesInTheManagementAccount',
            effect: 'Allow',
            actions: [...IDENTITY_CENTER_IAM],
            resources: [
                `arn:aws:iam::${options.managementAccountId}:role/aws-reserved/sso.amazonaws.com/*`,
                `arn:aws:iam::${options.managementAccountId}:saml-provider/AWSSSO_*`,
            ],
        });
    }
    return [...reads, ...changes];
}
/** A role's policy as an IAM JSON policy document. */
function policyDocument(role, options) {
    return {
        Version: '2012-10-17',
        Statement: rolePolicy(role, options).map((s) => ({
            Sid: s.sid,
            Effect: s.effect,
            Action: s.actions.length === 1 ? s.actions[0] : [...s.actions],
            Resource: s.resources.length === 1 ? s.resources[0] : [...s.resources],
            ...(s.condition ? { Condition: s.condition } : {}),
        })),
    };
}
/** Every IAM action a role allows. */
function allowedActions(role, options) {
    return new Set(rolePolicy(role, options).filter((s) => s.effect === 'Allow').flatMap((s) => s.actions));
}

;// CONCATENATED MODULE: ./src/aws/errors.ts
// AWS errors a user can act on, turned into one clear line that names the missing permission.

/** The IAM action that authorises an API operation. Budgets groups its operations under two actions. */
function permissionFor(service, operation) {
    return iamActionFor(service, operation);
}
/** Missing, invalid or insufficient AWS credentials, or an organization this tool cannot work with. */
class AwsAccessError extends Error {
    permission;
    reason;
    operation;
    constructor(message, 
    /** e.g. organizations:ListAccountsForParent, when a permission is missing. */
    permission, reason, 
    /** The API operation that failed, e.g. ListRoots. */
    operation) {
        super(message);
        this.permission = permission;
        this.reason = reason;
        this.operation = operation;
        this.name = 'AwsAccessError';
    }
}
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'AuthorizationError']);
const BAD_CREDENTIALS = new Set([
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException',
]);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);
/** A short, safe form of AWS's own message: one line, bounded. */
function awsMessage(error) {
    const text = typeof error.message === 'string' ? error.message.replace(/\s+/g, ' ').trim() : '';
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
/**
 * Maps an SDK error to an AwsAccessError when it is about access; returns undefined otherwise
 * (the caller keeps the original error). `operation` is the API operation, e.g. ListAccountsForParent.
 */
function accessError(error, service, operation) {
    if (error instanceof AwsAccessError)
        return error;
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    const name = e.name ?? '';
    const said = awsMessage(e);
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(said)) {
        return new AwsAccessError('No AWS credentials found. Add aws-actions/configure-aws-credentials with `role-to-assume` (OIDC) before this step; see the README for the plan and apply roles.', undefined, 'no-credentials', operation);
    }
    if (DENIED.has(name)) {
        const permission = permissionFor(service, operation);
        return new AwsAccessError(`AWS denied ${operation} (${name}): the role needs ${permission}.${said ? ` AWS said: ${said}` : ''}`, permission, 'denied', operation);
    }
    if (name === 'AccessDeniedForDependencyException') {
        const permission = operation === 'CreateAccount' ? 'iam:CreateServiceLinkedRole' : permissionFor(service, operation);
        return new AwsAccessError(`AWS denied a dependency of ${operation} (${name}): the role needs ${permission} besides ${permissionFor(service, operation)}.${said ? ` AWS said: ${said}` : ''}`, permission, 'denied', operation);
    }
    if (BAD_CREDENTIALS.has(name)) {
        return new AwsAccessError(`AWS rejected the credentials (${name}) on ${operation}: check the role the workflow assumes and the region.`, undefined, 'bad-credentials', operation);
    }
    if (EXPIRED.has(name)) {
        return new AwsAccessError(`The AWS credentials expired (${name}) on ${operation}: raise role-duration-seconds or re-run the job.`, undefined, 'expired', operation);
    }
    if (name === 'AWSOrganizationsNotInUseException') {
        return new AwsAccessError('This AWS account is not in an organization: run the Action with credentials of the management account.', undefined, 'no-organization', operation);
    }
    return undefined;
}
/** One line for any error: its name and message, never a stack. */
function describeError(error) {
    if (error instanceof AwsAccessError)
        return error.message;
    if (typeof error === 'object' && error !== null) {
        const e = error;
        const said = awsMessage(e);
        return e.name && e.name !== 'Error' ? `${e.name}${said ? `: ${said}` : ''}` : said || String(error);
    }
    return String(error);
}
/** An endpoint that does not implement the operation (some emulators); AWS itself never answers this. */
function isUnsupportedOperation(error) {
    const e = error;
    return ['UnknownOperationException', 'NotImplemented', 'InvalidAction'].includes(e?.name ?? '') || e?.$metadata?.httpStatusCode === 501;
}

;// CONCATENATED MODULE: ./src/aws/poll.ts
// A steady 5 s: creation takes minutes, and a longer wait would add up to that much per wave of 5 creations.
const DEFAULT_POLL = { intervalMs: 5_000, maxIntervalMs: 5_000, timeoutMs: 15 * 60_000 };
function envNumber(name) {
    const raw = process.env[name];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
}
/** Options first, then ACCOUNT_CATALOG_POLL_INTERVAL_MS / _MAX_INTERVAL_MS / _TIMEOUT_MS, then the defaults. */
function pollOptions(given) {
    return {
        intervalMs: given?.intervalMs ?? envNumber('ACCOUNT_CATALOG_POLL_INTERVAL_MS') ?? DEFAULT_POLL.intervalMs,
        maxIntervalMs: given?.maxIntervalMs ?? envNumber('ACCOUNT_CATALOG_POLL_MAX_INTERVAL_MS') ?? DEFAULT_POLL.maxIntervalMs,
        timeoutMs: given?.timeoutMs ?? envNumber('ACCOUNT_CATALOG_POLL_TIMEOUT_MS') ?? DEFAULT_POLL.timeoutMs,
    };
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/aws/create-account.ts




/**
 * CreateAccount is not idempotent, so before calling it this looks for earlier work:
 *  - a live account with the email: the caller has matched those already (compareLive);
 *  - a request in ListCreateAccountStatus (IN_PROGRESS or SUCCEEDED) for the same account name.
 *    That API returns the name, not the email, so a SUCCEEDED request counts only when
 *    DescribeAccount shows the email; an IN_PROGRESS one is waited for, then checked the same way.
 * AWS also refuses a second account with an email (EMAIL_ALREADY_EXISTS), so a duplicate is impossible.
 */
async function ensureAccount(ctx, step) {
    const adopted = await adoptEarlier(ctx, step, await ctx.createRequests());
    if (adopted)
        return adopted;
    const created = await ctx.send('organizations', 'CreateAccount', `AccountName=${step.account} Email=${step.email}`, () => ctx.clients.organizations.send(new dist_cjs/* CreateAccountCommand */.FSh({
        AccountName: step.account,
        Email: step.email,
        ...(Object.keys(step.tags).length > 0 ? { Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) } : {}),
    })));
    let status = created.CreateAccountStatus;
    if (status?.State === 'IN_PROGRESS' && status.Id) {
        const id = status.Id;
        status = await waitForCreate(ctx, id, step.account);
        if (!status)
            return { outcome: 'failed', message: stillInProgress(ctx.poll, step.account, id) };
    }
    if (status?.State === 'SUCCEEDED' && status.AccountId)
        return { outcome: 'done', id: status.AccountId };
    if (status?.FailureReason === 'EMAIL_ALREADY_EXISTS') {
        // The SDK may have retried CreateAccount after a lost answer: then the first request is ours.
        const retried = await adoptEarlier(ctx, step, (await listCreateRequests(ctx)).filter((r) => r.Id !== status?.Id));
        if (retried)
            return retried;
    }
    return { outcome: 'failed', message: createFailureMessage(step.account, status?.FailureReason) };
}
/** An earlier IN_PROGRESS or SUCCEEDED request for this account name whose account has the catalog's email. */
async function adoptEarlier(ctx, step, requests) {
    for (const request of requests.filter((r) => r.AccountName === step.account)) {
        let status = request;
        if (status.State === 'IN_PROGRESS' && status.Id) {
            ctx.log(`${step.account}: an earlier CreateAccount request ${status.Id} is still IN_PROGRESS; waiting for it instead of creating again`);
            status = await waitForCreate(ctx, status.Id, step.account);
            if (!status)
                return { outcome: 'failed', message: stillInProgress(ctx.poll, step.account, request.Id) };
        }
        if (status.State === 'SUCCEEDED' && status.AccountId && (await hasEmail(ctx, status.AccountId, step.email))) {
            return { outcome: 'already-done', id: status.AccountId, message: `created by an earlier request (${status.Id ?? 'unknown'})` };
        }
    }
    return undefined;
}
function stillInProgress(poll, account, requestId) {
    return (`CreateAccount for ${account} is still IN_PROGRESS after ${poll.timeoutMs < 1000 ? `${poll.timeoutMs} ms` : `${Math.round(poll.timeoutMs / 1000)} s`} (request ${requestId ?? 'unknown'}). ` +
        'Re-run the apply later: it finds this request and does not create the account twice.');
}
/** Polls with a doubling wait until the request leaves IN_PROGRESS; undefined on timeout. */
async function waitForCreate(ctx, requestId, account) {
    const started = Date.now();
    let wait = ctx.poll.intervalMs;
    for (;;) {
        await sleep(Math.min(wait, Math.max(0, ctx.poll.timeoutMs - (Date.now() - started))));
        const answer = await ctx.send('organizations', 'DescribeCreateAccountStatus', `CreateAccountRequestId=${requestId} (${account})`, () => ctx.clients.organizations.send(new dist_cjs/* DescribeCreateAccountStatusCommand */.EeL({ CreateAccountRequestId: requestId })));
        const status = answer.CreateAccountStatus;
        if (status && status.State !== 'IN_PROGRESS')
            return status;
        if (Date.now() - started >= ctx.poll.timeoutMs)
            return undefined;
        wait = Math.min(wait * 2, ctx.poll.maxIntervalMs);
    }
}
async function hasEmail(ctx, accountId, email) {
    try {
        const answer = await ctx.send('organizations', 'DescribeAccount', `AccountId=${accountId}`, () => ctx.clients.organizations.send(new dist_cjs/* DescribeAccountCommand */.QBU({ AccountId: accountId })));
        return (answer.Account?.Email ?? '').toLowerCase() === email.toLowerCase();
    }
    catch (error) {
        if (error.name === 'AccountNotFoundException')
            return false;
        throw error;
    }
}
/**
 * Every IN_PROGRESS and SUCCEEDED CreateAccount request the organization remembers (about 90 days),
 * newest first. An endpoint without ListCreateAccountStatus (an emulator) gives none: the email check still holds.
 */
async function listCreateRequests(ctx) {
    return ctx.send('organizations', 'ListCreateAccountStatus', 'States=IN_PROGRESS,SUCCEEDED', async () => {
        const all = [];
        try {
            for await (const page of (0,dist_cjs/* paginateListCreateAccountStatus */.JOM)({ client: ctx.clients.organizations, pageSize: 20 }, { States: ['IN_PROGRESS', 'SUCCEEDED'] })) {
                all.push(...(page.CreateAccountStatuses ?? []));
            }
        }
        catch (error) {
            if (!isUnsupportedOperation(error))
                throw error;
            ctx.log('ListCreateAccountStatus is not supported by this endpoint: earlier CreateAccount requests cannot be checked');
        }
        return all.sort((a, b) => (b.RequestedTimestamp?.getTime() ?? 0) - (a.RequestedTimestamp?.getTime() ?? 0));
    });
}

// EXTERNAL MODULE: ./src/core/plan/live-budget.ts
var live_budget = __webpack_require__(5271);
;// CONCATENATED MODULE: ./src/aws/budget-spend.ts
/** Longest unit kept: AWS's are short codes (USD, GB, Hrs); anything longer is an emulator's noise. */
const MAX_UNIT = 32;
/**
 * What DescribeBudgets already says a budget has spent: `CalculatedSpend.ActualSpend` and
 * `ForecastedSpend` (Amount is a decimal string) for the current period. No extra call.
 * Units are kept as AWS gives them, never converted. Undefined when AWS gave no figures at all.
 */
function budgetSpend(budget, now = new Date()) {
    const actual = moneyOf(budget.CalculatedSpend?.ActualSpend);
    const forecast = moneyOf(budget.CalculatedSpend?.ForecastedSpend);
    const period = currentPeriod(budget, now);
    if (!actual && !forecast && !period)
        return undefined;
    return { ...(actual ? { actual } : {}), ...(forecast ? { forecast } : {}), ...(period ? { period } : {}) };
}
function moneyOf(spend) {
    if (!spend || typeof spend.Amount !== 'string' || spend.Amount.trim() === '')
        return undefined;
    const amount = Number(spend.Amount);
    // AWS always names the unit; a figure without one cannot be read as dollars or anything else.
    if (!Number.isFinite(amount) || typeof spend.Unit !== 'string' || spend.Unit.trim() === '')
        return undefined;
    return { amount, unit: spend.Unit.slice(0, MAX_UNIT) };
}
/**
 * The period the figures are for. `TimePeriod` is the budget's whole life (AWS sets its end to 2087
 * when none is given), so for a MONTHLY budget it is this calendar month (UTC), within that life.
 * Any other time unit: the `TimePeriod` as AWS gives it.
 */
function currentPeriod(budget, now) {
    const start = validDate(budget.TimePeriod?.Start);
    const end = validDate(budget.TimePeriod?.End);
    if (budget.TimeUnit !== 'MONTHLY')
        return start && end ? { start: start.toISOString(), end: end.toISOString() } : undefined;
    let from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    let to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    if (start && start > from && start < to)
        from = start;
    if (end && end < to && end > from)
        to = end;
    return { start: from.toISOString(), end: to.toISOString() };
}
function validDate(value) {
    return value instanceof Date && Number.isFinite(value.getTime()) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/aws/budgets.ts


// Budgets live in the management (payer) account, one per member account, named after the
// account's id (stable across renames) and filtered to it with the LinkedAccount cost filter.
const BUDGET_PREFIX = 'account-catalog-';
function budgetName(accountId) {
    return `${BUDGET_PREFIX}${accountId}`;
}
/** The member account a catalog budget is for, or undefined for any other budget. */
function accountOfBudget(name) {
    const match = /^account-catalog-(\d{12})$/.exec(name ?? '');
    return match ? match[1] : undefined;
}
function awsBudget(accountId, monthlyUsd) {
    return {
        BudgetName: budgetName(accountId),
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: String(monthlyUsd), Unit: 'USD' },
        CostFilters: { LinkedAccount: [accountId] },
    };
}
function awsNotification(alert) {
    return {
        NotificationType: alert.type === 'forecasted' ? 'FORECASTED' : 'ACTUAL',
        ComparisonOperator: 'GREATER_THAN',
        Threshold: alert.percent,
        ThresholdType: 'PERCENTAGE',
    };
}
/** The exact notification AWS holds, as DeleteNotification and the subscriber calls want it. */
function awsNotificationOf(live) {
    return {
        NotificationType: live.type === 'forecasted' ? 'FORECASTED' : 'ACTUAL',
        ComparisonOperator: live.comparisonOperator,
        Threshold: live.percent,
        ThresholdType: live.thresholdType,
    };
}
/** One EMAIL subscriber per recipient; AWS refuses the same address twice (emails compare case-insensitively). */
function emailSubscribers(recipients) {
    const seen = new Set();
    return recipients.filter((r) => !seen.has(r.toLowerCase()) && seen.add(r.toLowerCase())).map((Address) => ({ SubscriptionType: 'EMAIL', Address }));
}
/** The catalog's alerts without repeats: AWS refuses two identical notifications on one budget. */
function uniqueAlerts(alerts) {
    const seen = new Set();
    return alerts.filter((a) => !seen.has(`${a.type}:${a.percent}`) && seen.add(`${a.type}:${a.percent}`));
}
function liveNotification(n, subscribers) {
    return {
        percent: Number(n.Threshold ?? 0),
        type: n.NotificationType === 'FORECASTED' ? 'forecasted' : 'actual',
        recipients: subscribers?.filter((s) => s.SubscriptionType === 'EMAIL' && s.Address).map((s) => s.Address),
        thresholdType: n.ThresholdType ?? 'PERCENTAGE',
        comparisonOperator: n.ComparisonOperator ?? 'GREATER_THAN',
    };
}
function liveBudget(budget, notifications) {
    const recipients = new Set();
    for (const n of notifications)
        for (const r of n.recipients ?? [])
            recipients.add(r.toLowerCase());
    const spend = budgetSpend(budget);
    return {
        name: budget.BudgetName,
        monthlyUsd: Number(budget.BudgetLimit?.Amount ?? NaN),
        alerts: notifications.filter(live_budget/* isCatalogNotification */.p).map((n) => ({ percent: n.percent, type: n.type })),
        recipients: [...recipients].sort(),
        notifications,
        ...(spend ? { spend } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-budgets/dist-cjs/index.js
var client_budgets_dist_cjs = __webpack_require__(3001);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sso-admin/dist-cjs/index.js
var client_sso_admin_dist_cjs = __webpack_require__(1488);
;// CONCATENATED MODULE: ./src/aws/identity-center/apply.ts


/** Identity Center allows 10 assignment operations in progress at once (spec section 11). */
const ASSIGNMENTS_IN_FLIGHT = 10;
/** Assignment requests usually finish in seconds: poll from 1 s, at most every 5 s, within the run's timeout. */
function assignmentPoll(poll) {
    return { intervalMs: Math.min(poll.intervalMs, 1_000), maxIntervalMs: Math.min(poll.maxIntervalMs, 5_000), timeoutMs: poll.timeoutMs };
}
/**
 * CreateAccountAssignment or DeleteAccountAssignment (PrincipalType GROUP), then its status polled
 * until SUCCEEDED or FAILED, holding one of the 10 in-flight slots from the call to the end.
 * Both are safe to repeat: creating an assignment that exists succeeds, deleting one that is gone is
 * ResourceNotFound (done), and a request still running from a killed run answers ConflictException,
 * so this waits and asks again.
 */
async function changeAssignment(ctx, ic, step, accountId) {
    const poll = assignmentPoll(ctx.poll);
    const input = {
        InstanceArn: ic.instanceArn,
        TargetId: accountId,
        TargetType: 'AWS_ACCOUNT',
        PermissionSetArn: step.permissionSetArn,
        PrincipalType: step.principalType,
        PrincipalId: step.principalId,
    };
    const creating = step.kind === 'assign-access';
    const operation = creating ? 'CreateAccountAssignment' : 'DeleteAccountAssignment';
    const detail = `TargetId=${accountId} PermissionSet=${step.permissionSet} ${step.principalType}=${step.group}`;
    return ic.slots.use(async () => {
        const started = Date.now();
        let wait = poll.intervalMs;
        let status;
        for (;;) {
            try {
                status = creating
                    ? (await ctx.send('sso-admin', operation, detail, () => ic.clients.ssoAdmin.send(new client_sso_admin_dist_cjs/* CreateAccountAssignmentCommand */.w0d(input)))).AccountAssignmentCreationStatus
                    : (await ctx.send('sso-admin', operation, detail, () => ic.clients.ssoAdmin.send(new client_sso_admin_dist_cjs/* DeleteAccountAssignmentCommand */.bpr(input)))).AccountAssignmentDeletionStatus;
                break;
            }
            catch (error) {
                const name = error.name;
                if (!creating && name === 'ResourceNotFoundException')
                    return { outcome: 'already-done' };
                if (name !== 'ConflictException' || Date.now() - started > poll.timeoutMs)
                    throw error;
                // Another operation on the same assignment is in progress (an earlier run's): let it finish.
                await sleep(wait);
                wait = Math.min(wait * 2, poll.maxIntervalMs);
            }
        }
        wait = poll.intervalMs;
        while (status?.Status === 'IN_PROGRESS' && status.RequestId) {
            if (Date.now() - started > poll.timeoutMs) {
                return { outcome: 'failed', message: `the request ${status.RequestId} was still in progress after ${Math.round(poll.timeoutMs / 1000)} s; re-run: the next run finds the finished assignment` };
            }
            await sleep(wait);
            wait = Math.min(wait * 2, poll.maxIntervalMs);
            const RequestId = status.RequestId;
            status = creating
                ? (await ctx.send('sso-admin', 'DescribeAccountAssignmentCreationStatus', `RequestId=${RequestId}`, () => ic.clients.ssoAdmin.send(new client_sso_admin_dist_cjs/* DescribeAccountAssignmentCreationStatusCommand */.eTH({ InstanceArn: ic.instanceArn, AccountAssignmentCreationRequestId: RequestId })))).AccountAssignmentCreationStatus
                : (await ctx.send('sso-admin', 'DescribeAccountAssignmentDeletionStatus', `RequestId=${RequestId}`, () => ic.clients.ssoAdmin.send(new client_sso_admin_dist_cjs/* DescribeAccountAssignmentDeletionStatusCommand */.PSg({ InstanceArn: ic.instanceArn, AccountAssignmentDeletionRequestId: RequestId })))).AccountAssignmentDeletionStatus;
        }
        if (status?.Status === 'SUCCEEDED')
            return { outcome: 'done' };
        return { outcome: 'failed', message: assignmentFailureMessage(step, accountId, status?.FailureReason) };
    });
}
/** AWS's FailureReason is free text: the usual causes get a line that says what to do. */
const HINTS = [
    [/customer managed|not supported policy|policy.*(not found|does not exist|404)|permissions boundary/i, 'a customer managed policy or permissions boundary the permission set references does not exist in that account: create it there (same name and path), then re-run'],
    [/(principal|group).*(not (be )?found|does not exist|deleted)/i, 'the group no longer exists in the identity store: re-create or re-sync it, or remove the entry'],
    [/limit|quota|maximum/i, 'an Identity Center or IAM quota was reached (e.g. roles or permission sets per account): remove unused assignments or ask AWS to raise it'],
    [/service control|scp|explicit deny|not authori[sz]ed|access ?denied/i, 'a service control policy or permission in that account stops IAM Identity Center from creating its role: allow it, then re-run'],
    [/in progress|conflict|concurrent/i, 'another change to this assignment ran at the same time: re-run'],
];
function assignmentFailureMessage(step, accountId, reason) {
    const what = `${step.kind === 'assign-access' ? 'assign' : 'remove'} ${step.group} × ${step.permissionSet} on ${step.account} (${accountId})`;
    const said = (reason ?? '').replace(/\s+/g, ' ').trim().slice(0, 300).replace(/\.+$/, '');
    const hint = HINTS.find(([pattern]) => pattern.test(said))?.[1] ?? 're-run; if it fails again, look at the assignment in the IAM Identity Center console';
    return `IAM Identity Center could not ${what}${said ? `: ${said}` : ' (no reason given)'}. Fix: ${hint}.`;
}

;// CONCATENATED MODULE: ./src/aws/steps.ts






/** The parent OU path: /A/B -> /A, /A -> /. */
function parentOf(path) {
    const cut = path.lastIndexOf('/');
    return cut <= 0 ? '/' : path.slice(0, cut);
}
function idOf(step, state) {
    if (!('account' in step))
        return undefined;
    return ('id' in step ? step.id : undefined) ?? state.ids.get(step.account);
}
/** Runs one step: the calls it needs, treating AWS's "already done" answers as done. */
async function runStep(ctx, step, state) {
    const org = ctx.clients.organizations;
    const budgets = ctx.clients.budgets;
    switch (step.kind) {
        case 'create-ou': {
            const parentId = state.ouIds.get(parentOf(step.ou));
            if (!parentId)
                return { outcome: 'skipped', message: `skipped: the parent OU ${parentOf(step.ou)} does not exist` };
            const name = step.ou.slice(step.ou.lastIndexOf('/') + 1);
            try {
                const answer = await ctx.send('organizations', 'CreateOrganizationalUnit', `ParentId=${parentId} Name=${name}`, () => org.send(new dist_cjs/* CreateOrganizationalUnitCommand */.Qo6({ ParentId: parentId, Name: name })));
                if (answer.OrganizationalUnit?.Id)
                    state.ouIds.set(step.ou, answer.OrganizationalUnit.Id);
                return { outcome: 'done' };
            }
            catch (error) {
                if (error.name !== 'DuplicateOrganizationalUnitException')
                    throw error;
                for await (const page of (0,dist_cjs/* paginateListOrganizationalUnitsForParent */.Ogl)({ client: org, pageSize: 20 }, { ParentId: parentId })) {
                    const ou = page.OrganizationalUnits?.find((o) => o.Name === name);
                    if (ou?.Id)
                        state.ouIds.set(step.ou, ou.Id);
                }
                return { outcome: 'already-done' };
            }
        }
        case 'create-account': {
            const result = await ensureAccount(ctx, step);
            return { outcome: result.outcome, message: result.message, accountId: result.id };
        }
        case 'move-account': {
            const id = idOf(step, state);
            const from = state.ouIds.get(step.from);
            const to = state.ouIds.get(step.to);
            if (!id)
                return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
            if (!from || !to)
                return { outcome: 'failed', message: `the OU ${!to ? step.to : step.from} does not exist in AWS`, accountId: id };
            try {
                await ctx.send('organizations', 'MoveAccount', `AccountId=${id} ${step.from} -> ${step.to}`, () => org.send(new dist_cjs/* MoveAccountCommand */.Oi$({ AccountId: id, SourceParentId: from, DestinationParentId: to })));
                return { outcome: 'done', accountId: id };
            }
            catch (error) {
                if (error.name === 'DuplicateAccountException')
                    return { outcome: 'already-done', accountId: id };
                throw error;
            }
        }
        case 'tag-account':
            await ctx.send('organizations', 'TagResource', `ResourceId=${step.id} ${Object.keys(step.tags).join(',')}`, () => org.send(new dist_cjs/* TagResourceCommand */.eqU({ ResourceId: step.id, Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) })));
            return { outcome: 'done', accountId: step.id };
        case 'untag-account':
            await ctx.send('organizations', 'UntagResource', `ResourceId=${step.id} ${step.keys.join(',')}`, () => org.send(new dist_cjs/* UntagResourceCommand */.RP$({ ResourceId: step.id, TagKeys: [...step.keys] })));
            return { outcome: 'done', accountId: step.id };
        case 'create-budget': {
            const id = idOf(step, state);
            if (!id)
                return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
            const recipients = emailSubscribers(step.budget.recipients);
            try {
                await ctx.send('budgets', 'CreateBudget', `BudgetName=${budgetName(id)} ${step.budget.monthlyUsd} USD`, () => budgets.send(new client_budgets_dist_cjs/* CreateBudgetCommand */.FAL({
                    AccountId: state.managementAccountId,
                    Budget: awsBudget(id, step.budget.monthlyUsd),
                    NotificationsWithSubscribers: uniqueAlerts(step.budget.alerts).map((alert) => ({ Notification: awsNotification(alert), Subscribers: recipients })),
                })));
                return { outcome: 'done', accountId: id };
            }
            catch (error) {
                if (error.name !== 'DuplicateRecordException')
                    throw error;
                return { outcome: 'already-done', accountId: id, message: 'the budget exists already; the next run compares it' };
            }
        }
        case 'update-budget':
            await updateBudget(ctx, step, state.managementAccountId);
            return { outcome: 'done', accountId: step.id };
        case 'close-account': {
            if (step.id === state.managementAccountId)
                return { outcome: 'failed', message: 'the management account can never be closed' };
            if (state.closing.deferred)
                return { outcome: 'deferred', accountId: step.id, message: state.closing.deferred };
            try {
                await ctx.send('organizations', 'CloseAccount', `AccountId=${step.id}`, () => org.send(new dist_cjs/* CloseAccountCommand */.f4q({ AccountId: step.id })));
                return { outcome: 'done', accountId: step.id };
            }
            catch (error) {
                const e = error;
                if (e.name === 'AccountAlreadyClosedException')
                    return { outcome: 'already-done', accountId: step.id };
                if (e.name === 'ConstraintViolationException' && e.Reason === 'CLOSE_ACCOUNT_QUOTA_EXCEEDED') {
                    state.closing.deferred ??=
                        'deferred: AWS allows no more closings now (CLOSE_ACCOUNT_QUOTA_EXCEEDED, a rolling 30-day quota); re-run the apply later to close it.';
                    return { outcome: 'deferred', accountId: step.id, message: state.closing.deferred };
                }
                if (e.name === 'ConstraintViolationException' && /^CLOSE_ACCOUNT_/.test(e.Reason ?? '')) {
                    return { outcome: 'failed', accountId: step.id, message: `AWS refused CloseAccount (${e.Reason}): the organization reached its CloseAccount quota; re-run once it allows.` };
                }
                throw error;
            }
        }
        case 'assign-access':
        case 'unassign-access': {
            const id = idOf(step, state);
            if (!id)
                return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
            if (!ctx.identityCenter)
                return { outcome: 'failed', message: 'IAM Identity Center is not available in this run', accountId: id };
            return { ...(await changeAssignment(ctx, ctx.identityCenter, step, id)), accountId: id };
        }
    }
}
/**
 * Amount first (UpdateBudget), then notifications: a notification the catalog does not want, or whose
 * recipients differ, is deleted; each wanted one that is then missing is created with its subscribers
 * in one call (CreateNotification). Every call leaves a state the next run reads and finishes.
 */
async function updateBudget(ctx, step, AccountId) {
    const budgets = ctx.clients.budgets;
    const BudgetName = step.from.name ?? budgetName(step.id);
    if (Math.round(step.from.monthlyUsd * 100) !== Math.round(step.budget.monthlyUsd * 100)) {
        await ctx.send('budgets', 'UpdateBudget', `BudgetName=${BudgetName} ${step.from.monthlyUsd} -> ${step.budget.monthlyUsd} USD`, () => budgets.send(new client_budgets_dist_cjs/* UpdateBudgetCommand */.ize({ AccountId, NewBudget: awsBudget(step.id, step.budget.monthlyUsd) })));
    }
    const key = (type, percent) => `${type}:${percent}`;
    const wanted = new Map(step.budget.alerts.map((a) => [key(a.type, a.percent), a]));
    const want = [...new Set(step.budget.recipients.map((r) => r.toLowerCase()))].sort().join(',');
    const kept = new Set();
    for (const n of step.from.notifications ?? []) {
        const k = key(n.type, n.percent);
        // Unreadable subscribers (undefined) are left as they are.
        const sameRecipients = !n.recipients || [...new Set(n.recipients.map((r) => r.toLowerCase()))].sort().join(',') === want;
        if ((0,live_budget/* isCatalogNotification */.p)(n) && wanted.has(k) && !kept.has(k) && sameRecipients) {
            kept.add(k);
            continue;
        }
        await ctx.send('budgets', 'DeleteNotification', `BudgetName=${BudgetName} ${k}%`, () => budgets.send(new client_budgets_dist_cjs/* DeleteNotificationCommand */.CbI({ AccountId, BudgetName, Notification: awsNotificationOf(n) })));
    }
    for (const [k, alert] of wanted) {
        if (kept.has(k))
            continue;
        await ctx.send('budgets', 'CreateNotification', `BudgetName=${BudgetName} ${k}%`, () => budgets.send(new client_budgets_dist_cjs/* CreateNotificationCommand */.zgp({ AccountId, BudgetName, Notification: awsNotification(alert), Subscribers: emailSubscribers(step.budget.recipients) })));
    }
}

;// CONCATENATED MODULE: ./src/aws/dry-run.ts


/** What dry-run prints: the calls a step would make, with their main parameters. */
function wouldCall(step) {
    const id = 'id' in step && step.id ? step.id : '<new account id>';
    switch (step.kind) {
        case 'create-ou':
            return [`organizations:CreateOrganizationalUnit Parent=${parentOf(step.ou)} Name=${step.ou.slice(step.ou.lastIndexOf('/') + 1)}`];
        case 'create-account':
            return [
                'organizations:ListCreateAccountStatus States=IN_PROGRESS,SUCCEEDED',
                `organizations:CreateAccount AccountName=${step.account} Email=${step.email} Tags=${Object.keys(step.tags).join(',')}`,
                'organizations:DescribeCreateAccountStatus (until SUCCEEDED or FAILED)',
            ];
        case 'move-account':
            return [`organizations:MoveAccount AccountId=${id} ${step.from} -> ${step.to}`];
        case 'tag-account':
            return [`organizations:TagResource ResourceId=${id} ${Object.entries(step.tags).map(([k, v]) => `${k}=${v}`).join(',')}`];
        case 'untag-account':
            return [`organizations:UntagResource ResourceId=${id} TagKeys=${step.keys.join(',')}`];
        case 'create-budget':
            return [`budgets:CreateBudget BudgetName=account-catalog-${id} ${step.budget.monthlyUsd} USD with ${uniqueAlerts(step.budget.alerts).length} notifications`];
        case 'update-budget':
            return [`budgets:UpdateBudget, DeleteNotification, CreateNotification (as needed) BudgetName=${budgetName(step.id)} ${step.budget.monthlyUsd} USD`];
        case 'close-account':
            return [`organizations:CloseAccount AccountId=${id}`];
        case 'assign-access':
            return [
                `sso-admin:CreateAccountAssignment TargetId=${id} PermissionSet=${step.permissionSet} GROUP=${step.group}`,
                'sso-admin:DescribeAccountAssignmentCreationStatus (until SUCCEEDED or FAILED)',
            ];
        case 'unassign-access':
            return [
                `sso-admin:DeleteAccountAssignment TargetId=${id} PermissionSet=${step.permissionSet} ${step.principalType}=${step.group}`,
                'sso-admin:DescribeAccountAssignmentDeletionStatus (until SUCCEEDED or FAILED)',
            ];
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-identitystore/dist-cjs/index.js
var client_identitystore_dist_cjs = __webpack_require__(2534);
;// CONCATENATED MODULE: ./src/aws/rate-limit.ts

const REAL_CLOCK = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
/**
 * A token bucket whose waiters are served first come, first served: a caller that finds no token
 * reserves the next one (the count goes negative) and sleeps until it is due.
 */
class TokenBucket {
    rate;
    clock;
    tokens;
    refilledAt;
    constructor(rate, clock = REAL_CLOCK) {
        this.rate = rate;
        this.clock = clock;
        if (!(rate.perSecond > 0) || !(rate.burst >= 1))
            throw new Error(`A rate needs perSecond > 0 and burst >= 1 (got ${rate.perSecond}/s, burst ${rate.burst}).`);
        this.tokens = rate.burst;
        this.refilledAt = clock.now();
    }
    /** Milliseconds the caller waited (0 when a token was there). */
    async take() {
        const now = this.clock.now();
        this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond);
        this.refilledAt = now;
        this.tokens -= 1;
        if (this.tokens >= 0)
            return 0;
        const wait = Math.ceil((-this.tokens / this.rate.perSecond) * 1000);
        await this.clock.sleep(wait);
        return wait;
    }
}
/**
 * The documented rates. Organizations: per operation (AWS Organizations quotas, "Throttling limits");
 * an operation not listed uses the service's `*` entry. Identity Center: 20 calls/s shared across
 * its APIs.
 */
const DOCUMENTED_RATES = {
    organizations: {
        'ListTagsForResource': { perSecond: 10, burst: 10 },
        'ListAccounts': { perSecond: 8, burst: 8 },
        'ListAccountsForParent': { perSecond: 5, burst: 5 },
        'ListOrganizationalUnitsForParent': { perSecond: 5, burst: 5 },
        'MoveAccount': { perSecond: 2, burst: 2 },
        'TagResource': { perSecond: 4, burst: 4 },
        'UntagResource': { perSecond: 4, burst: 4 },
        'CreateAccount': { perSecond: 0.1, burst: 1 },
        'CloseAccount': { perSecond: 0.05, burst: 1 },
        '*': { perSecond: 5, burst: 5 },
    },
    'budgets': { '*': { perSecond: 5, burst: 5 } },
    'sso-admin': { '*': { perSecond: 20, burst: 20 } },
    'identitystore': { '*': { perSecond: 20, burst: 20 } },
};
/**
 * The client keeps a little under AWS's numbers: a first call that is slow (connection set-up) lets
 * the next ones arrive bunched, and one throttle makes the SDK's adaptive mode slow the whole client.
 */
const HEADROOM = { rate: 0.95, burst: 0.75 };
/** Buckets shared by all work in one process, keyed by service and operation. */
class RateLimits {
    rates;
    scale;
    clock;
    buckets = new Map();
    constructor(rates = DOCUMENTED_RATES, 
    /** ACCOUNT_CATALOG_RATE_SCALE: multiplies every rate and burst (2 for raised limits, more for emulators). */
    scale = rateScaleFromEnvironment(), clock = REAL_CLOCK) {
        this.rates = rates;
        this.scale = scale;
        this.clock = clock;
    }
    bucketFor(service, operation) {
        const table = this.rates[service];
        // Identity Center's limit is one budget for both of its APIs.
        const shared = service === 'sso-admin' || service === 'identitystore';
        const own = table[operation];
        const key = shared ? 'identity-center' : own ? `${service}:${operation}` : `${service}:*`;
        let bucket = this.buckets.get(key);
        if (!bucket) {
            const rate = own ?? table['*'];
            bucket = new TokenBucket({ perSecond: rate.perSecond * this.scale * HEADROOM.rate, burst: Math.max(1, Math.floor(rate.burst * this.scale * HEADROOM.burst)) }, this.clock);
            this.buckets.set(key, bucket);
        }
        return bucket;
    }
}
/** The scale factor from ACCOUNT_CATALOG_RATE_SCALE (default 1); a bad value is a clear error. */
function rateScaleFromEnvironment(env = process.env) {
    const text = env.ACCOUNT_CATALOG_RATE_SCALE?.trim();
    if (!text)
        return 1;
    const scale = Number(text);
    if (!Number.isFinite(scale) || scale <= 0)
        throw new Error(`ACCOUNT_CATALOG_RATE_SCALE must be a positive number, not "${text.slice(0, 40)}".`);
    return scale;
}
let processLimits;
/** The process-wide buckets: every client created in this process shares them (new ones if the scale changed). */
function sharedRateLimits() {
    const scale = rateScaleFromEnvironment();
    if (processLimits?.scale !== scale)
        processLimits = { scale, limits: new RateLimits(DOCUMENTED_RATES, scale) };
    return processLimits.limits;
}
/**
 * Makes every attempt of `client`'s calls (retries included: the middleware sits inside the SDK's
 * retry loop) wait for a token of its operation.
 */
function limitRate(client, service, limits = sharedRateLimits()) {
    const stack = client.middlewareStack;
    stack.add((next, context) => async (args) => {
        await limits.bucketFor(service, operationOf(context.commandName)).take();
        return next(args);
    }, { step: 'finalizeRequest', name: 'accountCatalogRateLimit', priority: 'low' });
}

;// CONCATENATED MODULE: ./src/aws/clients.ts




/**
 * Every attempt first takes a token of its operation's bucket at AWS's documented rate (rate-limit.ts),
 * shared by all clients of the process. Both clients use the adaptive retry mode (throttled calls are
 * retried with backoff and a client-side rate that adapts) and the SDK's standard endpoint settings: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL_BUDGETS.
 * Organizations and Budgets are global services served from us-east-1.
 */
function createAwsClients(options = {}) {
    const config = {
        region: options.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? 8,
    };
    const organizations = new dist_cjs/* OrganizationsClient */.gnq(config);
    const budgets = new client_budgets_dist_cjs/* BudgetsClient */.C7y(config);
    translateAccessErrors(organizations, 'organizations');
    translateAccessErrors(budgets, 'budgets');
    const limits = options.rateLimits ?? sharedRateLimits();
    limitRate(organizations, 'organizations', limits);
    limitRate(budgets, 'budgets', limits);
    return { organizations, budgets };
}
/** The API operation of a command name: ListAccountsCommand -> ListAccounts. */
function operationOf(commandName) {
    return typeof commandName === 'string' ? commandName.replace(/Command$/, '') : 'unknown';
}
/** Errors about credentials or permissions become AwsAccessError, naming the IAM action. */
function translateAccessErrors(client, service) {
    const stack = client.middlewareStack;
    stack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            throw accessError(error, service, operationOf(context.commandName)) ?? error;
        }
    }, { step: 'initialize', name: 'accountCatalogAccessErrors', priority: 'high' });
}

;// CONCATENATED MODULE: ./src/aws/identity-center/clients.ts




/**
 * Clients in the instance's region, with the adaptive retry mode, Identity Center's shared 20 calls/s
 * (one bucket for both APIs, src/aws/rate-limit.ts) and the SDK's endpoint settings
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SSO_ADMIN, AWS_ENDPOINT_URL_IDENTITYSTORE).
 */
function createIdentityCenterClients(options) {
    const config = { region: options.region, retryMode: 'adaptive', maxAttempts: options.maxAttempts ?? 8 };
    const ssoAdmin = new client_sso_admin_dist_cjs/* SSOAdminClient */.cJe(config);
    const identityStore = new client_identitystore_dist_cjs/* IdentitystoreClient */.bC(config);
    translateAccessErrors(ssoAdmin, 'sso-admin');
    translateAccessErrors(identityStore, 'identitystore');
    limitRate(ssoAdmin, 'sso-admin');
    limitRate(identityStore, 'identitystore');
    return { ssoAdmin, identityStore };
}
const made = new WeakMap();
/** The Identity Center clients of a run: the given ones, else one pair per region, shared by read and apply. */
function identityCenterClients(clients, region) {
    if (clients.identityCenter)
        return clients.identityCenter;
    let byRegion = made.get(clients);
    if (!byRegion)
        made.set(clients, (byRegion = new Map()));
    let pair = byRegion.get(region);
    if (!pair)
        byRegion.set(region, (pair = createIdentityCenterClients({ region })));
    return pair;
}

;// CONCATENATED MODULE: ./src/aws/pool.ts
/** Runs `work` over `items` with at most `limit` calls in flight; results keep the items' order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await work(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** At most `limit` holders at once; waiters are served first come, first served. */
class Semaphore {
    limit;
    held = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async use(work) {
        if (this.held >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.held++;
        try {
            return await work();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.held--;
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/identity-center/read.ts





/** sso-admin lists return at most 100 items per page. */
const SSO_PAGE = 100;
/** The instance to use: the configured ARN, else the only one. A clear sentence when neither works. */
async function chooseInstance(ic, config) {
    const instances = [];
    for await (const page of (0,client_sso_admin_dist_cjs/* paginateListInstances */.e4Q)({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, {}))
        instances.push(...(page.Instances ?? []));
    const usable = instances.filter((i) => i.InstanceArn && i.IdentityStoreId);
    const arns = usable.map((i) => i.InstanceArn).join(', ');
    if (config.instanceArn) {
        const found = usable.find((i) => i.InstanceArn === config.instanceArn);
        if (found)
            return found;
        return `organization.identityCenter.instanceArn ${config.instanceArn} is not an IAM Identity Center instance in ${config.region}${usable.length > 0 ? ` (ListInstances returned ${arns})` : ''}. Fix the ARN or the region.`;
    }
    if (usable.length === 1)
        return usable[0];
    if (usable.length === 0) {
        return `No IAM Identity Center instance in ${config.region} (ListInstances returned none). Set organization.identityCenter.region to the instance's region, or enable IAM Identity Center.`;
    }
    return `${usable.length} IAM Identity Center instances in ${config.region} (${arns}). Set organization.identityCenter.instanceArn to the one the catalog manages.`;
}
/** Every permission set of the instance, name -> ARN: ListPermissionSets, then DescribePermissionSet for each. */
async function readPermissionSets(ic, InstanceArn, limit) {
    const arns = [];
    for await (const page of (0,client_sso_admin_dist_cjs/* paginateListPermissionSets */.oEk)({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn }))
        arns.push(...(page.PermissionSets ?? []));
    const names = await mapLimit(arns, limit, async (PermissionSetArn) => {
        const answer = await ic.ssoAdmin.send(new client_sso_admin_dist_cjs/* DescribePermissionSetCommand */.kkR({ InstanceArn, PermissionSetArn }));
        return answer.PermissionSet?.Name;
    });
    const byName = Object.create(null);
    arns.forEach((arn, i) => {
        const name = names[i];
        if (name !== undefined && !(name in byName))
            byName[name] = arn;
    });
    return byName;
}
/** Group display name -> id with identitystore GetGroupId (never ListGroups: AD-backed stores refuse it); null when unknown. */
async function resolveGroups(ic, IdentityStoreId, names, limit) {
    const ids = await mapLimit(names, limit, async (name) => {
        try {
            const answer = await ic.identityStore.send(new client_identitystore_dist_cjs/* GetGroupIdCommand */.GG({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'DisplayName', AttributeValue: name } } }));
            return answer.GroupId ?? null;
        }
        catch (error) {
            if (error.name === 'ResourceNotFoundException')
                return null;
            throw error;
        }
    });
    const groups = Object.create(null);
    names.forEach((name, i) => (groups[name] = ids[i]));
    return groups;
}
/** Every principal's assignments on one account: ListPermissionSetsProvisionedToAccount, then ListAccountAssignments per set. */
async function readAccountAssignments(ic, InstanceArn, AccountId, limit) {
    const sets = [];
    for await (const page of (0,client_sso_admin_dist_cjs/* paginateListPermissionSetsProvisionedToAccount */.sT$)({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn, AccountId })) {
        sets.push(...(page.PermissionSets ?? []));
    }
    const perSet = await mapLimit(sets, limit, async (PermissionSetArn) => {
        const found = [];
        for await (const page of (0,client_sso_admin_dist_cjs/* paginateListAccountAssignments */.Rbz)({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn, AccountId, PermissionSetArn })) {
            for (const a of page.AccountAssignments ?? []) {
                if (a.PrincipalId && a.PrincipalType)
                    found.push({ principalType: a.PrincipalType, principalId: a.PrincipalId, permissionSetArn: a.PermissionSetArn ?? PermissionSetArn });
            }
        }
        return found;
    });
    return perSet.flat();
}
/**
 * Reads Identity Center with few calls (docs/identity-center.md, "Number of calls"):
 *   ListInstances; GetGroupId per catalog group; ListPermissionSets + DescribePermissionSet per set;
 *   ListAccountAssignmentsForPrincipal per catalog group that exists (its pages hold every account);
 *   with allPrincipals or scoped (a pull request's accounts), instead per given account
 *   ListPermissionSetsProvisionedToAccount and ListAccountAssignments per provisioned set.
 */
async function readIdentityCenter(clients, catalog, managedIds, options) {
    const config = catalog.organization.identityCenter;
    const access = new Map(managedIds.map((id) => [id, []]));
    if (!config)
        return { access };
    const ic = identityCenterClients(clients, config.region);
    const instance = await chooseInstance(ic, config);
    if (typeof instance === 'string')
        return { problem: instance, access: new Map() };
    const InstanceArn = instance.InstanceArn;
    const identityStoreId = instance.IdentityStoreId;
    const limit = options.concurrency;
    const [groups, permissionSets] = await Promise.all([
        resolveGroups(ic, identityStoreId, (0,plan_access/* catalogGroups */.G0)(catalog), limit),
        readPermissionSets(ic, InstanceArn, limit),
    ]);
    const seen = new Set();
    const add = (accountId, a) => {
        const list = access.get(accountId);
        const key = `${accountId}\u0000${a.principalType}\u0000${a.principalId}\u0000${a.permissionSetArn}`;
        if (!list || seen.has(key))
            return;
        seen.add(key);
        list.push(a);
    };
    const found = Object.values(groups).filter((id) => typeof id === 'string');
    if (options.allPrincipals || options.scoped) {
        const catalogGroup = new Set(found);
        const perAccount = await mapLimit(managedIds, limit, (id) => readAccountAssignments(ic, InstanceArn, id, limit));
        managedIds.forEach((id, i) => perAccount[i].forEach((a) => {
            if (options.allPrincipals || (a.principalType === 'GROUP' && catalogGroup.has(a.principalId)))
                add(id, a);
        }));
    }
    else {
        await mapLimit([...new Set(found)], limit, async (PrincipalId) => {
            for await (const page of (0,client_sso_admin_dist_cjs/* paginateListAccountAssignmentsForPrincipal */.g7y)({ client: ic.ssoAdmin, pageSize: SSO_PAGE }, { InstanceArn, PrincipalId, PrincipalType: 'GROUP' })) {
                for (const a of page.AccountAssignments ?? []) {
                    if (a.AccountId && a.PermissionSetArn)
                        add(a.AccountId, { principalType: 'GROUP', principalId: PrincipalId, permissionSetArn: a.PermissionSetArn });
                }
            }
        });
    }
    return { identityCenter: { instanceArn: InstanceArn, identityStoreId, groups, permissionSets, allPrincipals: options.allPrincipals }, access };
}
/**
 * For `account-catalog import`: the group assignments of these accounts as catalog access entries
 * (group display name via DescribeGroup, permission set name). Users are skipped: the catalog assigns groups only.
 */
async function readAccessEntries(clients, config, accountIds, concurrency = 8) {
    const ic = identityCenterClients(clients, config.region);
    const instance = await chooseInstance(ic, config);
    if (typeof instance === 'string')
        return { entries: new Map(), skipped: [], problem: instance };
    const InstanceArn = instance.InstanceArn;
    const IdentityStoreId = instance.IdentityStoreId;
    const permissionSets = await readPermissionSets(ic, InstanceArn, concurrency);
    const setNames = new Map(Object.entries(permissionSets).map(([name, arn]) => [arn, name]));
    const perAccount = await mapLimit(accountIds, concurrency, (id) => readAccountAssignments(ic, InstanceArn, id, concurrency));
    const groupIds = [...new Set(perAccount.flat().filter((a) => a.principalType === 'GROUP').map((a) => a.principalId))];
    const names = await mapLimit(groupIds, concurrency, async (GroupId) => {
        const answer = await ic.identityStore.send(new client_identitystore_dist_cjs/* DescribeGroupCommand */.Sk({ IdentityStoreId, GroupId }));
        return answer.DisplayName;
    });
    const groupNames = new Map(groupIds.map((id, i) => [id, names[i]]));
    const entries = new Map();
    const skipped = [];
    accountIds.forEach((id, i) => {
        const list = [];
        for (const a of perAccount[i]) {
            const permissionSet = setNames.get(a.permissionSetArn);
            const group = a.principalType === 'GROUP' ? groupNames.get(a.principalId) : undefined;
            if (a.principalType !== 'GROUP')
                skipped.push(`account ${id}: ${a.principalType} ${a.principalId} × ${permissionSet ?? a.permissionSetArn} (only groups are imported; put the user in a group)`);
            else if (!group || !permissionSet)
                skipped.push(`account ${id}: GROUP ${a.principalId} × ${a.permissionSetArn} (no display name or permission set name)`);
            else if (!list.some((e) => e.group === group && e.permissionSet === permissionSet))
                list.push({ group, permissionSet });
        }
        list.sort((x, y) => (x.group < y.group ? -1 : x.group > y.group ? 1 : x.permissionSet < y.permissionSet ? -1 : x.permissionSet > y.permissionSet ? 1 : 0));
        entries.set(id, list);
    });
    return { entries, skipped };
}

;// CONCATENATED MODULE: ./src/aws/read.ts







/** Organizations returns at most 20 items per page for these lists; Budgets at most 100. */
const ORGANIZATIONS_PAGE = 20;
const BUDGETS_PAGE = 100;
/**
 * Reads what the catalog needs of the live organization, with as few calls as it can:
 *   DescribeOrganization, ListRoots, then per parent (root and every OU) ListOrganizationalUnitsForParent
 *   and ListAccountsForParent (the parent of each account comes from the listing, no ListParents);
 *   ListTagsForResource only for ACTIVE accounts the catalog manages; in the management account,
 *   DescribeBudgets, then DescribeNotificationsForBudget per managed budget and
 *   DescribeSubscribersForNotification per notification of those. See the README (Live AWS, "Number of calls") for the formula.
 */
async function readLive(clients, catalog, options = {}) {
    const limit = options.concurrency ?? 8;
    const { organizations: org } = clients;
    const described = await org.send(new dist_cjs/* DescribeOrganizationCommand */.ov$({}));
    const managementAccountId = described.Organization?.MasterAccountId ?? '';
    const scope = options.scope;
    // A few accounts: DescribeBudget by name is cheaper than listing every budget (100 a page).
    const byName = scope !== undefined && scope.size <= Math.max(1, Math.ceil(catalog.accounts.length / BUDGETS_PAGE));
    // A pull request's changed accounts that carry their id: their details are read while the tree is
    // listed (different buckets), and kept only if the listing shows them managed and ACTIVE.
    const earlyIds = scope ? catalog.accounts.filter((a) => scope.has(a.name) && a.id && a.state === 'active').map((a) => a.id) : [];
    const early = earlyIds.length > 0 ? readDetails(clients, managementAccountId, earlyIds, limit, byName) : undefined;
    // Not awaited until the listing is done: a failure must not go unobserved meanwhile.
    early?.catch(() => undefined);
    let rootId = '';
    for await (const page of (0,dist_cjs/* paginateListRoots */.RIF)({ client: org, pageSize: ORGANIZATIONS_PAGE }, {})) {
        rootId ||= page.Roots?.[0]?.Id ?? '';
    }
    if (!rootId)
        throw new Error('AWS Organizations returned no root (ListRoots).');
    const organizationalUnits = { '/': rootId };
    const found = [];
    let level = [{ id: rootId, path: '/' }];
    while (level.length > 0) {
        const children = await mapLimit(level, limit, async (parent) => {
            const ous = [];
            const here = [];
            const listOus = async () => {
                for await (const page of (0,dist_cjs/* paginateListOrganizationalUnitsForParent */.Ogl)({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
                    for (const ou of page.OrganizationalUnits ?? []) {
                        if (ou.Id && ou.Name !== undefined)
                            ous.push({ id: ou.Id, path: parent.path === '/' ? `/${ou.Name}` : `${parent.path}/${ou.Name}` });
                    }
                }
            };
            const listAccounts = async () => {
                for await (const page of (0,dist_cjs/* paginateListAccountsForParent */.Hcl)({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
                    for (const account of page.Accounts ?? [])
                        here.push({ account, ou: parent.path });
                }
            };
            await Promise.all([listOus(), listAccounts()]);
            return { ous, accounts: here };
        });
        // Parent order, not arrival order: the same organization always reads the same.
        for (const child of children)
            found.push(...child.accounts);
        level = children.flatMap((child) => child.ous);
        for (const ou of level)
            organizationalUnits[ou.path] = ou.id;
    }
    const accounts = found
        .filter(({ account }) => account.Id)
        .map(({ account, ou }) => ({
        id: account.Id,
        name: account.Name ?? '',
        email: account.Email ?? '',
        status: account.State ?? account.Status ?? 'UNKNOWN',
        ou,
    }));
    const partial = { managementAccountId, rootId, organizationalUnits, accounts };
    // Tags and budgets matter only where they can drift or change: ACTIVE accounts the catalog manages
    // (on a pull request, those it changes).
    const pairs = (0,live_match/* matchLive */.k)(catalog.accounts, partial);
    const managed = (0,live_match/* managedIds */.c)(pairs);
    const inScope = scope ? new Set(pairs.filter((p) => p.live && scope.has(p.account.name)).map((p) => p.live.id)) : managed;
    const read = new Set(accounts.filter((a) => (options.everything || inScope.has(a.id)) && a.status === 'ACTIVE').map((a) => a.id));
    // Identity Center only when the catalog configures it (spec section 10); assignments of the same
    // accounts as tags and budgets (on a pull request, the changed ones).
    const allPrincipals = options.allAccessPrincipals === true || catalog.policy.access.mode === 'authoritative';
    const identityCenter = readIdentityCenter(clients, catalog, [...read], { allPrincipals, concurrency: limit, scoped: scope !== undefined });
    identityCenter.catch(() => undefined);
    const prefetched = (await early) ?? emptyDetails();
    const rest = [...read].filter((id) => !earlyIds.includes(id));
    const late = rest.length > 0 ? await readDetails(clients, managementAccountId, rest, limit, byName) : emptyDetails();
    const tagsOf = (id) => prefetched.tags.get(id) ?? late.tags.get(id);
    const budgetOf = (id) => prefetched.budgets.get(id) ?? late.budgets.get(id);
    const ic = await identityCenter;
    return {
        ...partial,
        accounts: accounts.map((a) => (read.has(a.id) ? { ...a, tags: tagsOf(a.id) ?? {}, budget: budgetOf(a.id), ...(ic.identityCenter ? { access: ic.access.get(a.id) } : {}) } : a)),
        ...(ic.identityCenter ? { identityCenter: ic.identityCenter } : {}),
        ...(ic.problem ? { identityCenterProblem: ic.problem } : {}),
    };
}
const emptyDetails = () => ({ tags: new Map(), budgets: new Map() });
/**
 * Tags and catalog budgets of these accounts. Tags and budgets use different buckets: read side by
 * side. An id AWS does not know (a catalog id read before the listing) just has none.
 */
async function readDetails(clients, managementAccountId, ids, limit, byName) {
    const tags = new Map();
    const readTags = mapLimit(ids, limit, async (id) => {
        const set = {};
        try {
            for await (const page of (0,dist_cjs/* paginateListTagsForResource */.mGo)({ client: clients.organizations }, { ResourceId: id })) {
                for (const tag of page.Tags ?? [])
                    if (tag.Key !== undefined)
                        set[tag.Key] = tag.Value ?? '';
            }
            tags.set(id, set);
        }
        catch (error) {
            if (!/^(TargetNotFoundException|AccountNotFoundException)$/.test(error.name ?? ''))
                throw error;
        }
    });
    // Budgets live in the management account: without its id (an emulator) there are none to read.
    const readAllBudgets = async () => (managementAccountId ? readBudgets(clients, managementAccountId, new Set(ids), limit, byName) : new Map());
    const [, budgets] = await Promise.all([readTags, readAllBudgets()]);
    return { tags, budgets };
}
/** The catalog budgets (account-catalog-<id>) of managed accounts, keyed by account id. */
async function readBudgets(clients, accountId, managed, limit, byName) {
    const client = clients.budgets;
    const ours = [];
    const result = new Map();
    const describe = async ({ id, budget }) => {
        const BudgetName = budget.BudgetName;
        const notifications = [];
        await ignoreNotFound(async () => {
            for await (const page of (0,client_budgets_dist_cjs/* paginateDescribeNotificationsForBudget */.ZnS)({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId, BudgetName })) {
                notifications.push(...(page.Notifications ?? []));
            }
        });
        const live = await mapLimit(notifications, limit, async (Notification) => {
            const subscribers = await readSubscribers(clients, accountId, BudgetName, Notification);
            return liveNotification(Notification, subscribers);
        });
        result.set(id, liveBudget(budget, live));
    };
    if (byName) {
        await mapLimit([...managed], limit, async (id) => {
            try {
                const answer = await client.send(new client_budgets_dist_cjs/* DescribeBudgetCommand */.AmJ({ AccountId: accountId, BudgetName: budgetName(id) }));
                if (answer.Budget)
                    await describe({ id, budget: answer.Budget });
            }
            catch (error) {
                if (error.name !== 'NotFoundException')
                    throw error;
            }
        });
        return result;
    }
    // Each budget's notifications are read as soon as its page arrives, while the next page loads.
    const pending = [];
    await ignoreNotFound(async () => {
        for await (const page of (0,client_budgets_dist_cjs/* paginateDescribeBudgets */.ZO6)({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId })) {
            const mine = [];
            for (const budget of page.Budgets ?? []) {
                const id = accountOfBudget(budget.BudgetName);
                if (id && managed.has(id))
                    mine.push({ id, budget });
            }
            ours.push(...mine);
            pending.push(mapLimit(mine, limit, describe));
        }
    });
    await Promise.all(pending);
    return result;
}
async function readSubscribers(clients, AccountId, BudgetName, Notification) {
    const subscribers = [];
    try {
        for await (const page of (0,client_budgets_dist_cjs/* paginateDescribeSubscribersForNotification */.kj1)({ client: clients.budgets, pageSize: BUDGETS_PAGE }, { AccountId, BudgetName, Notification })) {
            subscribers.push(...(page.Subscribers ?? []));
        }
        return subscribers;
    }
    catch (error) {
        const name = error.name;
        if (name === 'NotFoundException')
            return [];
        // Some emulators lack this operation; then recipients are unknown rather than wrong.
        if (isUnsupportedOperation(error))
            return undefined;
        throw error;
    }
}
/** Budgets answers NotFoundException where a list is simply empty. */
async function ignoreNotFound(work) {
    try {
        await work();
    }
    catch (error) {
        if (error.name !== 'NotFoundException')
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/aws/schedule.ts
// The apply scheduler: independent work in parallel within AWS's limits (spec section 11).
// Items of one chain (one account) run in order; chains run side by side; an item holds a slot of
// its kind while it runs (5 CreateAccount in progress, 3 closings, ...), and every API call also
// waits for its operation's token bucket (rate-limit.ts), so the slots only bound what is in flight.

/**
 * Runs every item once. Chains are started in the order of their first item, and a slot is given
 * first come, first served, so the order of the input is the order of the work when limits bind.
 * `skip` is called instead of `run` for the items after a `stop`.
 */
async function runChains(items, limits, run, skip) {
    const chains = new Map();
    items.forEach((item, index) => {
        const chain = chains.get(item.chain) ?? [];
        chain.push({ item, index });
        chains.set(item.chain, chain);
    });
    const slots = new Map();
    const others = new Semaphore(Math.max(1, limits.others));
    const slotOf = (kind) => {
        const limit = limits.perKind[kind];
        if (limit === undefined)
            return others;
        let slot = slots.get(kind);
        if (!slot)
            slots.set(kind, (slot = new Semaphore(Math.max(1, limit))));
        return slot;
    };
    await Promise.all([...chains.values()].map(async (chain) => {
        let stopped = false;
        for (const { item, index } of chain) {
            if (stopped) {
                skip(item.item, index);
                continue;
            }
            stopped = (await slotOf(item.kind).use(() => run(item.item, index))) === 'stop';
        }
    }));
}

;// CONCATENATED MODULE: ./src/aws/apply.ts















/**
 * Steps of one kind in progress at once: AWS allows 5 CreateAccount requests in progress; closings
 * are kept to 3; Identity Center 10 assignment operations (assign and unassign share the 'access' kind).
 * Other kinds share DEFAULT_STEP_CONCURRENCY; their calls are paced by the token buckets.
 */
const STEP_CONCURRENCY = { 'create-account': 5, 'close-account': 3, access: ASSIGNMENTS_IN_FLIGHT };
const DEFAULT_STEP_CONCURRENCY = 16;
/** Catalog text in a log line: no control characters, never a workflow command. */
function safeLine(line) {
    return (0,report_escape/* neutraliseCommandLine */.go)((0,report_escape/* escapeTerminal */.en)(line));
}
/** The management account may never be closed: refused before any call. */
function managementClosing(head, managementAccountId, live) {
    const closed = head.accounts.filter((a) => a.state === 'closed');
    const byCatalog = managementAccountId ? closed.find((a) => a.id === managementAccountId) : undefined;
    if (byCatalog || !live)
        return byCatalog;
    return (0,live_match/* matchLive */.k)(closed, live).find((p) => p.live?.id === live.managementAccountId)?.account;
}
function refusal(account, id) {
    return `Refused: ${account.name} (${id}) is the management account and can never be closed. Set \`state: active\`. Nothing was changed.`;
}
/** clamp(floor(percent % of active member accounts), minimum, maximum): the CloseAccount quota per rolling 30 days. */
function closeQuota(head, live) {
    const { percent, minimum, maximum } = head.policy.closing.quota;
    const active = live.accounts.filter((a) => a.status === 'ACTIVE' && a.id !== live.managementAccountId).length;
    return Math.min(Math.max(Math.floor((percent * active) / 100), minimum), maximum);
}
/**
 * Brings AWS to the head catalog: reads the live organization, compares (compareLive), then runs
 * the steps: OUs first, then each account's steps in their order, accounts in parallel (runChains). Every run starts from a fresh read, so a run that was killed after any call
 * and is started again finishes the work without doing any of it twice.
 */
async function applyWithClients(clients, head, log, options) {
    const say = (line) => log(safeLine(line));
    const early = managementClosing(head, head.organization.managementAccountId);
    if (early)
        return { failed: true, dryRun: options.dryRun, refused: refusal(early, early.id ?? ''), steps: [], created: [] };
    const live = await readLive(clients, head, options);
    const late = managementClosing(head, undefined, live);
    if (late)
        return { failed: true, dryRun: options.dryRun, refused: refusal(late, live.managementAccountId), steps: [], created: [] };
    // Unknown groups or permission sets (or no usable instance): refused before any change.
    const problems = (0,plan_access/* accessProblems */.zu)(head, live);
    if (problems.length > 0) {
        const where = (path) => {
            const at = options.locate?.(path);
            return at ? `${at.file}:${at.line}: ` : '';
        };
        const list = problems.slice(0, 20).map((p) => `${where(p.path)}${p.message}`).join(' ');
        const more = problems.length > 20 ? ` (and ${problems.length - 20} more)` : '';
        return { failed: true, dryRun: options.dryRun, refused: `Refused: IAM Identity Center access cannot be applied. ${list}${more} Nothing was changed.`, steps: [], created: [] };
    }
    const rulesOnly = (0,plan_access/* accessRulesOnlyNotice */.Sw)(head);
    if (rulesOnly)
        say(rulesOnly);
    const identityCenter = live.identityCenter && head.organization.identityCenter
        ? { clients: identityCenterClients(clients, head.organization.identityCenter.region), instanceArn: live.identityCenter.instanceArn, slots: new Semaphore(ASSIGNMENTS_IN_FLIGHT) }
        : undefined;
    const { liveSteps } = (0,plan_live/* compareLive */.M)(undefined, head, live);
    const closes = liveSteps.filter((s) => s.kind === 'close-account').length;
    const quota = closeQuota(head, live);
    const overQuota = closes > quota
        ? `Refused to close ${closes} accounts: AWS lets the organization close at most ${quota} in a rolling 30 days (policy.closing.quota). Close fewer per change.`
        : undefined;
    const state = { ouIds: new Map(Object.entries(live.organizationalUnits)), ids: new Map(), managementAccountId: live.managementAccountId, closing: {} };
    const created = [];
    let requests;
    const steps = new Array(liveSteps.length);
    /** Runs one step and records it; `stop` skips the later steps of its account. */
    const run = async (step, index) => {
        const calls = [];
        const ctx = {
            clients,
            poll: pollOptions(options.poll),
            log: say,
            ...(identityCenter ? { identityCenter } : {}),
            async send(service, operation, detail, call) {
                calls.push(`${service}:${operation}`);
                say(`${options.dryRun ? 'would call' : 'call'} ${service}:${operation} ${detail}`);
                return call();
            },
            // Read once per run; a failed read is tried again by the next step that needs it.
            createRequests: () => (requests ??= listCreateRequests(ctx).catch((error) => {
                requests = undefined;
                throw error;
            })),
        };
        if (step.kind === 'close-account' && overQuota) {
            steps[index] = { step, outcome: 'failed', calls, message: overQuota };
            return 'stop';
        }
        if (options.dryRun) {
            for (const line of wouldCall(step)) {
                calls.push(line.split(' ')[0]);
                say(`would call ${line}`);
            }
            steps[index] = { step, outcome: 'dry-run', calls, accountId: 'id' in step ? step.id : undefined };
            return 'continue';
        }
        try {
            const result = await runStep(ctx, step, state);
            if (step.kind === 'create-account' && result.accountId) {
                state.ids.set(step.account, result.accountId);
                created.push({ account: step.account, email: step.email, id: result.accountId });
            }
            steps[index] = { step, calls, ...result };
            say(`${describeLiveStep(step)}: ${result.outcome}${result.message ? ` — ${result.message}` : ''}`);
            return result.outcome === 'failed' ? 'stop' : 'continue';
        }
        catch (error) {
            const message = describeError(error);
            steps[index] = { step, outcome: 'failed', calls, message, accountId: 'id' in step ? step.id : undefined };
            say(`${describeLiveStep(step)}: failed — ${message}`);
            return 'stop';
        }
    };
    const skip = (step, index) => {
        steps[index] = { step, outcome: 'skipped', calls: [], message: `skipped: an earlier step for ${'account' in step ? step.account : step.ou} failed` };
    };
    // OUs first, parents before children (the steps come in that order); then every account's steps,
    // accounts side by side within the step kinds' limits. The plan puts an account's access steps
    // after its own steps and before its closing, so its chain creates it, then assigns, then closes.
    const scheduled = liveSteps.map((step, index) => ({ step, index }));
    // A dry run calls nothing: it prints the steps in plan order.
    const first = options.dryRun ? scheduled : scheduled.filter((s) => s.step.kind === 'create-ou');
    for (const { step, index } of first)
        await run(step, index);
    const accountSteps = options.dryRun ? [] : scheduled.filter((s) => s.step.kind !== 'create-ou');
    await runChains(accountSteps.map(({ step }) => ({ chain: 'account' in step ? step.account : '', kind: isAccessStep(step) ? 'access' : step.kind, item: step })), { perKind: STEP_CONCURRENCY, others: options.concurrency ?? DEFAULT_STEP_CONCURRENCY }, (step, i) => run(step, accountSteps[i].index), (step, i) => skip(step, accountSteps[i].index));
    // Creation order, not finishing order: the summary reads the same on every run.
    created.sort((a, b) => liveSteps.findIndex((s) => s.kind === 'create-account' && s.account === a.account) - liveSteps.findIndex((s) => s.kind === 'create-account' && s.account === b.account));
    const deferred = steps.filter((s) => s.outcome === 'deferred').map((s) => ('account' in s.step ? s.step.account : ''));
    return { failed: steps.some((s) => s.outcome === 'failed'), dryRun: options.dryRun, steps, created, deferred };
}
function isAccessStep(step) {
    return step.kind === 'assign-access' || step.kind === 'unassign-access';
}

;// CONCATENATED MODULE: ./src/aws/failure.ts
// One line for any failure of an AWS read, worded for the front end that shows it. The SDK error is
// classified once here (access, unreachable endpoint, throttling after retries); the Action and the
// CLI differ only in the advice (a workflow step versus a local profile).

/** The SDK's throttling error codes (@smithy/service-error-classification THROTTLING_ERROR_CODES). */
const THROTTLING = new Set([
    'BandwidthLimitExceeded', 'EC2ThrottledException', 'LimitExceededException', 'PriorRequestNotComplete', 'ProvisionedThroughputExceededException',
    'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'ThrottledException', 'Throttling', 'ThrottlingException',
    'TooManyRequestsException', 'TransactionInProgressException',
]);
/** Node's socket errors for an endpoint that cannot be reached. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);
const CLI_CREDENTIALS = 'No AWS credentials found: run `aws sso login --profile <name>` and pass --profile <name> (or set AWS_PROFILE), ' +
    'or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), using the management account or a delegated administrator.';
/** One line, no stack, for an error thrown while reading AWS. */
function describeFailure(error, audience) {
    if (error instanceof AwsAccessError || error?.name === 'AwsAccessError') {
        return describeAccess(error, audience);
    }
    const e = (typeof error === 'object' && error !== null ? error : {});
    const attempts = e.$metadata?.attempts;
    const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
    if (THROTTLING.has(e.name ?? '') || THROTTLING.has(e.code ?? '')) {
        return `AWS kept throttling the requests (${e.name ?? e.code})${tries}: wait a minute and run again${audience === 'cli' ? ', or set AWS_MAX_ATTEMPTS higher' : ''}.`;
    }
    const code = networkCode(e);
    if (code) {
        const where = endpointOf(e.message);
        return `Cannot reach the AWS endpoint${where ? ` ${where}` : ''} (${code})${tries}: check the network and proxy, and AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_ORGANIZATIONS / AWS_ENDPOINT_URL_BUDGETS if set.`;
    }
    return `AWS request failed: ${describeError(error)}`;
}
function describeAccess(error, audience) {
    if (audience === 'action')
        return error.message;
    const on = error.operation ? ` on ${error.operation}` : '';
    switch (error.reason) {
        case 'no-credentials':
            return CLI_CREDENTIALS;
        case 'bad-credentials':
            return `AWS rejected the credentials${on}: check AWS_PROFILE / --profile, or the AWS_ACCESS_KEY_ID in the environment.`;
        case 'expired':
            return `The AWS credentials expired${on}: run \`aws sso login\` (or refresh the session) and run again.`;
        case 'no-organization':
            return 'These credentials are not in an AWS Organization (AWSOrganizationsNotInUseException): use the management account of the organization, or a delegated administrator.';
        default:
            // Denied: the message names the IAM action already.
            return error.message.replace('the role needs', 'the credentials need');
    }
}
function networkCode(e) {
    if (e.code && UNREACHABLE.has(e.code))
        return e.code;
    if (e.name === 'TimeoutError')
        return 'timeout';
    const match = /\b(E[A-Z_]{4,})\b/.exec(e.message ?? '');
    return match && UNREACHABLE.has(match[1]) ? match[1] : undefined;
}
/** `connect ECONNREFUSED 127.0.0.1:9` -> 127.0.0.1:9; `getaddrinfo ENOTFOUND host` -> host. */
function endpointOf(message) {
    const match = /\bE[A-Z_]+ ([A-Za-z0-9.:[\]-]+)/.exec(message ?? '');
    return match?.[1];
}

;// CONCATENATED MODULE: ./src/aws/summary.ts


const ICON = {
    done: '✅ done',
    'already-done': '✅ already done',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    deferred: '⏸️ deferred',
    'dry-run': '📝 dry run',
};
/** The job summary of an apply: verdict, new account ids, then every step with its outcome. Catalog text is escaped. */
function renderApplySummary(report) {
    const lines = ['## AWS account catalog: apply' + (report.dryRun ? ' (dry run)' : ''), ''];
    if (report.refused) {
        lines.push(`❌ ${(0,report_escape/* escapeMarkdownMessage */.iz)(report.refused)}`, '');
        return lines.join('\n');
    }
    const failed = report.steps.filter((s) => s.outcome === 'failed').length;
    if (report.steps.length === 0)
        lines.push('✅ AWS already matches the catalog: nothing to do.');
    else if (report.dryRun)
        lines.push(`📝 Dry run: ${report.steps.length} steps would run; nothing was changed.`);
    else if (failed > 0)
        lines.push(`❌ ${failed} of ${report.steps.length} steps failed. Fix the cause and re-run: finished steps are not repeated.`);
    else
        lines.push(`✅ ${report.steps.length - (report.deferred?.length ?? 0)} steps applied.`);
    lines.push('');
    if (report.deferred && report.deferred.length > 0) {
        lines.push(`⚠️ AWS deferred ${report.deferred.length === 1 ? 'one closing' : `${report.deferred.length} closings`} (CLOSE_ACCOUNT_QUOTA_EXCEEDED: the organization's rolling 30-day CloseAccount quota is used up): ` +
            `${report.deferred.map((a) => (0,report_escape/* escapeMarkdown */.FV)(a)).join(', ')}. The other steps ran. Re-run the apply in a few days (or after AWS raises the quota) to close ${report.deferred.length === 1 ? 'it' : 'them'}.`, '');
    }
    if (report.created.length > 0) {
        lines.push('### New accounts', '', 'Add these ids to the catalog (`id:`):', '', '| account | email | id |', '| --- | --- | --- |');
        for (const c of report.created)
            lines.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(c.account)} | ${(0,report_escape/* escapeMarkdown */.FV)(c.email)} | \`${/^\d{12}$/.test(c.id) ? c.id : '?'}\` |`);
        lines.push('');
    }
    if (report.steps.length > 0) {
        lines.push('### Steps', '', '| # | step | outcome | account id | calls | note |', '| --- | --- | --- | --- | --- | --- |');
        report.steps.forEach((s, i) => {
            const calls = s.calls.length === 0 ? '' : (0,report_escape/* escapeMarkdown */.FV)(s.calls.join(', '), 300);
            lines.push(`| ${i + 1} | ${(0,report_escape/* escapeMarkdown */.FV)(describeLiveStep(s.step), 200)} | ${ICON[s.outcome]} | ${s.accountId && /^\d{12}$/.test(s.accountId) ? s.accountId : ''} | ${calls} | ${s.message ? (0,report_escape/* escapeMarkdownMessage */.iz)(s.message) : ''} |`);
        });
        lines.push('');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/aws/index.ts







function clientsFor(options) {
    return options.clients ?? createAwsClients({ region: options.region, maxAttempts: options.maxAttempts });
}
/** The live organization as the catalog needs it (read-only calls only). Throws AwsAccessError on access problems. */
async function readLiveOrganization(options, catalog) {
    return readLive(clientsFor(options), catalog, {
        concurrency: options.concurrency,
        allAccessPrincipals: options.allAccessPrincipals,
        ...(options.scope ? { scope: options.scope } : {}),
    });
}
/**
 * The whole organization for `account-catalog import`: like readLiveOrganization, but tags and the
 * catalog's budgets of every ACTIVE account (read-only calls only).
 */
async function readWholeOrganization(options) {
    // An empty catalog with the defaults: no Identity Center configured, so import reads no assignments.
    return readLive(clientsFor(options), (0,build/* buildCatalog */.oY)({ version: 1, accounts: [] }), { concurrency: options.concurrency, everything: true });
}
/**
 * Brings AWS to `head` (mode apply, on the default branch). Step failures are in the report
 * (`failed: true`); access problems before any step throw AwsAccessError. Log lines are safe to print.
 */
async function applyCatalog(options, head, log) {
    return applyWithClients(clientsFor(options), head, log, {
        dryRun: options.dryRun,
        poll: options.poll,
        concurrency: options.concurrency,
        allAccessPrincipals: options.allAccessPrincipals,
        locate: options.locate,
    });
}





/***/ })

};
