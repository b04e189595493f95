export const id = 924;
export const ids = [924];
export const modules = {

/***/ 1924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AwsAccessError: () => (/* reexport */ AwsAccessError),
  applyCatalog: () => (/* binding */ applyCatalog),
  createAwsClients: () => (/* reexport */ createAwsClients),
  readLiveOrganization: () => (/* binding */ readLiveOrganization),
  renderApplySummary: () => (/* reexport */ renderApplySummary)
});

// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/plan/live.ts
var plan_live = __webpack_require__(3661);
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
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGl2ZS1zdGVwLXRleHQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9zcmMvY29yZS9wbGFuL2xpdmUtc3RlcC10ZXh0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUVBLDhIQUE4SDtBQUM5SCxNQUFNLFVBQVUsZ0JBQWdCLENBQUMsSUFBYztJQUM3QyxRQUFRLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNsQixLQUFLLFdBQVc7WUFDZCxPQUFPLGFBQWEsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ2hDLEtBQUssZ0JBQWdCO1lBQ25CLE9BQU8sa0JBQWtCLElBQUksQ0FBQyxPQUFPLEtBQUssSUFBSSxDQUFDLEtBQUssUUFBUSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDeEUsS0FBSyxjQUFjO1lBQ2pCLE9BQU8sUUFBUSxJQUFJLENBQUMsT0FBTyxTQUFTLElBQUksQ0FBQyxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ2hFLEtBQUssYUFBYTtZQUNoQixPQUFPLE9BQU8sSUFBSSxDQUFDLE9BQU8sS0FBSyxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNyRyxLQUFLLGVBQWU7WUFDbEIsT0FBTyxTQUFTLElBQUksQ0FBQyxPQUFPLEtBQUssSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUMxRCxLQUFLLGVBQWU7WUFDbEIsT0FBTyxxQkFBcUIsSUFBSSxDQUFDLE9BQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsWUFBWSxDQUFDO1FBQ2xGLEtBQUssZUFBZTtZQUNsQixPQUFPLHFCQUFxQixJQUFJLENBQUMsT0FBTyxLQUFLLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxZQUFZLENBQUM7UUFDN0csS0FBSyxlQUFlO1lBQ2xCLE9BQU8saUJBQWlCLElBQUksQ0FBQyxPQUFPLEtBQUssSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDO0lBQ3hELENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHR5cGUgeyBMaXZlU3RlcCB9IGZyb20gJy4uL21vZGVsJztcblxuLyoqIE9uZSBsaW5lIHBlciBsaXZlIHN0ZXAsIGUuZy4gYG1vdmUgc2hpcC1kZXYgZnJvbSAvV29ya2xvYWRzL0RldiB0byAvU2FuZGJveGAuIENhdGFsb2cgdGV4dCBpcyByYXc6IHJlcG9ydGVycyBlc2NhcGUgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVMaXZlU3RlcChzdGVwOiBMaXZlU3RlcCk6IHN0cmluZyB7XG4gIHN3aXRjaCAoc3RlcC5raW5kKSB7XG4gICAgY2FzZSAnY3JlYXRlLW91JzpcbiAgICAgIHJldHVybiBgY3JlYXRlIE9VICR7c3RlcC5vdX1gO1xuICAgIGNhc2UgJ2NyZWF0ZS1hY2NvdW50JzpcbiAgICAgIHJldHVybiBgY3JlYXRlIGFjY291bnQgJHtzdGVwLmFjY291bnR9IDwke3N0ZXAuZW1haWx9PiBpbiAke3N0ZXAub3V9YDtcbiAgICBjYXNlICdtb3ZlLWFjY291bnQnOlxuICAgICAgcmV0dXJuIGBtb3ZlICR7c3RlcC5hY2NvdW50fSBmcm9tICR7c3RlcC5mcm9tfSB0byAke3N0ZXAudG99YDtcbiAgICBjYXNlICd0YWctYWNjb3VudCc6XG4gICAgICByZXR1cm4gYHRhZyAke3N0ZXAuYWNjb3VudH06ICR7T2JqZWN0LmVudHJpZXMoc3RlcC50YWdzKS5tYXAoKFtrLCB2XSkgPT4gYCR7a309JHt2fWApLmpvaW4oJywgJyl9YDtcbiAgICBjYXNlICd1bnRhZy1hY2NvdW50JzpcbiAgICAgIHJldHVybiBgdW50YWcgJHtzdGVwLmFjY291bnR9OiAke3N0ZXAua2V5cy5qb2luKCcsICcpfWA7XG4gICAgY2FzZSAnY3JlYXRlLWJ1ZGdldCc6XG4gICAgICByZXR1cm4gYGNyZWF0ZSBidWRnZXQgZm9yICR7c3RlcC5hY2NvdW50fTogJHtzdGVwLmJ1ZGdldC5tb250aGx5VXNkfSBVU0QvbW9udGhgO1xuICAgIGNhc2UgJ3VwZGF0ZS1idWRnZXQnOlxuICAgICAgcmV0dXJuIGB1cGRhdGUgYnVkZ2V0IGZvciAke3N0ZXAuYWNjb3VudH06ICR7c3RlcC5mcm9tLm1vbnRobHlVc2R9IC0+ICR7c3RlcC5idWRnZXQubW9udGhseVVzZH0gVVNEL21vbnRoYDtcbiAgICBjYXNlICdjbG9zZS1hY2NvdW50JzpcbiAgICAgIHJldHVybiBgY2xvc2UgYWNjb3VudCAke3N0ZXAuYWNjb3VudH0gKCR7c3RlcC5pZH0pYDtcbiAgfVxufVxuIl19
// EXTERNAL MODULE: ./src/core/plan/live-match.ts
var live_match = __webpack_require__(8325);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./action/aws/create-failures.ts
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY3JlYXRlLWZhaWx1cmVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiZmlsZTovLy93b3JrL21haW4vYWN0aW9uL2F3cy9jcmVhdGUtZmFpbHVyZXMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEseUdBQXlHO0FBRXpHLE1BQU0sT0FBTyxHQUFxQztJQUNoRCxzQkFBc0IsRUFBRSx5SUFBeUk7SUFDakssK0JBQStCLEVBQUUsNEVBQTRFO0lBQzdHLG9CQUFvQixFQUFFLHVKQUF1SjtJQUM3SywwQkFBMEIsRUFBRSwrR0FBK0c7SUFDM0ksK0JBQStCLEVBQUUsOERBQThEO0lBQy9GLGdCQUFnQixFQUFFLHVHQUF1RztJQUN6SCxlQUFlLEVBQUUsaUZBQWlGO0lBQ2xHLGFBQWEsRUFBRSxrRkFBa0Y7SUFDakcsd0NBQXdDLEVBQUUsd0dBQXdHO0lBQ2xKLDBCQUEwQixFQUFFLHdGQUF3RjtJQUNwSCwyQkFBMkIsRUFBRSxzR0FBc0c7SUFDbkksMEJBQTBCLEVBQUUsbUZBQW1GO0lBQy9HLDJCQUEyQixFQUFFLDRHQUE0RztJQUN6SSwyQkFBMkIsRUFBRSxrR0FBa0c7SUFDL0gsdURBQXVELEVBQUUsc0pBQXNKO0NBQ2hOLENBQUM7QUFFRiwyRUFBMkU7QUFDM0UsTUFBTSxVQUFVLG9CQUFvQixDQUFDLE9BQWUsRUFBRSxNQUEwQjtJQUM5RSxNQUFNLElBQUksR0FBRyxNQUFNLElBQUksV0FBVyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDckUsTUFBTSxNQUFNLEdBQUcsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLCtGQUErRixDQUFDO0lBQ2hJLE9BQU8scUJBQXFCLE9BQU8sWUFBWSxJQUFJLE1BQU0sTUFBTSxFQUFFLENBQUM7QUFDcEUsQ0FBQztBQUVELE1BQU0sQ0FBQyxNQUFNLHFCQUFxQixHQUFzQixNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLy8gV2h5IEFXUyBPcmdhbml6YXRpb25zIGNvdWxkIG5vdCBjcmVhdGUgYW4gYWNjb3VudCAoQ3JlYXRlQWNjb3VudFN0YXR1cy5GYWlsdXJlUmVhc29uKSwgYW5kIHdoYXQgdG8gZG8uXG5cbmNvbnN0IFJFQVNPTlM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBBQ0NPVU5UX0xJTUlUX0VYQ0VFREVEOiAndGhlIG9yZ2FuaXphdGlvbiBoYXMgcmVhY2hlZCBpdHMgbGltaXQgb2YgYWNjb3VudHMuIEFzayBBV1MgU3VwcG9ydCB0byByYWlzZSB0aGUgT3JnYW5pemF0aW9ucyBhY2NvdW50IHF1b3RhLCBvciBjbG9zZSB1bnVzZWQgYWNjb3VudHMuJyxcbiAgQ09OQ1VSUkVOVF9BQ0NPVU5UX01PRElGSUNBVElPTjogJ2Fub3RoZXIgY2hhbmdlIHRvIHRoZSBvcmdhbml6YXRpb24gcmFuIGF0IHRoZSBzYW1lIHRpbWUuIFJlLXJ1biB0aGUgYXBwbHkuJyxcbiAgRU1BSUxfQUxSRUFEWV9FWElTVFM6ICdhbiBBV1MgYWNjb3VudCB3aXRoIHRoaXMgcm9vdCBlbWFpbCBhbHJlYWR5IGV4aXN0cy4gSWYgaXQgaXMgaW4gdGhpcyBvcmdhbml6YXRpb24sIGFkZCBpdHMgYGlkYCB0byB0aGUgY2F0YWxvZyBlbnRyeTsgb3RoZXJ3aXNlIGNob29zZSBhbm90aGVyIGVtYWlsLicsXG4gIEZBSUxFRF9CVVNJTkVTU19WQUxJREFUSU9OOiAnQVdTIGNvdWxkIG5vdCB2YWxpZGF0ZSB0aGUgYnVzaW5lc3MgZGV0YWlscyBvZiB0aGUgbWFuYWdlbWVudCBhY2NvdW50LiBDaGVjayB0aGVtIGluIHRoZSBBV1MgQmlsbGluZyBjb25zb2xlLicsXG4gIEdPVkNMT1VEX0FDQ09VTlRfQUxSRUFEWV9FWElTVFM6ICdhbiBBV1MgR292Q2xvdWQgKFVTKSBhY2NvdW50IHdpdGggdGhpcyBlbWFpbCBhbHJlYWR5IGV4aXN0cy4nLFxuICBJTlRFUk5BTF9GQUlMVVJFOiAnQVdTIE9yZ2FuaXphdGlvbnMgaGFkIGFuIGludGVybmFsIGZhaWx1cmUuIFJlLXJ1biB0aGUgYXBwbHk7IGNvbnRhY3QgQVdTIFN1cHBvcnQgaWYgaXQga2VlcHMgZmFpbGluZy4nLFxuICBJTlZBTElEX0FERFJFU1M6ICd0aGUgbWFuYWdlbWVudCBhY2NvdW50IGhhcyBubyB2YWxpZCBhZGRyZXNzLiBGaXggaXQgaW4gdGhlIEFXUyBCaWxsaW5nIGNvbnNvbGUuJyxcbiAgSU5WQUxJRF9FTUFJTDogJ0FXUyByZWplY3RlZCB0aGUgcm9vdCBlbWFpbCBhZGRyZXNzIGFzIGludmFsaWQuIEZpeCB0aGUgYGVtYWlsYCBvZiB0aGlzIGFjY291bnQuJyxcbiAgSU5WQUxJRF9JREVOVElUWV9GT1JfQlVTSU5FU1NfVkFMSURBVElPTjogJ3RoZSBpZGVudGl0eSBkZXRhaWxzIGdpdmVuIGZvciBidXNpbmVzcyB2YWxpZGF0aW9uIGFyZSBub3QgdmFsaWQuIEZpeCB0aGVtIGluIHRoZSBBV1MgQmlsbGluZyBjb25zb2xlLicsXG4gIElOVkFMSURfUEFZTUVOVF9JTlNUUlVNRU5UOiAndGhlIG1hbmFnZW1lbnQgYWNjb3VudCBoYXMgbm8gdmFsaWQgcGF5bWVudCBtZXRob2QuIEZpeCBpdCBpbiB0aGUgQVdTIEJpbGxpbmcgY29uc29sZS4nLFxuICBNSVNTSU5HX0JVU0lORVNTX1ZBTElEQVRJT046ICd0aGUgbWFuYWdlbWVudCBhY2NvdW50IGhhcyBub3QgZmluaXNoZWQgYnVzaW5lc3MgdmFsaWRhdGlvbi4gQ29tcGxldGUgaXQgaW4gdGhlIEFXUyBCaWxsaW5nIGNvbnNvbGUuJyxcbiAgTUlTU0lOR19QQVlNRU5UX0lOU1RSVU1FTlQ6ICd0aGUgbWFuYWdlbWVudCBhY2NvdW50IGhhcyBubyBwYXltZW50IG1ldGhvZC4gQWRkIG9uZSBpbiB0aGUgQVdTIEJpbGxpbmcgY29uc29sZS4nLFxuICBQRU5ESU5HX0JVU0lORVNTX1ZBTElEQVRJT046ICdidXNpbmVzcyB2YWxpZGF0aW9uIG9mIHRoZSBtYW5hZ2VtZW50IGFjY291bnQgaXMgc3RpbGwgcGVuZGluZy4gUmUtcnVuIHRoZSBhcHBseSBvbmNlIEFXUyBoYXMgZmluaXNoZWQgaXQuJyxcbiAgVU5LTk9XTl9CVVNJTkVTU19WQUxJREFUSU9OOiAnYnVzaW5lc3MgdmFsaWRhdGlvbiBvZiB0aGUgbWFuYWdlbWVudCBhY2NvdW50IGZhaWxlZCBmb3IgYW4gdW5rbm93biByZWFzb24uIENvbnRhY3QgQVdTIFN1cHBvcnQuJyxcbiAgVVBEQVRFX0VYSVNUSU5HX1JFU09VUkNFX1BPTElDWV9XSVRIX1RBR1NfTk9UX1NVUFBPUlRFRDogJ3RoZSBvcmdhbml6YXRpb24gcmVzb3VyY2UgcG9saWN5IGNhbm5vdCBiZSB1cGRhdGVkIHdpdGggdGFncy4gQ3JlYXRlIHRoZSBhY2NvdW50IHdpdGhvdXQgdGFncywgb3IgcmVtb3ZlIHRoZSB0YWcgY29uZGl0aW9uIGZyb20gdGhlIHJlc291cmNlIHBvbGljeS4nLFxufTtcblxuLyoqIE9uZSBsaW5lOiB0aGUgYWNjb3VudCwgdGhlIEFXUyByZWFzb24gY29kZSwgYW5kIHdoYXQgdG8gZG8gYWJvdXQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlRmFpbHVyZU1lc3NhZ2UoYWNjb3VudDogc3RyaW5nLCByZWFzb246IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIGNvbnN0IGNvZGUgPSByZWFzb24gJiYgL15bQS1aX10rJC8udGVzdChyZWFzb24pID8gcmVhc29uIDogJ1VOS05PV04nO1xuICBjb25zdCBhZHZpY2UgPSBSRUFTT05TW2NvZGVdID8/ICdBV1MgZ2F2ZSBubyBrbm93biByZWFzb24uIENoZWNrIHRoZSBhY2NvdW50IGNyZWF0aW9uIHN0YXR1cyBpbiB0aGUgQVdTIE9yZ2FuaXphdGlvbnMgY29uc29sZS4nO1xuICByZXR1cm4gYENyZWF0ZUFjY291bnQgZm9yICR7YWNjb3VudH0gRkFJTEVEICgke2NvZGV9KTogJHthZHZpY2V9YDtcbn1cblxuZXhwb3J0IGNvbnN0IEtOT1dOX0NSRUFURV9GQUlMVVJFUzogcmVhZG9ubHkgc3RyaW5nW10gPSBPYmplY3Qua2V5cyhSRUFTT05TKTtcbiJdfQ==
;// CONCATENATED MODULE: ./action/aws/errors.ts
// AWS errors a user can act on, turned into one clear line that names the missing permission.
/** The IAM action that authorises an API operation. Budgets groups its operations under two actions. */
function permissionFor(service, operation) {
    if (service === 'organizations')
        return `organizations:${operation}`;
    return /^(Describe|List)/.test(operation) ? 'budgets:ViewBudget' : 'budgets:ModifyBudget';
}
/** Missing, invalid or insufficient AWS credentials, or an organization this tool cannot work with. */
class AwsAccessError extends Error {
    permission;
    constructor(message, 
    /** e.g. organizations:ListAccountsForParent, when a permission is missing. */
    permission) {
        super(message);
        this.permission = permission;
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
        return new AwsAccessError('No AWS credentials found. Add aws-actions/configure-aws-credentials with `role-to-assume` (OIDC) before this step; see the README for the plan and apply roles.');
    }
    if (DENIED.has(name)) {
        const permission = permissionFor(service, operation);
        return new AwsAccessError(`AWS denied ${operation} (${name}): the role needs ${permission}.${said ? ` AWS said: ${said}` : ''}`, permission);
    }
    if (name === 'AccessDeniedForDependencyException') {
        const permission = operation === 'CreateAccount' ? 'iam:CreateServiceLinkedRole' : permissionFor(service, operation);
        return new AwsAccessError(`AWS denied a dependency of ${operation} (${name}): the role needs ${permission} besides ${permissionFor(service, operation)}.${said ? ` AWS said: ${said}` : ''}`, permission);
    }
    if (BAD_CREDENTIALS.has(name)) {
        return new AwsAccessError(`AWS rejected the credentials (${name}) on ${operation}: check the role the workflow assumes and the region.`);
    }
    if (EXPIRED.has(name)) {
        return new AwsAccessError(`The AWS credentials expired (${name}) on ${operation}: raise role-duration-seconds or re-run the job.`);
    }
    if (name === 'AWSOrganizationsNotInUseException') {
        return new AwsAccessError('This AWS account is not in an organization: run the Action with credentials of the management account.');
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZXJyb3JzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiZmlsZTovLy93b3JrL21haW4vYWN0aW9uL2F3cy9lcnJvcnMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsOEZBQThGO0FBRTlGLHdHQUF3RztBQUN4RyxNQUFNLFVBQVUsYUFBYSxDQUFDLE9BQW9DLEVBQUUsU0FBaUI7SUFDbkYsSUFBSSxPQUFPLEtBQUssZUFBZTtRQUFFLE9BQU8saUJBQWlCLFNBQVMsRUFBRSxDQUFDO0lBQ3JFLE9BQU8sa0JBQWtCLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsc0JBQXNCLENBQUM7QUFDNUYsQ0FBQztBQUVELHVHQUF1RztBQUN2RyxNQUFNLE9BQU8sY0FBZSxTQUFRLEtBQUs7SUFJNUI7SUFIWCxZQUNFLE9BQWU7SUFDZiw4RUFBOEU7SUFDckUsVUFBbUI7UUFFNUIsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBRk4sZUFBVSxHQUFWLFVBQVUsQ0FBUztRQUc1QixJQUFJLENBQUMsSUFBSSxHQUFHLGdCQUFnQixDQUFDO0lBQy9CLENBQUM7Q0FDRjtBQUVELE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsdUJBQXVCLEVBQUUsY0FBYyxFQUFFLHVCQUF1QixFQUFFLG9CQUFvQixDQUFDLENBQUMsQ0FBQztBQUNqSCxNQUFNLGVBQWUsR0FBRyxJQUFJLEdBQUcsQ0FBQztJQUM5Qiw2QkFBNkI7SUFDN0Isc0JBQXNCO0lBQ3RCLDJCQUEyQjtJQUMzQix1QkFBdUI7SUFDdkIscUJBQXFCO0lBQ3JCLDRCQUE0QjtJQUM1QixxQ0FBcUM7Q0FDdEMsQ0FBQyxDQUFDO0FBQ0gsTUFBTSxPQUFPLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxjQUFjLEVBQUUsdUJBQXVCLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDO0FBRXJGLGtFQUFrRTtBQUNsRSxTQUFTLFVBQVUsQ0FBQyxLQUE0QjtJQUM5QyxNQUFNLElBQUksR0FBRyxPQUFPLEtBQUssQ0FBQyxPQUFPLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztJQUNoRyxPQUFPLElBQUksQ0FBQyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUM3RCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsTUFBTSxVQUFVLFdBQVcsQ0FBQyxLQUFjLEVBQUUsT0FBb0MsRUFBRSxTQUFpQjtJQUNqRyxJQUFJLEtBQUssWUFBWSxjQUFjO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDbEQsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksS0FBSyxLQUFLLElBQUk7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNsRSxNQUFNLENBQUMsR0FBRyxLQUE0QyxDQUFDO0lBQ3ZELE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDO0lBQzFCLE1BQU0sSUFBSSxHQUFHLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMzQixJQUFJLElBQUksS0FBSywwQkFBMEIsSUFBSSw2QkFBNkIsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNwRixPQUFPLElBQUksY0FBYyxDQUN2QixpS0FBaUssQ0FDbEssQ0FBQztJQUNKLENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNyQixNQUFNLFVBQVUsR0FBRyxhQUFhLENBQUMsT0FBTyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1FBQ3JELE9BQU8sSUFBSSxjQUFjLENBQUMsY0FBYyxTQUFTLEtBQUssSUFBSSxxQkFBcUIsVUFBVSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsY0FBYyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsVUFBVSxDQUFDLENBQUM7SUFDL0ksQ0FBQztJQUNELElBQUksSUFBSSxLQUFLLG9DQUFvQyxFQUFFLENBQUM7UUFDbEQsTUFBTSxVQUFVLEdBQUcsU0FBUyxLQUFLLGVBQWUsQ0FBQyxDQUFDLENBQUMsNkJBQTZCLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUM7UUFDckgsT0FBTyxJQUFJLGNBQWMsQ0FDdkIsOEJBQThCLFNBQVMsS0FBSyxJQUFJLHFCQUFxQixVQUFVLFlBQVksYUFBYSxDQUFDLE9BQU8sRUFBRSxTQUFTLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLGNBQWMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUNsSyxVQUFVLENBQ1gsQ0FBQztJQUNKLENBQUM7SUFDRCxJQUFJLGVBQWUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUM5QixPQUFPLElBQUksY0FBYyxDQUFDLGlDQUFpQyxJQUFJLFFBQVEsU0FBUyx1REFBdUQsQ0FBQyxDQUFDO0lBQzNJLENBQUM7SUFDRCxJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUN0QixPQUFPLElBQUksY0FBYyxDQUFDLGdDQUFnQyxJQUFJLFFBQVEsU0FBUyxrREFBa0QsQ0FBQyxDQUFDO0lBQ3JJLENBQUM7SUFDRCxJQUFJLElBQUksS0FBSyxtQ0FBbUMsRUFBRSxDQUFDO1FBQ2pELE9BQU8sSUFBSSxjQUFjLENBQUMsd0dBQXdHLENBQUMsQ0FBQztJQUN0SSxDQUFDO0lBQ0QsT0FBTyxTQUFTLENBQUM7QUFDbkIsQ0FBQztBQUVELG1FQUFtRTtBQUNuRSxNQUFNLFVBQVUsYUFBYSxDQUFDLEtBQWM7SUFDMUMsSUFBSSxLQUFLLFlBQVksY0FBYztRQUFFLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQztJQUMxRCxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDaEQsTUFBTSxDQUFDLEdBQUcsS0FBNEMsQ0FBQztRQUN2RCxNQUFNLElBQUksR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDM0IsT0FBTyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN0RyxDQUFDO0lBQ0QsT0FBTyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDdkIsQ0FBQztBQUVELHlHQUF5RztBQUN6RyxNQUFNLFVBQVUsc0JBQXNCLENBQUMsS0FBYztJQUNuRCxNQUFNLENBQUMsR0FBRyxLQUEwRSxDQUFDO0lBQ3JGLE9BQU8sQ0FBQywyQkFBMkIsRUFBRSxnQkFBZ0IsRUFBRSxlQUFlLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsU0FBUyxFQUFFLGNBQWMsS0FBSyxHQUFHLENBQUM7QUFDMUksQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8vIEFXUyBlcnJvcnMgYSB1c2VyIGNhbiBhY3Qgb24sIHR1cm5lZCBpbnRvIG9uZSBjbGVhciBsaW5lIHRoYXQgbmFtZXMgdGhlIG1pc3NpbmcgcGVybWlzc2lvbi5cblxuLyoqIFRoZSBJQU0gYWN0aW9uIHRoYXQgYXV0aG9yaXNlcyBhbiBBUEkgb3BlcmF0aW9uLiBCdWRnZXRzIGdyb3VwcyBpdHMgb3BlcmF0aW9ucyB1bmRlciB0d28gYWN0aW9ucy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXNzaW9uRm9yKHNlcnZpY2U6ICdvcmdhbml6YXRpb25zJyB8ICdidWRnZXRzJywgb3BlcmF0aW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoc2VydmljZSA9PT0gJ29yZ2FuaXphdGlvbnMnKSByZXR1cm4gYG9yZ2FuaXphdGlvbnM6JHtvcGVyYXRpb259YDtcbiAgcmV0dXJuIC9eKERlc2NyaWJlfExpc3QpLy50ZXN0KG9wZXJhdGlvbikgPyAnYnVkZ2V0czpWaWV3QnVkZ2V0JyA6ICdidWRnZXRzOk1vZGlmeUJ1ZGdldCc7XG59XG5cbi8qKiBNaXNzaW5nLCBpbnZhbGlkIG9yIGluc3VmZmljaWVudCBBV1MgY3JlZGVudGlhbHMsIG9yIGFuIG9yZ2FuaXphdGlvbiB0aGlzIHRvb2wgY2Fubm90IHdvcmsgd2l0aC4gKi9cbmV4cG9ydCBjbGFzcyBBd3NBY2Nlc3NFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIC8qKiBlLmcuIG9yZ2FuaXphdGlvbnM6TGlzdEFjY291bnRzRm9yUGFyZW50LCB3aGVuIGEgcGVybWlzc2lvbiBpcyBtaXNzaW5nLiAqL1xuICAgIHJlYWRvbmx5IHBlcm1pc3Npb24/OiBzdHJpbmcsXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9ICdBd3NBY2Nlc3NFcnJvcic7XG4gIH1cbn1cblxuY29uc3QgREVOSUVEID0gbmV3IFNldChbJ0FjY2Vzc0RlbmllZEV4Y2VwdGlvbicsICdBY2Nlc3NEZW5pZWQnLCAnVW5hdXRob3JpemVkT3BlcmF0aW9uJywgJ0F1dGhvcml6YXRpb25FcnJvciddKTtcbmNvbnN0IEJBRF9DUkVERU5USUFMUyA9IG5ldyBTZXQoW1xuICAnVW5yZWNvZ25pemVkQ2xpZW50RXhjZXB0aW9uJyxcbiAgJ0ludmFsaWRDbGllbnRUb2tlbklkJyxcbiAgJ0ludmFsaWRTaWduYXR1cmVFeGNlcHRpb24nLFxuICAnU2lnbmF0dXJlRG9lc05vdE1hdGNoJyxcbiAgJ0luY29tcGxldGVTaWduYXR1cmUnLFxuICAnTWlzc2luZ0F1dGhlbnRpY2F0aW9uVG9rZW4nLFxuICAnTWlzc2luZ0F1dGhlbnRpY2F0aW9uVG9rZW5FeGNlcHRpb24nLFxuXSk7XG5jb25zdCBFWFBJUkVEID0gbmV3IFNldChbJ0V4cGlyZWRUb2tlbicsICdFeHBpcmVkVG9rZW5FeGNlcHRpb24nLCAnUmVxdWVzdEV4cGlyZWQnXSk7XG5cbi8qKiBBIHNob3J0LCBzYWZlIGZvcm0gb2YgQVdTJ3Mgb3duIG1lc3NhZ2U6IG9uZSBsaW5lLCBib3VuZGVkLiAqL1xuZnVuY3Rpb24gYXdzTWVzc2FnZShlcnJvcjogeyBtZXNzYWdlPzogdW5rbm93biB9KTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IHR5cGVvZiBlcnJvci5tZXNzYWdlID09PSAnc3RyaW5nJyA/IGVycm9yLm1lc3NhZ2UucmVwbGFjZSgvXFxzKy9nLCAnICcpLnRyaW0oKSA6ICcnO1xuICByZXR1cm4gdGV4dC5sZW5ndGggPiAzMDAgPyBgJHt0ZXh0LnNsaWNlKDAsIDI5OSl94oCmYCA6IHRleHQ7XG59XG5cbi8qKlxuICogTWFwcyBhbiBTREsgZXJyb3IgdG8gYW4gQXdzQWNjZXNzRXJyb3Igd2hlbiBpdCBpcyBhYm91dCBhY2Nlc3M7IHJldHVybnMgdW5kZWZpbmVkIG90aGVyd2lzZVxuICogKHRoZSBjYWxsZXIga2VlcHMgdGhlIG9yaWdpbmFsIGVycm9yKS4gYG9wZXJhdGlvbmAgaXMgdGhlIEFQSSBvcGVyYXRpb24sIGUuZy4gTGlzdEFjY291bnRzRm9yUGFyZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjZXNzRXJyb3IoZXJyb3I6IHVua25vd24sIHNlcnZpY2U6ICdvcmdhbml6YXRpb25zJyB8ICdidWRnZXRzJywgb3BlcmF0aW9uOiBzdHJpbmcpOiBBd3NBY2Nlc3NFcnJvciB8IHVuZGVmaW5lZCB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEF3c0FjY2Vzc0Vycm9yKSByZXR1cm4gZXJyb3I7XG4gIGlmICh0eXBlb2YgZXJyb3IgIT09ICdvYmplY3QnIHx8IGVycm9yID09PSBudWxsKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBlID0gZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH07XG4gIGNvbnN0IG5hbWUgPSBlLm5hbWUgPz8gJyc7XG4gIGNvbnN0IHNhaWQgPSBhd3NNZXNzYWdlKGUpO1xuICBpZiAobmFtZSA9PT0gJ0NyZWRlbnRpYWxzUHJvdmlkZXJFcnJvcicgfHwgL0NvdWxkIG5vdCBsb2FkIGNyZWRlbnRpYWxzL2kudGVzdChzYWlkKSkge1xuICAgIHJldHVybiBuZXcgQXdzQWNjZXNzRXJyb3IoXG4gICAgICAnTm8gQVdTIGNyZWRlbnRpYWxzIGZvdW5kLiBBZGQgYXdzLWFjdGlvbnMvY29uZmlndXJlLWF3cy1jcmVkZW50aWFscyB3aXRoIGByb2xlLXRvLWFzc3VtZWAgKE9JREMpIGJlZm9yZSB0aGlzIHN0ZXA7IHNlZSB0aGUgUkVBRE1FIGZvciB0aGUgcGxhbiBhbmQgYXBwbHkgcm9sZXMuJyxcbiAgICApO1xuICB9XG4gIGlmIChERU5JRUQuaGFzKG5hbWUpKSB7XG4gICAgY29uc3QgcGVybWlzc2lvbiA9IHBlcm1pc3Npb25Gb3Ioc2VydmljZSwgb3BlcmF0aW9uKTtcbiAgICByZXR1cm4gbmV3IEF3c0FjY2Vzc0Vycm9yKGBBV1MgZGVuaWVkICR7b3BlcmF0aW9ufSAoJHtuYW1lfSk6IHRoZSByb2xlIG5lZWRzICR7cGVybWlzc2lvbn0uJHtzYWlkID8gYCBBV1Mgc2FpZDogJHtzYWlkfWAgOiAnJ31gLCBwZXJtaXNzaW9uKTtcbiAgfVxuICBpZiAobmFtZSA9PT0gJ0FjY2Vzc0RlbmllZEZvckRlcGVuZGVuY3lFeGNlcHRpb24nKSB7XG4gICAgY29uc3QgcGVybWlzc2lvbiA9IG9wZXJhdGlvbiA9PT0gJ0NyZWF0ZUFjY291bnQnID8gJ2lhbTpDcmVhdGVTZXJ2aWNlTGlua2VkUm9sZScgOiBwZXJtaXNzaW9uRm9yKHNlcnZpY2UsIG9wZXJhdGlvbik7XG4gICAgcmV0dXJuIG5ldyBBd3NBY2Nlc3NFcnJvcihcbiAgICAgIGBBV1MgZGVuaWVkIGEgZGVwZW5kZW5jeSBvZiAke29wZXJhdGlvbn0gKCR7bmFtZX0pOiB0aGUgcm9sZSBuZWVkcyAke3Blcm1pc3Npb259IGJlc2lkZXMgJHtwZXJtaXNzaW9uRm9yKHNlcnZpY2UsIG9wZXJhdGlvbil9LiR7c2FpZCA/IGAgQVdTIHNhaWQ6ICR7c2FpZH1gIDogJyd9YCxcbiAgICAgIHBlcm1pc3Npb24sXG4gICAgKTtcbiAgfVxuICBpZiAoQkFEX0NSRURFTlRJQUxTLmhhcyhuYW1lKSkge1xuICAgIHJldHVybiBuZXcgQXdzQWNjZXNzRXJyb3IoYEFXUyByZWplY3RlZCB0aGUgY3JlZGVudGlhbHMgKCR7bmFtZX0pIG9uICR7b3BlcmF0aW9ufTogY2hlY2sgdGhlIHJvbGUgdGhlIHdvcmtmbG93IGFzc3VtZXMgYW5kIHRoZSByZWdpb24uYCk7XG4gIH1cbiAgaWYgKEVYUElSRUQuaGFzKG5hbWUpKSB7XG4gICAgcmV0dXJuIG5ldyBBd3NBY2Nlc3NFcnJvcihgVGhlIEFXUyBjcmVkZW50aWFscyBleHBpcmVkICgke25hbWV9KSBvbiAke29wZXJhdGlvbn06IHJhaXNlIHJvbGUtZHVyYXRpb24tc2Vjb25kcyBvciByZS1ydW4gdGhlIGpvYi5gKTtcbiAgfVxuICBpZiAobmFtZSA9PT0gJ0FXU09yZ2FuaXphdGlvbnNOb3RJblVzZUV4Y2VwdGlvbicpIHtcbiAgICByZXR1cm4gbmV3IEF3c0FjY2Vzc0Vycm9yKCdUaGlzIEFXUyBhY2NvdW50IGlzIG5vdCBpbiBhbiBvcmdhbml6YXRpb246IHJ1biB0aGUgQWN0aW9uIHdpdGggY3JlZGVudGlhbHMgb2YgdGhlIG1hbmFnZW1lbnQgYWNjb3VudC4nKTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGxpbmUgZm9yIGFueSBlcnJvcjogaXRzIG5hbWUgYW5kIG1lc3NhZ2UsIG5ldmVyIGEgc3RhY2suICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVFcnJvcihlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEF3c0FjY2Vzc0Vycm9yKSByZXR1cm4gZXJyb3IubWVzc2FnZTtcbiAgaWYgKHR5cGVvZiBlcnJvciA9PT0gJ29iamVjdCcgJiYgZXJyb3IgIT09IG51bGwpIHtcbiAgICBjb25zdCBlID0gZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH07XG4gICAgY29uc3Qgc2FpZCA9IGF3c01lc3NhZ2UoZSk7XG4gICAgcmV0dXJuIGUubmFtZSAmJiBlLm5hbWUgIT09ICdFcnJvcicgPyBgJHtlLm5hbWV9JHtzYWlkID8gYDogJHtzYWlkfWAgOiAnJ31gIDogc2FpZCB8fCBTdHJpbmcoZXJyb3IpO1xuICB9XG4gIHJldHVybiBTdHJpbmcoZXJyb3IpO1xufVxuXG4vKiogQW4gZW5kcG9pbnQgdGhhdCBkb2VzIG5vdCBpbXBsZW1lbnQgdGhlIG9wZXJhdGlvbiAoc29tZSBlbXVsYXRvcnMpOyBBV1MgaXRzZWxmIG5ldmVyIGFuc3dlcnMgdGhpcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1Vuc3VwcG9ydGVkT3BlcmF0aW9uKGVycm9yOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIGNvbnN0IGUgPSBlcnJvciBhcyB7IG5hbWU/OiBzdHJpbmc7ICRtZXRhZGF0YT86IHsgaHR0cFN0YXR1c0NvZGU/OiBudW1iZXIgfSB9IHwgbnVsbDtcbiAgcmV0dXJuIFsnVW5rbm93bk9wZXJhdGlvbkV4Y2VwdGlvbicsICdOb3RJbXBsZW1lbnRlZCcsICdJbnZhbGlkQWN0aW9uJ10uaW5jbHVkZXMoZT8ubmFtZSA/PyAnJykgfHwgZT8uJG1ldGFkYXRhPy5odHRwU3RhdHVzQ29kZSA9PT0gNTAxO1xufVxuIl19
;// CONCATENATED MODULE: ./action/aws/poll.ts
const DEFAULT_POLL = { intervalMs: 5_000, maxIntervalMs: 30_000, timeoutMs: 15 * 60_000 };
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicG9sbC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvcG9sbC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFVQSxNQUFNLENBQUMsTUFBTSxZQUFZLEdBQWdCLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxhQUFhLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUM7QUFFOUcsU0FBUyxTQUFTLENBQUMsSUFBWTtJQUM3QixNQUFNLEdBQUcsR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzlCLElBQUksR0FBRyxLQUFLLFNBQVMsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRTtRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzdELE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMxQixPQUFPLE1BQU0sQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDbEUsQ0FBQztBQUVELGdIQUFnSDtBQUNoSCxNQUFNLFVBQVUsV0FBVyxDQUFDLEtBQTRCO0lBQ3RELE9BQU87UUFDTCxVQUFVLEVBQUUsS0FBSyxFQUFFLFVBQVUsSUFBSSxTQUFTLENBQUMsa0NBQWtDLENBQUMsSUFBSSxZQUFZLENBQUMsVUFBVTtRQUN6RyxhQUFhLEVBQUUsS0FBSyxFQUFFLGFBQWEsSUFBSSxTQUFTLENBQUMsc0NBQXNDLENBQUMsSUFBSSxZQUFZLENBQUMsYUFBYTtRQUN0SCxTQUFTLEVBQUUsS0FBSyxFQUFFLFNBQVMsSUFBSSxTQUFTLENBQUMsaUNBQWlDLENBQUMsSUFBSSxZQUFZLENBQUMsU0FBUztLQUN0RyxDQUFDO0FBQ0osQ0FBQztBQUVELE1BQU0sQ0FBQyxNQUFNLEtBQUssR0FBRyxDQUFDLEVBQVUsRUFBaUIsRUFBRSxDQUFDLElBQUksT0FBTyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKiogSG93IGFwcGx5IHdhaXRzIGZvciBDcmVhdGVBY2NvdW50LiBEZWZhdWx0cyBzdWl0IEFXUzsgdGVzdHMgYW5kIGVtdWxhdG9ycyBtYWtlIHRoZW0gc21hbGwuICovXG5leHBvcnQgaW50ZXJmYWNlIFBvbGxPcHRpb25zIHtcbiAgLyoqIEZpcnN0IHdhaXQgYmV0d2VlbiBEZXNjcmliZUNyZWF0ZUFjY291bnRTdGF0dXMgY2FsbHMgKG1zKS4gKi9cbiAgcmVhZG9ubHkgaW50ZXJ2YWxNczogbnVtYmVyO1xuICAvKiogTG9uZ2VzdCB3YWl0IGJldHdlZW4gY2FsbHMgKG1zKTogdGhlIHdhaXQgZG91YmxlcyB1cCB0byB0aGlzLiAqL1xuICByZWFkb25seSBtYXhJbnRlcnZhbE1zOiBudW1iZXI7XG4gIC8qKiBHaXZlIHVwIGFmdGVyIHRoaXMgbG9uZyAobXMpOyBhIHJlLXJ1biBwaWNrcyB0aGUgcmVxdWVzdCB1cCBhZ2Fpbi4gKi9cbiAgcmVhZG9ubHkgdGltZW91dE1zOiBudW1iZXI7XG59XG5cbmV4cG9ydCBjb25zdCBERUZBVUxUX1BPTEw6IFBvbGxPcHRpb25zID0geyBpbnRlcnZhbE1zOiA1XzAwMCwgbWF4SW50ZXJ2YWxNczogMzBfMDAwLCB0aW1lb3V0TXM6IDE1ICogNjBfMDAwIH07XG5cbmZ1bmN0aW9uIGVudk51bWJlcihuYW1lOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBjb25zdCByYXcgPSBwcm9jZXNzLmVudltuYW1lXTtcbiAgaWYgKHJhdyA9PT0gdW5kZWZpbmVkIHx8IHJhdy50cmltKCkgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB2YWx1ZSA9IE51bWJlcihyYXcpO1xuICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKHZhbHVlKSAmJiB2YWx1ZSA+PSAwID8gdmFsdWUgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBPcHRpb25zIGZpcnN0LCB0aGVuIEFDQ09VTlRfQ0FUQUxPR19QT0xMX0lOVEVSVkFMX01TIC8gX01BWF9JTlRFUlZBTF9NUyAvIF9USU1FT1VUX01TLCB0aGVuIHRoZSBkZWZhdWx0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb2xsT3B0aW9ucyhnaXZlbj86IFBhcnRpYWw8UG9sbE9wdGlvbnM+KTogUG9sbE9wdGlvbnMge1xuICByZXR1cm4ge1xuICAgIGludGVydmFsTXM6IGdpdmVuPy5pbnRlcnZhbE1zID8/IGVudk51bWJlcignQUNDT1VOVF9DQVRBTE9HX1BPTExfSU5URVJWQUxfTVMnKSA/PyBERUZBVUxUX1BPTEwuaW50ZXJ2YWxNcyxcbiAgICBtYXhJbnRlcnZhbE1zOiBnaXZlbj8ubWF4SW50ZXJ2YWxNcyA/PyBlbnZOdW1iZXIoJ0FDQ09VTlRfQ0FUQUxPR19QT0xMX01BWF9JTlRFUlZBTF9NUycpID8/IERFRkFVTFRfUE9MTC5tYXhJbnRlcnZhbE1zLFxuICAgIHRpbWVvdXRNczogZ2l2ZW4/LnRpbWVvdXRNcyA/PyBlbnZOdW1iZXIoJ0FDQ09VTlRfQ0FUQUxPR19QT0xMX1RJTUVPVVRfTVMnKSA/PyBERUZBVUxUX1BPTEwudGltZW91dE1zLFxuICB9O1xufVxuXG5leHBvcnQgY29uc3Qgc2xlZXAgPSAobXM6IG51bWJlcik6IFByb21pc2U8dm9pZD4gPT4gbmV3IFByb21pc2UoKHJlc29sdmUpID0+IHNldFRpbWVvdXQocmVzb2x2ZSwgbXMpKTtcbiJdfQ==
;// CONCATENATED MODULE: ./action/aws/create-account.ts




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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY3JlYXRlLWFjY291bnQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL2NyZWF0ZS1hY2NvdW50LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFDTCxvQkFBb0IsRUFDcEIsc0JBQXNCLEVBQ3RCLGtDQUFrQyxFQUNsQywrQkFBK0IsR0FFaEMsTUFBTSwrQkFBK0IsQ0FBQztBQUV2QyxPQUFPLEVBQUUsb0JBQW9CLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQztBQUN6RCxPQUFPLEVBQUUsc0JBQXNCLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFFbEQsT0FBTyxFQUFFLEtBQUssRUFBb0IsTUFBTSxRQUFRLENBQUM7QUFVakQ7Ozs7Ozs7R0FPRztBQUNILE1BQU0sQ0FBQyxLQUFLLFVBQVUsYUFBYSxDQUFDLEdBQWdCLEVBQUUsSUFBZ0I7SUFDcEUsTUFBTSxPQUFPLEdBQUcsTUFBTSxZQUFZLENBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxNQUFNLEdBQUcsQ0FBQyxjQUFjLEVBQUUsQ0FBQyxDQUFDO0lBQzFFLElBQUksT0FBTztRQUFFLE9BQU8sT0FBTyxDQUFDO0lBRTVCLE1BQU0sT0FBTyxHQUFHLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsZUFBZSxFQUFFLGVBQWUsSUFBSSxDQUFDLE9BQU8sVUFBVSxJQUFJLENBQUMsS0FBSyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQ3ZILEdBQUcsQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FDNUIsSUFBSSxvQkFBb0IsQ0FBQztRQUN2QixXQUFXLEVBQUUsSUFBSSxDQUFDLE9BQU87UUFDekIsS0FBSyxFQUFFLElBQUksQ0FBQyxLQUFLO1FBQ2pCLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0tBQzFILENBQUMsQ0FDSCxDQUNGLENBQUM7SUFDRixJQUFJLE1BQU0sR0FBRyxPQUFPLENBQUMsbUJBQW1CLENBQUM7SUFDekMsSUFBSSxNQUFNLEVBQUUsS0FBSyxLQUFLLGFBQWEsSUFBSSxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDakQsTUFBTSxFQUFFLEdBQUcsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUNyQixNQUFNLEdBQUcsTUFBTSxhQUFhLENBQUMsR0FBRyxFQUFFLEVBQUUsRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDcEQsSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsZUFBZSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO0lBQ2xHLENBQUM7SUFDRCxJQUFJLE1BQU0sRUFBRSxLQUFLLEtBQUssV0FBVyxJQUFJLE1BQU0sQ0FBQyxTQUFTO1FBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxTQUFTLEVBQUUsQ0FBQztJQUN4RyxJQUFJLE1BQU0sRUFBRSxhQUFhLEtBQUssc0JBQXNCLEVBQUUsQ0FBQztRQUNyRCw4RkFBOEY7UUFDOUYsTUFBTSxPQUFPLEdBQUcsTUFBTSxZQUFZLENBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLE1BQU0sa0JBQWtCLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDbEgsSUFBSSxPQUFPO1lBQUUsT0FBTyxPQUFPLENBQUM7SUFDOUIsQ0FBQztJQUNELE9BQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxvQkFBb0IsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxhQUFhLENBQUMsRUFBRSxDQUFDO0FBQ25HLENBQUM7QUFFRCwrR0FBK0c7QUFDL0csS0FBSyxVQUFVLFlBQVksQ0FBQyxHQUFnQixFQUFFLElBQWdCLEVBQUUsUUFBd0M7SUFDdEcsS0FBSyxNQUFNLE9BQU8sSUFBSSxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsV0FBVyxLQUFLLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQzdFLElBQUksTUFBTSxHQUFvQyxPQUFPLENBQUM7UUFDdEQsSUFBSSxNQUFNLENBQUMsS0FBSyxLQUFLLGFBQWEsSUFBSSxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDaEQsR0FBRyxDQUFDLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLHNDQUFzQyxNQUFNLENBQUMsRUFBRSxpRUFBaUUsQ0FBQyxDQUFDO1lBQ3pJLE1BQU0sR0FBRyxNQUFNLGFBQWEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUM7WUFDM0QsSUFBSSxDQUFDLE1BQU07Z0JBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLGVBQWUsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDMUcsQ0FBQztRQUNELElBQUksTUFBTSxDQUFDLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLFNBQVMsSUFBSSxDQUFDLE1BQU0sUUFBUSxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsU0FBUyxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDNUcsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxTQUFTLEVBQUUsT0FBTyxFQUFFLGtDQUFrQyxNQUFNLENBQUMsRUFBRSxJQUFJLFNBQVMsR0FBRyxFQUFFLENBQUM7UUFDakksQ0FBQztJQUNILENBQUM7SUFDRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQsU0FBUyxlQUFlLENBQUMsSUFBaUIsRUFBRSxPQUFlLEVBQUUsU0FBNkI7SUFDeEYsT0FBTyxDQUNMLHFCQUFxQixPQUFPLCtCQUErQixJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsU0FBUyxLQUFLLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQyxJQUFJLGFBQWEsU0FBUyxJQUFJLFNBQVMsS0FBSztRQUM1TCxzRkFBc0YsQ0FDdkYsQ0FBQztBQUNKLENBQUM7QUFFRCw2RkFBNkY7QUFDN0YsS0FBSyxVQUFVLGFBQWEsQ0FBQyxHQUFnQixFQUFFLFNBQWlCLEVBQUUsT0FBZTtJQUMvRSxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7SUFDM0IsSUFBSSxJQUFJLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUM7SUFDL0IsU0FBUyxDQUFDO1FBQ1IsTUFBTSxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDdEYsTUFBTSxNQUFNLEdBQUcsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSw2QkFBNkIsRUFBRSwwQkFBMEIsU0FBUyxLQUFLLE9BQU8sR0FBRyxFQUFFLEdBQUcsRUFBRSxDQUNySSxHQUFHLENBQUMsT0FBTyxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxrQ0FBa0MsQ0FBQyxFQUFFLHNCQUFzQixFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FDOUcsQ0FBQztRQUNGLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQztRQUMxQyxJQUFJLE1BQU0sSUFBSSxNQUFNLENBQUMsS0FBSyxLQUFLLGFBQWE7WUFBRSxPQUFPLE1BQU0sQ0FBQztRQUM1RCxJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxPQUFPLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTO1lBQUUsT0FBTyxTQUFTLENBQUM7UUFDakUsSUFBSSxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxHQUFHLENBQUMsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxDQUFDO0lBQ3BELENBQUM7QUFDSCxDQUFDO0FBRUQsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFnQixFQUFFLFNBQWlCLEVBQUUsS0FBYTtJQUN4RSxJQUFJLENBQUM7UUFDSCxNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLGlCQUFpQixFQUFFLGFBQWEsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQy9GLEdBQUcsQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLHNCQUFzQixDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FDckYsQ0FBQztRQUNGLE9BQU8sQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLEtBQUssSUFBSSxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsS0FBSyxLQUFLLENBQUMsV0FBVyxFQUFFLENBQUM7SUFDN0UsQ0FBQztJQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7UUFDZixJQUFLLEtBQTJCLENBQUMsSUFBSSxLQUFLLDBCQUEwQjtZQUFFLE9BQU8sS0FBSyxDQUFDO1FBQ25GLE1BQU0sS0FBSyxDQUFDO0lBQ2QsQ0FBQztBQUNILENBQUM7QUFFRDs7O0dBR0c7QUFDSCxNQUFNLENBQUMsS0FBSyxVQUFVLGtCQUFrQixDQUFDLEdBQWtEO0lBQ3pGLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUseUJBQXlCLEVBQUUsOEJBQThCLEVBQUUsS0FBSyxJQUFJLEVBQUU7UUFDckcsTUFBTSxHQUFHLEdBQTBCLEVBQUUsQ0FBQztRQUN0QyxJQUFJLENBQUM7WUFDSCxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSwrQkFBK0IsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLGFBQWEsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxhQUFhLEVBQUUsV0FBVyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ3hKLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxxQkFBcUIsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ2xELENBQUM7UUFDSCxDQUFDO1FBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztZQUNmLElBQUksQ0FBQyxzQkFBc0IsQ0FBQyxLQUFLLENBQUM7Z0JBQUUsTUFBTSxLQUFLLENBQUM7WUFDaEQsR0FBRyxDQUFDLEdBQUcsQ0FBQyw2R0FBNkcsQ0FBQyxDQUFDO1FBQ3pILENBQUM7UUFDRCxPQUFPLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzdHLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7XG4gIENyZWF0ZUFjY291bnRDb21tYW5kLFxuICBEZXNjcmliZUFjY291bnRDb21tYW5kLFxuICBEZXNjcmliZUNyZWF0ZUFjY291bnRTdGF0dXNDb21tYW5kLFxuICBwYWdpbmF0ZUxpc3RDcmVhdGVBY2NvdW50U3RhdHVzLFxuICB0eXBlIENyZWF0ZUFjY291bnRTdGF0dXMsXG59IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1vcmdhbml6YXRpb25zJztcbmltcG9ydCB0eXBlIHsgTGl2ZVN0ZXAgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9tb2RlbCc7XG5pbXBvcnQgeyBjcmVhdGVGYWlsdXJlTWVzc2FnZSB9IGZyb20gJy4vY3JlYXRlLWZhaWx1cmVzJztcbmltcG9ydCB7IGlzVW5zdXBwb3J0ZWRPcGVyYXRpb24gfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgdHlwZSB7IFN0ZXBDb250ZXh0IH0gZnJvbSAnLi9zdGVwLWNvbnRleHQnO1xuaW1wb3J0IHsgc2xlZXAsIHR5cGUgUG9sbE9wdGlvbnMgfSBmcm9tICcuL3BvbGwnO1xuXG50eXBlIENyZWF0ZVN0ZXAgPSBFeHRyYWN0PExpdmVTdGVwLCB7IGtpbmQ6ICdjcmVhdGUtYWNjb3VudCcgfT47XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlYXRlUmVzdWx0IHtcbiAgcmVhZG9ubHkgb3V0Y29tZTogJ2RvbmUnIHwgJ2FscmVhZHktZG9uZScgfCAnZmFpbGVkJztcbiAgcmVhZG9ubHkgaWQ/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1lc3NhZ2U/OiBzdHJpbmc7XG59XG5cbi8qKlxuICogQ3JlYXRlQWNjb3VudCBpcyBub3QgaWRlbXBvdGVudCwgc28gYmVmb3JlIGNhbGxpbmcgaXQgdGhpcyBsb29rcyBmb3IgZWFybGllciB3b3JrOlxuICogIC0gYSBsaXZlIGFjY291bnQgd2l0aCB0aGUgZW1haWw6IHRoZSBjYWxsZXIgaGFzIG1hdGNoZWQgdGhvc2UgYWxyZWFkeSAoY29tcGFyZUxpdmUpO1xuICogIC0gYSByZXF1ZXN0IGluIExpc3RDcmVhdGVBY2NvdW50U3RhdHVzIChJTl9QUk9HUkVTUyBvciBTVUNDRUVERUQpIGZvciB0aGUgc2FtZSBhY2NvdW50IG5hbWUuXG4gKiAgICBUaGF0IEFQSSByZXR1cm5zIHRoZSBuYW1lLCBub3QgdGhlIGVtYWlsLCBzbyBhIFNVQ0NFRURFRCByZXF1ZXN0IGNvdW50cyBvbmx5IHdoZW5cbiAqICAgIERlc2NyaWJlQWNjb3VudCBzaG93cyB0aGUgZW1haWw7IGFuIElOX1BST0dSRVNTIG9uZSBpcyB3YWl0ZWQgZm9yLCB0aGVuIGNoZWNrZWQgdGhlIHNhbWUgd2F5LlxuICogQVdTIGFsc28gcmVmdXNlcyBhIHNlY29uZCBhY2NvdW50IHdpdGggYW4gZW1haWwgKEVNQUlMX0FMUkVBRFlfRVhJU1RTKSwgc28gYSBkdXBsaWNhdGUgaXMgaW1wb3NzaWJsZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGVuc3VyZUFjY291bnQoY3R4OiBTdGVwQ29udGV4dCwgc3RlcDogQ3JlYXRlU3RlcCk6IFByb21pc2U8Q3JlYXRlUmVzdWx0PiB7XG4gIGNvbnN0IGFkb3B0ZWQgPSBhd2FpdCBhZG9wdEVhcmxpZXIoY3R4LCBzdGVwLCBhd2FpdCBjdHguY3JlYXRlUmVxdWVzdHMoKSk7XG4gIGlmIChhZG9wdGVkKSByZXR1cm4gYWRvcHRlZDtcblxuICBjb25zdCBjcmVhdGVkID0gYXdhaXQgY3R4LnNlbmQoJ29yZ2FuaXphdGlvbnMnLCAnQ3JlYXRlQWNjb3VudCcsIGBBY2NvdW50TmFtZT0ke3N0ZXAuYWNjb3VudH0gRW1haWw9JHtzdGVwLmVtYWlsfWAsICgpID0+XG4gICAgY3R4LmNsaWVudHMub3JnYW5pemF0aW9ucy5zZW5kKFxuICAgICAgbmV3IENyZWF0ZUFjY291bnRDb21tYW5kKHtcbiAgICAgICAgQWNjb3VudE5hbWU6IHN0ZXAuYWNjb3VudCxcbiAgICAgICAgRW1haWw6IHN0ZXAuZW1haWwsXG4gICAgICAgIC4uLihPYmplY3Qua2V5cyhzdGVwLnRhZ3MpLmxlbmd0aCA+IDAgPyB7IFRhZ3M6IE9iamVjdC5lbnRyaWVzKHN0ZXAudGFncykubWFwKChbS2V5LCBWYWx1ZV0pID0+ICh7IEtleSwgVmFsdWUgfSkpIH0gOiB7fSksXG4gICAgICB9KSxcbiAgICApLFxuICApO1xuICBsZXQgc3RhdHVzID0gY3JlYXRlZC5DcmVhdGVBY2NvdW50U3RhdHVzO1xuICBpZiAoc3RhdHVzPy5TdGF0ZSA9PT0gJ0lOX1BST0dSRVNTJyAmJiBzdGF0dXMuSWQpIHtcbiAgICBjb25zdCBpZCA9IHN0YXR1cy5JZDtcbiAgICBzdGF0dXMgPSBhd2FpdCB3YWl0Rm9yQ3JlYXRlKGN0eCwgaWQsIHN0ZXAuYWNjb3VudCk7XG4gICAgaWYgKCFzdGF0dXMpIHJldHVybiB7IG91dGNvbWU6ICdmYWlsZWQnLCBtZXNzYWdlOiBzdGlsbEluUHJvZ3Jlc3MoY3R4LnBvbGwsIHN0ZXAuYWNjb3VudCwgaWQpIH07XG4gIH1cbiAgaWYgKHN0YXR1cz8uU3RhdGUgPT09ICdTVUNDRUVERUQnICYmIHN0YXR1cy5BY2NvdW50SWQpIHJldHVybiB7IG91dGNvbWU6ICdkb25lJywgaWQ6IHN0YXR1cy5BY2NvdW50SWQgfTtcbiAgaWYgKHN0YXR1cz8uRmFpbHVyZVJlYXNvbiA9PT0gJ0VNQUlMX0FMUkVBRFlfRVhJU1RTJykge1xuICAgIC8vIFRoZSBTREsgbWF5IGhhdmUgcmV0cmllZCBDcmVhdGVBY2NvdW50IGFmdGVyIGEgbG9zdCBhbnN3ZXI6IHRoZW4gdGhlIGZpcnN0IHJlcXVlc3QgaXMgb3Vycy5cbiAgICBjb25zdCByZXRyaWVkID0gYXdhaXQgYWRvcHRFYXJsaWVyKGN0eCwgc3RlcCwgKGF3YWl0IGxpc3RDcmVhdGVSZXF1ZXN0cyhjdHgpKS5maWx0ZXIoKHIpID0+IHIuSWQgIT09IHN0YXR1cz8uSWQpKTtcbiAgICBpZiAocmV0cmllZCkgcmV0dXJuIHJldHJpZWQ7XG4gIH1cbiAgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIG1lc3NhZ2U6IGNyZWF0ZUZhaWx1cmVNZXNzYWdlKHN0ZXAuYWNjb3VudCwgc3RhdHVzPy5GYWlsdXJlUmVhc29uKSB9O1xufVxuXG4vKiogQW4gZWFybGllciBJTl9QUk9HUkVTUyBvciBTVUNDRUVERUQgcmVxdWVzdCBmb3IgdGhpcyBhY2NvdW50IG5hbWUgd2hvc2UgYWNjb3VudCBoYXMgdGhlIGNhdGFsb2cncyBlbWFpbC4gKi9cbmFzeW5jIGZ1bmN0aW9uIGFkb3B0RWFybGllcihjdHg6IFN0ZXBDb250ZXh0LCBzdGVwOiBDcmVhdGVTdGVwLCByZXF1ZXN0czogcmVhZG9ubHkgQ3JlYXRlQWNjb3VudFN0YXR1c1tdKTogUHJvbWlzZTxDcmVhdGVSZXN1bHQgfCB1bmRlZmluZWQ+IHtcbiAgZm9yIChjb25zdCByZXF1ZXN0IG9mIHJlcXVlc3RzLmZpbHRlcigocikgPT4gci5BY2NvdW50TmFtZSA9PT0gc3RlcC5hY2NvdW50KSkge1xuICAgIGxldCBzdGF0dXM6IENyZWF0ZUFjY291bnRTdGF0dXMgfCB1bmRlZmluZWQgPSByZXF1ZXN0O1xuICAgIGlmIChzdGF0dXMuU3RhdGUgPT09ICdJTl9QUk9HUkVTUycgJiYgc3RhdHVzLklkKSB7XG4gICAgICBjdHgubG9nKGAke3N0ZXAuYWNjb3VudH06IGFuIGVhcmxpZXIgQ3JlYXRlQWNjb3VudCByZXF1ZXN0ICR7c3RhdHVzLklkfSBpcyBzdGlsbCBJTl9QUk9HUkVTUzsgd2FpdGluZyBmb3IgaXQgaW5zdGVhZCBvZiBjcmVhdGluZyBhZ2FpbmApO1xuICAgICAgc3RhdHVzID0gYXdhaXQgd2FpdEZvckNyZWF0ZShjdHgsIHN0YXR1cy5JZCwgc3RlcC5hY2NvdW50KTtcbiAgICAgIGlmICghc3RhdHVzKSByZXR1cm4geyBvdXRjb21lOiAnZmFpbGVkJywgbWVzc2FnZTogc3RpbGxJblByb2dyZXNzKGN0eC5wb2xsLCBzdGVwLmFjY291bnQsIHJlcXVlc3QuSWQpIH07XG4gICAgfVxuICAgIGlmIChzdGF0dXMuU3RhdGUgPT09ICdTVUNDRUVERUQnICYmIHN0YXR1cy5BY2NvdW50SWQgJiYgKGF3YWl0IGhhc0VtYWlsKGN0eCwgc3RhdHVzLkFjY291bnRJZCwgc3RlcC5lbWFpbCkpKSB7XG4gICAgICByZXR1cm4geyBvdXRjb21lOiAnYWxyZWFkeS1kb25lJywgaWQ6IHN0YXR1cy5BY2NvdW50SWQsIG1lc3NhZ2U6IGBjcmVhdGVkIGJ5IGFuIGVhcmxpZXIgcmVxdWVzdCAoJHtzdGF0dXMuSWQgPz8gJ3Vua25vd24nfSlgIH07XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHN0aWxsSW5Qcm9ncmVzcyhwb2xsOiBQb2xsT3B0aW9ucywgYWNjb3VudDogc3RyaW5nLCByZXF1ZXN0SWQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIHJldHVybiAoXG4gICAgYENyZWF0ZUFjY291bnQgZm9yICR7YWNjb3VudH0gaXMgc3RpbGwgSU5fUFJPR1JFU1MgYWZ0ZXIgJHtwb2xsLnRpbWVvdXRNcyA8IDEwMDAgPyBgJHtwb2xsLnRpbWVvdXRNc30gbXNgIDogYCR7TWF0aC5yb3VuZChwb2xsLnRpbWVvdXRNcyAvIDEwMDApfSBzYH0gKHJlcXVlc3QgJHtyZXF1ZXN0SWQgPz8gJ3Vua25vd24nfSkuIGAgK1xuICAgICdSZS1ydW4gdGhlIGFwcGx5IGxhdGVyOiBpdCBmaW5kcyB0aGlzIHJlcXVlc3QgYW5kIGRvZXMgbm90IGNyZWF0ZSB0aGUgYWNjb3VudCB0d2ljZS4nXG4gICk7XG59XG5cbi8qKiBQb2xscyB3aXRoIGEgZG91Ymxpbmcgd2FpdCB1bnRpbCB0aGUgcmVxdWVzdCBsZWF2ZXMgSU5fUFJPR1JFU1M7IHVuZGVmaW5lZCBvbiB0aW1lb3V0LiAqL1xuYXN5bmMgZnVuY3Rpb24gd2FpdEZvckNyZWF0ZShjdHg6IFN0ZXBDb250ZXh0LCByZXF1ZXN0SWQ6IHN0cmluZywgYWNjb3VudDogc3RyaW5nKTogUHJvbWlzZTxDcmVhdGVBY2NvdW50U3RhdHVzIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICBsZXQgd2FpdCA9IGN0eC5wb2xsLmludGVydmFsTXM7XG4gIGZvciAoOzspIHtcbiAgICBhd2FpdCBzbGVlcChNYXRoLm1pbih3YWl0LCBNYXRoLm1heCgwLCBjdHgucG9sbC50aW1lb3V0TXMgLSAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQpKSkpO1xuICAgIGNvbnN0IGFuc3dlciA9IGF3YWl0IGN0eC5zZW5kKCdvcmdhbml6YXRpb25zJywgJ0Rlc2NyaWJlQ3JlYXRlQWNjb3VudFN0YXR1cycsIGBDcmVhdGVBY2NvdW50UmVxdWVzdElkPSR7cmVxdWVzdElkfSAoJHthY2NvdW50fSlgLCAoKSA9PlxuICAgICAgY3R4LmNsaWVudHMub3JnYW5pemF0aW9ucy5zZW5kKG5ldyBEZXNjcmliZUNyZWF0ZUFjY291bnRTdGF0dXNDb21tYW5kKHsgQ3JlYXRlQWNjb3VudFJlcXVlc3RJZDogcmVxdWVzdElkIH0pKSxcbiAgICApO1xuICAgIGNvbnN0IHN0YXR1cyA9IGFuc3dlci5DcmVhdGVBY2NvdW50U3RhdHVzO1xuICAgIGlmIChzdGF0dXMgJiYgc3RhdHVzLlN0YXRlICE9PSAnSU5fUFJPR1JFU1MnKSByZXR1cm4gc3RhdHVzO1xuICAgIGlmIChEYXRlLm5vdygpIC0gc3RhcnRlZCA+PSBjdHgucG9sbC50aW1lb3V0TXMpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgd2FpdCA9IE1hdGgubWluKHdhaXQgKiAyLCBjdHgucG9sbC5tYXhJbnRlcnZhbE1zKTtcbiAgfVxufVxuXG5hc3luYyBmdW5jdGlvbiBoYXNFbWFpbChjdHg6IFN0ZXBDb250ZXh0LCBhY2NvdW50SWQ6IHN0cmluZywgZW1haWw6IHN0cmluZyk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICB0cnkge1xuICAgIGNvbnN0IGFuc3dlciA9IGF3YWl0IGN0eC5zZW5kKCdvcmdhbml6YXRpb25zJywgJ0Rlc2NyaWJlQWNjb3VudCcsIGBBY2NvdW50SWQ9JHthY2NvdW50SWR9YCwgKCkgPT5cbiAgICAgIGN0eC5jbGllbnRzLm9yZ2FuaXphdGlvbnMuc2VuZChuZXcgRGVzY3JpYmVBY2NvdW50Q29tbWFuZCh7IEFjY291bnRJZDogYWNjb3VudElkIH0pKSxcbiAgICApO1xuICAgIHJldHVybiAoYW5zd2VyLkFjY291bnQ/LkVtYWlsID8/ICcnKS50b0xvd2VyQ2FzZSgpID09PSBlbWFpbC50b0xvd2VyQ2FzZSgpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgPT09ICdBY2NvdW50Tm90Rm91bmRFeGNlcHRpb24nKSByZXR1cm4gZmFsc2U7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH1cbn1cblxuLyoqXG4gKiBFdmVyeSBJTl9QUk9HUkVTUyBhbmQgU1VDQ0VFREVEIENyZWF0ZUFjY291bnQgcmVxdWVzdCB0aGUgb3JnYW5pemF0aW9uIHJlbWVtYmVycyAoYWJvdXQgOTAgZGF5cyksXG4gKiBuZXdlc3QgZmlyc3QuIEFuIGVuZHBvaW50IHdpdGhvdXQgTGlzdENyZWF0ZUFjY291bnRTdGF0dXMgKGFuIGVtdWxhdG9yKSBnaXZlcyBub25lOiB0aGUgZW1haWwgY2hlY2sgc3RpbGwgaG9sZHMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBsaXN0Q3JlYXRlUmVxdWVzdHMoY3R4OiBQaWNrPFN0ZXBDb250ZXh0LCAnY2xpZW50cycgfCAnc2VuZCcgfCAnbG9nJz4pOiBQcm9taXNlPENyZWF0ZUFjY291bnRTdGF0dXNbXT4ge1xuICByZXR1cm4gY3R4LnNlbmQoJ29yZ2FuaXphdGlvbnMnLCAnTGlzdENyZWF0ZUFjY291bnRTdGF0dXMnLCAnU3RhdGVzPUlOX1BST0dSRVNTLFNVQ0NFRURFRCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBhbGw6IENyZWF0ZUFjY291bnRTdGF0dXNbXSA9IFtdO1xuICAgIHRyeSB7XG4gICAgICBmb3IgYXdhaXQgKGNvbnN0IHBhZ2Ugb2YgcGFnaW5hdGVMaXN0Q3JlYXRlQWNjb3VudFN0YXR1cyh7IGNsaWVudDogY3R4LmNsaWVudHMub3JnYW5pemF0aW9ucywgcGFnZVNpemU6IDIwIH0sIHsgU3RhdGVzOiBbJ0lOX1BST0dSRVNTJywgJ1NVQ0NFRURFRCddIH0pKSB7XG4gICAgICAgIGFsbC5wdXNoKC4uLihwYWdlLkNyZWF0ZUFjY291bnRTdGF0dXNlcyA/PyBbXSkpO1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoIWlzVW5zdXBwb3J0ZWRPcGVyYXRpb24oZXJyb3IpKSB0aHJvdyBlcnJvcjtcbiAgICAgIGN0eC5sb2coJ0xpc3RDcmVhdGVBY2NvdW50U3RhdHVzIGlzIG5vdCBzdXBwb3J0ZWQgYnkgdGhpcyBlbmRwb2ludDogZWFybGllciBDcmVhdGVBY2NvdW50IHJlcXVlc3RzIGNhbm5vdCBiZSBjaGVja2VkJyk7XG4gICAgfVxuICAgIHJldHVybiBhbGwuc29ydCgoYSwgYikgPT4gKGIuUmVxdWVzdGVkVGltZXN0YW1wPy5nZXRUaW1lKCkgPz8gMCkgLSAoYS5SZXF1ZXN0ZWRUaW1lc3RhbXA/LmdldFRpbWUoKSA/PyAwKSk7XG4gIH0pO1xufVxuIl19
// EXTERNAL MODULE: ./src/core/plan/live-budget.ts
var live_budget = __webpack_require__(5271);
;// CONCATENATED MODULE: ./action/aws/budgets.ts

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
    return {
        name: budget.BudgetName,
        monthlyUsd: Number(budget.BudgetLimit?.Amount ?? NaN),
        alerts: notifications.filter(live_budget/* isCatalogNotification */.p).map((n) => ({ percent: n.percent, type: n.type })),
        recipients: [...recipients].sort(),
        notifications,
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYnVkZ2V0cy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvYnVkZ2V0cy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFFQSxPQUFPLEVBQUUscUJBQXFCLEVBQUUsTUFBTSxpQ0FBaUMsQ0FBQztBQUV4RSwwRkFBMEY7QUFDMUYsOEZBQThGO0FBRTlGLE1BQU0sQ0FBQyxNQUFNLGFBQWEsR0FBRyxrQkFBa0IsQ0FBQztBQUVoRCxNQUFNLFVBQVUsVUFBVSxDQUFDLFNBQWlCO0lBQzFDLE9BQU8sR0FBRyxhQUFhLEdBQUcsU0FBUyxFQUFFLENBQUM7QUFDeEMsQ0FBQztBQUVELHFGQUFxRjtBQUNyRixNQUFNLFVBQVUsZUFBZSxDQUFDLElBQXdCO0lBQ3RELE1BQU0sS0FBSyxHQUFHLDRCQUE0QixDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLENBQUM7SUFDNUQsT0FBTyxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0FBQ3RDLENBQUM7QUFFRCxNQUFNLFVBQVUsU0FBUyxDQUFDLFNBQWlCLEVBQUUsVUFBa0I7SUFDN0QsT0FBTztRQUNMLFVBQVUsRUFBRSxVQUFVLENBQUMsU0FBUyxDQUFDO1FBQ2pDLFVBQVUsRUFBRSxNQUFNO1FBQ2xCLFFBQVEsRUFBRSxTQUFTO1FBQ25CLFdBQVcsRUFBRSxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtRQUN4RCxXQUFXLEVBQUUsRUFBRSxhQUFhLEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRTtLQUM1QyxDQUFDO0FBQ0osQ0FBQztBQUVELE1BQU0sVUFBVSxlQUFlLENBQUMsS0FBa0I7SUFDaEQsT0FBTztRQUNMLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxJQUFJLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLFFBQVE7UUFDdkUsa0JBQWtCLEVBQUUsY0FBYztRQUNsQyxTQUFTLEVBQUUsS0FBSyxDQUFDLE9BQU87UUFDeEIsYUFBYSxFQUFFLFlBQVk7S0FDNUIsQ0FBQztBQUNKLENBQUM7QUFFRCxnR0FBZ0c7QUFDaEcsTUFBTSxVQUFVLGlCQUFpQixDQUFDLElBQTRCO0lBQzVELE9BQU87UUFDTCxnQkFBZ0IsRUFBRSxJQUFJLENBQUMsSUFBSSxLQUFLLFlBQVksQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxRQUFRO1FBQ3RFLGtCQUFrQixFQUFFLElBQUksQ0FBQyxrQkFBMkQ7UUFDcEYsU0FBUyxFQUFFLElBQUksQ0FBQyxPQUFPO1FBQ3ZCLGFBQWEsRUFBRSxJQUFJLENBQUMsYUFBaUQ7S0FDdEUsQ0FBQztBQUNKLENBQUM7QUFFRCxrSEFBa0g7QUFDbEgsTUFBTSxVQUFVLGdCQUFnQixDQUFDLFVBQTZCO0lBQzVELE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDL0IsT0FBTyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDdEosQ0FBQztBQUVELG1HQUFtRztBQUNuRyxNQUFNLFVBQVUsWUFBWSxDQUFDLE1BQThCO0lBQ3pELE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDL0IsT0FBTyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDekcsQ0FBQztBQUVELE1BQU0sVUFBVSxnQkFBZ0IsQ0FBQyxDQUFrQixFQUFFLFdBQThDO0lBQ2pHLE9BQU87UUFDTCxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDO1FBQ2pDLElBQUksRUFBRSxDQUFDLENBQUMsZ0JBQWdCLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLFFBQVE7UUFDbkUsVUFBVSxFQUFFLFdBQVcsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsS0FBSyxPQUFPLElBQUksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQWlCLENBQUM7UUFDbkgsYUFBYSxFQUFFLENBQUMsQ0FBQyxhQUFhLElBQUksWUFBWTtRQUM5QyxrQkFBa0IsRUFBRSxDQUFDLENBQUMsa0JBQWtCLElBQUksY0FBYztLQUMzRCxDQUFDO0FBQ0osQ0FBQztBQUVELE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBaUIsRUFBRSxhQUFnRDtJQUM1RixNQUFNLFVBQVUsR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQ3JDLEtBQUssTUFBTSxDQUFDLElBQUksYUFBYTtRQUFFLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLFVBQVUsSUFBSSxFQUFFO1lBQUUsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztJQUNuRyxPQUFPO1FBQ0wsSUFBSSxFQUFFLE1BQU0sQ0FBQyxVQUFVO1FBQ3ZCLFVBQVUsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLFdBQVcsRUFBRSxNQUFNLElBQUksR0FBRyxDQUFDO1FBQ3JELE1BQU0sRUFBRSxhQUFhLENBQUMsTUFBTSxDQUFDLHFCQUFxQixDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3RHLFVBQVUsRUFBRSxDQUFDLEdBQUcsVUFBVSxDQUFDLENBQUMsSUFBSSxFQUFFO1FBQ2xDLGFBQWE7S0FDZCxDQUFDO0FBQ0osQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB0eXBlIHsgQnVkZ2V0IGFzIEF3c0J1ZGdldCwgTm90aWZpY2F0aW9uIGFzIEF3c05vdGlmaWNhdGlvbiwgU3Vic2NyaWJlciB9IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1idWRnZXRzJztcbmltcG9ydCB0eXBlIHsgQnVkZ2V0QWxlcnQsIExpdmVCdWRnZXQsIExpdmVCdWRnZXROb3RpZmljYXRpb24gfSBmcm9tICcuLi8uLi9zcmMvY29yZS9tb2RlbCc7XG5pbXBvcnQgeyBpc0NhdGFsb2dOb3RpZmljYXRpb24gfSBmcm9tICcuLi8uLi9zcmMvY29yZS9wbGFuL2xpdmUtYnVkZ2V0JztcblxuLy8gQnVkZ2V0cyBsaXZlIGluIHRoZSBtYW5hZ2VtZW50IChwYXllcikgYWNjb3VudCwgb25lIHBlciBtZW1iZXIgYWNjb3VudCwgbmFtZWQgYWZ0ZXIgdGhlXG4vLyBhY2NvdW50J3MgaWQgKHN0YWJsZSBhY3Jvc3MgcmVuYW1lcykgYW5kIGZpbHRlcmVkIHRvIGl0IHdpdGggdGhlIExpbmtlZEFjY291bnQgY29zdCBmaWx0ZXIuXG5cbmV4cG9ydCBjb25zdCBCVURHRVRfUFJFRklYID0gJ2FjY291bnQtY2F0YWxvZy0nO1xuXG5leHBvcnQgZnVuY3Rpb24gYnVkZ2V0TmFtZShhY2NvdW50SWQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtCVURHRVRfUFJFRklYfSR7YWNjb3VudElkfWA7XG59XG5cbi8qKiBUaGUgbWVtYmVyIGFjY291bnQgYSBjYXRhbG9nIGJ1ZGdldCBpcyBmb3IsIG9yIHVuZGVmaW5lZCBmb3IgYW55IG90aGVyIGJ1ZGdldC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhY2NvdW50T2ZCdWRnZXQobmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbWF0Y2ggPSAvXmFjY291bnQtY2F0YWxvZy0oXFxkezEyfSkkLy5leGVjKG5hbWUgPz8gJycpO1xuICByZXR1cm4gbWF0Y2ggPyBtYXRjaFsxXSA6IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGF3c0J1ZGdldChhY2NvdW50SWQ6IHN0cmluZywgbW9udGhseVVzZDogbnVtYmVyKTogQXdzQnVkZ2V0IHtcbiAgcmV0dXJuIHtcbiAgICBCdWRnZXROYW1lOiBidWRnZXROYW1lKGFjY291bnRJZCksXG4gICAgQnVkZ2V0VHlwZTogJ0NPU1QnLFxuICAgIFRpbWVVbml0OiAnTU9OVEhMWScsXG4gICAgQnVkZ2V0TGltaXQ6IHsgQW1vdW50OiBTdHJpbmcobW9udGhseVVzZCksIFVuaXQ6ICdVU0QnIH0sXG4gICAgQ29zdEZpbHRlcnM6IHsgTGlua2VkQWNjb3VudDogW2FjY291bnRJZF0gfSxcbiAgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGF3c05vdGlmaWNhdGlvbihhbGVydDogQnVkZ2V0QWxlcnQpOiBBd3NOb3RpZmljYXRpb24ge1xuICByZXR1cm4ge1xuICAgIE5vdGlmaWNhdGlvblR5cGU6IGFsZXJ0LnR5cGUgPT09ICdmb3JlY2FzdGVkJyA/ICdGT1JFQ0FTVEVEJyA6ICdBQ1RVQUwnLFxuICAgIENvbXBhcmlzb25PcGVyYXRvcjogJ0dSRUFURVJfVEhBTicsXG4gICAgVGhyZXNob2xkOiBhbGVydC5wZXJjZW50LFxuICAgIFRocmVzaG9sZFR5cGU6ICdQRVJDRU5UQUdFJyxcbiAgfTtcbn1cblxuLyoqIFRoZSBleGFjdCBub3RpZmljYXRpb24gQVdTIGhvbGRzLCBhcyBEZWxldGVOb3RpZmljYXRpb24gYW5kIHRoZSBzdWJzY3JpYmVyIGNhbGxzIHdhbnQgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gYXdzTm90aWZpY2F0aW9uT2YobGl2ZTogTGl2ZUJ1ZGdldE5vdGlmaWNhdGlvbik6IEF3c05vdGlmaWNhdGlvbiB7XG4gIHJldHVybiB7XG4gICAgTm90aWZpY2F0aW9uVHlwZTogbGl2ZS50eXBlID09PSAnZm9yZWNhc3RlZCcgPyAnRk9SRUNBU1RFRCcgOiAnQUNUVUFMJyxcbiAgICBDb21wYXJpc29uT3BlcmF0b3I6IGxpdmUuY29tcGFyaXNvbk9wZXJhdG9yIGFzIEF3c05vdGlmaWNhdGlvblsnQ29tcGFyaXNvbk9wZXJhdG9yJ10sXG4gICAgVGhyZXNob2xkOiBsaXZlLnBlcmNlbnQsXG4gICAgVGhyZXNob2xkVHlwZTogbGl2ZS50aHJlc2hvbGRUeXBlIGFzIEF3c05vdGlmaWNhdGlvblsnVGhyZXNob2xkVHlwZSddLFxuICB9O1xufVxuXG4vKiogT25lIEVNQUlMIHN1YnNjcmliZXIgcGVyIHJlY2lwaWVudDsgQVdTIHJlZnVzZXMgdGhlIHNhbWUgYWRkcmVzcyB0d2ljZSAoZW1haWxzIGNvbXBhcmUgY2FzZS1pbnNlbnNpdGl2ZWx5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbWFpbFN1YnNjcmliZXJzKHJlY2lwaWVudHM6IHJlYWRvbmx5IHN0cmluZ1tdKTogU3Vic2NyaWJlcltdIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICByZXR1cm4gcmVjaXBpZW50cy5maWx0ZXIoKHIpID0+ICFzZWVuLmhhcyhyLnRvTG93ZXJDYXNlKCkpICYmIHNlZW4uYWRkKHIudG9Mb3dlckNhc2UoKSkpLm1hcCgoQWRkcmVzcykgPT4gKHsgU3Vic2NyaXB0aW9uVHlwZTogJ0VNQUlMJywgQWRkcmVzcyB9KSk7XG59XG5cbi8qKiBUaGUgY2F0YWxvZydzIGFsZXJ0cyB3aXRob3V0IHJlcGVhdHM6IEFXUyByZWZ1c2VzIHR3byBpZGVudGljYWwgbm90aWZpY2F0aW9ucyBvbiBvbmUgYnVkZ2V0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVuaXF1ZUFsZXJ0cyhhbGVydHM6IHJlYWRvbmx5IEJ1ZGdldEFsZXJ0W10pOiBCdWRnZXRBbGVydFtdIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICByZXR1cm4gYWxlcnRzLmZpbHRlcigoYSkgPT4gIXNlZW4uaGFzKGAke2EudHlwZX06JHthLnBlcmNlbnR9YCkgJiYgc2Vlbi5hZGQoYCR7YS50eXBlfToke2EucGVyY2VudH1gKSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsaXZlTm90aWZpY2F0aW9uKG46IEF3c05vdGlmaWNhdGlvbiwgc3Vic2NyaWJlcnM6IHJlYWRvbmx5IFN1YnNjcmliZXJbXSB8IHVuZGVmaW5lZCk6IExpdmVCdWRnZXROb3RpZmljYXRpb24ge1xuICByZXR1cm4ge1xuICAgIHBlcmNlbnQ6IE51bWJlcihuLlRocmVzaG9sZCA/PyAwKSxcbiAgICB0eXBlOiBuLk5vdGlmaWNhdGlvblR5cGUgPT09ICdGT1JFQ0FTVEVEJyA/ICdmb3JlY2FzdGVkJyA6ICdhY3R1YWwnLFxuICAgIHJlY2lwaWVudHM6IHN1YnNjcmliZXJzPy5maWx0ZXIoKHMpID0+IHMuU3Vic2NyaXB0aW9uVHlwZSA9PT0gJ0VNQUlMJyAmJiBzLkFkZHJlc3MpLm1hcCgocykgPT4gcy5BZGRyZXNzIGFzIHN0cmluZyksXG4gICAgdGhyZXNob2xkVHlwZTogbi5UaHJlc2hvbGRUeXBlID8/ICdQRVJDRU5UQUdFJyxcbiAgICBjb21wYXJpc29uT3BlcmF0b3I6IG4uQ29tcGFyaXNvbk9wZXJhdG9yID8/ICdHUkVBVEVSX1RIQU4nLFxuICB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gbGl2ZUJ1ZGdldChidWRnZXQ6IEF3c0J1ZGdldCwgbm90aWZpY2F0aW9uczogcmVhZG9ubHkgTGl2ZUJ1ZGdldE5vdGlmaWNhdGlvbltdKTogTGl2ZUJ1ZGdldCB7XG4gIGNvbnN0IHJlY2lwaWVudHMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBuIG9mIG5vdGlmaWNhdGlvbnMpIGZvciAoY29uc3QgciBvZiBuLnJlY2lwaWVudHMgPz8gW10pIHJlY2lwaWVudHMuYWRkKHIudG9Mb3dlckNhc2UoKSk7XG4gIHJldHVybiB7XG4gICAgbmFtZTogYnVkZ2V0LkJ1ZGdldE5hbWUsXG4gICAgbW9udGhseVVzZDogTnVtYmVyKGJ1ZGdldC5CdWRnZXRMaW1pdD8uQW1vdW50ID8/IE5hTiksXG4gICAgYWxlcnRzOiBub3RpZmljYXRpb25zLmZpbHRlcihpc0NhdGFsb2dOb3RpZmljYXRpb24pLm1hcCgobikgPT4gKHsgcGVyY2VudDogbi5wZXJjZW50LCB0eXBlOiBuLnR5cGUgfSkpLFxuICAgIHJlY2lwaWVudHM6IFsuLi5yZWNpcGllbnRzXS5zb3J0KCksXG4gICAgbm90aWZpY2F0aW9ucyxcbiAgfTtcbn1cbiJdfQ==
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-budgets/dist-cjs/index.js
var client_budgets_dist_cjs = __webpack_require__(3001);
;// CONCATENATED MODULE: ./action/aws/steps.ts





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
            try {
                await ctx.send('organizations', 'CloseAccount', `AccountId=${step.id}`, () => org.send(new dist_cjs/* CloseAccountCommand */.f4q({ AccountId: step.id })));
                return { outcome: 'done', accountId: step.id };
            }
            catch (error) {
                const e = error;
                if (e.name === 'AccountAlreadyClosedException')
                    return { outcome: 'already-done', accountId: step.id };
                if (e.name === 'ConstraintViolationException' && /^CLOSE_ACCOUNT_/.test(e.Reason ?? '')) {
                    return { outcome: 'failed', accountId: step.id, message: `AWS refused CloseAccount (${e.Reason}): the organization reached its CloseAccount quota; re-run once it allows.` };
                }
                throw error;
            }
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RlcHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL3N0ZXBzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFBRSxtQkFBbUIsRUFBRSx5QkFBeUIsRUFBRSx5QkFBeUIsRUFBRSxtQkFBbUIsRUFBRSxNQUFNLHlCQUF5QixDQUFDO0FBQ3pJLE9BQU8sRUFDTCxtQkFBbUIsRUFDbkIsK0JBQStCLEVBQy9CLGtCQUFrQixFQUNsQixrQkFBa0IsRUFDbEIsb0JBQW9CLEVBQ3BCLHdDQUF3QyxHQUN6QyxNQUFNLCtCQUErQixDQUFDO0FBRXZDLE9BQU8sRUFBRSxxQkFBcUIsRUFBRSxNQUFNLGlDQUFpQyxDQUFDO0FBQ3hFLE9BQU8sRUFBRSxTQUFTLEVBQUUsZUFBZSxFQUFFLGlCQUFpQixFQUFFLFVBQVUsRUFBRSxnQkFBZ0IsRUFBRSxZQUFZLEVBQUUsTUFBTSxXQUFXLENBQUM7QUFDdEgsT0FBTyxFQUFFLGFBQWEsRUFBRSxNQUFNLGtCQUFrQixDQUFDO0FBaUJqRCwrQ0FBK0M7QUFDL0MsTUFBTSxVQUFVLFFBQVEsQ0FBQyxJQUFZO0lBQ25DLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDbEMsT0FBTyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDO0FBQzdDLENBQUM7QUFFRCxTQUFTLElBQUksQ0FBQyxJQUFjLEVBQUUsS0FBZTtJQUMzQyxJQUFJLENBQUMsQ0FBQyxTQUFTLElBQUksSUFBSSxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDM0MsT0FBTyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztBQUM3RSxDQUFDO0FBRUQsd0ZBQXdGO0FBQ3hGLE1BQU0sQ0FBQyxLQUFLLFVBQVUsT0FBTyxDQUFDLEdBQWdCLEVBQUUsSUFBYyxFQUFFLEtBQWU7SUFDN0UsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUM7SUFDdEMsTUFBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUM7SUFDcEMsUUFBUSxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbEIsS0FBSyxXQUFXLENBQUMsQ0FBQyxDQUFDO1lBQ2pCLE1BQU0sUUFBUSxHQUFHLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNwRCxJQUFJLENBQUMsUUFBUTtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsMEJBQTBCLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLGlCQUFpQixFQUFFLENBQUM7WUFDcEgsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDekQsSUFBSSxDQUFDO2dCQUNILE1BQU0sTUFBTSxHQUFHLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsMEJBQTBCLEVBQUUsWUFBWSxRQUFRLFNBQVMsSUFBSSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQ25ILEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSwrQkFBK0IsQ0FBQyxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FDbEYsQ0FBQztnQkFDRixJQUFJLE1BQU0sQ0FBQyxrQkFBa0IsRUFBRSxFQUFFO29CQUFFLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsTUFBTSxDQUFDLGtCQUFrQixDQUFDLEVBQUUsQ0FBQyxDQUFDO2dCQUMxRixPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxDQUFDO1lBQzdCLENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLElBQUssS0FBMkIsQ0FBQyxJQUFJLEtBQUssc0NBQXNDO29CQUFFLE1BQU0sS0FBSyxDQUFDO2dCQUM5RixJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSx3Q0FBd0MsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxDQUFDLEVBQUUsQ0FBQztvQkFDekgsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLG1CQUFtQixFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQztvQkFDbEUsSUFBSSxFQUFFLEVBQUUsRUFBRTt3QkFBRSxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztnQkFDOUMsQ0FBQztnQkFDRCxPQUFPLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxDQUFDO1lBQ3JDLENBQUM7UUFDSCxDQUFDO1FBQ0QsS0FBSyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUM7WUFDdEIsTUFBTSxNQUFNLEdBQUcsTUFBTSxhQUFhLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQzlDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxDQUFDLE9BQU8sRUFBRSxTQUFTLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ3BGLENBQUM7UUFDRCxLQUFLLGNBQWMsQ0FBQyxDQUFDLENBQUM7WUFDcEIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsQ0FBQztZQUM3QixNQUFNLElBQUksR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDeEMsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ3BDLElBQUksQ0FBQyxFQUFFO2dCQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxvQ0FBb0MsRUFBRSxDQUFDO1lBQ3RGLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxFQUFFO2dCQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxVQUFVLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSx3QkFBd0IsRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLENBQUM7WUFDcEksSUFBSSxDQUFDO2dCQUNILE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsYUFBYSxFQUFFLGFBQWEsRUFBRSxJQUFJLElBQUksQ0FBQyxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUNoRyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksa0JBQWtCLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUNuRyxDQUFDO2dCQUNGLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxFQUFFLEVBQUUsQ0FBQztZQUM1QyxDQUFDO1lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztnQkFDZixJQUFLLEtBQTJCLENBQUMsSUFBSSxLQUFLLDJCQUEyQjtvQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLENBQUM7Z0JBQ3pILE1BQU0sS0FBSyxDQUFDO1lBQ2QsQ0FBQztRQUNILENBQUM7UUFDRCxLQUFLLGFBQWE7WUFDaEIsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxhQUFhLEVBQUUsY0FBYyxJQUFJLENBQUMsRUFBRSxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUMvRyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksa0JBQWtCLENBQUMsRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUNuSSxDQUFDO1lBQ0YsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNqRCxLQUFLLGVBQWU7WUFDbEIsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxlQUFlLEVBQUUsY0FBYyxJQUFJLENBQUMsRUFBRSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQ3BHLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxvQkFBb0IsQ0FBQyxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLE9BQU8sRUFBRSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUNyRixDQUFDO1lBQ0YsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNqRCxLQUFLLGVBQWUsQ0FBQyxDQUFDLENBQUM7WUFDckIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsQ0FBQztZQUM3QixJQUFJLENBQUMsRUFBRTtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsb0NBQW9DLEVBQUUsQ0FBQztZQUN0RixNQUFNLFVBQVUsR0FBRyxnQkFBZ0IsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxDQUFDO1lBQzVELElBQUksQ0FBQztnQkFDSCxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLGNBQWMsRUFBRSxjQUFjLFVBQVUsQ0FBQyxFQUFFLENBQUMsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUMzRyxPQUFPLENBQUMsSUFBSSxDQUNWLElBQUksbUJBQW1CLENBQUM7b0JBQ3RCLFNBQVMsRUFBRSxLQUFLLENBQUMsbUJBQW1CO29CQUNwQyxNQUFNLEVBQUUsU0FBUyxDQUFDLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQztvQkFDN0MsNEJBQTRCLEVBQUUsWUFBWSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLGVBQWUsQ0FBQyxLQUFLLENBQUMsRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQztpQkFDbkosQ0FBQyxDQUNILENBQ0YsQ0FBQztnQkFDRixPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLENBQUM7WUFDNUMsQ0FBQztZQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7Z0JBQ2YsSUFBSyxLQUEyQixDQUFDLElBQUksS0FBSywwQkFBMEI7b0JBQUUsTUFBTSxLQUFLLENBQUM7Z0JBQ2xGLE9BQU8sRUFBRSxPQUFPLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLHFEQUFxRCxFQUFFLENBQUM7WUFDcEgsQ0FBQztRQUNILENBQUM7UUFDRCxLQUFLLGVBQWU7WUFDbEIsTUFBTSxZQUFZLENBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsbUJBQW1CLENBQUMsQ0FBQztZQUN6RCxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ2pELEtBQUssZUFBZSxDQUFDLENBQUMsQ0FBQztZQUNyQixJQUFJLElBQUksQ0FBQyxFQUFFLEtBQUssS0FBSyxDQUFDLG1CQUFtQjtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsNENBQTRDLEVBQUUsQ0FBQztZQUMvSCxJQUFJLENBQUM7Z0JBQ0gsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxjQUFjLEVBQUUsYUFBYSxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLG1CQUFtQixDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDekksT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUNqRCxDQUFDO1lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztnQkFDZixNQUFNLENBQUMsR0FBRyxLQUEyQyxDQUFDO2dCQUN0RCxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssK0JBQStCO29CQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7Z0JBQ3ZHLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyw4QkFBOEIsSUFBSSxpQkFBaUIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO29CQUN4RixPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsNkJBQTZCLENBQUMsQ0FBQyxNQUFNLDRFQUE0RSxFQUFFLENBQUM7Z0JBQy9LLENBQUM7Z0JBQ0QsTUFBTSxLQUFLLENBQUM7WUFDZCxDQUFDO1FBQ0gsQ0FBQztJQUNILENBQUM7QUFDSCxDQUFDO0FBSUQ7Ozs7R0FJRztBQUNILEtBQUssVUFBVSxZQUFZLENBQUMsR0FBZ0IsRUFBRSxJQUFnQixFQUFFLFNBQWlCO0lBQy9FLE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDO0lBQ3BDLE1BQU0sVUFBVSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLFVBQVUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDekQsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxHQUFHLEdBQUcsQ0FBQyxLQUFLLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLEdBQUcsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUN4RixNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLGNBQWMsRUFBRSxjQUFjLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUNsSSxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksbUJBQW1CLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLFNBQVMsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQzVHLENBQUM7SUFDSixDQUFDO0lBQ0QsTUFBTSxHQUFHLEdBQUcsQ0FBQyxJQUFZLEVBQUUsT0FBZSxFQUFFLEVBQUUsQ0FBQyxHQUFHLElBQUksSUFBSSxPQUFPLEVBQUUsQ0FBQztJQUNwRSxNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNuRixNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQy9GLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDL0IsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLGFBQWEsSUFBSSxFQUFFLEVBQUUsQ0FBQztRQUM5QyxNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDakMsMkRBQTJEO1FBQzNELE1BQU0sY0FBYyxHQUFHLENBQUMsQ0FBQyxDQUFDLFVBQVUsSUFBSSxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssSUFBSSxDQUFDO1FBQ3pILElBQUkscUJBQXFCLENBQUMsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksY0FBYyxFQUFFLENBQUM7WUFDaEYsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUNaLFNBQVM7UUFDWCxDQUFDO1FBQ0QsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxvQkFBb0IsRUFBRSxjQUFjLFVBQVUsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsQ0FDckYsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLHlCQUF5QixDQUFDLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxZQUFZLEVBQUUsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQzNHLENBQUM7SUFDSixDQUFDO0lBQ0QsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxJQUFJLE1BQU0sRUFBRSxDQUFDO1FBQ2hDLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFBRSxTQUFTO1FBQzFCLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsb0JBQW9CLEVBQUUsY0FBYyxVQUFVLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQ3JGLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSx5QkFBeUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsWUFBWSxFQUFFLGVBQWUsQ0FBQyxLQUFLLENBQUMsRUFBRSxXQUFXLEVBQUUsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FDcEssQ0FBQztJQUNKLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgQ3JlYXRlQnVkZ2V0Q29tbWFuZCwgQ3JlYXRlTm90aWZpY2F0aW9uQ29tbWFuZCwgRGVsZXRlTm90aWZpY2F0aW9uQ29tbWFuZCwgVXBkYXRlQnVkZ2V0Q29tbWFuZCB9IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1idWRnZXRzJztcbmltcG9ydCB7XG4gIENsb3NlQWNjb3VudENvbW1hbmQsXG4gIENyZWF0ZU9yZ2FuaXphdGlvbmFsVW5pdENvbW1hbmQsXG4gIE1vdmVBY2NvdW50Q29tbWFuZCxcbiAgVGFnUmVzb3VyY2VDb21tYW5kLFxuICBVbnRhZ1Jlc291cmNlQ29tbWFuZCxcbiAgcGFnaW5hdGVMaXN0T3JnYW5pemF0aW9uYWxVbml0c0ZvclBhcmVudCxcbn0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LW9yZ2FuaXphdGlvbnMnO1xuaW1wb3J0IHR5cGUgeyBMaXZlU3RlcCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL21vZGVsJztcbmltcG9ydCB7IGlzQ2F0YWxvZ05vdGlmaWNhdGlvbiB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3BsYW4vbGl2ZS1idWRnZXQnO1xuaW1wb3J0IHsgYXdzQnVkZ2V0LCBhd3NOb3RpZmljYXRpb24sIGF3c05vdGlmaWNhdGlvbk9mLCBidWRnZXROYW1lLCBlbWFpbFN1YnNjcmliZXJzLCB1bmlxdWVBbGVydHMgfSBmcm9tICcuL2J1ZGdldHMnO1xuaW1wb3J0IHsgZW5zdXJlQWNjb3VudCB9IGZyb20gJy4vY3JlYXRlLWFjY291bnQnO1xuaW1wb3J0IHR5cGUgeyBTdGVwQ29udGV4dCB9IGZyb20gJy4vc3RlcC1jb250ZXh0JztcblxuLyoqIEhvdyBhIHN0ZXAgZW5kZWQ7IGBhY2NvdW50SWRgIG9uY2UgdGhlIGFjY291bnQncyBpZCBpcyBrbm93bi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3RlcFJlc3VsdCB7XG4gIHJlYWRvbmx5IG91dGNvbWU6ICdkb25lJyB8ICdhbHJlYWR5LWRvbmUnIHwgJ2ZhaWxlZCcgfCAnc2tpcHBlZCc7XG4gIHJlYWRvbmx5IG1lc3NhZ2U/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGFjY291bnRJZD86IHN0cmluZztcbn1cblxuLyoqIFdoYXQgdGhlIHN0ZXBzIG9mIG9uZSBydW4gc2hhcmU6IE9VIGlkcyAoY3JlYXRlZCBvbmVzIGFkZGVkKSBhbmQgdGhlIGlkcyBvZiBhY2NvdW50cyBjcmVhdGVkIHNvIGZhci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUnVuU3RhdGUge1xuICByZWFkb25seSBvdUlkczogTWFwPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgaWRzOiBNYXA8c3RyaW5nLCBzdHJpbmc+O1xuICByZWFkb25seSBtYW5hZ2VtZW50QWNjb3VudElkOiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgcGFyZW50IE9VIHBhdGg6IC9BL0IgLT4gL0EsIC9BIC0+IC8uICovXG5leHBvcnQgZnVuY3Rpb24gcGFyZW50T2YocGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgY3V0ID0gcGF0aC5sYXN0SW5kZXhPZignLycpO1xuICByZXR1cm4gY3V0IDw9IDAgPyAnLycgOiBwYXRoLnNsaWNlKDAsIGN1dCk7XG59XG5cbmZ1bmN0aW9uIGlkT2Yoc3RlcDogTGl2ZVN0ZXAsIHN0YXRlOiBSdW5TdGF0ZSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICghKCdhY2NvdW50JyBpbiBzdGVwKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuICgnaWQnIGluIHN0ZXAgPyBzdGVwLmlkIDogdW5kZWZpbmVkKSA/PyBzdGF0ZS5pZHMuZ2V0KHN0ZXAuYWNjb3VudCk7XG59XG5cbi8qKiBSdW5zIG9uZSBzdGVwOiB0aGUgY2FsbHMgaXQgbmVlZHMsIHRyZWF0aW5nIEFXUydzIFwiYWxyZWFkeSBkb25lXCIgYW5zd2VycyBhcyBkb25lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1blN0ZXAoY3R4OiBTdGVwQ29udGV4dCwgc3RlcDogTGl2ZVN0ZXAsIHN0YXRlOiBSdW5TdGF0ZSk6IFByb21pc2U8U3RlcFJlc3VsdD4ge1xuICBjb25zdCBvcmcgPSBjdHguY2xpZW50cy5vcmdhbml6YXRpb25zO1xuICBjb25zdCBidWRnZXRzID0gY3R4LmNsaWVudHMuYnVkZ2V0cztcbiAgc3dpdGNoIChzdGVwLmtpbmQpIHtcbiAgICBjYXNlICdjcmVhdGUtb3UnOiB7XG4gICAgICBjb25zdCBwYXJlbnRJZCA9IHN0YXRlLm91SWRzLmdldChwYXJlbnRPZihzdGVwLm91KSk7XG4gICAgICBpZiAoIXBhcmVudElkKSByZXR1cm4geyBvdXRjb21lOiAnc2tpcHBlZCcsIG1lc3NhZ2U6IGBza2lwcGVkOiB0aGUgcGFyZW50IE9VICR7cGFyZW50T2Yoc3RlcC5vdSl9IGRvZXMgbm90IGV4aXN0YCB9O1xuICAgICAgY29uc3QgbmFtZSA9IHN0ZXAub3Uuc2xpY2Uoc3RlcC5vdS5sYXN0SW5kZXhPZignLycpICsgMSk7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBhbnN3ZXIgPSBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdDcmVhdGVPcmdhbml6YXRpb25hbFVuaXQnLCBgUGFyZW50SWQ9JHtwYXJlbnRJZH0gTmFtZT0ke25hbWV9YCwgKCkgPT5cbiAgICAgICAgICBvcmcuc2VuZChuZXcgQ3JlYXRlT3JnYW5pemF0aW9uYWxVbml0Q29tbWFuZCh7IFBhcmVudElkOiBwYXJlbnRJZCwgTmFtZTogbmFtZSB9KSksXG4gICAgICAgICk7XG4gICAgICAgIGlmIChhbnN3ZXIuT3JnYW5pemF0aW9uYWxVbml0Py5JZCkgc3RhdGUub3VJZHMuc2V0KHN0ZXAub3UsIGFuc3dlci5Pcmdhbml6YXRpb25hbFVuaXQuSWQpO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScgfTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgIT09ICdEdXBsaWNhdGVPcmdhbml6YXRpb25hbFVuaXRFeGNlcHRpb24nKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdE9yZ2FuaXphdGlvbmFsVW5pdHNGb3JQYXJlbnQoeyBjbGllbnQ6IG9yZywgcGFnZVNpemU6IDIwIH0sIHsgUGFyZW50SWQ6IHBhcmVudElkIH0pKSB7XG4gICAgICAgICAgY29uc3Qgb3UgPSBwYWdlLk9yZ2FuaXphdGlvbmFsVW5pdHM/LmZpbmQoKG8pID0+IG8uTmFtZSA9PT0gbmFtZSk7XG4gICAgICAgICAgaWYgKG91Py5JZCkgc3RhdGUub3VJZHMuc2V0KHN0ZXAub3UsIG91LklkKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnYWxyZWFkeS1kb25lJyB9O1xuICAgICAgfVxuICAgIH1cbiAgICBjYXNlICdjcmVhdGUtYWNjb3VudCc6IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGVuc3VyZUFjY291bnQoY3R4LCBzdGVwKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6IHJlc3VsdC5vdXRjb21lLCBtZXNzYWdlOiByZXN1bHQubWVzc2FnZSwgYWNjb3VudElkOiByZXN1bHQuaWQgfTtcbiAgICB9XG4gICAgY2FzZSAnbW92ZS1hY2NvdW50Jzoge1xuICAgICAgY29uc3QgaWQgPSBpZE9mKHN0ZXAsIHN0YXRlKTtcbiAgICAgIGNvbnN0IGZyb20gPSBzdGF0ZS5vdUlkcy5nZXQoc3RlcC5mcm9tKTtcbiAgICAgIGNvbnN0IHRvID0gc3RhdGUub3VJZHMuZ2V0KHN0ZXAudG8pO1xuICAgICAgaWYgKCFpZCkgcmV0dXJuIHsgb3V0Y29tZTogJ3NraXBwZWQnLCBtZXNzYWdlOiAnc2tpcHBlZDogdGhlIGFjY291bnQgaGFzIG5vIGlkIHlldCcgfTtcbiAgICAgIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB7IG91dGNvbWU6ICdmYWlsZWQnLCBtZXNzYWdlOiBgdGhlIE9VICR7IXRvID8gc3RlcC50byA6IHN0ZXAuZnJvbX0gZG9lcyBub3QgZXhpc3QgaW4gQVdTYCwgYWNjb3VudElkOiBpZCB9O1xuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgY3R4LnNlbmQoJ29yZ2FuaXphdGlvbnMnLCAnTW92ZUFjY291bnQnLCBgQWNjb3VudElkPSR7aWR9ICR7c3RlcC5mcm9tfSAtPiAke3N0ZXAudG99YCwgKCkgPT5cbiAgICAgICAgICBvcmcuc2VuZChuZXcgTW92ZUFjY291bnRDb21tYW5kKHsgQWNjb3VudElkOiBpZCwgU291cmNlUGFyZW50SWQ6IGZyb20sIERlc3RpbmF0aW9uUGFyZW50SWQ6IHRvIH0pKSxcbiAgICAgICAgKTtcbiAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2RvbmUnLCBhY2NvdW50SWQ6IGlkIH07XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICBpZiAoKGVycm9yIGFzIHsgbmFtZT86IHN0cmluZyB9KS5uYW1lID09PSAnRHVwbGljYXRlQWNjb3VudEV4Y2VwdGlvbicpIHJldHVybiB7IG91dGNvbWU6ICdhbHJlYWR5LWRvbmUnLCBhY2NvdW50SWQ6IGlkIH07XG4gICAgICAgIHRocm93IGVycm9yO1xuICAgICAgfVxuICAgIH1cbiAgICBjYXNlICd0YWctYWNjb3VudCc6XG4gICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdUYWdSZXNvdXJjZScsIGBSZXNvdXJjZUlkPSR7c3RlcC5pZH0gJHtPYmplY3Qua2V5cyhzdGVwLnRhZ3MpLmpvaW4oJywnKX1gLCAoKSA9PlxuICAgICAgICBvcmcuc2VuZChuZXcgVGFnUmVzb3VyY2VDb21tYW5kKHsgUmVzb3VyY2VJZDogc3RlcC5pZCwgVGFnczogT2JqZWN0LmVudHJpZXMoc3RlcC50YWdzKS5tYXAoKFtLZXksIFZhbHVlXSkgPT4gKHsgS2V5LCBWYWx1ZSB9KSkgfSkpLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6ICdkb25lJywgYWNjb3VudElkOiBzdGVwLmlkIH07XG4gICAgY2FzZSAndW50YWctYWNjb3VudCc6XG4gICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdVbnRhZ1Jlc291cmNlJywgYFJlc291cmNlSWQ9JHtzdGVwLmlkfSAke3N0ZXAua2V5cy5qb2luKCcsJyl9YCwgKCkgPT5cbiAgICAgICAgb3JnLnNlbmQobmV3IFVudGFnUmVzb3VyY2VDb21tYW5kKHsgUmVzb3VyY2VJZDogc3RlcC5pZCwgVGFnS2V5czogWy4uLnN0ZXAua2V5c10gfSkpLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6ICdkb25lJywgYWNjb3VudElkOiBzdGVwLmlkIH07XG4gICAgY2FzZSAnY3JlYXRlLWJ1ZGdldCc6IHtcbiAgICAgIGNvbnN0IGlkID0gaWRPZihzdGVwLCBzdGF0ZSk7XG4gICAgICBpZiAoIWlkKSByZXR1cm4geyBvdXRjb21lOiAnc2tpcHBlZCcsIG1lc3NhZ2U6ICdza2lwcGVkOiB0aGUgYWNjb3VudCBoYXMgbm8gaWQgeWV0JyB9O1xuICAgICAgY29uc3QgcmVjaXBpZW50cyA9IGVtYWlsU3Vic2NyaWJlcnMoc3RlcC5idWRnZXQucmVjaXBpZW50cyk7XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBjdHguc2VuZCgnYnVkZ2V0cycsICdDcmVhdGVCdWRnZXQnLCBgQnVkZ2V0TmFtZT0ke2J1ZGdldE5hbWUoaWQpfSAke3N0ZXAuYnVkZ2V0Lm1vbnRobHlVc2R9IFVTRGAsICgpID0+XG4gICAgICAgICAgYnVkZ2V0cy5zZW5kKFxuICAgICAgICAgICAgbmV3IENyZWF0ZUJ1ZGdldENvbW1hbmQoe1xuICAgICAgICAgICAgICBBY2NvdW50SWQ6IHN0YXRlLm1hbmFnZW1lbnRBY2NvdW50SWQsXG4gICAgICAgICAgICAgIEJ1ZGdldDogYXdzQnVkZ2V0KGlkLCBzdGVwLmJ1ZGdldC5tb250aGx5VXNkKSxcbiAgICAgICAgICAgICAgTm90aWZpY2F0aW9uc1dpdGhTdWJzY3JpYmVyczogdW5pcXVlQWxlcnRzKHN0ZXAuYnVkZ2V0LmFsZXJ0cykubWFwKChhbGVydCkgPT4gKHsgTm90aWZpY2F0aW9uOiBhd3NOb3RpZmljYXRpb24oYWxlcnQpLCBTdWJzY3JpYmVyczogcmVjaXBpZW50cyB9KSksXG4gICAgICAgICAgICB9KSxcbiAgICAgICAgICApLFxuICAgICAgICApO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogaWQgfTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgIT09ICdEdXBsaWNhdGVSZWNvcmRFeGNlcHRpb24nKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2FscmVhZHktZG9uZScsIGFjY291bnRJZDogaWQsIG1lc3NhZ2U6ICd0aGUgYnVkZ2V0IGV4aXN0cyBhbHJlYWR5OyB0aGUgbmV4dCBydW4gY29tcGFyZXMgaXQnIH07XG4gICAgICB9XG4gICAgfVxuICAgIGNhc2UgJ3VwZGF0ZS1idWRnZXQnOlxuICAgICAgYXdhaXQgdXBkYXRlQnVkZ2V0KGN0eCwgc3RlcCwgc3RhdGUubWFuYWdlbWVudEFjY291bnRJZCk7XG4gICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogc3RlcC5pZCB9O1xuICAgIGNhc2UgJ2Nsb3NlLWFjY291bnQnOiB7XG4gICAgICBpZiAoc3RlcC5pZCA9PT0gc3RhdGUubWFuYWdlbWVudEFjY291bnRJZCkgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIG1lc3NhZ2U6ICd0aGUgbWFuYWdlbWVudCBhY2NvdW50IGNhbiBuZXZlciBiZSBjbG9zZWQnIH07XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdDbG9zZUFjY291bnQnLCBgQWNjb3VudElkPSR7c3RlcC5pZH1gLCAoKSA9PiBvcmcuc2VuZChuZXcgQ2xvc2VBY2NvdW50Q29tbWFuZCh7IEFjY291bnRJZDogc3RlcC5pZCB9KSkpO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogc3RlcC5pZCB9O1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgY29uc3QgZSA9IGVycm9yIGFzIHsgbmFtZT86IHN0cmluZzsgUmVhc29uPzogc3RyaW5nIH07XG4gICAgICAgIGlmIChlLm5hbWUgPT09ICdBY2NvdW50QWxyZWFkeUNsb3NlZEV4Y2VwdGlvbicpIHJldHVybiB7IG91dGNvbWU6ICdhbHJlYWR5LWRvbmUnLCBhY2NvdW50SWQ6IHN0ZXAuaWQgfTtcbiAgICAgICAgaWYgKGUubmFtZSA9PT0gJ0NvbnN0cmFpbnRWaW9sYXRpb25FeGNlcHRpb24nICYmIC9eQ0xPU0VfQUNDT1VOVF8vLnRlc3QoZS5SZWFzb24gPz8gJycpKSB7XG4gICAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIGFjY291bnRJZDogc3RlcC5pZCwgbWVzc2FnZTogYEFXUyByZWZ1c2VkIENsb3NlQWNjb3VudCAoJHtlLlJlYXNvbn0pOiB0aGUgb3JnYW5pemF0aW9uIHJlYWNoZWQgaXRzIENsb3NlQWNjb3VudCBxdW90YTsgcmUtcnVuIG9uY2UgaXQgYWxsb3dzLmAgfTtcbiAgICAgICAgfVxuICAgICAgICB0aHJvdyBlcnJvcjtcbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cblxudHlwZSBVcGRhdGVTdGVwID0gRXh0cmFjdDxMaXZlU3RlcCwgeyBraW5kOiAndXBkYXRlLWJ1ZGdldCcgfT47XG5cbi8qKlxuICogQW1vdW50IGZpcnN0IChVcGRhdGVCdWRnZXQpLCB0aGVuIG5vdGlmaWNhdGlvbnM6IGEgbm90aWZpY2F0aW9uIHRoZSBjYXRhbG9nIGRvZXMgbm90IHdhbnQsIG9yIHdob3NlXG4gKiByZWNpcGllbnRzIGRpZmZlciwgaXMgZGVsZXRlZDsgZWFjaCB3YW50ZWQgb25lIHRoYXQgaXMgdGhlbiBtaXNzaW5nIGlzIGNyZWF0ZWQgd2l0aCBpdHMgc3Vic2NyaWJlcnNcbiAqIGluIG9uZSBjYWxsIChDcmVhdGVOb3RpZmljYXRpb24pLiBFdmVyeSBjYWxsIGxlYXZlcyBhIHN0YXRlIHRoZSBuZXh0IHJ1biByZWFkcyBhbmQgZmluaXNoZXMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHVwZGF0ZUJ1ZGdldChjdHg6IFN0ZXBDb250ZXh0LCBzdGVwOiBVcGRhdGVTdGVwLCBBY2NvdW50SWQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBidWRnZXRzID0gY3R4LmNsaWVudHMuYnVkZ2V0cztcbiAgY29uc3QgQnVkZ2V0TmFtZSA9IHN0ZXAuZnJvbS5uYW1lID8/IGJ1ZGdldE5hbWUoc3RlcC5pZCk7XG4gIGlmIChNYXRoLnJvdW5kKHN0ZXAuZnJvbS5tb250aGx5VXNkICogMTAwKSAhPT0gTWF0aC5yb3VuZChzdGVwLmJ1ZGdldC5tb250aGx5VXNkICogMTAwKSkge1xuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ1VwZGF0ZUJ1ZGdldCcsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtzdGVwLmZyb20ubW9udGhseVVzZH0gLT4gJHtzdGVwLmJ1ZGdldC5tb250aGx5VXNkfSBVU0RgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBVcGRhdGVCdWRnZXRDb21tYW5kKHsgQWNjb3VudElkLCBOZXdCdWRnZXQ6IGF3c0J1ZGdldChzdGVwLmlkLCBzdGVwLmJ1ZGdldC5tb250aGx5VXNkKSB9KSksXG4gICAgKTtcbiAgfVxuICBjb25zdCBrZXkgPSAodHlwZTogc3RyaW5nLCBwZXJjZW50OiBudW1iZXIpID0+IGAke3R5cGV9OiR7cGVyY2VudH1gO1xuICBjb25zdCB3YW50ZWQgPSBuZXcgTWFwKHN0ZXAuYnVkZ2V0LmFsZXJ0cy5tYXAoKGEpID0+IFtrZXkoYS50eXBlLCBhLnBlcmNlbnQpLCBhXSkpO1xuICBjb25zdCB3YW50ID0gWy4uLm5ldyBTZXQoc3RlcC5idWRnZXQucmVjaXBpZW50cy5tYXAoKHIpID0+IHIudG9Mb3dlckNhc2UoKSkpXS5zb3J0KCkuam9pbignLCcpO1xuICBjb25zdCBrZXB0ID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgbiBvZiBzdGVwLmZyb20ubm90aWZpY2F0aW9ucyA/PyBbXSkge1xuICAgIGNvbnN0IGsgPSBrZXkobi50eXBlLCBuLnBlcmNlbnQpO1xuICAgIC8vIFVucmVhZGFibGUgc3Vic2NyaWJlcnMgKHVuZGVmaW5lZCkgYXJlIGxlZnQgYXMgdGhleSBhcmUuXG4gICAgY29uc3Qgc2FtZVJlY2lwaWVudHMgPSAhbi5yZWNpcGllbnRzIHx8IFsuLi5uZXcgU2V0KG4ucmVjaXBpZW50cy5tYXAoKHIpID0+IHIudG9Mb3dlckNhc2UoKSkpXS5zb3J0KCkuam9pbignLCcpID09PSB3YW50O1xuICAgIGlmIChpc0NhdGFsb2dOb3RpZmljYXRpb24obikgJiYgd2FudGVkLmhhcyhrKSAmJiAha2VwdC5oYXMoaykgJiYgc2FtZVJlY2lwaWVudHMpIHtcbiAgICAgIGtlcHQuYWRkKGspO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ0RlbGV0ZU5vdGlmaWNhdGlvbicsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtrfSVgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBEZWxldGVOb3RpZmljYXRpb25Db21tYW5kKHsgQWNjb3VudElkLCBCdWRnZXROYW1lLCBOb3RpZmljYXRpb246IGF3c05vdGlmaWNhdGlvbk9mKG4pIH0pKSxcbiAgICApO1xuICB9XG4gIGZvciAoY29uc3QgW2ssIGFsZXJ0XSBvZiB3YW50ZWQpIHtcbiAgICBpZiAoa2VwdC5oYXMoaykpIGNvbnRpbnVlO1xuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ0NyZWF0ZU5vdGlmaWNhdGlvbicsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtrfSVgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBDcmVhdGVOb3RpZmljYXRpb25Db21tYW5kKHsgQWNjb3VudElkLCBCdWRnZXROYW1lLCBOb3RpZmljYXRpb246IGF3c05vdGlmaWNhdGlvbihhbGVydCksIFN1YnNjcmliZXJzOiBlbWFpbFN1YnNjcmliZXJzKHN0ZXAuYnVkZ2V0LnJlY2lwaWVudHMpIH0pKSxcbiAgICApO1xuICB9XG59XG4iXX0=
;// CONCATENATED MODULE: ./action/aws/dry-run.ts


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
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZHJ5LXJ1bi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvZHJ5LXJ1bi50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFDQSxPQUFPLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBRSxNQUFNLFdBQVcsQ0FBQztBQUNyRCxPQUFPLEVBQUUsUUFBUSxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBRW5DLG9GQUFvRjtBQUNwRixNQUFNLFVBQVUsU0FBUyxDQUFDLElBQWM7SUFDdEMsTUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsQ0FBQztJQUNsRSxRQUFRLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNsQixLQUFLLFdBQVc7WUFDZCxPQUFPLENBQUMsaURBQWlELFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFNBQVMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3BJLEtBQUssZ0JBQWdCO1lBQ25CLE9BQU87Z0JBQ0wsb0VBQW9FO2dCQUNwRSwyQ0FBMkMsSUFBSSxDQUFDLE9BQU8sVUFBVSxJQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRTtnQkFDdEgsdUVBQXVFO2FBQ3hFLENBQUM7UUFDSixLQUFLLGNBQWM7WUFDakIsT0FBTyxDQUFDLHVDQUF1QyxFQUFFLElBQUksSUFBSSxDQUFDLElBQUksT0FBTyxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNsRixLQUFLLGFBQWE7WUFDaEIsT0FBTyxDQUFDLHdDQUF3QyxFQUFFLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM1SCxLQUFLLGVBQWU7WUFDbEIsT0FBTyxDQUFDLDBDQUEwQyxFQUFFLFlBQVksSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3pGLEtBQUssZUFBZTtZQUNsQixPQUFPLENBQUMsbURBQW1ELEVBQUUsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsYUFBYSxZQUFZLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLGdCQUFnQixDQUFDLENBQUM7UUFDL0osS0FBSyxlQUFlO1lBQ2xCLE9BQU8sQ0FBQyx1RkFBdUYsVUFBVSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsTUFBTSxDQUFDLENBQUM7UUFDdEosS0FBSyxlQUFlO1lBQ2xCLE9BQU8sQ0FBQyx3Q0FBd0MsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUMxRCxDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB0eXBlIHsgTGl2ZVN0ZXAgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9tb2RlbCc7XG5pbXBvcnQgeyBidWRnZXROYW1lLCB1bmlxdWVBbGVydHMgfSBmcm9tICcuL2J1ZGdldHMnO1xuaW1wb3J0IHsgcGFyZW50T2YgfSBmcm9tICcuL3N0ZXBzJztcblxuLyoqIFdoYXQgZHJ5LXJ1biBwcmludHM6IHRoZSBjYWxscyBhIHN0ZXAgd291bGQgbWFrZSwgd2l0aCB0aGVpciBtYWluIHBhcmFtZXRlcnMuICovXG5leHBvcnQgZnVuY3Rpb24gd291bGRDYWxsKHN0ZXA6IExpdmVTdGVwKTogc3RyaW5nW10ge1xuICBjb25zdCBpZCA9ICdpZCcgaW4gc3RlcCAmJiBzdGVwLmlkID8gc3RlcC5pZCA6ICc8bmV3IGFjY291bnQgaWQ+JztcbiAgc3dpdGNoIChzdGVwLmtpbmQpIHtcbiAgICBjYXNlICdjcmVhdGUtb3UnOlxuICAgICAgcmV0dXJuIFtgb3JnYW5pemF0aW9uczpDcmVhdGVPcmdhbml6YXRpb25hbFVuaXQgUGFyZW50PSR7cGFyZW50T2Yoc3RlcC5vdSl9IE5hbWU9JHtzdGVwLm91LnNsaWNlKHN0ZXAub3UubGFzdEluZGV4T2YoJy8nKSArIDEpfWBdO1xuICAgIGNhc2UgJ2NyZWF0ZS1hY2NvdW50JzpcbiAgICAgIHJldHVybiBbXG4gICAgICAgICdvcmdhbml6YXRpb25zOkxpc3RDcmVhdGVBY2NvdW50U3RhdHVzIFN0YXRlcz1JTl9QUk9HUkVTUyxTVUNDRUVERUQnLFxuICAgICAgICBgb3JnYW5pemF0aW9uczpDcmVhdGVBY2NvdW50IEFjY291bnROYW1lPSR7c3RlcC5hY2NvdW50fSBFbWFpbD0ke3N0ZXAuZW1haWx9IFRhZ3M9JHtPYmplY3Qua2V5cyhzdGVwLnRhZ3MpLmpvaW4oJywnKX1gLFxuICAgICAgICAnb3JnYW5pemF0aW9uczpEZXNjcmliZUNyZWF0ZUFjY291bnRTdGF0dXMgKHVudGlsIFNVQ0NFRURFRCBvciBGQUlMRUQpJyxcbiAgICAgIF07XG4gICAgY2FzZSAnbW92ZS1hY2NvdW50JzpcbiAgICAgIHJldHVybiBbYG9yZ2FuaXphdGlvbnM6TW92ZUFjY291bnQgQWNjb3VudElkPSR7aWR9ICR7c3RlcC5mcm9tfSAtPiAke3N0ZXAudG99YF07XG4gICAgY2FzZSAndGFnLWFjY291bnQnOlxuICAgICAgcmV0dXJuIFtgb3JnYW5pemF0aW9uczpUYWdSZXNvdXJjZSBSZXNvdXJjZUlkPSR7aWR9ICR7T2JqZWN0LmVudHJpZXMoc3RlcC50YWdzKS5tYXAoKFtrLCB2XSkgPT4gYCR7a309JHt2fWApLmpvaW4oJywnKX1gXTtcbiAgICBjYXNlICd1bnRhZy1hY2NvdW50JzpcbiAgICAgIHJldHVybiBbYG9yZ2FuaXphdGlvbnM6VW50YWdSZXNvdXJjZSBSZXNvdXJjZUlkPSR7aWR9IFRhZ0tleXM9JHtzdGVwLmtleXMuam9pbignLCcpfWBdO1xuICAgIGNhc2UgJ2NyZWF0ZS1idWRnZXQnOlxuICAgICAgcmV0dXJuIFtgYnVkZ2V0czpDcmVhdGVCdWRnZXQgQnVkZ2V0TmFtZT1hY2NvdW50LWNhdGFsb2ctJHtpZH0gJHtzdGVwLmJ1ZGdldC5tb250aGx5VXNkfSBVU0Qgd2l0aCAke3VuaXF1ZUFsZXJ0cyhzdGVwLmJ1ZGdldC5hbGVydHMpLmxlbmd0aH0gbm90aWZpY2F0aW9uc2BdO1xuICAgIGNhc2UgJ3VwZGF0ZS1idWRnZXQnOlxuICAgICAgcmV0dXJuIFtgYnVkZ2V0czpVcGRhdGVCdWRnZXQsIERlbGV0ZU5vdGlmaWNhdGlvbiwgQ3JlYXRlTm90aWZpY2F0aW9uIChhcyBuZWVkZWQpIEJ1ZGdldE5hbWU9JHtidWRnZXROYW1lKHN0ZXAuaWQpfSAke3N0ZXAuYnVkZ2V0Lm1vbnRobHlVc2R9IFVTRGBdO1xuICAgIGNhc2UgJ2Nsb3NlLWFjY291bnQnOlxuICAgICAgcmV0dXJuIFtgb3JnYW5pemF0aW9uczpDbG9zZUFjY291bnQgQWNjb3VudElkPSR7aWR9YF07XG4gIH1cbn1cbiJdfQ==
;// CONCATENATED MODULE: ./action/aws/pool.ts
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicG9vbC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvcG9vbC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxvR0FBb0c7QUFDcEcsTUFBTSxDQUFDLEtBQUssVUFBVSxRQUFRLENBQU8sS0FBbUIsRUFBRSxLQUFhLEVBQUUsSUFBNEM7SUFDbkgsTUFBTSxPQUFPLEdBQUcsSUFBSSxLQUFLLENBQUksS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQzNDLElBQUksSUFBSSxHQUFHLENBQUMsQ0FBQztJQUNiLE1BQU0sTUFBTSxHQUFHLEtBQUssSUFBbUIsRUFBRTtRQUN2QyxPQUFPLElBQUksR0FBRyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDM0IsTUFBTSxDQUFDLEdBQUcsSUFBSSxFQUFFLENBQUM7WUFDakIsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN2QyxDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxPQUFPLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDO0lBQzlGLE9BQU8sT0FBTyxDQUFDO0FBQ2pCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKiogUnVucyBgd29ya2Agb3ZlciBgaXRlbXNgIHdpdGggYXQgbW9zdCBgbGltaXRgIGNhbGxzIGluIGZsaWdodDsgcmVzdWx0cyBrZWVwIHRoZSBpdGVtcycgb3JkZXIuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbWFwTGltaXQ8VCwgUj4oaXRlbXM6IHJlYWRvbmx5IFRbXSwgbGltaXQ6IG51bWJlciwgd29yazogKGl0ZW06IFQsIGluZGV4OiBudW1iZXIpID0+IFByb21pc2U8Uj4pOiBQcm9taXNlPFJbXT4ge1xuICBjb25zdCByZXN1bHRzID0gbmV3IEFycmF5PFI+KGl0ZW1zLmxlbmd0aCk7XG4gIGxldCBuZXh0ID0gMDtcbiAgY29uc3Qgd29ya2VyID0gYXN5bmMgKCk6IFByb21pc2U8dm9pZD4gPT4ge1xuICAgIHdoaWxlIChuZXh0IDwgaXRlbXMubGVuZ3RoKSB7XG4gICAgICBjb25zdCBpID0gbmV4dCsrO1xuICAgICAgcmVzdWx0c1tpXSA9IGF3YWl0IHdvcmsoaXRlbXNbaV0sIGkpO1xuICAgIH1cbiAgfTtcbiAgYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogTWF0aC5taW4oTWF0aC5tYXgoMSwgbGltaXQpLCBpdGVtcy5sZW5ndGgpIH0sIHdvcmtlcikpO1xuICByZXR1cm4gcmVzdWx0cztcbn1cbiJdfQ==
;// CONCATENATED MODULE: ./action/aws/read.ts






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
    // Tags and budgets matter only where they can drift or change: ACTIVE accounts the catalog manages.
    const managed = (0,live_match/* managedIds */.c)((0,live_match/* matchLive */.k)(catalog.accounts, partial));
    const managedAccounts = accounts.filter((a) => managed.has(a.id) && a.status === 'ACTIVE');
    const read = new Set(managedAccounts.map((a) => a.id));
    const tags = new Map();
    await mapLimit(managedAccounts, limit, async (account) => {
        const set = {};
        for await (const page of (0,dist_cjs/* paginateListTagsForResource */.mGo)({ client: org }, { ResourceId: account.id })) {
            for (const tag of page.Tags ?? [])
                if (tag.Key !== undefined)
                    set[tag.Key] = tag.Value ?? '';
        }
        tags.set(account.id, set);
    });
    const budgets = managedAccounts.length > 0 && managementAccountId ? await readBudgets(clients, managementAccountId, read, limit) : new Map();
    return {
        ...partial,
        accounts: accounts.map((a) => (read.has(a.id) ? { ...a, tags: tags.get(a.id), budget: budgets.get(a.id) } : a)),
    };
}
/** The catalog budgets (account-catalog-<id>) of managed accounts, keyed by account id. */
async function readBudgets(clients, accountId, managed, limit) {
    const client = clients.budgets;
    const ours = [];
    await ignoreNotFound(async () => {
        for await (const page of (0,client_budgets_dist_cjs/* paginateDescribeBudgets */.ZO6)({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId })) {
            for (const budget of page.Budgets ?? []) {
                const id = accountOfBudget(budget.BudgetName);
                if (id && managed.has(id))
                    ours.push({ id, budget });
            }
        }
    });
    const result = new Map();
    await mapLimit(ours, limit, async ({ id, budget }) => {
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
    });
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVhZC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvcmVhZC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQ0wsdUJBQXVCLEVBQ3ZCLHNDQUFzQyxFQUN0QywwQ0FBMEMsR0FJM0MsTUFBTSx5QkFBeUIsQ0FBQztBQUNqQyxPQUFPLEVBQ0wsMkJBQTJCLEVBQzNCLDZCQUE2QixFQUM3Qix3Q0FBd0MsRUFDeEMsaUJBQWlCLEVBQ2pCLDJCQUEyQixHQUU1QixNQUFNLCtCQUErQixDQUFDO0FBRXZDLE9BQU8sRUFBRSxVQUFVLEVBQUUsU0FBUyxFQUFFLE1BQU0sZ0NBQWdDLENBQUM7QUFDdkUsT0FBTyxFQUFFLGVBQWUsRUFBRSxVQUFVLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxXQUFXLENBQUM7QUFFMUUsT0FBTyxFQUFFLHNCQUFzQixFQUFFLE1BQU0sVUFBVSxDQUFDO0FBQ2xELE9BQU8sRUFBRSxRQUFRLEVBQUUsTUFBTSxRQUFRLENBQUM7QUFFbEMsNEZBQTRGO0FBQzVGLE1BQU0sQ0FBQyxNQUFNLGtCQUFrQixHQUFHLEVBQUUsQ0FBQztBQUNyQyxNQUFNLENBQUMsTUFBTSxZQUFZLEdBQUcsR0FBRyxDQUFDO0FBT2hDOzs7Ozs7O0dBT0c7QUFDSCxNQUFNLENBQUMsS0FBSyxVQUFVLFFBQVEsQ0FBQyxPQUFtQixFQUFFLE9BQWdCLEVBQUUsVUFBdUIsRUFBRTtJQUM3RixNQUFNLEtBQUssR0FBRyxPQUFPLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBQztJQUN2QyxNQUFNLEVBQUUsYUFBYSxFQUFFLEdBQUcsRUFBRSxHQUFHLE9BQU8sQ0FBQztJQUN2QyxNQUFNLFNBQVMsR0FBRyxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSwyQkFBMkIsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3RFLE1BQU0sbUJBQW1CLEdBQUcsU0FBUyxDQUFDLFlBQVksRUFBRSxlQUFlLElBQUksRUFBRSxDQUFDO0lBRTFFLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQztJQUNoQixJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSxpQkFBaUIsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsUUFBUSxFQUFFLGtCQUFrQixFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUM5RixNQUFNLEtBQUssSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUM7SUFDdkMsQ0FBQztJQUNELElBQUksQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxpREFBaUQsQ0FBQyxDQUFDO0lBRWhGLE1BQU0sbUJBQW1CLEdBQTJCLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxDQUFDO0lBQ3BFLE1BQU0sS0FBSyxHQUEwQyxFQUFFLENBQUM7SUFDeEQsSUFBSSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUM7SUFDeEMsT0FBTyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQ3hCLE1BQU0sUUFBUSxHQUFHLE1BQU0sUUFBUSxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxFQUFFO1lBQzdELE1BQU0sR0FBRyxHQUFtQyxFQUFFLENBQUM7WUFDL0MsTUFBTSxJQUFJLEdBQTBDLEVBQUUsQ0FBQztZQUN2RCxNQUFNLE9BQU8sR0FBRyxLQUFLLElBQUksRUFBRTtnQkFDekIsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksd0NBQXdDLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUM7b0JBQzFJLEtBQUssTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLG1CQUFtQixJQUFJLEVBQUUsRUFBRSxDQUFDO3dCQUNoRCxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLElBQUksS0FBSyxTQUFTOzRCQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztvQkFDdkksQ0FBQztnQkFDSCxDQUFDO1lBQ0gsQ0FBQyxDQUFDO1lBQ0YsTUFBTSxZQUFZLEdBQUcsS0FBSyxJQUFJLEVBQUU7Z0JBQzlCLElBQUksS0FBSyxFQUFFLE1BQU0sSUFBSSxJQUFJLDZCQUE2QixDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsa0JBQWtCLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO29CQUMvSCxLQUFLLE1BQU0sT0FBTyxJQUFJLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRTt3QkFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztnQkFDckYsQ0FBQztZQUNILENBQUMsQ0FBQztZQUNGLE1BQU0sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsQ0FBQztZQUMvQyxPQUFPLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQztRQUNqQyxDQUFDLENBQUMsQ0FBQztRQUNILGdGQUFnRjtRQUNoRixLQUFLLE1BQU0sS0FBSyxJQUFJLFFBQVE7WUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQzVELEtBQUssR0FBRyxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDL0MsS0FBSyxNQUFNLEVBQUUsSUFBSSxLQUFLO1lBQUUsbUJBQW1CLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7SUFDL0QsQ0FBQztJQUVELE1BQU0sUUFBUSxHQUFrQixLQUFLO1NBQ2xDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7U0FDbkMsR0FBRyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDekIsRUFBRSxFQUFFLE9BQU8sQ0FBQyxFQUFZO1FBQ3hCLElBQUksRUFBRSxPQUFPLENBQUMsSUFBSSxJQUFJLEVBQUU7UUFDeEIsS0FBSyxFQUFFLE9BQU8sQ0FBQyxLQUFLLElBQUksRUFBRTtRQUMxQixNQUFNLEVBQUUsT0FBTyxDQUFDLEtBQUssSUFBSSxPQUFPLENBQUMsTUFBTSxJQUFJLFNBQVM7UUFDcEQsRUFBRTtLQUNILENBQUMsQ0FBQyxDQUFDO0lBQ04sTUFBTSxPQUFPLEdBQXFCLEVBQUUsbUJBQW1CLEVBQUUsTUFBTSxFQUFFLG1CQUFtQixFQUFFLFFBQVEsRUFBRSxDQUFDO0lBQ2pHLG9HQUFvRztJQUNwRyxNQUFNLE9BQU8sR0FBRyxVQUFVLENBQUMsU0FBUyxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztJQUNqRSxNQUFNLGVBQWUsR0FBRyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLFFBQVEsQ0FBQyxDQUFDO0lBQzNGLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBRXZELE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxFQUFrQyxDQUFDO0lBQ3ZELE1BQU0sUUFBUSxDQUFDLGVBQWUsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxFQUFFO1FBQ3ZELE1BQU0sR0FBRyxHQUEyQixFQUFFLENBQUM7UUFDdkMsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksMkJBQTJCLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLEVBQUUsRUFBRSxVQUFVLEVBQUUsT0FBTyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQztZQUNsRyxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksRUFBRTtnQkFBRSxJQUFJLEdBQUcsQ0FBQyxHQUFHLEtBQUssU0FBUztvQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO1FBQy9GLENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxFQUFFLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDNUIsQ0FBQyxDQUFDLENBQUM7SUFFSCxNQUFNLE9BQU8sR0FBRyxlQUFlLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsTUFBTSxXQUFXLENBQUMsT0FBTyxFQUFFLG1CQUFtQixFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFHLEVBQXNCLENBQUM7SUFFakssT0FBTztRQUNMLEdBQUcsT0FBTztRQUNWLFFBQVEsRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7S0FDaEgsQ0FBQztBQUNKLENBQUM7QUFFRCwyRkFBMkY7QUFDM0YsS0FBSyxVQUFVLFdBQVcsQ0FBQyxPQUFtQixFQUFFLFNBQWlCLEVBQUUsT0FBNEIsRUFBRSxLQUFhO0lBQzVHLE1BQU0sTUFBTSxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUM7SUFDL0IsTUFBTSxJQUFJLEdBQXdDLEVBQUUsQ0FBQztJQUNyRCxNQUFNLGNBQWMsQ0FBQyxLQUFLLElBQUksRUFBRTtRQUM5QixJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSx1QkFBdUIsQ0FBQyxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsWUFBWSxFQUFFLEVBQUUsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQy9HLEtBQUssTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLE9BQU8sSUFBSSxFQUFFLEVBQUUsQ0FBQztnQkFDeEMsTUFBTSxFQUFFLEdBQUcsZUFBZSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQztnQkFDOUMsSUFBSSxFQUFFLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7b0JBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZELENBQUM7UUFDSCxDQUFDO0lBQ0gsQ0FBQyxDQUFDLENBQUM7SUFDSCxNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsRUFBc0IsQ0FBQztJQUM3QyxNQUFNLFFBQVEsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFO1FBQ25ELE1BQU0sVUFBVSxHQUFHLE1BQU0sQ0FBQyxVQUFvQixDQUFDO1FBQy9DLE1BQU0sYUFBYSxHQUFzQixFQUFFLENBQUM7UUFDNUMsTUFBTSxjQUFjLENBQUMsS0FBSyxJQUFJLEVBQUU7WUFDOUIsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksc0NBQXNDLENBQUMsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLFlBQVksRUFBRSxFQUFFLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQzFJLGFBQWEsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxhQUFhLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNwRCxDQUFDO1FBQ0gsQ0FBQyxDQUFDLENBQUM7UUFDSCxNQUFNLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxhQUFhLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxZQUFZLEVBQUUsRUFBRTtZQUN2RSxNQUFNLFdBQVcsR0FBRyxNQUFNLGVBQWUsQ0FBQyxPQUFPLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxZQUFZLENBQUMsQ0FBQztZQUN4RixPQUFPLGdCQUFnQixDQUFDLFlBQVksRUFBRSxXQUFXLENBQUMsQ0FBQztRQUNyRCxDQUFDLENBQUMsQ0FBQztRQUNILE1BQU0sQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLFVBQVUsQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUMzQyxDQUFDLENBQUMsQ0FBQztJQUNILE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRCxLQUFLLFVBQVUsZUFBZSxDQUFDLE9BQW1CLEVBQUUsU0FBaUIsRUFBRSxVQUFrQixFQUFFLFlBQTZCO0lBQ3RILE1BQU0sV0FBVyxHQUFpQixFQUFFLENBQUM7SUFDckMsSUFBSSxDQUFDO1FBQ0gsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksMENBQTBDLENBQ2pFLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxPQUFPLEVBQUUsUUFBUSxFQUFFLFlBQVksRUFBRSxFQUNuRCxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsWUFBWSxFQUFFLENBQ3hDLEVBQUUsQ0FBQztZQUNGLFdBQVcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxXQUFXLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNoRCxDQUFDO1FBQ0QsT0FBTyxXQUFXLENBQUM7SUFDckIsQ0FBQztJQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7UUFDZixNQUFNLElBQUksR0FBSSxLQUEyQixDQUFDLElBQUksQ0FBQztRQUMvQyxJQUFJLElBQUksS0FBSyxtQkFBbUI7WUFBRSxPQUFPLEVBQUUsQ0FBQztRQUM1QyxxRkFBcUY7UUFDckYsSUFBSSxzQkFBc0IsQ0FBQyxLQUFLLENBQUM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUNwRCxNQUFNLEtBQUssQ0FBQztJQUNkLENBQUM7QUFDSCxDQUFDO0FBRUQsc0VBQXNFO0FBQ3RFLEtBQUssVUFBVSxjQUFjLENBQUMsSUFBeUI7SUFDckQsSUFBSSxDQUFDO1FBQ0gsTUFBTSxJQUFJLEVBQUUsQ0FBQztJQUNmLENBQUM7SUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO1FBQ2YsSUFBSyxLQUEyQixDQUFDLElBQUksS0FBSyxtQkFBbUI7WUFBRSxNQUFNLEtBQUssQ0FBQztJQUM3RSxDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7XG4gIHBhZ2luYXRlRGVzY3JpYmVCdWRnZXRzLFxuICBwYWdpbmF0ZURlc2NyaWJlTm90aWZpY2F0aW9uc0ZvckJ1ZGdldCxcbiAgcGFnaW5hdGVEZXNjcmliZVN1YnNjcmliZXJzRm9yTm90aWZpY2F0aW9uLFxuICB0eXBlIEJ1ZGdldCBhcyBBd3NCdWRnZXQsXG4gIHR5cGUgTm90aWZpY2F0aW9uIGFzIEF3c05vdGlmaWNhdGlvbixcbiAgdHlwZSBTdWJzY3JpYmVyLFxufSBmcm9tICdAYXdzLXNkay9jbGllbnQtYnVkZ2V0cyc7XG5pbXBvcnQge1xuICBEZXNjcmliZU9yZ2FuaXphdGlvbkNvbW1hbmQsXG4gIHBhZ2luYXRlTGlzdEFjY291bnRzRm9yUGFyZW50LFxuICBwYWdpbmF0ZUxpc3RPcmdhbml6YXRpb25hbFVuaXRzRm9yUGFyZW50LFxuICBwYWdpbmF0ZUxpc3RSb290cyxcbiAgcGFnaW5hdGVMaXN0VGFnc0ZvclJlc291cmNlLFxuICB0eXBlIEFjY291bnQgYXMgQXdzQWNjb3VudCxcbn0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LW9yZ2FuaXphdGlvbnMnO1xuaW1wb3J0IHR5cGUgeyBDYXRhbG9nLCBMaXZlQWNjb3VudCwgTGl2ZUJ1ZGdldCwgTGl2ZU9yZ2FuaXphdGlvbiB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL21vZGVsJztcbmltcG9ydCB7IG1hbmFnZWRJZHMsIG1hdGNoTGl2ZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3BsYW4vbGl2ZS1tYXRjaCc7XG5pbXBvcnQgeyBhY2NvdW50T2ZCdWRnZXQsIGxpdmVCdWRnZXQsIGxpdmVOb3RpZmljYXRpb24gfSBmcm9tICcuL2J1ZGdldHMnO1xuaW1wb3J0IHR5cGUgeyBBd3NDbGllbnRzIH0gZnJvbSAnLi9jbGllbnRzJztcbmltcG9ydCB7IGlzVW5zdXBwb3J0ZWRPcGVyYXRpb24gfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgeyBtYXBMaW1pdCB9IGZyb20gJy4vcG9vbCc7XG5cbi8qKiBPcmdhbml6YXRpb25zIHJldHVybnMgYXQgbW9zdCAyMCBpdGVtcyBwZXIgcGFnZSBmb3IgdGhlc2UgbGlzdHM7IEJ1ZGdldHMgYXQgbW9zdCAxMDAuICovXG5leHBvcnQgY29uc3QgT1JHQU5JWkFUSU9OU19QQUdFID0gMjA7XG5leHBvcnQgY29uc3QgQlVER0VUU19QQUdFID0gMTAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJlYWRPcHRpb25zIHtcbiAgLyoqIENhbGxzIGluIGZsaWdodCBhdCBvbmNlOyBkZWZhdWx0IDguICovXG4gIHJlYWRvbmx5IGNvbmN1cnJlbmN5PzogbnVtYmVyO1xufVxuXG4vKipcbiAqIFJlYWRzIHdoYXQgdGhlIGNhdGFsb2cgbmVlZHMgb2YgdGhlIGxpdmUgb3JnYW5pemF0aW9uLCB3aXRoIGFzIGZldyBjYWxscyBhcyBpdCBjYW46XG4gKiAgIERlc2NyaWJlT3JnYW5pemF0aW9uLCBMaXN0Um9vdHMsIHRoZW4gcGVyIHBhcmVudCAocm9vdCBhbmQgZXZlcnkgT1UpIExpc3RPcmdhbml6YXRpb25hbFVuaXRzRm9yUGFyZW50XG4gKiAgIGFuZCBMaXN0QWNjb3VudHNGb3JQYXJlbnQgKHRoZSBwYXJlbnQgb2YgZWFjaCBhY2NvdW50IGNvbWVzIGZyb20gdGhlIGxpc3RpbmcsIG5vIExpc3RQYXJlbnRzKTtcbiAqICAgTGlzdFRhZ3NGb3JSZXNvdXJjZSBvbmx5IGZvciBBQ1RJVkUgYWNjb3VudHMgdGhlIGNhdGFsb2cgbWFuYWdlczsgaW4gdGhlIG1hbmFnZW1lbnQgYWNjb3VudCxcbiAqICAgRGVzY3JpYmVCdWRnZXRzLCB0aGVuIERlc2NyaWJlTm90aWZpY2F0aW9uc0ZvckJ1ZGdldCBwZXIgbWFuYWdlZCBidWRnZXQgYW5kXG4gKiAgIERlc2NyaWJlU3Vic2NyaWJlcnNGb3JOb3RpZmljYXRpb24gcGVyIG5vdGlmaWNhdGlvbiBvZiB0aG9zZS4gU2VlIHRoZSBSRUFETUUgKExpdmUgQVdTLCBcIk51bWJlciBvZiBjYWxsc1wiKSBmb3IgdGhlIGZvcm11bGEuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZWFkTGl2ZShjbGllbnRzOiBBd3NDbGllbnRzLCBjYXRhbG9nOiBDYXRhbG9nLCBvcHRpb25zOiBSZWFkT3B0aW9ucyA9IHt9KTogUHJvbWlzZTxMaXZlT3JnYW5pemF0aW9uPiB7XG4gIGNvbnN0IGxpbWl0ID0gb3B0aW9ucy5jb25jdXJyZW5jeSA/PyA4O1xuICBjb25zdCB7IG9yZ2FuaXphdGlvbnM6IG9yZyB9ID0gY2xpZW50cztcbiAgY29uc3QgZGVzY3JpYmVkID0gYXdhaXQgb3JnLnNlbmQobmV3IERlc2NyaWJlT3JnYW5pemF0aW9uQ29tbWFuZCh7fSkpO1xuICBjb25zdCBtYW5hZ2VtZW50QWNjb3VudElkID0gZGVzY3JpYmVkLk9yZ2FuaXphdGlvbj8uTWFzdGVyQWNjb3VudElkID8/ICcnO1xuXG4gIGxldCByb290SWQgPSAnJztcbiAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdFJvb3RzKHsgY2xpZW50OiBvcmcsIHBhZ2VTaXplOiBPUkdBTklaQVRJT05TX1BBR0UgfSwge30pKSB7XG4gICAgcm9vdElkIHx8PSBwYWdlLlJvb3RzPy5bMF0/LklkID8/ICcnO1xuICB9XG4gIGlmICghcm9vdElkKSB0aHJvdyBuZXcgRXJyb3IoJ0FXUyBPcmdhbml6YXRpb25zIHJldHVybmVkIG5vIHJvb3QgKExpc3RSb290cykuJyk7XG5cbiAgY29uc3Qgb3JnYW5pemF0aW9uYWxVbml0czogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgJy8nOiByb290SWQgfTtcbiAgY29uc3QgZm91bmQ6IHsgYWNjb3VudDogQXdzQWNjb3VudDsgb3U6IHN0cmluZyB9W10gPSBbXTtcbiAgbGV0IGxldmVsID0gW3sgaWQ6IHJvb3RJZCwgcGF0aDogJy8nIH1dO1xuICB3aGlsZSAobGV2ZWwubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IGNoaWxkcmVuID0gYXdhaXQgbWFwTGltaXQobGV2ZWwsIGxpbWl0LCBhc3luYyAocGFyZW50KSA9PiB7XG4gICAgICBjb25zdCBvdXM6IHsgaWQ6IHN0cmluZzsgcGF0aDogc3RyaW5nIH1bXSA9IFtdO1xuICAgICAgY29uc3QgaGVyZTogeyBhY2NvdW50OiBBd3NBY2NvdW50OyBvdTogc3RyaW5nIH1bXSA9IFtdO1xuICAgICAgY29uc3QgbGlzdE91cyA9IGFzeW5jICgpID0+IHtcbiAgICAgICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdE9yZ2FuaXphdGlvbmFsVW5pdHNGb3JQYXJlbnQoeyBjbGllbnQ6IG9yZywgcGFnZVNpemU6IE9SR0FOSVpBVElPTlNfUEFHRSB9LCB7IFBhcmVudElkOiBwYXJlbnQuaWQgfSkpIHtcbiAgICAgICAgICBmb3IgKGNvbnN0IG91IG9mIHBhZ2UuT3JnYW5pemF0aW9uYWxVbml0cyA/PyBbXSkge1xuICAgICAgICAgICAgaWYgKG91LklkICYmIG91Lk5hbWUgIT09IHVuZGVmaW5lZCkgb3VzLnB1c2goeyBpZDogb3UuSWQsIHBhdGg6IHBhcmVudC5wYXRoID09PSAnLycgPyBgLyR7b3UuTmFtZX1gIDogYCR7cGFyZW50LnBhdGh9LyR7b3UuTmFtZX1gIH0pO1xuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgfTtcbiAgICAgIGNvbnN0IGxpc3RBY2NvdW50cyA9IGFzeW5jICgpID0+IHtcbiAgICAgICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdEFjY291bnRzRm9yUGFyZW50KHsgY2xpZW50OiBvcmcsIHBhZ2VTaXplOiBPUkdBTklaQVRJT05TX1BBR0UgfSwgeyBQYXJlbnRJZDogcGFyZW50LmlkIH0pKSB7XG4gICAgICAgICAgZm9yIChjb25zdCBhY2NvdW50IG9mIHBhZ2UuQWNjb3VudHMgPz8gW10pIGhlcmUucHVzaCh7IGFjY291bnQsIG91OiBwYXJlbnQucGF0aCB9KTtcbiAgICAgICAgfVxuICAgICAgfTtcbiAgICAgIGF3YWl0IFByb21pc2UuYWxsKFtsaXN0T3VzKCksIGxpc3RBY2NvdW50cygpXSk7XG4gICAgICByZXR1cm4geyBvdXMsIGFjY291bnRzOiBoZXJlIH07XG4gICAgfSk7XG4gICAgLy8gUGFyZW50IG9yZGVyLCBub3QgYXJyaXZhbCBvcmRlcjogdGhlIHNhbWUgb3JnYW5pemF0aW9uIGFsd2F5cyByZWFkcyB0aGUgc2FtZS5cbiAgICBmb3IgKGNvbnN0IGNoaWxkIG9mIGNoaWxkcmVuKSBmb3VuZC5wdXNoKC4uLmNoaWxkLmFjY291bnRzKTtcbiAgICBsZXZlbCA9IGNoaWxkcmVuLmZsYXRNYXAoKGNoaWxkKSA9PiBjaGlsZC5vdXMpO1xuICAgIGZvciAoY29uc3Qgb3Ugb2YgbGV2ZWwpIG9yZ2FuaXphdGlvbmFsVW5pdHNbb3UucGF0aF0gPSBvdS5pZDtcbiAgfVxuXG4gIGNvbnN0IGFjY291bnRzOiBMaXZlQWNjb3VudFtdID0gZm91bmRcbiAgICAuZmlsdGVyKCh7IGFjY291bnQgfSkgPT4gYWNjb3VudC5JZClcbiAgICAubWFwKCh7IGFjY291bnQsIG91IH0pID0+ICh7XG4gICAgICBpZDogYWNjb3VudC5JZCBhcyBzdHJpbmcsXG4gICAgICBuYW1lOiBhY2NvdW50Lk5hbWUgPz8gJycsXG4gICAgICBlbWFpbDogYWNjb3VudC5FbWFpbCA/PyAnJyxcbiAgICAgIHN0YXR1czogYWNjb3VudC5TdGF0ZSA/PyBhY2NvdW50LlN0YXR1cyA/PyAnVU5LTk9XTicsXG4gICAgICBvdSxcbiAgICB9KSk7XG4gIGNvbnN0IHBhcnRpYWw6IExpdmVPcmdhbml6YXRpb24gPSB7IG1hbmFnZW1lbnRBY2NvdW50SWQsIHJvb3RJZCwgb3JnYW5pemF0aW9uYWxVbml0cywgYWNjb3VudHMgfTtcbiAgLy8gVGFncyBhbmQgYnVkZ2V0cyBtYXR0ZXIgb25seSB3aGVyZSB0aGV5IGNhbiBkcmlmdCBvciBjaGFuZ2U6IEFDVElWRSBhY2NvdW50cyB0aGUgY2F0YWxvZyBtYW5hZ2VzLlxuICBjb25zdCBtYW5hZ2VkID0gbWFuYWdlZElkcyhtYXRjaExpdmUoY2F0YWxvZy5hY2NvdW50cywgcGFydGlhbCkpO1xuICBjb25zdCBtYW5hZ2VkQWNjb3VudHMgPSBhY2NvdW50cy5maWx0ZXIoKGEpID0+IG1hbmFnZWQuaGFzKGEuaWQpICYmIGEuc3RhdHVzID09PSAnQUNUSVZFJyk7XG4gIGNvbnN0IHJlYWQgPSBuZXcgU2V0KG1hbmFnZWRBY2NvdW50cy5tYXAoKGEpID0+IGEuaWQpKTtcblxuICBjb25zdCB0YWdzID0gbmV3IE1hcDxzdHJpbmcsIFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KCk7XG4gIGF3YWl0IG1hcExpbWl0KG1hbmFnZWRBY2NvdW50cywgbGltaXQsIGFzeW5jIChhY2NvdW50KSA9PiB7XG4gICAgY29uc3Qgc2V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdFRhZ3NGb3JSZXNvdXJjZSh7IGNsaWVudDogb3JnIH0sIHsgUmVzb3VyY2VJZDogYWNjb3VudC5pZCB9KSkge1xuICAgICAgZm9yIChjb25zdCB0YWcgb2YgcGFnZS5UYWdzID8/IFtdKSBpZiAodGFnLktleSAhPT0gdW5kZWZpbmVkKSBzZXRbdGFnLktleV0gPSB0YWcuVmFsdWUgPz8gJyc7XG4gICAgfVxuICAgIHRhZ3Muc2V0KGFjY291bnQuaWQsIHNldCk7XG4gIH0pO1xuXG4gIGNvbnN0IGJ1ZGdldHMgPSBtYW5hZ2VkQWNjb3VudHMubGVuZ3RoID4gMCAmJiBtYW5hZ2VtZW50QWNjb3VudElkID8gYXdhaXQgcmVhZEJ1ZGdldHMoY2xpZW50cywgbWFuYWdlbWVudEFjY291bnRJZCwgcmVhZCwgbGltaXQpIDogbmV3IE1hcDxzdHJpbmcsIExpdmVCdWRnZXQ+KCk7XG5cbiAgcmV0dXJuIHtcbiAgICAuLi5wYXJ0aWFsLFxuICAgIGFjY291bnRzOiBhY2NvdW50cy5tYXAoKGEpID0+IChyZWFkLmhhcyhhLmlkKSA/IHsgLi4uYSwgdGFnczogdGFncy5nZXQoYS5pZCksIGJ1ZGdldDogYnVkZ2V0cy5nZXQoYS5pZCkgfSA6IGEpKSxcbiAgfTtcbn1cblxuLyoqIFRoZSBjYXRhbG9nIGJ1ZGdldHMgKGFjY291bnQtY2F0YWxvZy08aWQ+KSBvZiBtYW5hZ2VkIGFjY291bnRzLCBrZXllZCBieSBhY2NvdW50IGlkLiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZEJ1ZGdldHMoY2xpZW50czogQXdzQ2xpZW50cywgYWNjb3VudElkOiBzdHJpbmcsIG1hbmFnZWQ6IFJlYWRvbmx5U2V0PHN0cmluZz4sIGxpbWl0OiBudW1iZXIpOiBQcm9taXNlPE1hcDxzdHJpbmcsIExpdmVCdWRnZXQ+PiB7XG4gIGNvbnN0IGNsaWVudCA9IGNsaWVudHMuYnVkZ2V0cztcbiAgY29uc3Qgb3VyczogeyBpZDogc3RyaW5nOyBidWRnZXQ6IEF3c0J1ZGdldCB9W10gPSBbXTtcbiAgYXdhaXQgaWdub3JlTm90Rm91bmQoYXN5bmMgKCkgPT4ge1xuICAgIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZURlc2NyaWJlQnVkZ2V0cyh7IGNsaWVudCwgcGFnZVNpemU6IEJVREdFVFNfUEFHRSB9LCB7IEFjY291bnRJZDogYWNjb3VudElkIH0pKSB7XG4gICAgICBmb3IgKGNvbnN0IGJ1ZGdldCBvZiBwYWdlLkJ1ZGdldHMgPz8gW10pIHtcbiAgICAgICAgY29uc3QgaWQgPSBhY2NvdW50T2ZCdWRnZXQoYnVkZ2V0LkJ1ZGdldE5hbWUpO1xuICAgICAgICBpZiAoaWQgJiYgbWFuYWdlZC5oYXMoaWQpKSBvdXJzLnB1c2goeyBpZCwgYnVkZ2V0IH0pO1xuICAgICAgfVxuICAgIH1cbiAgfSk7XG4gIGNvbnN0IHJlc3VsdCA9IG5ldyBNYXA8c3RyaW5nLCBMaXZlQnVkZ2V0PigpO1xuICBhd2FpdCBtYXBMaW1pdChvdXJzLCBsaW1pdCwgYXN5bmMgKHsgaWQsIGJ1ZGdldCB9KSA9PiB7XG4gICAgY29uc3QgQnVkZ2V0TmFtZSA9IGJ1ZGdldC5CdWRnZXROYW1lIGFzIHN0cmluZztcbiAgICBjb25zdCBub3RpZmljYXRpb25zOiBBd3NOb3RpZmljYXRpb25bXSA9IFtdO1xuICAgIGF3YWl0IGlnbm9yZU5vdEZvdW5kKGFzeW5jICgpID0+IHtcbiAgICAgIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZURlc2NyaWJlTm90aWZpY2F0aW9uc0ZvckJ1ZGdldCh7IGNsaWVudCwgcGFnZVNpemU6IEJVREdFVFNfUEFHRSB9LCB7IEFjY291bnRJZDogYWNjb3VudElkLCBCdWRnZXROYW1lIH0pKSB7XG4gICAgICAgIG5vdGlmaWNhdGlvbnMucHVzaCguLi4ocGFnZS5Ob3RpZmljYXRpb25zID8/IFtdKSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgY29uc3QgbGl2ZSA9IGF3YWl0IG1hcExpbWl0KG5vdGlmaWNhdGlvbnMsIGxpbWl0LCBhc3luYyAoTm90aWZpY2F0aW9uKSA9PiB7XG4gICAgICBjb25zdCBzdWJzY3JpYmVycyA9IGF3YWl0IHJlYWRTdWJzY3JpYmVycyhjbGllbnRzLCBhY2NvdW50SWQsIEJ1ZGdldE5hbWUsIE5vdGlmaWNhdGlvbik7XG4gICAgICByZXR1cm4gbGl2ZU5vdGlmaWNhdGlvbihOb3RpZmljYXRpb24sIHN1YnNjcmliZXJzKTtcbiAgICB9KTtcbiAgICByZXN1bHQuc2V0KGlkLCBsaXZlQnVkZ2V0KGJ1ZGdldCwgbGl2ZSkpO1xuICB9KTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuYXN5bmMgZnVuY3Rpb24gcmVhZFN1YnNjcmliZXJzKGNsaWVudHM6IEF3c0NsaWVudHMsIEFjY291bnRJZDogc3RyaW5nLCBCdWRnZXROYW1lOiBzdHJpbmcsIE5vdGlmaWNhdGlvbjogQXdzTm90aWZpY2F0aW9uKTogUHJvbWlzZTxTdWJzY3JpYmVyW10gfCB1bmRlZmluZWQ+IHtcbiAgY29uc3Qgc3Vic2NyaWJlcnM6IFN1YnNjcmliZXJbXSA9IFtdO1xuICB0cnkge1xuICAgIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZURlc2NyaWJlU3Vic2NyaWJlcnNGb3JOb3RpZmljYXRpb24oXG4gICAgICB7IGNsaWVudDogY2xpZW50cy5idWRnZXRzLCBwYWdlU2l6ZTogQlVER0VUU19QQUdFIH0sXG4gICAgICB7IEFjY291bnRJZCwgQnVkZ2V0TmFtZSwgTm90aWZpY2F0aW9uIH0sXG4gICAgKSkge1xuICAgICAgc3Vic2NyaWJlcnMucHVzaCguLi4ocGFnZS5TdWJzY3JpYmVycyA/PyBbXSkpO1xuICAgIH1cbiAgICByZXR1cm4gc3Vic2NyaWJlcnM7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgY29uc3QgbmFtZSA9IChlcnJvciBhcyB7IG5hbWU/OiBzdHJpbmcgfSkubmFtZTtcbiAgICBpZiAobmFtZSA9PT0gJ05vdEZvdW5kRXhjZXB0aW9uJykgcmV0dXJuIFtdO1xuICAgIC8vIFNvbWUgZW11bGF0b3JzIGxhY2sgdGhpcyBvcGVyYXRpb247IHRoZW4gcmVjaXBpZW50cyBhcmUgdW5rbm93biByYXRoZXIgdGhhbiB3cm9uZy5cbiAgICBpZiAoaXNVbnN1cHBvcnRlZE9wZXJhdGlvbihlcnJvcikpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH1cbn1cblxuLyoqIEJ1ZGdldHMgYW5zd2VycyBOb3RGb3VuZEV4Y2VwdGlvbiB3aGVyZSBhIGxpc3QgaXMgc2ltcGx5IGVtcHR5LiAqL1xuYXN5bmMgZnVuY3Rpb24gaWdub3JlTm90Rm91bmQod29yazogKCkgPT4gUHJvbWlzZTx2b2lkPik6IFByb21pc2U8dm9pZD4ge1xuICB0cnkge1xuICAgIGF3YWl0IHdvcmsoKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBpZiAoKGVycm9yIGFzIHsgbmFtZT86IHN0cmluZyB9KS5uYW1lICE9PSAnTm90Rm91bmRFeGNlcHRpb24nKSB0aHJvdyBlcnJvcjtcbiAgfVxufVxuIl19
;// CONCATENATED MODULE: ./action/aws/apply.ts










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
 * the steps in order. Every run starts from a fresh read, so a run that was killed after any call
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
    const { liveSteps } = (0,plan_live/* compareLive */.M)(undefined, head, live);
    const closes = liveSteps.filter((s) => s.kind === 'close-account').length;
    const quota = closeQuota(head, live);
    const overQuota = closes > quota
        ? `Refused to close ${closes} accounts: AWS lets the organization close at most ${quota} in a rolling 30 days (policy.closing.quota). Close fewer per change.`
        : undefined;
    const ouIds = new Map(Object.entries(live.organizationalUnits));
    const ids = new Map();
    const blocked = new Set();
    const created = [];
    let requests;
    const steps = [];
    for (const step of liveSteps) {
        const calls = [];
        const ctx = {
            clients,
            poll: pollOptions(options.poll),
            log: say,
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
        const account = 'account' in step ? step.account : undefined;
        if (account && blocked.has(account)) {
            steps.push({ step, outcome: 'skipped', calls, message: `skipped: an earlier step for ${account} failed` });
            continue;
        }
        if (step.kind === 'close-account' && overQuota) {
            steps.push({ step, outcome: 'failed', calls, message: overQuota });
            continue;
        }
        if (options.dryRun) {
            for (const line of wouldCall(step)) {
                calls.push(line.split(' ')[0]);
                say(`would call ${line}`);
            }
            steps.push({ step, outcome: 'dry-run', calls, accountId: 'id' in step ? step.id : undefined });
            continue;
        }
        try {
            const result = await runStep(ctx, step, { ouIds, ids, managementAccountId: live.managementAccountId });
            if (result.outcome === 'failed' && account)
                blocked.add(account);
            if (step.kind === 'create-account' && result.accountId) {
                ids.set(step.account, result.accountId);
                created.push({ account: step.account, email: step.email, id: result.accountId });
            }
            steps.push({ step, calls, ...result });
            say(`${describeLiveStep(step)}: ${result.outcome}${result.message ? ` — ${result.message}` : ''}`);
        }
        catch (error) {
            if (account)
                blocked.add(account);
            const message = describeError(error);
            steps.push({ step, outcome: 'failed', calls, message, accountId: 'id' in step ? step.id : undefined });
            say(`${describeLiveStep(step)}: failed — ${message}`);
        }
    }
    return { failed: steps.some((s) => s.outcome === 'failed'), dryRun: options.dryRun, steps, created };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYXBwbHkuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL2FwcGx5LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUVBLE9BQU8sRUFBRSxjQUFjLEVBQUUscUJBQXFCLEVBQUUsTUFBTSw4QkFBOEIsQ0FBQztBQUNyRixPQUFPLEVBQUUsV0FBVyxFQUFFLE1BQU0sMEJBQTBCLENBQUM7QUFDdkQsT0FBTyxFQUFFLGdCQUFnQixFQUFFLE1BQU0sb0NBQW9DLENBQUM7QUFDdEUsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLGdDQUFnQyxDQUFDO0FBRTNELE9BQU8sRUFBRSxrQkFBa0IsRUFBRSxNQUFNLGtCQUFrQixDQUFDO0FBQ3RELE9BQU8sRUFBRSxTQUFTLEVBQUUsTUFBTSxXQUFXLENBQUM7QUFDdEMsT0FBTyxFQUFFLGFBQWEsRUFBRSxNQUFNLFVBQVUsQ0FBQztBQUN6QyxPQUFPLEVBQUUsV0FBVyxFQUFvQixNQUFNLFFBQVEsQ0FBQztBQUN2RCxPQUFPLEVBQUUsUUFBUSxFQUFvQixNQUFNLFFBQVEsQ0FBQztBQUVwRCxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxDQUFDO0FBNkJsQyxtRkFBbUY7QUFDbkYsU0FBUyxRQUFRLENBQUMsSUFBWTtJQUM1QixPQUFPLHFCQUFxQixDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3JELENBQUM7QUFFRCwyRUFBMkU7QUFDM0UsU0FBUyxpQkFBaUIsQ0FBQyxJQUFhLEVBQUUsbUJBQXVDLEVBQUUsSUFBdUI7SUFDeEcsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLEtBQUssUUFBUSxDQUFDLENBQUM7SUFDakUsTUFBTSxTQUFTLEdBQUcsbUJBQW1CLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssbUJBQW1CLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ3JHLElBQUksU0FBUyxJQUFJLENBQUMsSUFBSTtRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pDLE9BQU8sU0FBUyxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQyxtQkFBbUIsQ0FBQyxFQUFFLE9BQU8sQ0FBQztBQUMvRixDQUFDO0FBRUQsU0FBUyxPQUFPLENBQUMsT0FBZ0IsRUFBRSxFQUFVO0lBQzNDLE9BQU8sWUFBWSxPQUFPLENBQUMsSUFBSSxLQUFLLEVBQUUsa0dBQWtHLENBQUM7QUFDM0ksQ0FBQztBQUVELHVIQUF1SDtBQUN2SCxNQUFNLFVBQVUsVUFBVSxDQUFDLElBQWEsRUFBRSxJQUFzQjtJQUM5RCxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUM7SUFDaEUsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLG1CQUFtQixDQUFDLENBQUMsTUFBTSxDQUFDO0lBQzlHLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEdBQUcsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDcEYsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLENBQUMsS0FBSyxVQUFVLGdCQUFnQixDQUFDLE9BQW1CLEVBQUUsSUFBYSxFQUFFLEdBQTJCLEVBQUUsT0FBcUI7SUFDM0gsTUFBTSxHQUFHLEdBQUcsQ0FBQyxJQUFZLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUNsRCxNQUFNLEtBQUssR0FBRyxpQkFBaUIsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDO0lBQzdFLElBQUksS0FBSztRQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLENBQUM7SUFFNUgsTUFBTSxJQUFJLEdBQUcsTUFBTSxRQUFRLENBQUMsT0FBTyxFQUFFLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQztJQUNwRCxNQUFNLElBQUksR0FBRyxpQkFBaUIsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ3RELElBQUksSUFBSTtRQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxtQkFBbUIsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBRXBJLE1BQU0sRUFBRSxTQUFTLEVBQUUsR0FBRyxXQUFXLENBQUMsU0FBUyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztJQUN6RCxNQUFNLE1BQU0sR0FBRyxTQUFTLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLGVBQWUsQ0FBQyxDQUFDLE1BQU0sQ0FBQztJQUMxRSxNQUFNLEtBQUssR0FBRyxVQUFVLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ3JDLE1BQU0sU0FBUyxHQUNiLE1BQU0sR0FBRyxLQUFLO1FBQ1osQ0FBQyxDQUFDLG9CQUFvQixNQUFNLHNEQUFzRCxLQUFLLHVFQUF1RTtRQUM5SixDQUFDLENBQUMsU0FBUyxDQUFDO0lBRWhCLE1BQU0sS0FBSyxHQUFHLElBQUksR0FBRyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLG1CQUFtQixDQUFDLENBQUMsQ0FBQztJQUNoRSxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUN0QyxNQUFNLE9BQU8sR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQ2xDLE1BQU0sT0FBTyxHQUFxRCxFQUFFLENBQUM7SUFDckUsSUFBSSxRQUFvRCxDQUFDO0lBQ3pELE1BQU0sS0FBSyxHQUFrQixFQUFFLENBQUM7SUFFaEMsS0FBSyxNQUFNLElBQUksSUFBSSxTQUFTLEVBQUUsQ0FBQztRQUM3QixNQUFNLEtBQUssR0FBYSxFQUFFLENBQUM7UUFDM0IsTUFBTSxHQUFHLEdBQWdCO1lBQ3ZCLE9BQU87WUFDUCxJQUFJLEVBQUUsV0FBVyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUM7WUFDL0IsR0FBRyxFQUFFLEdBQUc7WUFDUixLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxTQUFTLEVBQUUsTUFBTSxFQUFFLElBQUk7Z0JBQ3pDLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxPQUFPLElBQUksU0FBUyxFQUFFLENBQUMsQ0FBQztnQkFDdEMsR0FBRyxDQUFDLEdBQUcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxNQUFNLElBQUksT0FBTyxJQUFJLFNBQVMsSUFBSSxNQUFNLEVBQUUsQ0FBQyxDQUFDO2dCQUNuRixPQUFPLElBQUksRUFBRSxDQUFDO1lBQ2hCLENBQUM7WUFDRCxrRkFBa0Y7WUFDbEYsY0FBYyxFQUFFLEdBQUcsRUFBRSxDQUNuQixDQUFDLFFBQVEsS0FBSyxrQkFBa0IsQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFjLEVBQUUsRUFBRTtnQkFDN0QsUUFBUSxHQUFHLFNBQVMsQ0FBQztnQkFDckIsTUFBTSxLQUFLLENBQUM7WUFDZCxDQUFDLENBQUMsQ0FBQztTQUNOLENBQUM7UUFDRixNQUFNLE9BQU8sR0FBRyxTQUFTLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDN0QsSUFBSSxPQUFPLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ3BDLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLGdDQUFnQyxPQUFPLFNBQVMsRUFBRSxDQUFDLENBQUM7WUFDM0csU0FBUztRQUNYLENBQUM7UUFDRCxJQUFJLElBQUksQ0FBQyxJQUFJLEtBQUssZUFBZSxJQUFJLFNBQVMsRUFBRSxDQUFDO1lBQy9DLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUM7WUFDbkUsU0FBUztRQUNYLENBQUM7UUFDRCxJQUFJLE9BQU8sQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNuQixLQUFLLE1BQU0sSUFBSSxJQUFJLFNBQVMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO2dCQUNuQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDL0IsR0FBRyxDQUFDLGNBQWMsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUM1QixDQUFDO1lBQ0QsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxTQUFTLEVBQUUsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztZQUMvRixTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksQ0FBQztZQUNILE1BQU0sTUFBTSxHQUFHLE1BQU0sT0FBTyxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLG1CQUFtQixFQUFFLElBQUksQ0FBQyxtQkFBbUIsRUFBRSxDQUFDLENBQUM7WUFDdkcsSUFBSSxNQUFNLENBQUMsT0FBTyxLQUFLLFFBQVEsSUFBSSxPQUFPO2dCQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUM7WUFDakUsSUFBSSxJQUFJLENBQUMsSUFBSSxLQUFLLGdCQUFnQixJQUFJLE1BQU0sQ0FBQyxTQUFTLEVBQUUsQ0FBQztnQkFDdkQsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sQ0FBQyxTQUFTLENBQUMsQ0FBQztnQkFDeEMsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztZQUNuRixDQUFDO1lBQ0QsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZDLEdBQUcsQ0FBQyxHQUFHLGdCQUFnQixDQUFDLElBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxPQUFPLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxNQUFNLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDckcsQ0FBQztRQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7WUFDZixJQUFJLE9BQU87Z0JBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQztZQUNsQyxNQUFNLE9BQU8sR0FBRyxhQUFhLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDckMsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLElBQUksSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7WUFDdkcsR0FBRyxDQUFDLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLGNBQWMsT0FBTyxFQUFFLENBQUMsQ0FBQztRQUN4RCxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxRQUFRLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDdkcsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB0eXBlIHsgQ3JlYXRlQWNjb3VudFN0YXR1cyB9IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1vcmdhbml6YXRpb25zJztcbmltcG9ydCB0eXBlIHsgQWNjb3VudCwgQ2F0YWxvZywgTGl2ZU9yZ2FuaXphdGlvbiwgTGl2ZVN0ZXAgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9tb2RlbCc7XG5pbXBvcnQgeyBlc2NhcGVUZXJtaW5hbCwgbmV1dHJhbGlzZUNvbW1hbmRMaW5lIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvcmVwb3J0L2VzY2FwZSc7XG5pbXBvcnQgeyBjb21wYXJlTGl2ZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3BsYW4vbGl2ZSc7XG5pbXBvcnQgeyBkZXNjcmliZUxpdmVTdGVwIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvcGxhbi9saXZlLXN0ZXAtdGV4dCc7XG5pbXBvcnQgeyBtYXRjaExpdmUgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9wbGFuL2xpdmUtbWF0Y2gnO1xuaW1wb3J0IHR5cGUgeyBBd3NDbGllbnRzIH0gZnJvbSAnLi9jbGllbnRzJztcbmltcG9ydCB7IGxpc3RDcmVhdGVSZXF1ZXN0cyB9IGZyb20gJy4vY3JlYXRlLWFjY291bnQnO1xuaW1wb3J0IHsgd291bGRDYWxsIH0gZnJvbSAnLi9kcnktcnVuJztcbmltcG9ydCB7IGRlc2NyaWJlRXJyb3IgfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgeyBwb2xsT3B0aW9ucywgdHlwZSBQb2xsT3B0aW9ucyB9IGZyb20gJy4vcG9sbCc7XG5pbXBvcnQgeyByZWFkTGl2ZSwgdHlwZSBSZWFkT3B0aW9ucyB9IGZyb20gJy4vcmVhZCc7XG5pbXBvcnQgdHlwZSB7IFN0ZXBDb250ZXh0IH0gZnJvbSAnLi9zdGVwLWNvbnRleHQnO1xuaW1wb3J0IHsgcnVuU3RlcCB9IGZyb20gJy4vc3RlcHMnO1xuXG5leHBvcnQgdHlwZSBTdGVwT3V0Y29tZSA9ICdkb25lJyB8ICdhbHJlYWR5LWRvbmUnIHwgJ2ZhaWxlZCcgfCAnc2tpcHBlZCcgfCAnZHJ5LXJ1bic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBwbGllZFN0ZXAge1xuICByZWFkb25seSBzdGVwOiBMaXZlU3RlcDtcbiAgcmVhZG9ubHkgb3V0Y29tZTogU3RlcE91dGNvbWU7XG4gIC8qKiBUaGUgQVBJIGNhbGxzIG1hZGUgKG9yLCBpbiBkcnktcnVuLCB0aGF0IHdvdWxkIGJlIG1hZGUpLCBlLmcuIG9yZ2FuaXphdGlvbnM6Q3JlYXRlQWNjb3VudC4gKi9cbiAgcmVhZG9ubHkgY2FsbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSBtZXNzYWdlPzogc3RyaW5nO1xuICAvKiogVGhlIGFjY291bnQncyBpZCwgb25jZSBrbm93biAobmV3IGFjY291bnRzOiB0aGUgaWQgQVdTIGdhdmUgaXQpLiAqL1xuICByZWFkb25seSBhY2NvdW50SWQ/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBwbHlSZXBvcnQge1xuICByZWFkb25seSBmYWlsZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGRyeVJ1bjogYm9vbGVhbjtcbiAgLyoqIFNldCB3aGVuIGFwcGx5IHJlZnVzZWQgdG8gc3RhcnQgKG5vdGhpbmcgd2FzIGNoYW5nZWQpLiAqL1xuICByZWFkb25seSByZWZ1c2VkPzogc3RyaW5nO1xuICByZWFkb25seSBzdGVwczogcmVhZG9ubHkgQXBwbGllZFN0ZXBbXTtcbiAgLyoqIEFjY291bnRzIHRoaXMgcnVuIGNyZWF0ZWQgb3IgZm91bmQgY3JlYXRlZCBieSBhbiBlYXJsaWVyIHJ1bjogYWRkIHRoZXNlIGlkcyB0byB0aGUgY2F0YWxvZy4gKi9cbiAgcmVhZG9ubHkgY3JlYXRlZDogcmVhZG9ubHkgeyByZWFkb25seSBhY2NvdW50OiBzdHJpbmc7IHJlYWRvbmx5IGVtYWlsOiBzdHJpbmc7IHJlYWRvbmx5IGlkOiBzdHJpbmcgfVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEFwcGx5T3B0aW9ucyBleHRlbmRzIFJlYWRPcHRpb25zIHtcbiAgcmVhZG9ubHkgZHJ5UnVuOiBib29sZWFuO1xuICByZWFkb25seSBwb2xsPzogUGFydGlhbDxQb2xsT3B0aW9ucz47XG59XG5cbi8qKiBDYXRhbG9nIHRleHQgaW4gYSBsb2cgbGluZTogbm8gY29udHJvbCBjaGFyYWN0ZXJzLCBuZXZlciBhIHdvcmtmbG93IGNvbW1hbmQuICovXG5mdW5jdGlvbiBzYWZlTGluZShsaW5lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gbmV1dHJhbGlzZUNvbW1hbmRMaW5lKGVzY2FwZVRlcm1pbmFsKGxpbmUpKTtcbn1cblxuLyoqIFRoZSBtYW5hZ2VtZW50IGFjY291bnQgbWF5IG5ldmVyIGJlIGNsb3NlZDogcmVmdXNlZCBiZWZvcmUgYW55IGNhbGwuICovXG5mdW5jdGlvbiBtYW5hZ2VtZW50Q2xvc2luZyhoZWFkOiBDYXRhbG9nLCBtYW5hZ2VtZW50QWNjb3VudElkOiBzdHJpbmcgfCB1bmRlZmluZWQsIGxpdmU/OiBMaXZlT3JnYW5pemF0aW9uKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGNsb3NlZCA9IGhlYWQuYWNjb3VudHMuZmlsdGVyKChhKSA9PiBhLnN0YXRlID09PSAnY2xvc2VkJyk7XG4gIGNvbnN0IGJ5Q2F0YWxvZyA9IG1hbmFnZW1lbnRBY2NvdW50SWQgPyBjbG9zZWQuZmluZCgoYSkgPT4gYS5pZCA9PT0gbWFuYWdlbWVudEFjY291bnRJZCkgOiB1bmRlZmluZWQ7XG4gIGlmIChieUNhdGFsb2cgfHwgIWxpdmUpIHJldHVybiBieUNhdGFsb2c7XG4gIHJldHVybiBtYXRjaExpdmUoY2xvc2VkLCBsaXZlKS5maW5kKChwKSA9PiBwLmxpdmU/LmlkID09PSBsaXZlLm1hbmFnZW1lbnRBY2NvdW50SWQpPy5hY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWZ1c2FsKGFjY291bnQ6IEFjY291bnQsIGlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYFJlZnVzZWQ6ICR7YWNjb3VudC5uYW1lfSAoJHtpZH0pIGlzIHRoZSBtYW5hZ2VtZW50IGFjY291bnQgYW5kIGNhbiBuZXZlciBiZSBjbG9zZWQuIFNldCBcXGBzdGF0ZTogYWN0aXZlXFxgLiBOb3RoaW5nIHdhcyBjaGFuZ2VkLmA7XG59XG5cbi8qKiBjbGFtcChmbG9vcihwZXJjZW50ICUgb2YgYWN0aXZlIG1lbWJlciBhY2NvdW50cyksIG1pbmltdW0sIG1heGltdW0pOiB0aGUgQ2xvc2VBY2NvdW50IHF1b3RhIHBlciByb2xsaW5nIDMwIGRheXMuICovXG5leHBvcnQgZnVuY3Rpb24gY2xvc2VRdW90YShoZWFkOiBDYXRhbG9nLCBsaXZlOiBMaXZlT3JnYW5pemF0aW9uKTogbnVtYmVyIHtcbiAgY29uc3QgeyBwZXJjZW50LCBtaW5pbXVtLCBtYXhpbXVtIH0gPSBoZWFkLnBvbGljeS5jbG9zaW5nLnF1b3RhO1xuICBjb25zdCBhY3RpdmUgPSBsaXZlLmFjY291bnRzLmZpbHRlcigoYSkgPT4gYS5zdGF0dXMgPT09ICdBQ1RJVkUnICYmIGEuaWQgIT09IGxpdmUubWFuYWdlbWVudEFjY291bnRJZCkubGVuZ3RoO1xuICByZXR1cm4gTWF0aC5taW4oTWF0aC5tYXgoTWF0aC5mbG9vcigocGVyY2VudCAqIGFjdGl2ZSkgLyAxMDApLCBtaW5pbXVtKSwgbWF4aW11bSk7XG59XG5cbi8qKlxuICogQnJpbmdzIEFXUyB0byB0aGUgaGVhZCBjYXRhbG9nOiByZWFkcyB0aGUgbGl2ZSBvcmdhbml6YXRpb24sIGNvbXBhcmVzIChjb21wYXJlTGl2ZSksIHRoZW4gcnVuc1xuICogdGhlIHN0ZXBzIGluIG9yZGVyLiBFdmVyeSBydW4gc3RhcnRzIGZyb20gYSBmcmVzaCByZWFkLCBzbyBhIHJ1biB0aGF0IHdhcyBraWxsZWQgYWZ0ZXIgYW55IGNhbGxcbiAqIGFuZCBpcyBzdGFydGVkIGFnYWluIGZpbmlzaGVzIHRoZSB3b3JrIHdpdGhvdXQgZG9pbmcgYW55IG9mIGl0IHR3aWNlLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYXBwbHlXaXRoQ2xpZW50cyhjbGllbnRzOiBBd3NDbGllbnRzLCBoZWFkOiBDYXRhbG9nLCBsb2c6IChsaW5lOiBzdHJpbmcpID0+IHZvaWQsIG9wdGlvbnM6IEFwcGx5T3B0aW9ucyk6IFByb21pc2U8QXBwbHlSZXBvcnQ+IHtcbiAgY29uc3Qgc2F5ID0gKGxpbmU6IHN0cmluZykgPT4gbG9nKHNhZmVMaW5lKGxpbmUpKTtcbiAgY29uc3QgZWFybHkgPSBtYW5hZ2VtZW50Q2xvc2luZyhoZWFkLCBoZWFkLm9yZ2FuaXphdGlvbi5tYW5hZ2VtZW50QWNjb3VudElkKTtcbiAgaWYgKGVhcmx5KSByZXR1cm4geyBmYWlsZWQ6IHRydWUsIGRyeVJ1bjogb3B0aW9ucy5kcnlSdW4sIHJlZnVzZWQ6IHJlZnVzYWwoZWFybHksIGVhcmx5LmlkID8/ICcnKSwgc3RlcHM6IFtdLCBjcmVhdGVkOiBbXSB9O1xuXG4gIGNvbnN0IGxpdmUgPSBhd2FpdCByZWFkTGl2ZShjbGllbnRzLCBoZWFkLCBvcHRpb25zKTtcbiAgY29uc3QgbGF0ZSA9IG1hbmFnZW1lbnRDbG9zaW5nKGhlYWQsIHVuZGVmaW5lZCwgbGl2ZSk7XG4gIGlmIChsYXRlKSByZXR1cm4geyBmYWlsZWQ6IHRydWUsIGRyeVJ1bjogb3B0aW9ucy5kcnlSdW4sIHJlZnVzZWQ6IHJlZnVzYWwobGF0ZSwgbGl2ZS5tYW5hZ2VtZW50QWNjb3VudElkKSwgc3RlcHM6IFtdLCBjcmVhdGVkOiBbXSB9O1xuXG4gIGNvbnN0IHsgbGl2ZVN0ZXBzIH0gPSBjb21wYXJlTGl2ZSh1bmRlZmluZWQsIGhlYWQsIGxpdmUpO1xuICBjb25zdCBjbG9zZXMgPSBsaXZlU3RlcHMuZmlsdGVyKChzKSA9PiBzLmtpbmQgPT09ICdjbG9zZS1hY2NvdW50JykubGVuZ3RoO1xuICBjb25zdCBxdW90YSA9IGNsb3NlUXVvdGEoaGVhZCwgbGl2ZSk7XG4gIGNvbnN0IG92ZXJRdW90YSA9XG4gICAgY2xvc2VzID4gcXVvdGFcbiAgICAgID8gYFJlZnVzZWQgdG8gY2xvc2UgJHtjbG9zZXN9IGFjY291bnRzOiBBV1MgbGV0cyB0aGUgb3JnYW5pemF0aW9uIGNsb3NlIGF0IG1vc3QgJHtxdW90YX0gaW4gYSByb2xsaW5nIDMwIGRheXMgKHBvbGljeS5jbG9zaW5nLnF1b3RhKS4gQ2xvc2UgZmV3ZXIgcGVyIGNoYW5nZS5gXG4gICAgICA6IHVuZGVmaW5lZDtcblxuICBjb25zdCBvdUlkcyA9IG5ldyBNYXAoT2JqZWN0LmVudHJpZXMobGl2ZS5vcmdhbml6YXRpb25hbFVuaXRzKSk7XG4gIGNvbnN0IGlkcyA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGNvbnN0IGJsb2NrZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgY3JlYXRlZDogeyBhY2NvdW50OiBzdHJpbmc7IGVtYWlsOiBzdHJpbmc7IGlkOiBzdHJpbmcgfVtdID0gW107XG4gIGxldCByZXF1ZXN0czogUHJvbWlzZTxDcmVhdGVBY2NvdW50U3RhdHVzW10+IHwgdW5kZWZpbmVkO1xuICBjb25zdCBzdGVwczogQXBwbGllZFN0ZXBbXSA9IFtdO1xuXG4gIGZvciAoY29uc3Qgc3RlcCBvZiBsaXZlU3RlcHMpIHtcbiAgICBjb25zdCBjYWxsczogc3RyaW5nW10gPSBbXTtcbiAgICBjb25zdCBjdHg6IFN0ZXBDb250ZXh0ID0ge1xuICAgICAgY2xpZW50cyxcbiAgICAgIHBvbGw6IHBvbGxPcHRpb25zKG9wdGlvbnMucG9sbCksXG4gICAgICBsb2c6IHNheSxcbiAgICAgIGFzeW5jIHNlbmQoc2VydmljZSwgb3BlcmF0aW9uLCBkZXRhaWwsIGNhbGwpIHtcbiAgICAgICAgY2FsbHMucHVzaChgJHtzZXJ2aWNlfToke29wZXJhdGlvbn1gKTtcbiAgICAgICAgc2F5KGAke29wdGlvbnMuZHJ5UnVuID8gJ3dvdWxkIGNhbGwnIDogJ2NhbGwnfSAke3NlcnZpY2V9OiR7b3BlcmF0aW9ufSAke2RldGFpbH1gKTtcbiAgICAgICAgcmV0dXJuIGNhbGwoKTtcbiAgICAgIH0sXG4gICAgICAvLyBSZWFkIG9uY2UgcGVyIHJ1bjsgYSBmYWlsZWQgcmVhZCBpcyB0cmllZCBhZ2FpbiBieSB0aGUgbmV4dCBzdGVwIHRoYXQgbmVlZHMgaXQuXG4gICAgICBjcmVhdGVSZXF1ZXN0czogKCkgPT5cbiAgICAgICAgKHJlcXVlc3RzID8/PSBsaXN0Q3JlYXRlUmVxdWVzdHMoY3R4KS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgICAgICByZXF1ZXN0cyA9IHVuZGVmaW5lZDtcbiAgICAgICAgICB0aHJvdyBlcnJvcjtcbiAgICAgICAgfSkpLFxuICAgIH07XG4gICAgY29uc3QgYWNjb3VudCA9ICdhY2NvdW50JyBpbiBzdGVwID8gc3RlcC5hY2NvdW50IDogdW5kZWZpbmVkO1xuICAgIGlmIChhY2NvdW50ICYmIGJsb2NrZWQuaGFzKGFjY291bnQpKSB7XG4gICAgICBzdGVwcy5wdXNoKHsgc3RlcCwgb3V0Y29tZTogJ3NraXBwZWQnLCBjYWxscywgbWVzc2FnZTogYHNraXBwZWQ6IGFuIGVhcmxpZXIgc3RlcCBmb3IgJHthY2NvdW50fSBmYWlsZWRgIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChzdGVwLmtpbmQgPT09ICdjbG9zZS1hY2NvdW50JyAmJiBvdmVyUXVvdGEpIHtcbiAgICAgIHN0ZXBzLnB1c2goeyBzdGVwLCBvdXRjb21lOiAnZmFpbGVkJywgY2FsbHMsIG1lc3NhZ2U6IG92ZXJRdW90YSB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAob3B0aW9ucy5kcnlSdW4pIHtcbiAgICAgIGZvciAoY29uc3QgbGluZSBvZiB3b3VsZENhbGwoc3RlcCkpIHtcbiAgICAgICAgY2FsbHMucHVzaChsaW5lLnNwbGl0KCcgJylbMF0pO1xuICAgICAgICBzYXkoYHdvdWxkIGNhbGwgJHtsaW5lfWApO1xuICAgICAgfVxuICAgICAgc3RlcHMucHVzaCh7IHN0ZXAsIG91dGNvbWU6ICdkcnktcnVuJywgY2FsbHMsIGFjY291bnRJZDogJ2lkJyBpbiBzdGVwID8gc3RlcC5pZCA6IHVuZGVmaW5lZCB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgcnVuU3RlcChjdHgsIHN0ZXAsIHsgb3VJZHMsIGlkcywgbWFuYWdlbWVudEFjY291bnRJZDogbGl2ZS5tYW5hZ2VtZW50QWNjb3VudElkIH0pO1xuICAgICAgaWYgKHJlc3VsdC5vdXRjb21lID09PSAnZmFpbGVkJyAmJiBhY2NvdW50KSBibG9ja2VkLmFkZChhY2NvdW50KTtcbiAgICAgIGlmIChzdGVwLmtpbmQgPT09ICdjcmVhdGUtYWNjb3VudCcgJiYgcmVzdWx0LmFjY291bnRJZCkge1xuICAgICAgICBpZHMuc2V0KHN0ZXAuYWNjb3VudCwgcmVzdWx0LmFjY291bnRJZCk7XG4gICAgICAgIGNyZWF0ZWQucHVzaCh7IGFjY291bnQ6IHN0ZXAuYWNjb3VudCwgZW1haWw6IHN0ZXAuZW1haWwsIGlkOiByZXN1bHQuYWNjb3VudElkIH0pO1xuICAgICAgfVxuICAgICAgc3RlcHMucHVzaCh7IHN0ZXAsIGNhbGxzLCAuLi5yZXN1bHQgfSk7XG4gICAgICBzYXkoYCR7ZGVzY3JpYmVMaXZlU3RlcChzdGVwKX06ICR7cmVzdWx0Lm91dGNvbWV9JHtyZXN1bHQubWVzc2FnZSA/IGAg4oCUICR7cmVzdWx0Lm1lc3NhZ2V9YCA6ICcnfWApO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoYWNjb3VudCkgYmxvY2tlZC5hZGQoYWNjb3VudCk7XG4gICAgICBjb25zdCBtZXNzYWdlID0gZGVzY3JpYmVFcnJvcihlcnJvcik7XG4gICAgICBzdGVwcy5wdXNoKHsgc3RlcCwgb3V0Y29tZTogJ2ZhaWxlZCcsIGNhbGxzLCBtZXNzYWdlLCBhY2NvdW50SWQ6ICdpZCcgaW4gc3RlcCA/IHN0ZXAuaWQgOiB1bmRlZmluZWQgfSk7XG4gICAgICBzYXkoYCR7ZGVzY3JpYmVMaXZlU3RlcChzdGVwKX06IGZhaWxlZCDigJQgJHttZXNzYWdlfWApO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBmYWlsZWQ6IHN0ZXBzLnNvbWUoKHMpID0+IHMub3V0Y29tZSA9PT0gJ2ZhaWxlZCcpLCBkcnlSdW46IG9wdGlvbnMuZHJ5UnVuLCBzdGVwcywgY3JlYXRlZCB9O1xufVxuIl19
;// CONCATENATED MODULE: ./action/aws/clients.ts



/**
 * Both clients use the adaptive retry mode (client-side rate limiting after throttling) and the SDK's
 * standard endpoint settings: AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL_BUDGETS.
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2xpZW50cy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvY2xpZW50cy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQUUsYUFBYSxFQUFFLE1BQU0seUJBQXlCLENBQUM7QUFDeEQsT0FBTyxFQUFFLG1CQUFtQixFQUFFLE1BQU0sK0JBQStCLENBQUM7QUFDcEUsT0FBTyxFQUFFLFdBQVcsRUFBRSxNQUFNLFVBQVUsQ0FBQztBQWF2Qzs7OztHQUlHO0FBQ0gsTUFBTSxVQUFVLGdCQUFnQixDQUFDLFVBQTRCLEVBQUU7SUFDN0QsTUFBTSxNQUFNLEdBQUc7UUFDYixNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU0sSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLFVBQVUsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLGtCQUFrQixJQUFJLFdBQVc7UUFDakcsU0FBUyxFQUFFLFVBQVU7UUFDckIsV0FBVyxFQUFFLE9BQU8sQ0FBQyxXQUFXLElBQUksQ0FBQztLQUN0QyxDQUFDO0lBQ0YsTUFBTSxhQUFhLEdBQUcsSUFBSSxtQkFBbUIsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUN0RCxNQUFNLE9BQU8sR0FBRyxJQUFJLGFBQWEsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUMxQyxxQkFBcUIsQ0FBQyxhQUFhLEVBQUUsZUFBZSxDQUFDLENBQUM7SUFDdEQscUJBQXFCLENBQUMsT0FBTyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0lBQzFDLE9BQU8sRUFBRSxhQUFhLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDcEMsQ0FBQztBQVlELGdGQUFnRjtBQUNoRixNQUFNLFVBQVUsV0FBVyxDQUFDLFdBQW9CO0lBQzlDLE9BQU8sT0FBTyxXQUFXLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsT0FBTyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0FBQzNGLENBQUM7QUFFRCw0RkFBNEY7QUFDNUYsU0FBUyxxQkFBcUIsQ0FBQyxNQUFpQixFQUFFLE9BQW9DO0lBQ3BGLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxlQUE2QyxDQUFDO0lBQ25FLEtBQUssQ0FBQyxHQUFHLENBQ1AsQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxLQUFLLEVBQUUsSUFBSSxFQUFFLEVBQUU7UUFDaEMsSUFBSSxDQUFDO1lBQ0gsT0FBTyxNQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMxQixDQUFDO1FBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztZQUNmLE1BQU0sV0FBVyxDQUFDLEtBQUssRUFBRSxPQUFPLEVBQUUsV0FBVyxDQUFDLE9BQU8sQ0FBQyxXQUFXLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQztRQUMvRSxDQUFDO0lBQ0gsQ0FBQyxFQUNELEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsNEJBQTRCLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUM3RSxDQUFDO0FBQ0osQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IEJ1ZGdldHNDbGllbnQgfSBmcm9tICdAYXdzLXNkay9jbGllbnQtYnVkZ2V0cyc7XG5pbXBvcnQgeyBPcmdhbml6YXRpb25zQ2xpZW50IH0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LW9yZ2FuaXphdGlvbnMnO1xuaW1wb3J0IHsgYWNjZXNzRXJyb3IgfSBmcm9tICcuL2Vycm9ycyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXdzQ2xpZW50T3B0aW9ucyB7XG4gIHJlYWRvbmx5IHJlZ2lvbj86IHN0cmluZztcbiAgLyoqIFNESyBhdHRlbXB0cyBwZXIgY2FsbCAoZmlyc3QgdHJ5ICsgcmV0cmllcyk7IGRlZmF1bHQgOC4gKi9cbiAgcmVhZG9ubHkgbWF4QXR0ZW1wdHM/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXdzQ2xpZW50cyB7XG4gIHJlYWRvbmx5IG9yZ2FuaXphdGlvbnM6IE9yZ2FuaXphdGlvbnNDbGllbnQ7XG4gIHJlYWRvbmx5IGJ1ZGdldHM6IEJ1ZGdldHNDbGllbnQ7XG59XG5cbi8qKlxuICogQm90aCBjbGllbnRzIHVzZSB0aGUgYWRhcHRpdmUgcmV0cnkgbW9kZSAoY2xpZW50LXNpZGUgcmF0ZSBsaW1pdGluZyBhZnRlciB0aHJvdHRsaW5nKSBhbmQgdGhlIFNESydzXG4gKiBzdGFuZGFyZCBlbmRwb2ludCBzZXR0aW5nczogQVdTX0VORFBPSU5UX1VSTCwgQVdTX0VORFBPSU5UX1VSTF9PUkdBTklaQVRJT05TLCBBV1NfRU5EUE9JTlRfVVJMX0JVREdFVFMuXG4gKiBPcmdhbml6YXRpb25zIGFuZCBCdWRnZXRzIGFyZSBnbG9iYWwgc2VydmljZXMgc2VydmVkIGZyb20gdXMtZWFzdC0xLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlQXdzQ2xpZW50cyhvcHRpb25zOiBBd3NDbGllbnRPcHRpb25zID0ge30pOiBBd3NDbGllbnRzIHtcbiAgY29uc3QgY29uZmlnID0ge1xuICAgIHJlZ2lvbjogb3B0aW9ucy5yZWdpb24gfHwgcHJvY2Vzcy5lbnYuQVdTX1JFR0lPTiB8fCBwcm9jZXNzLmVudi5BV1NfREVGQVVMVF9SRUdJT04gfHwgJ3VzLWVhc3QtMScsXG4gICAgcmV0cnlNb2RlOiAnYWRhcHRpdmUnLFxuICAgIG1heEF0dGVtcHRzOiBvcHRpb25zLm1heEF0dGVtcHRzID8/IDgsXG4gIH07XG4gIGNvbnN0IG9yZ2FuaXphdGlvbnMgPSBuZXcgT3JnYW5pemF0aW9uc0NsaWVudChjb25maWcpO1xuICBjb25zdCBidWRnZXRzID0gbmV3IEJ1ZGdldHNDbGllbnQoY29uZmlnKTtcbiAgdHJhbnNsYXRlQWNjZXNzRXJyb3JzKG9yZ2FuaXphdGlvbnMsICdvcmdhbml6YXRpb25zJyk7XG4gIHRyYW5zbGF0ZUFjY2Vzc0Vycm9ycyhidWRnZXRzLCAnYnVkZ2V0cycpO1xuICByZXR1cm4geyBvcmdhbml6YXRpb25zLCBidWRnZXRzIH07XG59XG5cbnR5cGUgQW55Q2xpZW50ID0gT3JnYW5pemF0aW9uc0NsaWVudCB8IEJ1ZGdldHNDbGllbnQ7XG5cbi8qKiBUaGUgcGFydCBvZiB0aGUgU0RLJ3MgbWlkZGxld2FyZSBzdGFjayB1c2VkIGhlcmUsIHR5cGVkIGxvb3NlbHk6IGl0IGlzIHRoZSBzYW1lIGZvciBib3RoIGNsaWVudHMuICovXG5leHBvcnQgaW50ZXJmYWNlIE1pZGRsZXdhcmVBZGRlciB7XG4gIGFkZChcbiAgICBtaWRkbGV3YXJlOiAobmV4dDogKGFyZ3M6IHVua25vd24pID0+IFByb21pc2U8dW5rbm93bj4sIGNvbnRleHQ6IHsgY29tbWFuZE5hbWU/OiBzdHJpbmc7IGNsaWVudE5hbWU/OiBzdHJpbmcgfSkgPT4gKGFyZ3M6IHVua25vd24pID0+IFByb21pc2U8dW5rbm93bj4sXG4gICAgb3B0aW9uczogeyBzdGVwOiAnaW5pdGlhbGl6ZScgfCAnYnVpbGQnIHwgJ2ZpbmFsaXplUmVxdWVzdCc7IG5hbWU6IHN0cmluZzsgcHJpb3JpdHk/OiAnaGlnaCcgfCAnbG93JyB9LFxuICApOiB2b2lkO1xufVxuXG4vKiogVGhlIEFQSSBvcGVyYXRpb24gb2YgYSBjb21tYW5kIG5hbWU6IExpc3RBY2NvdW50c0NvbW1hbmQgLT4gTGlzdEFjY291bnRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZXJhdGlvbk9mKGNvbW1hbmROYW1lOiB1bmtub3duKTogc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiBjb21tYW5kTmFtZSA9PT0gJ3N0cmluZycgPyBjb21tYW5kTmFtZS5yZXBsYWNlKC9Db21tYW5kJC8sICcnKSA6ICd1bmtub3duJztcbn1cblxuLyoqIEVycm9ycyBhYm91dCBjcmVkZW50aWFscyBvciBwZXJtaXNzaW9ucyBiZWNvbWUgQXdzQWNjZXNzRXJyb3IsIG5hbWluZyB0aGUgSUFNIGFjdGlvbi4gKi9cbmZ1bmN0aW9uIHRyYW5zbGF0ZUFjY2Vzc0Vycm9ycyhjbGllbnQ6IEFueUNsaWVudCwgc2VydmljZTogJ29yZ2FuaXphdGlvbnMnIHwgJ2J1ZGdldHMnKTogdm9pZCB7XG4gIGNvbnN0IHN0YWNrID0gY2xpZW50Lm1pZGRsZXdhcmVTdGFjayBhcyB1bmtub3duIGFzIE1pZGRsZXdhcmVBZGRlcjtcbiAgc3RhY2suYWRkKFxuICAgIChuZXh0LCBjb250ZXh0KSA9PiBhc3luYyAoYXJncykgPT4ge1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIGF3YWl0IG5leHQoYXJncyk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aHJvdyBhY2Nlc3NFcnJvcihlcnJvciwgc2VydmljZSwgb3BlcmF0aW9uT2YoY29udGV4dC5jb21tYW5kTmFtZSkpID8/IGVycm9yO1xuICAgICAgfVxuICAgIH0sXG4gICAgeyBzdGVwOiAnaW5pdGlhbGl6ZScsIG5hbWU6ICdhY2NvdW50Q2F0YWxvZ0FjY2Vzc0Vycm9ycycsIHByaW9yaXR5OiAnaGlnaCcgfSxcbiAgKTtcbn1cbiJdfQ==
;// CONCATENATED MODULE: ./action/aws/summary.ts


const ICON = {
    done: '✅ done',
    'already-done': '✅ already done',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
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
        lines.push(`✅ ${report.steps.length} steps applied.`);
    lines.push('');
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3VtbWFyeS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3Mvc3VtbWFyeS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQUUsY0FBYyxFQUFFLHFCQUFxQixFQUFFLE1BQU0sOEJBQThCLENBQUM7QUFDckYsT0FBTyxFQUFFLGdCQUFnQixFQUFFLE1BQU0sb0NBQW9DLENBQUM7QUFHdEUsTUFBTSxJQUFJLEdBQWdDO0lBQ3hDLElBQUksRUFBRSxRQUFRO0lBQ2QsY0FBYyxFQUFFLGdCQUFnQjtJQUNoQyxNQUFNLEVBQUUsVUFBVTtJQUNsQixPQUFPLEVBQUUsWUFBWTtJQUNyQixTQUFTLEVBQUUsWUFBWTtDQUN4QixDQUFDO0FBRUYsd0hBQXdIO0FBQ3hILE1BQU0sVUFBVSxrQkFBa0IsQ0FBQyxNQUFtQjtJQUNwRCxNQUFNLEtBQUssR0FBYSxDQUFDLCtCQUErQixHQUFHLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNwRyxJQUFJLE1BQU0sQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUNuQixLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUsscUJBQXFCLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDN0QsT0FBTyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzFCLENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDekUsSUFBSSxNQUFNLENBQUMsS0FBSyxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxtREFBbUQsQ0FBQyxDQUFDO1NBQzFGLElBQUksTUFBTSxDQUFDLE1BQU07UUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLGVBQWUsTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLHdDQUF3QyxDQUFDLENBQUM7U0FDMUcsSUFBSSxNQUFNLEdBQUcsQ0FBQztRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxNQUFNLE9BQU8sTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLDJFQUEyRSxDQUFDLENBQUM7O1FBQzdJLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxNQUFNLENBQUMsS0FBSyxDQUFDLE1BQU0saUJBQWlCLENBQUMsQ0FBQztJQUMzRCxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBRWYsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUM5QixLQUFLLENBQUMsSUFBSSxDQUFDLGtCQUFrQixFQUFFLEVBQUUsRUFBRSx1Q0FBdUMsRUFBRSxFQUFFLEVBQUUsMEJBQTBCLEVBQUUscUJBQXFCLENBQUMsQ0FBQztRQUNuSSxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPO1lBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxLQUFLLGNBQWMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sY0FBYyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsUUFBUSxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxNQUFNLENBQUMsQ0FBQztRQUN4SixLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ2pCLENBQUM7SUFFRCxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQzVCLEtBQUssQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLEVBQUUsRUFBRSxvREFBb0QsRUFBRSx1Q0FBdUMsQ0FBQyxDQUFDO1FBQzNILE1BQU0sQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQzVCLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUM7WUFDbEYsS0FBSyxDQUFDLElBQUksQ0FDUixLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sY0FBYyxDQUFDLGdCQUFnQixDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxTQUFTLElBQUksVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxLQUFLLE1BQU0sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FDN04sQ0FBQztRQUNKLENBQUMsQ0FBQyxDQUFDO1FBQ0gsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUNqQixDQUFDO0lBQ0QsT0FBTyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQzFCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBlc2NhcGVNYXJrZG93biwgZXNjYXBlTWFya2Rvd25NZXNzYWdlIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvcmVwb3J0L2VzY2FwZSc7XG5pbXBvcnQgeyBkZXNjcmliZUxpdmVTdGVwIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvcGxhbi9saXZlLXN0ZXAtdGV4dCc7XG5pbXBvcnQgdHlwZSB7IEFwcGx5UmVwb3J0LCBTdGVwT3V0Y29tZSB9IGZyb20gJy4vYXBwbHknO1xuXG5jb25zdCBJQ09OOiBSZWNvcmQ8U3RlcE91dGNvbWUsIHN0cmluZz4gPSB7XG4gIGRvbmU6ICfinIUgZG9uZScsXG4gICdhbHJlYWR5LWRvbmUnOiAn4pyFIGFscmVhZHkgZG9uZScsXG4gIGZhaWxlZDogJ+KdjCBmYWlsZWQnLFxuICBza2lwcGVkOiAn4o+t77iPIHNraXBwZWQnLFxuICAnZHJ5LXJ1bic6ICfwn5OdIGRyeSBydW4nLFxufTtcblxuLyoqIFRoZSBqb2Igc3VtbWFyeSBvZiBhbiBhcHBseTogdmVyZGljdCwgbmV3IGFjY291bnQgaWRzLCB0aGVuIGV2ZXJ5IHN0ZXAgd2l0aCBpdHMgb3V0Y29tZS4gQ2F0YWxvZyB0ZXh0IGlzIGVzY2FwZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyQXBwbHlTdW1tYXJ5KHJlcG9ydDogQXBwbHlSZXBvcnQpOiBzdHJpbmcge1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbJyMjIEFXUyBhY2NvdW50IGNhdGFsb2c6IGFwcGx5JyArIChyZXBvcnQuZHJ5UnVuID8gJyAoZHJ5IHJ1biknIDogJycpLCAnJ107XG4gIGlmIChyZXBvcnQucmVmdXNlZCkge1xuICAgIGxpbmVzLnB1c2goYOKdjCAke2VzY2FwZU1hcmtkb3duTWVzc2FnZShyZXBvcnQucmVmdXNlZCl9YCwgJycpO1xuICAgIHJldHVybiBsaW5lcy5qb2luKCdcXG4nKTtcbiAgfVxuICBjb25zdCBmYWlsZWQgPSByZXBvcnQuc3RlcHMuZmlsdGVyKChzKSA9PiBzLm91dGNvbWUgPT09ICdmYWlsZWQnKS5sZW5ndGg7XG4gIGlmIChyZXBvcnQuc3RlcHMubGVuZ3RoID09PSAwKSBsaW5lcy5wdXNoKCfinIUgQVdTIGFscmVhZHkgbWF0Y2hlcyB0aGUgY2F0YWxvZzogbm90aGluZyB0byBkby4nKTtcbiAgZWxzZSBpZiAocmVwb3J0LmRyeVJ1bikgbGluZXMucHVzaChg8J+TnSBEcnkgcnVuOiAke3JlcG9ydC5zdGVwcy5sZW5ndGh9IHN0ZXBzIHdvdWxkIHJ1bjsgbm90aGluZyB3YXMgY2hhbmdlZC5gKTtcbiAgZWxzZSBpZiAoZmFpbGVkID4gMCkgbGluZXMucHVzaChg4p2MICR7ZmFpbGVkfSBvZiAke3JlcG9ydC5zdGVwcy5sZW5ndGh9IHN0ZXBzIGZhaWxlZC4gRml4IHRoZSBjYXVzZSBhbmQgcmUtcnVuOiBmaW5pc2hlZCBzdGVwcyBhcmUgbm90IHJlcGVhdGVkLmApO1xuICBlbHNlIGxpbmVzLnB1c2goYOKchSAke3JlcG9ydC5zdGVwcy5sZW5ndGh9IHN0ZXBzIGFwcGxpZWQuYCk7XG4gIGxpbmVzLnB1c2goJycpO1xuXG4gIGlmIChyZXBvcnQuY3JlYXRlZC5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnIyMjIE5ldyBhY2NvdW50cycsICcnLCAnQWRkIHRoZXNlIGlkcyB0byB0aGUgY2F0YWxvZyAoYGlkOmApOicsICcnLCAnfCBhY2NvdW50IHwgZW1haWwgfCBpZCB8JywgJ3wgLS0tIHwgLS0tIHwgLS0tIHwnKTtcbiAgICBmb3IgKGNvbnN0IGMgb2YgcmVwb3J0LmNyZWF0ZWQpIGxpbmVzLnB1c2goYHwgJHtlc2NhcGVNYXJrZG93bihjLmFjY291bnQpfSB8ICR7ZXNjYXBlTWFya2Rvd24oYy5lbWFpbCl9IHwgXFxgJHsvXlxcZHsxMn0kLy50ZXN0KGMuaWQpID8gYy5pZCA6ICc/J31cXGAgfGApO1xuICAgIGxpbmVzLnB1c2goJycpO1xuICB9XG5cbiAgaWYgKHJlcG9ydC5zdGVwcy5sZW5ndGggPiAwKSB7XG4gICAgbGluZXMucHVzaCgnIyMjIFN0ZXBzJywgJycsICd8ICMgfCBzdGVwIHwgb3V0Y29tZSB8IGFjY291bnQgaWQgfCBjYWxscyB8IG5vdGUgfCcsICd8IC0tLSB8IC0tLSB8IC0tLSB8IC0tLSB8IC0tLSB8IC0tLSB8Jyk7XG4gICAgcmVwb3J0LnN0ZXBzLmZvckVhY2goKHMsIGkpID0+IHtcbiAgICAgIGNvbnN0IGNhbGxzID0gcy5jYWxscy5sZW5ndGggPT09IDAgPyAnJyA6IGVzY2FwZU1hcmtkb3duKHMuY2FsbHMuam9pbignLCAnKSwgMzAwKTtcbiAgICAgIGxpbmVzLnB1c2goXG4gICAgICAgIGB8ICR7aSArIDF9IHwgJHtlc2NhcGVNYXJrZG93bihkZXNjcmliZUxpdmVTdGVwKHMuc3RlcCksIDIwMCl9IHwgJHtJQ09OW3Mub3V0Y29tZV19IHwgJHtzLmFjY291bnRJZCAmJiAvXlxcZHsxMn0kLy50ZXN0KHMuYWNjb3VudElkKSA/IHMuYWNjb3VudElkIDogJyd9IHwgJHtjYWxsc30gfCAke3MubWVzc2FnZSA/IGVzY2FwZU1hcmtkb3duTWVzc2FnZShzLm1lc3NhZ2UpIDogJyd9IHxgLFxuICAgICAgKTtcbiAgICB9KTtcbiAgICBsaW5lcy5wdXNoKCcnKTtcbiAgfVxuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iXX0=
;// CONCATENATED MODULE: ./action/aws/index.ts





function clientsFor(options) {
    return options.clients ?? createAwsClients({ region: options.region, maxAttempts: options.maxAttempts });
}
/** The live organization as the catalog needs it (read-only calls only). Throws AwsAccessError on access problems. */
async function readLiveOrganization(options, catalog) {
    return readLive(clientsFor(options), catalog, { concurrency: options.concurrency });
}
/**
 * Brings AWS to `head` (mode apply, on the default branch). Step failures are in the report
 * (`failed: true`); access problems before any step throw AwsAccessError. Log lines are safe to print.
 */
async function applyCatalog(options, head, log) {
    return applyWithClients(clientsFor(options), head, log, { dryRun: options.dryRun, poll: options.poll, concurrency: options.concurrency });
}

//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL2luZGV4LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUdBLE9BQU8sRUFBRSxnQkFBZ0IsRUFBb0IsTUFBTSxTQUFTLENBQUM7QUFDN0QsT0FBTyxFQUFFLGdCQUFnQixFQUFtQixNQUFNLFdBQVcsQ0FBQztBQUU5RCxPQUFPLEVBQUUsUUFBUSxFQUFFLE1BQU0sUUFBUSxDQUFDO0FBRWxDLE9BQU8sRUFBRSxjQUFjLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFDMUMsT0FBTyxFQUFFLGtCQUFrQixFQUFFLE1BQU0sV0FBVyxDQUFDO0FBZ0IvQyxTQUFTLFVBQVUsQ0FBQyxPQUFtQjtJQUNyQyxPQUFPLE9BQU8sQ0FBQyxPQUFPLElBQUksZ0JBQWdCLENBQUMsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLEVBQUUsT0FBTyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUM7QUFDM0csQ0FBQztBQUVELHNIQUFzSDtBQUN0SCxNQUFNLENBQUMsS0FBSyxVQUFVLG9CQUFvQixDQUFDLE9BQW1CLEVBQUUsT0FBZ0I7SUFDOUUsT0FBTyxRQUFRLENBQUMsVUFBVSxDQUFDLE9BQU8sQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLFdBQVcsRUFBRSxPQUFPLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztBQUN0RixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsTUFBTSxDQUFDLEtBQUssVUFBVSxZQUFZLENBQUMsT0FBbUIsRUFBRSxJQUFhLEVBQUUsR0FBMkI7SUFDaEcsT0FBTyxnQkFBZ0IsQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxPQUFPLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxPQUFPLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztBQUM1SSxDQUFDO0FBRUQsT0FBTyxFQUFFLGdCQUFnQixFQUFFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvLyBUaGUgQVdTIGFkYXB0ZXIgb2YgdGhlIEFjdGlvbiwgbG9hZGVkIHdpdGggYGF3YWl0IGltcG9ydCgnLi9hd3MvaW5kZXgnKWAgb25seSBpbiBsaXZlIGFuZCBhcHBseSBtb2RlLFxuLy8gc28gdGhlIFNESyBzdGF5cyBvdXQgb2YgdGhlIHBsYW4tb25seSBzdGFydC11cCBwYXRoLlxuaW1wb3J0IHR5cGUgeyBDYXRhbG9nLCBMaXZlT3JnYW5pemF0aW9uIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvbW9kZWwnO1xuaW1wb3J0IHsgYXBwbHlXaXRoQ2xpZW50cywgdHlwZSBBcHBseVJlcG9ydCB9IGZyb20gJy4vYXBwbHknO1xuaW1wb3J0IHsgY3JlYXRlQXdzQ2xpZW50cywgdHlwZSBBd3NDbGllbnRzIH0gZnJvbSAnLi9jbGllbnRzJztcbmltcG9ydCB0eXBlIHsgUG9sbE9wdGlvbnMgfSBmcm9tICcuL3BvbGwnO1xuaW1wb3J0IHsgcmVhZExpdmUgfSBmcm9tICcuL3JlYWQnO1xuXG5leHBvcnQgeyBBd3NBY2Nlc3NFcnJvciB9IGZyb20gJy4vZXJyb3JzJztcbmV4cG9ydCB7IHJlbmRlckFwcGx5U3VtbWFyeSB9IGZyb20gJy4vc3VtbWFyeSc7XG5leHBvcnQgdHlwZSB7IEFwcGx5UmVwb3J0LCBBcHBsaWVkU3RlcCwgU3RlcE91dGNvbWUgfSBmcm9tICcuL2FwcGx5JztcblxuZXhwb3J0IGludGVyZmFjZSBBd3NPcHRpb25zIHtcbiAgcmVnaW9uPzogc3RyaW5nO1xuICBkcnlSdW46IGJvb2xlYW47XG4gIC8qKiBUZXN0cyBhbmQgZW11bGF0b3JzOiBwcmUtYnVpbHQgY2xpZW50cyAoZS5nLiB3aXRoIGEgY2FsbC1jb3VudGluZyBtaWRkbGV3YXJlKS4gKi9cbiAgY2xpZW50cz86IEF3c0NsaWVudHM7XG4gIC8qKiBTREsgYXR0ZW1wdHMgcGVyIGNhbGw7IGRlZmF1bHQgOCAoYWRhcHRpdmUgcmV0cnkpLiAqL1xuICBtYXhBdHRlbXB0cz86IG51bWJlcjtcbiAgLyoqIENhbGxzIGluIGZsaWdodCBhdCBvbmNlIHdoaWxlIHJlYWRpbmc7IGRlZmF1bHQgOC4gKi9cbiAgY29uY3VycmVuY3k/OiBudW1iZXI7XG4gIC8qKiBDcmVhdGVBY2NvdW50IHBvbGxpbmc7IGFsc28gQUNDT1VOVF9DQVRBTE9HX1BPTExfSU5URVJWQUxfTVMsIF9NQVhfSU5URVJWQUxfTVMsIF9USU1FT1VUX01TLiAqL1xuICBwb2xsPzogUGFydGlhbDxQb2xsT3B0aW9ucz47XG59XG5cbmZ1bmN0aW9uIGNsaWVudHNGb3Iob3B0aW9uczogQXdzT3B0aW9ucyk6IEF3c0NsaWVudHMge1xuICByZXR1cm4gb3B0aW9ucy5jbGllbnRzID8/IGNyZWF0ZUF3c0NsaWVudHMoeyByZWdpb246IG9wdGlvbnMucmVnaW9uLCBtYXhBdHRlbXB0czogb3B0aW9ucy5tYXhBdHRlbXB0cyB9KTtcbn1cblxuLyoqIFRoZSBsaXZlIG9yZ2FuaXphdGlvbiBhcyB0aGUgY2F0YWxvZyBuZWVkcyBpdCAocmVhZC1vbmx5IGNhbGxzIG9ubHkpLiBUaHJvd3MgQXdzQWNjZXNzRXJyb3Igb24gYWNjZXNzIHByb2JsZW1zLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlYWRMaXZlT3JnYW5pemF0aW9uKG9wdGlvbnM6IEF3c09wdGlvbnMsIGNhdGFsb2c6IENhdGFsb2cpOiBQcm9taXNlPExpdmVPcmdhbml6YXRpb24+IHtcbiAgcmV0dXJuIHJlYWRMaXZlKGNsaWVudHNGb3Iob3B0aW9ucyksIGNhdGFsb2csIHsgY29uY3VycmVuY3k6IG9wdGlvbnMuY29uY3VycmVuY3kgfSk7XG59XG5cbi8qKlxuICogQnJpbmdzIEFXUyB0byBgaGVhZGAgKG1vZGUgYXBwbHksIG9uIHRoZSBkZWZhdWx0IGJyYW5jaCkuIFN0ZXAgZmFpbHVyZXMgYXJlIGluIHRoZSByZXBvcnRcbiAqIChgZmFpbGVkOiB0cnVlYCk7IGFjY2VzcyBwcm9ibGVtcyBiZWZvcmUgYW55IHN0ZXAgdGhyb3cgQXdzQWNjZXNzRXJyb3IuIExvZyBsaW5lcyBhcmUgc2FmZSB0byBwcmludC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGFwcGx5Q2F0YWxvZyhvcHRpb25zOiBBd3NPcHRpb25zLCBoZWFkOiBDYXRhbG9nLCBsb2c6IChsaW5lOiBzdHJpbmcpID0+IHZvaWQpOiBQcm9taXNlPEFwcGx5UmVwb3J0PiB7XG4gIHJldHVybiBhcHBseVdpdGhDbGllbnRzKGNsaWVudHNGb3Iob3B0aW9ucyksIGhlYWQsIGxvZywgeyBkcnlSdW46IG9wdGlvbnMuZHJ5UnVuLCBwb2xsOiBvcHRpb25zLnBvbGwsIGNvbmN1cnJlbmN5OiBvcHRpb25zLmNvbmN1cnJlbmN5IH0pO1xufVxuXG5leHBvcnQgeyBjcmVhdGVBd3NDbGllbnRzIH07XG5leHBvcnQgdHlwZSB7IEF3c0NsaWVudHMgfTtcbiJdfQ==

/***/ })

};
