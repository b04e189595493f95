// Which schema findings belong to another rule. The published schema carries every value limit so
// that editors flag it as you type, but a limit with its own rule is reported by that rule only:
// one problem, one finding. schema/generate.ts also leaves these limits out of the validator that
// runs here (they are most of its cost: Unicode patterns and lengths on every account).

/** Keywords that limit a value rather than describe a shape. */
export const VALUE_KEYWORDS: ReadonlySet<string> = new Set([
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'maxItems', 'maxProperties', 'propertyNames',
]);

/** Instance paths (JSON pointers) and the keywords whose findings there belong to a rule. */
const OWNED_BY_RULES: readonly { readonly path: RegExp; readonly keywords: ReadonlySet<string> }[] = [
  // account-name-format, account-email-format, account-id-format, account-ou-known
  { path: /^\/accounts\/\d+\/(name|email|id|ou)$/, keywords: new Set(['minLength', 'maxLength', 'pattern']) },
  { path: /^\/organizationalUnits\/\d+$/, keywords: new Set(['pattern']) },
  // account-owner-known, account-environment-known, account-ou-known report a missing value.
  { path: /^\/accounts\/\d+$/, keywords: new Set(['required:owner', 'required:environment', 'required:ou']) },
  // budget-amount (including 1e309, which is not a finite number), budget-alerts
  { path: /^\/accounts\/\d+\/budget\/monthlyUsd$/, keywords: new Set(['exclusiveMinimum', 'maximum', 'type:infinite']) },
  { path: /^\/accounts\/\d+\/budget\/(alerts|recipients)$/, keywords: new Set(['minItems', 'maxItems']) },
  { path: /^\/accounts\/\d+\/budget\/alerts\/\d+\/percent$/, keywords: new Set(['minimum', 'maximum', 'type:infinite']) },
  { path: /^\/accounts\/\d+\/budget\/recipients\/\d+$/, keywords: new Set(['minLength', 'maxLength', 'pattern']) },
  // tag-format
  { path: /^\/accounts\/\d+\/tags$/, keywords: new Set(['maxProperties', 'propertyNames', 'minLength', 'maxLength', 'pattern']) },
  { path: /^\/accounts\/\d+\/tags\/.*$/, keywords: new Set(['minLength', 'maxLength', 'pattern']) },
];

/**
 * Whether a finding of `keyword` at `instancePath` belongs to another rule. Besides schema keywords,
 * `keyword` may be `required:<field>` (a missing field) or `type:infinite` (a number that is not finite).
 */
export function ownedByRule(instancePath: string, keyword: string): boolean {
  return OWNED_BY_RULES.some((owned) => owned.path.test(instancePath) && owned.keywords.has(keyword));
}
