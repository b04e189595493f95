// AWS's own limits, shared by the published schema (for editors) and the rules that enforce them.

/** Organizations CreateAccount AccountName: 1-50 printable ASCII characters; the spec also forbids < and >. */
export const ACCOUNT_NAME_MAX = 50;
export const ACCOUNT_NAME_CHARS = /^[\x20-\x3B\x3D\x3F-\x7E]+$/;

/** Root email: 6-64 characters. */
export const EMAIL_MIN = 6;
export const EMAIL_MAX = 64;
/** Local part: printable ASCII except whitespace and " ' ( ) < > [ ] : ; , \ | % & @; not starting with a dot. */
export const EMAIL_LOCAL = /^(?!\.)[!#$*+\-./0-9=?A-Z^_`a-z{}~]+$/;
/** Domain: [A-Za-z0-9.-] with a dot, not starting or ending in - or . */
export const EMAIL_DOMAIN = /^(?![-.])[A-Za-z0-9.-]*\.[A-Za-z0-9.-]*[A-Za-z0-9]$/;
/** The two as one pattern, for the JSON Schema. */
export const EMAIL_PATTERN = `^${EMAIL_LOCAL.source.slice(1, -1)}@${EMAIL_DOMAIN.source.slice(1, -1)}$`;

export const ACCOUNT_ID = /^[0-9]{12}$/;

/** Organizational unit name: 1-128 characters. */
export const OU_NAME_MAX = 128;

/** Tags (Organizations TagResource): key 1-128, value 0-256, at most 50 per account, no aws: prefix. */
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
export const TAGS_MAX = 50;
export const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
export const TAG_RESERVED_PREFIX = /^aws:/i;

/** AWS Budgets. */
export const BUDGET_MAX_USD = 1_000_000;
export const ALERTS_MIN = 1;
/** Notifications per budget. */
export const ALERTS_MAX = 5;
export const ALERT_PERCENT_MIN = 1;
export const ALERT_PERCENT_MAX = 1000;
/** Email subscribers per notification. */
export const RECIPIENTS_MAX = 10;
