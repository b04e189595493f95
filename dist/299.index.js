export const id = 299;
export const ids = [299];
export const modules = {

/***/ 8299:
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-budgets/dist-cjs/index.js
var dist_cjs = __webpack_require__(3001);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
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
    const created = await ctx.send('organizations', 'CreateAccount', `AccountName=${step.account} Email=${step.email}`, () => ctx.clients.organizations.send(new client_organizations_dist_cjs/* CreateAccountCommand */.FSh({
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
        const answer = await ctx.send('organizations', 'DescribeCreateAccountStatus', `CreateAccountRequestId=${requestId} (${account})`, () => ctx.clients.organizations.send(new client_organizations_dist_cjs/* DescribeCreateAccountStatusCommand */.EeL({ CreateAccountRequestId: requestId })));
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
        const answer = await ctx.send('organizations', 'DescribeAccount', `AccountId=${accountId}`, () => ctx.clients.organizations.send(new client_organizations_dist_cjs/* DescribeAccountCommand */.QBU({ AccountId: accountId })));
        return (answer.Account?.Email ?? '').toLowerCase() === email.toLowerCase();
    }
    catch (error) {
        if (error.name === 'AccountNotFoundException')
            return false;
        throw error;
    }
}
/** Every IN_PROGRESS and SUCCEEDED CreateAccount request the organization remembers (about 90 days), newest first. */
async function listCreateRequests(ctx) {
    return ctx.send('organizations', 'ListCreateAccountStatus', 'States=IN_PROGRESS,SUCCEEDED', async () => {
        const all = [];
        for await (const page of (0,client_organizations_dist_cjs/* paginateListCreateAccountStatus */.JOM)({ client: ctx.clients.organizations, pageSize: 20 }, { States: ['IN_PROGRESS', 'SUCCEEDED'] })) {
            all.push(...(page.CreateAccountStatuses ?? []));
        }
        return all.sort((a, b) => (b.RequestedTimestamp?.getTime() ?? 0) - (a.RequestedTimestamp?.getTime() ?? 0));
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY3JlYXRlLWFjY291bnQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL2NyZWF0ZS1hY2NvdW50LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFDTCxvQkFBb0IsRUFDcEIsc0JBQXNCLEVBQ3RCLGtDQUFrQyxFQUNsQywrQkFBK0IsR0FFaEMsTUFBTSwrQkFBK0IsQ0FBQztBQUV2QyxPQUFPLEVBQUUsb0JBQW9CLEVBQUUsTUFBTSxtQkFBbUIsQ0FBQztBQUV6RCxPQUFPLEVBQUUsS0FBSyxFQUFvQixNQUFNLFFBQVEsQ0FBQztBQVVqRDs7Ozs7OztHQU9HO0FBQ0gsTUFBTSxDQUFDLEtBQUssVUFBVSxhQUFhLENBQUMsR0FBZ0IsRUFBRSxJQUFnQjtJQUNwRSxNQUFNLE9BQU8sR0FBRyxNQUFNLFlBQVksQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLE1BQU0sR0FBRyxDQUFDLGNBQWMsRUFBRSxDQUFDLENBQUM7SUFDMUUsSUFBSSxPQUFPO1FBQUUsT0FBTyxPQUFPLENBQUM7SUFFNUIsTUFBTSxPQUFPLEdBQUcsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsRUFBRSxlQUFlLEVBQUUsZUFBZSxJQUFJLENBQUMsT0FBTyxVQUFVLElBQUksQ0FBQyxLQUFLLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FDdkgsR0FBRyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUM1QixJQUFJLG9CQUFvQixDQUFDO1FBQ3ZCLFdBQVcsRUFBRSxJQUFJLENBQUMsT0FBTztRQUN6QixLQUFLLEVBQUUsSUFBSSxDQUFDLEtBQUs7UUFDakIsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDMUgsQ0FBQyxDQUNILENBQ0YsQ0FBQztJQUNGLElBQUksTUFBTSxHQUFHLE9BQU8sQ0FBQyxtQkFBbUIsQ0FBQztJQUN6QyxJQUFJLE1BQU0sRUFBRSxLQUFLLEtBQUssYUFBYSxJQUFJLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNqRCxNQUFNLEVBQUUsR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQ3JCLE1BQU0sR0FBRyxNQUFNLGFBQWEsQ0FBQyxHQUFHLEVBQUUsRUFBRSxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUNwRCxJQUFJLENBQUMsTUFBTTtZQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxlQUFlLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUM7SUFDbEcsQ0FBQztJQUNELElBQUksTUFBTSxFQUFFLEtBQUssS0FBSyxXQUFXLElBQUksTUFBTSxDQUFDLFNBQVM7UUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLFNBQVMsRUFBRSxDQUFDO0lBQ3hHLElBQUksTUFBTSxFQUFFLGFBQWEsS0FBSyxzQkFBc0IsRUFBRSxDQUFDO1FBQ3JELDhGQUE4RjtRQUM5RixNQUFNLE9BQU8sR0FBRyxNQUFNLFlBQVksQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLENBQUMsTUFBTSxrQkFBa0IsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNsSCxJQUFJLE9BQU87WUFBRSxPQUFPLE9BQU8sQ0FBQztJQUM5QixDQUFDO0lBQ0QsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLG9CQUFvQixDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLGFBQWEsQ0FBQyxFQUFFLENBQUM7QUFDbkcsQ0FBQztBQUVELCtHQUErRztBQUMvRyxLQUFLLFVBQVUsWUFBWSxDQUFDLEdBQWdCLEVBQUUsSUFBZ0IsRUFBRSxRQUF3QztJQUN0RyxLQUFLLE1BQU0sT0FBTyxJQUFJLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLEtBQUssSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDN0UsSUFBSSxNQUFNLEdBQW9DLE9BQU8sQ0FBQztRQUN0RCxJQUFJLE1BQU0sQ0FBQyxLQUFLLEtBQUssYUFBYSxJQUFJLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUNoRCxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU8sc0NBQXNDLE1BQU0sQ0FBQyxFQUFFLGlFQUFpRSxDQUFDLENBQUM7WUFDekksTUFBTSxHQUFHLE1BQU0sYUFBYSxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztZQUMzRCxJQUFJLENBQUMsTUFBTTtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsZUFBZSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUMxRyxDQUFDO1FBQ0QsSUFBSSxNQUFNLENBQUMsS0FBSyxLQUFLLFdBQVcsSUFBSSxNQUFNLENBQUMsU0FBUyxJQUFJLENBQUMsTUFBTSxRQUFRLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUM1RyxPQUFPLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLFNBQVMsRUFBRSxPQUFPLEVBQUUsa0NBQWtDLE1BQU0sQ0FBQyxFQUFFLElBQUksU0FBUyxHQUFHLEVBQUUsQ0FBQztRQUNqSSxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUM7QUFFRCxTQUFTLGVBQWUsQ0FBQyxJQUFpQixFQUFFLE9BQWUsRUFBRSxTQUE2QjtJQUN4RixPQUFPLENBQ0wscUJBQXFCLE9BQU8sK0JBQStCLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxTQUFTLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxDQUFDLElBQUksYUFBYSxTQUFTLElBQUksU0FBUyxLQUFLO1FBQzVMLHNGQUFzRixDQUN2RixDQUFDO0FBQ0osQ0FBQztBQUVELDZGQUE2RjtBQUM3RixLQUFLLFVBQVUsYUFBYSxDQUFDLEdBQWdCLEVBQUUsU0FBaUIsRUFBRSxPQUFlO0lBQy9FLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQztJQUMzQixJQUFJLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQztJQUMvQixTQUFTLENBQUM7UUFDUixNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN0RixNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLDZCQUE2QixFQUFFLDBCQUEwQixTQUFTLEtBQUssT0FBTyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQ3JJLEdBQUcsQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLGtDQUFrQyxDQUFDLEVBQUUsc0JBQXNCLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxDQUM5RyxDQUFDO1FBQ0YsTUFBTSxNQUFNLEdBQUcsTUFBTSxDQUFDLG1CQUFtQixDQUFDO1FBQzFDLElBQUksTUFBTSxJQUFJLE1BQU0sQ0FBQyxLQUFLLEtBQUssYUFBYTtZQUFFLE9BQU8sTUFBTSxDQUFDO1FBQzVELElBQUksSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLE9BQU8sSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUNqRSxJQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLENBQUM7SUFDcEQsQ0FBQztBQUNILENBQUM7QUFFRCxLQUFLLFVBQVUsUUFBUSxDQUFDLEdBQWdCLEVBQUUsU0FBaUIsRUFBRSxLQUFhO0lBQ3hFLElBQUksQ0FBQztRQUNILE1BQU0sTUFBTSxHQUFHLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsaUJBQWlCLEVBQUUsYUFBYSxTQUFTLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FDL0YsR0FBRyxDQUFDLE9BQU8sQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLElBQUksc0JBQXNCLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxDQUNyRixDQUFDO1FBQ0YsT0FBTyxDQUFDLE1BQU0sQ0FBQyxPQUFPLEVBQUUsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFdBQVcsRUFBRSxLQUFLLEtBQUssQ0FBQyxXQUFXLEVBQUUsQ0FBQztJQUM3RSxDQUFDO0lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztRQUNmLElBQUssS0FBMkIsQ0FBQyxJQUFJLEtBQUssMEJBQTBCO1lBQUUsT0FBTyxLQUFLLENBQUM7UUFDbkYsTUFBTSxLQUFLLENBQUM7SUFDZCxDQUFDO0FBQ0gsQ0FBQztBQUVELHNIQUFzSDtBQUN0SCxNQUFNLENBQUMsS0FBSyxVQUFVLGtCQUFrQixDQUFDLEdBQTBDO0lBQ2pGLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUseUJBQXlCLEVBQUUsOEJBQThCLEVBQUUsS0FBSyxJQUFJLEVBQUU7UUFDckcsTUFBTSxHQUFHLEdBQTBCLEVBQUUsQ0FBQztRQUN0QyxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSwrQkFBK0IsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLGFBQWEsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxhQUFhLEVBQUUsV0FBVyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDeEosR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLHFCQUFxQixJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDbEQsQ0FBQztRQUNELE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLGtCQUFrQixFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLGtCQUFrQixFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDN0csQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHtcbiAgQ3JlYXRlQWNjb3VudENvbW1hbmQsXG4gIERlc2NyaWJlQWNjb3VudENvbW1hbmQsXG4gIERlc2NyaWJlQ3JlYXRlQWNjb3VudFN0YXR1c0NvbW1hbmQsXG4gIHBhZ2luYXRlTGlzdENyZWF0ZUFjY291bnRTdGF0dXMsXG4gIHR5cGUgQ3JlYXRlQWNjb3VudFN0YXR1cyxcbn0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LW9yZ2FuaXphdGlvbnMnO1xuaW1wb3J0IHR5cGUgeyBMaXZlU3RlcCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL21vZGVsJztcbmltcG9ydCB7IGNyZWF0ZUZhaWx1cmVNZXNzYWdlIH0gZnJvbSAnLi9jcmVhdGUtZmFpbHVyZXMnO1xuaW1wb3J0IHR5cGUgeyBTdGVwQ29udGV4dCB9IGZyb20gJy4vc3RlcC1jb250ZXh0JztcbmltcG9ydCB7IHNsZWVwLCB0eXBlIFBvbGxPcHRpb25zIH0gZnJvbSAnLi9wb2xsJztcblxudHlwZSBDcmVhdGVTdGVwID0gRXh0cmFjdDxMaXZlU3RlcCwgeyBraW5kOiAnY3JlYXRlLWFjY291bnQnIH0+O1xuXG5leHBvcnQgaW50ZXJmYWNlIENyZWF0ZVJlc3VsdCB7XG4gIHJlYWRvbmx5IG91dGNvbWU6ICdkb25lJyB8ICdhbHJlYWR5LWRvbmUnIHwgJ2ZhaWxlZCc7XG4gIHJlYWRvbmx5IGlkPzogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIENyZWF0ZUFjY291bnQgaXMgbm90IGlkZW1wb3RlbnQsIHNvIGJlZm9yZSBjYWxsaW5nIGl0IHRoaXMgbG9va3MgZm9yIGVhcmxpZXIgd29yazpcbiAqICAtIGEgbGl2ZSBhY2NvdW50IHdpdGggdGhlIGVtYWlsOiB0aGUgY2FsbGVyIGhhcyBtYXRjaGVkIHRob3NlIGFscmVhZHkgKGNvbXBhcmVMaXZlKTtcbiAqICAtIGEgcmVxdWVzdCBpbiBMaXN0Q3JlYXRlQWNjb3VudFN0YXR1cyAoSU5fUFJPR1JFU1Mgb3IgU1VDQ0VFREVEKSBmb3IgdGhlIHNhbWUgYWNjb3VudCBuYW1lLlxuICogICAgVGhhdCBBUEkgcmV0dXJucyB0aGUgbmFtZSwgbm90IHRoZSBlbWFpbCwgc28gYSBTVUNDRUVERUQgcmVxdWVzdCBjb3VudHMgb25seSB3aGVuXG4gKiAgICBEZXNjcmliZUFjY291bnQgc2hvd3MgdGhlIGVtYWlsOyBhbiBJTl9QUk9HUkVTUyBvbmUgaXMgd2FpdGVkIGZvciwgdGhlbiBjaGVja2VkIHRoZSBzYW1lIHdheS5cbiAqIEFXUyBhbHNvIHJlZnVzZXMgYSBzZWNvbmQgYWNjb3VudCB3aXRoIGFuIGVtYWlsIChFTUFJTF9BTFJFQURZX0VYSVNUUyksIHNvIGEgZHVwbGljYXRlIGlzIGltcG9zc2libGUuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBlbnN1cmVBY2NvdW50KGN0eDogU3RlcENvbnRleHQsIHN0ZXA6IENyZWF0ZVN0ZXApOiBQcm9taXNlPENyZWF0ZVJlc3VsdD4ge1xuICBjb25zdCBhZG9wdGVkID0gYXdhaXQgYWRvcHRFYXJsaWVyKGN0eCwgc3RlcCwgYXdhaXQgY3R4LmNyZWF0ZVJlcXVlc3RzKCkpO1xuICBpZiAoYWRvcHRlZCkgcmV0dXJuIGFkb3B0ZWQ7XG5cbiAgY29uc3QgY3JlYXRlZCA9IGF3YWl0IGN0eC5zZW5kKCdvcmdhbml6YXRpb25zJywgJ0NyZWF0ZUFjY291bnQnLCBgQWNjb3VudE5hbWU9JHtzdGVwLmFjY291bnR9IEVtYWlsPSR7c3RlcC5lbWFpbH1gLCAoKSA9PlxuICAgIGN0eC5jbGllbnRzLm9yZ2FuaXphdGlvbnMuc2VuZChcbiAgICAgIG5ldyBDcmVhdGVBY2NvdW50Q29tbWFuZCh7XG4gICAgICAgIEFjY291bnROYW1lOiBzdGVwLmFjY291bnQsXG4gICAgICAgIEVtYWlsOiBzdGVwLmVtYWlsLFxuICAgICAgICAuLi4oT2JqZWN0LmtleXMoc3RlcC50YWdzKS5sZW5ndGggPiAwID8geyBUYWdzOiBPYmplY3QuZW50cmllcyhzdGVwLnRhZ3MpLm1hcCgoW0tleSwgVmFsdWVdKSA9PiAoeyBLZXksIFZhbHVlIH0pKSB9IDoge30pLFxuICAgICAgfSksXG4gICAgKSxcbiAgKTtcbiAgbGV0IHN0YXR1cyA9IGNyZWF0ZWQuQ3JlYXRlQWNjb3VudFN0YXR1cztcbiAgaWYgKHN0YXR1cz8uU3RhdGUgPT09ICdJTl9QUk9HUkVTUycgJiYgc3RhdHVzLklkKSB7XG4gICAgY29uc3QgaWQgPSBzdGF0dXMuSWQ7XG4gICAgc3RhdHVzID0gYXdhaXQgd2FpdEZvckNyZWF0ZShjdHgsIGlkLCBzdGVwLmFjY291bnQpO1xuICAgIGlmICghc3RhdHVzKSByZXR1cm4geyBvdXRjb21lOiAnZmFpbGVkJywgbWVzc2FnZTogc3RpbGxJblByb2dyZXNzKGN0eC5wb2xsLCBzdGVwLmFjY291bnQsIGlkKSB9O1xuICB9XG4gIGlmIChzdGF0dXM/LlN0YXRlID09PSAnU1VDQ0VFREVEJyAmJiBzdGF0dXMuQWNjb3VudElkKSByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGlkOiBzdGF0dXMuQWNjb3VudElkIH07XG4gIGlmIChzdGF0dXM/LkZhaWx1cmVSZWFzb24gPT09ICdFTUFJTF9BTFJFQURZX0VYSVNUUycpIHtcbiAgICAvLyBUaGUgU0RLIG1heSBoYXZlIHJldHJpZWQgQ3JlYXRlQWNjb3VudCBhZnRlciBhIGxvc3QgYW5zd2VyOiB0aGVuIHRoZSBmaXJzdCByZXF1ZXN0IGlzIG91cnMuXG4gICAgY29uc3QgcmV0cmllZCA9IGF3YWl0IGFkb3B0RWFybGllcihjdHgsIHN0ZXAsIChhd2FpdCBsaXN0Q3JlYXRlUmVxdWVzdHMoY3R4KSkuZmlsdGVyKChyKSA9PiByLklkICE9PSBzdGF0dXM/LklkKSk7XG4gICAgaWYgKHJldHJpZWQpIHJldHVybiByZXRyaWVkO1xuICB9XG4gIHJldHVybiB7IG91dGNvbWU6ICdmYWlsZWQnLCBtZXNzYWdlOiBjcmVhdGVGYWlsdXJlTWVzc2FnZShzdGVwLmFjY291bnQsIHN0YXR1cz8uRmFpbHVyZVJlYXNvbikgfTtcbn1cblxuLyoqIEFuIGVhcmxpZXIgSU5fUFJPR1JFU1Mgb3IgU1VDQ0VFREVEIHJlcXVlc3QgZm9yIHRoaXMgYWNjb3VudCBuYW1lIHdob3NlIGFjY291bnQgaGFzIHRoZSBjYXRhbG9nJ3MgZW1haWwuICovXG5hc3luYyBmdW5jdGlvbiBhZG9wdEVhcmxpZXIoY3R4OiBTdGVwQ29udGV4dCwgc3RlcDogQ3JlYXRlU3RlcCwgcmVxdWVzdHM6IHJlYWRvbmx5IENyZWF0ZUFjY291bnRTdGF0dXNbXSk6IFByb21pc2U8Q3JlYXRlUmVzdWx0IHwgdW5kZWZpbmVkPiB7XG4gIGZvciAoY29uc3QgcmVxdWVzdCBvZiByZXF1ZXN0cy5maWx0ZXIoKHIpID0+IHIuQWNjb3VudE5hbWUgPT09IHN0ZXAuYWNjb3VudCkpIHtcbiAgICBsZXQgc3RhdHVzOiBDcmVhdGVBY2NvdW50U3RhdHVzIHwgdW5kZWZpbmVkID0gcmVxdWVzdDtcbiAgICBpZiAoc3RhdHVzLlN0YXRlID09PSAnSU5fUFJPR1JFU1MnICYmIHN0YXR1cy5JZCkge1xuICAgICAgY3R4LmxvZyhgJHtzdGVwLmFjY291bnR9OiBhbiBlYXJsaWVyIENyZWF0ZUFjY291bnQgcmVxdWVzdCAke3N0YXR1cy5JZH0gaXMgc3RpbGwgSU5fUFJPR1JFU1M7IHdhaXRpbmcgZm9yIGl0IGluc3RlYWQgb2YgY3JlYXRpbmcgYWdhaW5gKTtcbiAgICAgIHN0YXR1cyA9IGF3YWl0IHdhaXRGb3JDcmVhdGUoY3R4LCBzdGF0dXMuSWQsIHN0ZXAuYWNjb3VudCk7XG4gICAgICBpZiAoIXN0YXR1cykgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIG1lc3NhZ2U6IHN0aWxsSW5Qcm9ncmVzcyhjdHgucG9sbCwgc3RlcC5hY2NvdW50LCByZXF1ZXN0LklkKSB9O1xuICAgIH1cbiAgICBpZiAoc3RhdHVzLlN0YXRlID09PSAnU1VDQ0VFREVEJyAmJiBzdGF0dXMuQWNjb3VudElkICYmIChhd2FpdCBoYXNFbWFpbChjdHgsIHN0YXR1cy5BY2NvdW50SWQsIHN0ZXAuZW1haWwpKSkge1xuICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2FscmVhZHktZG9uZScsIGlkOiBzdGF0dXMuQWNjb3VudElkLCBtZXNzYWdlOiBgY3JlYXRlZCBieSBhbiBlYXJsaWVyIHJlcXVlc3QgKCR7c3RhdHVzLklkID8/ICd1bmtub3duJ30pYCB9O1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBzdGlsbEluUHJvZ3Jlc3MocG9sbDogUG9sbE9wdGlvbnMsIGFjY291bnQ6IHN0cmluZywgcmVxdWVzdElkOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICByZXR1cm4gKFxuICAgIGBDcmVhdGVBY2NvdW50IGZvciAke2FjY291bnR9IGlzIHN0aWxsIElOX1BST0dSRVNTIGFmdGVyICR7cG9sbC50aW1lb3V0TXMgPCAxMDAwID8gYCR7cG9sbC50aW1lb3V0TXN9IG1zYCA6IGAke01hdGgucm91bmQocG9sbC50aW1lb3V0TXMgLyAxMDAwKX0gc2B9IChyZXF1ZXN0ICR7cmVxdWVzdElkID8/ICd1bmtub3duJ30pLiBgICtcbiAgICAnUmUtcnVuIHRoZSBhcHBseSBsYXRlcjogaXQgZmluZHMgdGhpcyByZXF1ZXN0IGFuZCBkb2VzIG5vdCBjcmVhdGUgdGhlIGFjY291bnQgdHdpY2UuJ1xuICApO1xufVxuXG4vKiogUG9sbHMgd2l0aCBhIGRvdWJsaW5nIHdhaXQgdW50aWwgdGhlIHJlcXVlc3QgbGVhdmVzIElOX1BST0dSRVNTOyB1bmRlZmluZWQgb24gdGltZW91dC4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdhaXRGb3JDcmVhdGUoY3R4OiBTdGVwQ29udGV4dCwgcmVxdWVzdElkOiBzdHJpbmcsIGFjY291bnQ6IHN0cmluZyk6IFByb21pc2U8Q3JlYXRlQWNjb3VudFN0YXR1cyB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgbGV0IHdhaXQgPSBjdHgucG9sbC5pbnRlcnZhbE1zO1xuICBmb3IgKDs7KSB7XG4gICAgYXdhaXQgc2xlZXAoTWF0aC5taW4od2FpdCwgTWF0aC5tYXgoMCwgY3R4LnBvbGwudGltZW91dE1zIC0gKERhdGUubm93KCkgLSBzdGFydGVkKSkpKTtcbiAgICBjb25zdCBhbnN3ZXIgPSBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdEZXNjcmliZUNyZWF0ZUFjY291bnRTdGF0dXMnLCBgQ3JlYXRlQWNjb3VudFJlcXVlc3RJZD0ke3JlcXVlc3RJZH0gKCR7YWNjb3VudH0pYCwgKCkgPT5cbiAgICAgIGN0eC5jbGllbnRzLm9yZ2FuaXphdGlvbnMuc2VuZChuZXcgRGVzY3JpYmVDcmVhdGVBY2NvdW50U3RhdHVzQ29tbWFuZCh7IENyZWF0ZUFjY291bnRSZXF1ZXN0SWQ6IHJlcXVlc3RJZCB9KSksXG4gICAgKTtcbiAgICBjb25zdCBzdGF0dXMgPSBhbnN3ZXIuQ3JlYXRlQWNjb3VudFN0YXR1cztcbiAgICBpZiAoc3RhdHVzICYmIHN0YXR1cy5TdGF0ZSAhPT0gJ0lOX1BST0dSRVNTJykgcmV0dXJuIHN0YXR1cztcbiAgICBpZiAoRGF0ZS5ub3coKSAtIHN0YXJ0ZWQgPj0gY3R4LnBvbGwudGltZW91dE1zKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHdhaXQgPSBNYXRoLm1pbih3YWl0ICogMiwgY3R4LnBvbGwubWF4SW50ZXJ2YWxNcyk7XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gaGFzRW1haWwoY3R4OiBTdGVwQ29udGV4dCwgYWNjb3VudElkOiBzdHJpbmcsIGVtYWlsOiBzdHJpbmcpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgdHJ5IHtcbiAgICBjb25zdCBhbnN3ZXIgPSBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdEZXNjcmliZUFjY291bnQnLCBgQWNjb3VudElkPSR7YWNjb3VudElkfWAsICgpID0+XG4gICAgICBjdHguY2xpZW50cy5vcmdhbml6YXRpb25zLnNlbmQobmV3IERlc2NyaWJlQWNjb3VudENvbW1hbmQoeyBBY2NvdW50SWQ6IGFjY291bnRJZCB9KSksXG4gICAgKTtcbiAgICByZXR1cm4gKGFuc3dlci5BY2NvdW50Py5FbWFpbCA/PyAnJykudG9Mb3dlckNhc2UoKSA9PT0gZW1haWwudG9Mb3dlckNhc2UoKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBpZiAoKGVycm9yIGFzIHsgbmFtZT86IHN0cmluZyB9KS5uYW1lID09PSAnQWNjb3VudE5vdEZvdW5kRXhjZXB0aW9uJykgcmV0dXJuIGZhbHNlO1xuICAgIHRocm93IGVycm9yO1xuICB9XG59XG5cbi8qKiBFdmVyeSBJTl9QUk9HUkVTUyBhbmQgU1VDQ0VFREVEIENyZWF0ZUFjY291bnQgcmVxdWVzdCB0aGUgb3JnYW5pemF0aW9uIHJlbWVtYmVycyAoYWJvdXQgOTAgZGF5cyksIG5ld2VzdCBmaXJzdC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBsaXN0Q3JlYXRlUmVxdWVzdHMoY3R4OiBQaWNrPFN0ZXBDb250ZXh0LCAnY2xpZW50cycgfCAnc2VuZCc+KTogUHJvbWlzZTxDcmVhdGVBY2NvdW50U3RhdHVzW10+IHtcbiAgcmV0dXJuIGN0eC5zZW5kKCdvcmdhbml6YXRpb25zJywgJ0xpc3RDcmVhdGVBY2NvdW50U3RhdHVzJywgJ1N0YXRlcz1JTl9QUk9HUkVTUyxTVUNDRUVERUQnLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgYWxsOiBDcmVhdGVBY2NvdW50U3RhdHVzW10gPSBbXTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IHBhZ2Ugb2YgcGFnaW5hdGVMaXN0Q3JlYXRlQWNjb3VudFN0YXR1cyh7IGNsaWVudDogY3R4LmNsaWVudHMub3JnYW5pemF0aW9ucywgcGFnZVNpemU6IDIwIH0sIHsgU3RhdGVzOiBbJ0lOX1BST0dSRVNTJywgJ1NVQ0NFRURFRCddIH0pKSB7XG4gICAgICBhbGwucHVzaCguLi4ocGFnZS5DcmVhdGVBY2NvdW50U3RhdHVzZXMgPz8gW10pKTtcbiAgICB9XG4gICAgcmV0dXJuIGFsbC5zb3J0KChhLCBiKSA9PiAoYi5SZXF1ZXN0ZWRUaW1lc3RhbXA/LmdldFRpbWUoKSA/PyAwKSAtIChhLlJlcXVlc3RlZFRpbWVzdGFtcD8uZ2V0VGltZSgpID8/IDApKTtcbiAgfSk7XG59XG4iXX0=
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZXJyb3JzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiZmlsZTovLy93b3JrL21haW4vYWN0aW9uL2F3cy9lcnJvcnMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsOEZBQThGO0FBRTlGLHdHQUF3RztBQUN4RyxNQUFNLFVBQVUsYUFBYSxDQUFDLE9BQW9DLEVBQUUsU0FBaUI7SUFDbkYsSUFBSSxPQUFPLEtBQUssZUFBZTtRQUFFLE9BQU8saUJBQWlCLFNBQVMsRUFBRSxDQUFDO0lBQ3JFLE9BQU8sa0JBQWtCLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsc0JBQXNCLENBQUM7QUFDNUYsQ0FBQztBQUVELHVHQUF1RztBQUN2RyxNQUFNLE9BQU8sY0FBZSxTQUFRLEtBQUs7SUFJNUI7SUFIWCxZQUNFLE9BQWU7SUFDZiw4RUFBOEU7SUFDckUsVUFBbUI7UUFFNUIsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBRk4sZUFBVSxHQUFWLFVBQVUsQ0FBUztRQUc1QixJQUFJLENBQUMsSUFBSSxHQUFHLGdCQUFnQixDQUFDO0lBQy9CLENBQUM7Q0FDRjtBQUVELE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsdUJBQXVCLEVBQUUsY0FBYyxFQUFFLHVCQUF1QixFQUFFLG9CQUFvQixDQUFDLENBQUMsQ0FBQztBQUNqSCxNQUFNLGVBQWUsR0FBRyxJQUFJLEdBQUcsQ0FBQztJQUM5Qiw2QkFBNkI7SUFDN0Isc0JBQXNCO0lBQ3RCLDJCQUEyQjtJQUMzQix1QkFBdUI7SUFDdkIscUJBQXFCO0lBQ3JCLDRCQUE0QjtJQUM1QixxQ0FBcUM7Q0FDdEMsQ0FBQyxDQUFDO0FBQ0gsTUFBTSxPQUFPLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxjQUFjLEVBQUUsdUJBQXVCLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDO0FBRXJGLGtFQUFrRTtBQUNsRSxTQUFTLFVBQVUsQ0FBQyxLQUE0QjtJQUM5QyxNQUFNLElBQUksR0FBRyxPQUFPLEtBQUssQ0FBQyxPQUFPLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztJQUNoRyxPQUFPLElBQUksQ0FBQyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUM3RCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsTUFBTSxVQUFVLFdBQVcsQ0FBQyxLQUFjLEVBQUUsT0FBb0MsRUFBRSxTQUFpQjtJQUNqRyxJQUFJLEtBQUssWUFBWSxjQUFjO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDbEQsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksS0FBSyxLQUFLLElBQUk7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNsRSxNQUFNLENBQUMsR0FBRyxLQUE0QyxDQUFDO0lBQ3ZELE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDO0lBQzFCLE1BQU0sSUFBSSxHQUFHLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMzQixJQUFJLElBQUksS0FBSywwQkFBMEIsSUFBSSw2QkFBNkIsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNwRixPQUFPLElBQUksY0FBYyxDQUN2QixpS0FBaUssQ0FDbEssQ0FBQztJQUNKLENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNyQixNQUFNLFVBQVUsR0FBRyxhQUFhLENBQUMsT0FBTyxFQUFFLFNBQVMsQ0FBQyxDQUFDO1FBQ3JELE9BQU8sSUFBSSxjQUFjLENBQUMsY0FBYyxTQUFTLEtBQUssSUFBSSxxQkFBcUIsVUFBVSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsY0FBYyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsVUFBVSxDQUFDLENBQUM7SUFDL0ksQ0FBQztJQUNELElBQUksSUFBSSxLQUFLLG9DQUFvQyxFQUFFLENBQUM7UUFDbEQsTUFBTSxVQUFVLEdBQUcsU0FBUyxLQUFLLGVBQWUsQ0FBQyxDQUFDLENBQUMsNkJBQTZCLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxPQUFPLEVBQUUsU0FBUyxDQUFDLENBQUM7UUFDckgsT0FBTyxJQUFJLGNBQWMsQ0FDdkIsOEJBQThCLFNBQVMsS0FBSyxJQUFJLHFCQUFxQixVQUFVLFlBQVksYUFBYSxDQUFDLE9BQU8sRUFBRSxTQUFTLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLGNBQWMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUNsSyxVQUFVLENBQ1gsQ0FBQztJQUNKLENBQUM7SUFDRCxJQUFJLGVBQWUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUM5QixPQUFPLElBQUksY0FBYyxDQUFDLGlDQUFpQyxJQUFJLFFBQVEsU0FBUyx1REFBdUQsQ0FBQyxDQUFDO0lBQzNJLENBQUM7SUFDRCxJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUN0QixPQUFPLElBQUksY0FBYyxDQUFDLGdDQUFnQyxJQUFJLFFBQVEsU0FBUyxrREFBa0QsQ0FBQyxDQUFDO0lBQ3JJLENBQUM7SUFDRCxJQUFJLElBQUksS0FBSyxtQ0FBbUMsRUFBRSxDQUFDO1FBQ2pELE9BQU8sSUFBSSxjQUFjLENBQUMsd0dBQXdHLENBQUMsQ0FBQztJQUN0SSxDQUFDO0lBQ0QsT0FBTyxTQUFTLENBQUM7QUFDbkIsQ0FBQztBQUVELG1FQUFtRTtBQUNuRSxNQUFNLFVBQVUsYUFBYSxDQUFDLEtBQWM7SUFDMUMsSUFBSSxLQUFLLFlBQVksY0FBYztRQUFFLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQztJQUMxRCxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDaEQsTUFBTSxDQUFDLEdBQUcsS0FBNEMsQ0FBQztRQUN2RCxNQUFNLElBQUksR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDM0IsT0FBTyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN0RyxDQUFDO0lBQ0QsT0FBTyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDdkIsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8vIEFXUyBlcnJvcnMgYSB1c2VyIGNhbiBhY3Qgb24sIHR1cm5lZCBpbnRvIG9uZSBjbGVhciBsaW5lIHRoYXQgbmFtZXMgdGhlIG1pc3NpbmcgcGVybWlzc2lvbi5cblxuLyoqIFRoZSBJQU0gYWN0aW9uIHRoYXQgYXV0aG9yaXNlcyBhbiBBUEkgb3BlcmF0aW9uLiBCdWRnZXRzIGdyb3VwcyBpdHMgb3BlcmF0aW9ucyB1bmRlciB0d28gYWN0aW9ucy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXNzaW9uRm9yKHNlcnZpY2U6ICdvcmdhbml6YXRpb25zJyB8ICdidWRnZXRzJywgb3BlcmF0aW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoc2VydmljZSA9PT0gJ29yZ2FuaXphdGlvbnMnKSByZXR1cm4gYG9yZ2FuaXphdGlvbnM6JHtvcGVyYXRpb259YDtcbiAgcmV0dXJuIC9eKERlc2NyaWJlfExpc3QpLy50ZXN0KG9wZXJhdGlvbikgPyAnYnVkZ2V0czpWaWV3QnVkZ2V0JyA6ICdidWRnZXRzOk1vZGlmeUJ1ZGdldCc7XG59XG5cbi8qKiBNaXNzaW5nLCBpbnZhbGlkIG9yIGluc3VmZmljaWVudCBBV1MgY3JlZGVudGlhbHMsIG9yIGFuIG9yZ2FuaXphdGlvbiB0aGlzIHRvb2wgY2Fubm90IHdvcmsgd2l0aC4gKi9cbmV4cG9ydCBjbGFzcyBBd3NBY2Nlc3NFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIC8qKiBlLmcuIG9yZ2FuaXphdGlvbnM6TGlzdEFjY291bnRzRm9yUGFyZW50LCB3aGVuIGEgcGVybWlzc2lvbiBpcyBtaXNzaW5nLiAqL1xuICAgIHJlYWRvbmx5IHBlcm1pc3Npb24/OiBzdHJpbmcsXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9ICdBd3NBY2Nlc3NFcnJvcic7XG4gIH1cbn1cblxuY29uc3QgREVOSUVEID0gbmV3IFNldChbJ0FjY2Vzc0RlbmllZEV4Y2VwdGlvbicsICdBY2Nlc3NEZW5pZWQnLCAnVW5hdXRob3JpemVkT3BlcmF0aW9uJywgJ0F1dGhvcml6YXRpb25FcnJvciddKTtcbmNvbnN0IEJBRF9DUkVERU5USUFMUyA9IG5ldyBTZXQoW1xuICAnVW5yZWNvZ25pemVkQ2xpZW50RXhjZXB0aW9uJyxcbiAgJ0ludmFsaWRDbGllbnRUb2tlbklkJyxcbiAgJ0ludmFsaWRTaWduYXR1cmVFeGNlcHRpb24nLFxuICAnU2lnbmF0dXJlRG9lc05vdE1hdGNoJyxcbiAgJ0luY29tcGxldGVTaWduYXR1cmUnLFxuICAnTWlzc2luZ0F1dGhlbnRpY2F0aW9uVG9rZW4nLFxuICAnTWlzc2luZ0F1dGhlbnRpY2F0aW9uVG9rZW5FeGNlcHRpb24nLFxuXSk7XG5jb25zdCBFWFBJUkVEID0gbmV3IFNldChbJ0V4cGlyZWRUb2tlbicsICdFeHBpcmVkVG9rZW5FeGNlcHRpb24nLCAnUmVxdWVzdEV4cGlyZWQnXSk7XG5cbi8qKiBBIHNob3J0LCBzYWZlIGZvcm0gb2YgQVdTJ3Mgb3duIG1lc3NhZ2U6IG9uZSBsaW5lLCBib3VuZGVkLiAqL1xuZnVuY3Rpb24gYXdzTWVzc2FnZShlcnJvcjogeyBtZXNzYWdlPzogdW5rbm93biB9KTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IHR5cGVvZiBlcnJvci5tZXNzYWdlID09PSAnc3RyaW5nJyA/IGVycm9yLm1lc3NhZ2UucmVwbGFjZSgvXFxzKy9nLCAnICcpLnRyaW0oKSA6ICcnO1xuICByZXR1cm4gdGV4dC5sZW5ndGggPiAzMDAgPyBgJHt0ZXh0LnNsaWNlKDAsIDI5OSl94oCmYCA6IHRleHQ7XG59XG5cbi8qKlxuICogTWFwcyBhbiBTREsgZXJyb3IgdG8gYW4gQXdzQWNjZXNzRXJyb3Igd2hlbiBpdCBpcyBhYm91dCBhY2Nlc3M7IHJldHVybnMgdW5kZWZpbmVkIG90aGVyd2lzZVxuICogKHRoZSBjYWxsZXIga2VlcHMgdGhlIG9yaWdpbmFsIGVycm9yKS4gYG9wZXJhdGlvbmAgaXMgdGhlIEFQSSBvcGVyYXRpb24sIGUuZy4gTGlzdEFjY291bnRzRm9yUGFyZW50LlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjZXNzRXJyb3IoZXJyb3I6IHVua25vd24sIHNlcnZpY2U6ICdvcmdhbml6YXRpb25zJyB8ICdidWRnZXRzJywgb3BlcmF0aW9uOiBzdHJpbmcpOiBBd3NBY2Nlc3NFcnJvciB8IHVuZGVmaW5lZCB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEF3c0FjY2Vzc0Vycm9yKSByZXR1cm4gZXJyb3I7XG4gIGlmICh0eXBlb2YgZXJyb3IgIT09ICdvYmplY3QnIHx8IGVycm9yID09PSBudWxsKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBlID0gZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH07XG4gIGNvbnN0IG5hbWUgPSBlLm5hbWUgPz8gJyc7XG4gIGNvbnN0IHNhaWQgPSBhd3NNZXNzYWdlKGUpO1xuICBpZiAobmFtZSA9PT0gJ0NyZWRlbnRpYWxzUHJvdmlkZXJFcnJvcicgfHwgL0NvdWxkIG5vdCBsb2FkIGNyZWRlbnRpYWxzL2kudGVzdChzYWlkKSkge1xuICAgIHJldHVybiBuZXcgQXdzQWNjZXNzRXJyb3IoXG4gICAgICAnTm8gQVdTIGNyZWRlbnRpYWxzIGZvdW5kLiBBZGQgYXdzLWFjdGlvbnMvY29uZmlndXJlLWF3cy1jcmVkZW50aWFscyB3aXRoIGByb2xlLXRvLWFzc3VtZWAgKE9JREMpIGJlZm9yZSB0aGlzIHN0ZXA7IHNlZSB0aGUgUkVBRE1FIGZvciB0aGUgcGxhbiBhbmQgYXBwbHkgcm9sZXMuJyxcbiAgICApO1xuICB9XG4gIGlmIChERU5JRUQuaGFzKG5hbWUpKSB7XG4gICAgY29uc3QgcGVybWlzc2lvbiA9IHBlcm1pc3Npb25Gb3Ioc2VydmljZSwgb3BlcmF0aW9uKTtcbiAgICByZXR1cm4gbmV3IEF3c0FjY2Vzc0Vycm9yKGBBV1MgZGVuaWVkICR7b3BlcmF0aW9ufSAoJHtuYW1lfSk6IHRoZSByb2xlIG5lZWRzICR7cGVybWlzc2lvbn0uJHtzYWlkID8gYCBBV1Mgc2FpZDogJHtzYWlkfWAgOiAnJ31gLCBwZXJtaXNzaW9uKTtcbiAgfVxuICBpZiAobmFtZSA9PT0gJ0FjY2Vzc0RlbmllZEZvckRlcGVuZGVuY3lFeGNlcHRpb24nKSB7XG4gICAgY29uc3QgcGVybWlzc2lvbiA9IG9wZXJhdGlvbiA9PT0gJ0NyZWF0ZUFjY291bnQnID8gJ2lhbTpDcmVhdGVTZXJ2aWNlTGlua2VkUm9sZScgOiBwZXJtaXNzaW9uRm9yKHNlcnZpY2UsIG9wZXJhdGlvbik7XG4gICAgcmV0dXJuIG5ldyBBd3NBY2Nlc3NFcnJvcihcbiAgICAgIGBBV1MgZGVuaWVkIGEgZGVwZW5kZW5jeSBvZiAke29wZXJhdGlvbn0gKCR7bmFtZX0pOiB0aGUgcm9sZSBuZWVkcyAke3Blcm1pc3Npb259IGJlc2lkZXMgJHtwZXJtaXNzaW9uRm9yKHNlcnZpY2UsIG9wZXJhdGlvbil9LiR7c2FpZCA/IGAgQVdTIHNhaWQ6ICR7c2FpZH1gIDogJyd9YCxcbiAgICAgIHBlcm1pc3Npb24sXG4gICAgKTtcbiAgfVxuICBpZiAoQkFEX0NSRURFTlRJQUxTLmhhcyhuYW1lKSkge1xuICAgIHJldHVybiBuZXcgQXdzQWNjZXNzRXJyb3IoYEFXUyByZWplY3RlZCB0aGUgY3JlZGVudGlhbHMgKCR7bmFtZX0pIG9uICR7b3BlcmF0aW9ufTogY2hlY2sgdGhlIHJvbGUgdGhlIHdvcmtmbG93IGFzc3VtZXMgYW5kIHRoZSByZWdpb24uYCk7XG4gIH1cbiAgaWYgKEVYUElSRUQuaGFzKG5hbWUpKSB7XG4gICAgcmV0dXJuIG5ldyBBd3NBY2Nlc3NFcnJvcihgVGhlIEFXUyBjcmVkZW50aWFscyBleHBpcmVkICgke25hbWV9KSBvbiAke29wZXJhdGlvbn06IHJhaXNlIHJvbGUtZHVyYXRpb24tc2Vjb25kcyBvciByZS1ydW4gdGhlIGpvYi5gKTtcbiAgfVxuICBpZiAobmFtZSA9PT0gJ0FXU09yZ2FuaXphdGlvbnNOb3RJblVzZUV4Y2VwdGlvbicpIHtcbiAgICByZXR1cm4gbmV3IEF3c0FjY2Vzc0Vycm9yKCdUaGlzIEFXUyBhY2NvdW50IGlzIG5vdCBpbiBhbiBvcmdhbml6YXRpb246IHJ1biB0aGUgQWN0aW9uIHdpdGggY3JlZGVudGlhbHMgb2YgdGhlIG1hbmFnZW1lbnQgYWNjb3VudC4nKTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogT25lIGxpbmUgZm9yIGFueSBlcnJvcjogaXRzIG5hbWUgYW5kIG1lc3NhZ2UsIG5ldmVyIGEgc3RhY2suICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVFcnJvcihlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEF3c0FjY2Vzc0Vycm9yKSByZXR1cm4gZXJyb3IubWVzc2FnZTtcbiAgaWYgKHR5cGVvZiBlcnJvciA9PT0gJ29iamVjdCcgJiYgZXJyb3IgIT09IG51bGwpIHtcbiAgICBjb25zdCBlID0gZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH07XG4gICAgY29uc3Qgc2FpZCA9IGF3c01lc3NhZ2UoZSk7XG4gICAgcmV0dXJuIGUubmFtZSAmJiBlLm5hbWUgIT09ICdFcnJvcicgPyBgJHtlLm5hbWV9JHtzYWlkID8gYDogJHtzYWlkfWAgOiAnJ31gIDogc2FpZCB8fCBTdHJpbmcoZXJyb3IpO1xuICB9XG4gIHJldHVybiBTdHJpbmcoZXJyb3IpO1xufVxuIl19
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
 *   DescribeSubscribersForNotification per notification of those. See docs/live-aws.md for the formula.
 */
async function readLive(clients, catalog, options = {}) {
    const limit = options.concurrency ?? 8;
    const { organizations: org } = clients;
    const described = await org.send(new client_organizations_dist_cjs/* DescribeOrganizationCommand */.ov$({}));
    const managementAccountId = described.Organization?.MasterAccountId ?? '';
    let rootId = '';
    for await (const page of (0,client_organizations_dist_cjs/* paginateListRoots */.RIF)({ client: org, pageSize: ORGANIZATIONS_PAGE }, {})) {
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
            const listOus = async () => {
                for await (const page of (0,client_organizations_dist_cjs/* paginateListOrganizationalUnitsForParent */.Ogl)({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
                    for (const ou of page.OrganizationalUnits ?? []) {
                        if (ou.Id && ou.Name !== undefined)
                            ous.push({ id: ou.Id, path: parent.path === '/' ? `/${ou.Name}` : `${parent.path}/${ou.Name}` });
                    }
                }
            };
            const listAccounts = async () => {
                for await (const page of (0,client_organizations_dist_cjs/* paginateListAccountsForParent */.Hcl)({ client: org, pageSize: ORGANIZATIONS_PAGE }, { ParentId: parent.id })) {
                    for (const account of page.Accounts ?? [])
                        found.push({ account, ou: parent.path });
                }
            };
            await Promise.all([listOus(), listAccounts()]);
            return ous;
        });
        level = children.flat();
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
        for await (const page of (0,client_organizations_dist_cjs/* paginateListTagsForResource */.mGo)({ client: org }, { ResourceId: account.id })) {
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
        for await (const page of (0,dist_cjs/* paginateDescribeBudgets */.ZO6)({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId })) {
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
            for await (const page of (0,dist_cjs/* paginateDescribeNotificationsForBudget */.ZnS)({ client, pageSize: BUDGETS_PAGE }, { AccountId: accountId, BudgetName })) {
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
        for await (const page of (0,dist_cjs/* paginateDescribeSubscribersForNotification */.kj1)({ client: clients.budgets, pageSize: BUDGETS_PAGE }, { AccountId, BudgetName, Notification })) {
            subscribers.push(...(page.Subscribers ?? []));
        }
        return subscribers;
    }
    catch (error) {
        const name = error.name;
        if (name === 'NotFoundException')
            return [];
        // Some emulators lack this operation; then recipients are unknown rather than wrong.
        if (isUnsupported(error))
            return undefined;
        throw error;
    }
}
function isUnsupported(error) {
    const e = error;
    return ['UnknownOperationException', 'NotImplemented', 'InvalidAction'].includes(e.name ?? '') || e.$metadata?.httpStatusCode === 501;
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVhZC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL2FjdGlvbi9hd3MvcmVhZC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxPQUFPLEVBQ0wsdUJBQXVCLEVBQ3ZCLHNDQUFzQyxFQUN0QywwQ0FBMEMsR0FJM0MsTUFBTSx5QkFBeUIsQ0FBQztBQUNqQyxPQUFPLEVBQ0wsMkJBQTJCLEVBQzNCLDZCQUE2QixFQUM3Qix3Q0FBd0MsRUFDeEMsaUJBQWlCLEVBQ2pCLDJCQUEyQixHQUU1QixNQUFNLCtCQUErQixDQUFDO0FBRXZDLE9BQU8sRUFBRSxVQUFVLEVBQUUsU0FBUyxFQUFFLE1BQU0sZ0NBQWdDLENBQUM7QUFDdkUsT0FBTyxFQUFFLGVBQWUsRUFBRSxVQUFVLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxXQUFXLENBQUM7QUFFMUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxNQUFNLFFBQVEsQ0FBQztBQUVsQyw0RkFBNEY7QUFDNUYsTUFBTSxDQUFDLE1BQU0sa0JBQWtCLEdBQUcsRUFBRSxDQUFDO0FBQ3JDLE1BQU0sQ0FBQyxNQUFNLFlBQVksR0FBRyxHQUFHLENBQUM7QUFPaEM7Ozs7Ozs7R0FPRztBQUNILE1BQU0sQ0FBQyxLQUFLLFVBQVUsUUFBUSxDQUFDLE9BQW1CLEVBQUUsT0FBZ0IsRUFBRSxVQUF1QixFQUFFO0lBQzdGLE1BQU0sS0FBSyxHQUFHLE9BQU8sQ0FBQyxXQUFXLElBQUksQ0FBQyxDQUFDO0lBQ3ZDLE1BQU0sRUFBRSxhQUFhLEVBQUUsR0FBRyxFQUFFLEdBQUcsT0FBTyxDQUFDO0lBQ3ZDLE1BQU0sU0FBUyxHQUFHLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLDJCQUEyQixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDdEUsTUFBTSxtQkFBbUIsR0FBRyxTQUFTLENBQUMsWUFBWSxFQUFFLGVBQWUsSUFBSSxFQUFFLENBQUM7SUFFMUUsSUFBSSxNQUFNLEdBQUcsRUFBRSxDQUFDO0lBQ2hCLElBQUksS0FBSyxFQUFFLE1BQU0sSUFBSSxJQUFJLGlCQUFpQixDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsa0JBQWtCLEVBQUUsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQzlGLE1BQU0sS0FBSyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQztJQUN2QyxDQUFDO0lBQ0QsSUFBSSxDQUFDLE1BQU07UUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLGlEQUFpRCxDQUFDLENBQUM7SUFFaEYsTUFBTSxtQkFBbUIsR0FBMkIsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLENBQUM7SUFDcEUsTUFBTSxLQUFLLEdBQTBDLEVBQUUsQ0FBQztJQUN4RCxJQUFJLEtBQUssR0FBRyxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUN4QyxPQUFPLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDeEIsTUFBTSxRQUFRLEdBQUcsTUFBTSxRQUFRLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLEVBQUU7WUFDN0QsTUFBTSxHQUFHLEdBQW1DLEVBQUUsQ0FBQztZQUMvQyxNQUFNLE9BQU8sR0FBRyxLQUFLLElBQUksRUFBRTtnQkFDekIsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksd0NBQXdDLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUM7b0JBQzFJLEtBQUssTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLG1CQUFtQixJQUFJLEVBQUUsRUFBRSxDQUFDO3dCQUNoRCxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLElBQUksS0FBSyxTQUFTOzRCQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztvQkFDdkksQ0FBQztnQkFDSCxDQUFDO1lBQ0gsQ0FBQyxDQUFDO1lBQ0YsTUFBTSxZQUFZLEdBQUcsS0FBSyxJQUFJLEVBQUU7Z0JBQzlCLElBQUksS0FBSyxFQUFFLE1BQU0sSUFBSSxJQUFJLDZCQUE2QixDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsa0JBQWtCLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO29CQUMvSCxLQUFLLE1BQU0sT0FBTyxJQUFJLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRTt3QkFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztnQkFDdEYsQ0FBQztZQUNILENBQUMsQ0FBQztZQUNGLE1BQU0sT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsQ0FBQztZQUMvQyxPQUFPLEdBQUcsQ0FBQztRQUNiLENBQUMsQ0FBQyxDQUFDO1FBQ0gsS0FBSyxHQUFHLFFBQVEsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUN4QixLQUFLLE1BQU0sRUFBRSxJQUFJLEtBQUs7WUFBRSxtQkFBbUIsQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLEVBQUUsQ0FBQztJQUMvRCxDQUFDO0lBRUQsTUFBTSxRQUFRLEdBQWtCLEtBQUs7U0FDbEMsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztTQUNuQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUN6QixFQUFFLEVBQUUsT0FBTyxDQUFDLEVBQVk7UUFDeEIsSUFBSSxFQUFFLE9BQU8sQ0FBQyxJQUFJLElBQUksRUFBRTtRQUN4QixLQUFLLEVBQUUsT0FBTyxDQUFDLEtBQUssSUFBSSxFQUFFO1FBQzFCLE1BQU0sRUFBRSxPQUFPLENBQUMsS0FBSyxJQUFJLE9BQU8sQ0FBQyxNQUFNLElBQUksU0FBUztRQUNwRCxFQUFFO0tBQ0gsQ0FBQyxDQUFDLENBQUM7SUFDTixNQUFNLE9BQU8sR0FBcUIsRUFBRSxtQkFBbUIsRUFBRSxNQUFNLEVBQUUsbUJBQW1CLEVBQUUsUUFBUSxFQUFFLENBQUM7SUFDakcsb0dBQW9HO0lBQ3BHLE1BQU0sT0FBTyxHQUFHLFVBQVUsQ0FBQyxTQUFTLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQ2pFLE1BQU0sZUFBZSxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUM7SUFDM0YsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFFdkQsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLEVBQWtDLENBQUM7SUFDdkQsTUFBTSxRQUFRLENBQUMsZUFBZSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEVBQUU7UUFDdkQsTUFBTSxHQUFHLEdBQTJCLEVBQUUsQ0FBQztRQUN2QyxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSwyQkFBMkIsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLFVBQVUsRUFBRSxPQUFPLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ2xHLEtBQUssTUFBTSxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksSUFBSSxFQUFFO2dCQUFFLElBQUksR0FBRyxDQUFDLEdBQUcsS0FBSyxTQUFTO29CQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7UUFDL0YsQ0FBQztRQUNELElBQUksQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUM1QixDQUFDLENBQUMsQ0FBQztJQUVILE1BQU0sT0FBTyxHQUFHLGVBQWUsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxJQUFJLG1CQUFtQixDQUFDLENBQUMsQ0FBQyxNQUFNLFdBQVcsQ0FBQyxPQUFPLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEdBQUcsRUFBc0IsQ0FBQztJQUVqSyxPQUFPO1FBQ0wsR0FBRyxPQUFPO1FBQ1YsUUFBUSxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztLQUNoSCxDQUFDO0FBQ0osQ0FBQztBQUVELDJGQUEyRjtBQUMzRixLQUFLLFVBQVUsV0FBVyxDQUFDLE9BQW1CLEVBQUUsU0FBaUIsRUFBRSxPQUE0QixFQUFFLEtBQWE7SUFDNUcsTUFBTSxNQUFNLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQztJQUMvQixNQUFNLElBQUksR0FBd0MsRUFBRSxDQUFDO0lBQ3JELE1BQU0sY0FBYyxDQUFDLEtBQUssSUFBSSxFQUFFO1FBQzlCLElBQUksS0FBSyxFQUFFLE1BQU0sSUFBSSxJQUFJLHVCQUF1QixDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxZQUFZLEVBQUUsRUFBRSxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDL0csS0FBSyxNQUFNLE1BQU0sSUFBSSxJQUFJLENBQUMsT0FBTyxJQUFJLEVBQUUsRUFBRSxDQUFDO2dCQUN4QyxNQUFNLEVBQUUsR0FBRyxlQUFlLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxDQUFDO2dCQUM5QyxJQUFJLEVBQUUsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztvQkFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUM7WUFDdkQsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDLENBQUMsQ0FBQztJQUNILE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxFQUFzQixDQUFDO0lBQzdDLE1BQU0sUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUU7UUFDbkQsTUFBTSxVQUFVLEdBQUcsTUFBTSxDQUFDLFVBQW9CLENBQUM7UUFDL0MsTUFBTSxhQUFhLEdBQXNCLEVBQUUsQ0FBQztRQUM1QyxNQUFNLGNBQWMsQ0FBQyxLQUFLLElBQUksRUFBRTtZQUM5QixJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSxzQ0FBc0MsQ0FBQyxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsWUFBWSxFQUFFLEVBQUUsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxDQUFDLEVBQUUsQ0FBQztnQkFDMUksYUFBYSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLGFBQWEsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3BELENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztRQUNILE1BQU0sSUFBSSxHQUFHLE1BQU0sUUFBUSxDQUFDLGFBQWEsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLFlBQVksRUFBRSxFQUFFO1lBQ3ZFLE1BQU0sV0FBVyxHQUFHLE1BQU0sZUFBZSxDQUFDLE9BQU8sRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFLFlBQVksQ0FBQyxDQUFDO1lBQ3hGLE9BQU8sZ0JBQWdCLENBQUMsWUFBWSxFQUFFLFdBQVcsQ0FBQyxDQUFDO1FBQ3JELENBQUMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEVBQUUsVUFBVSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQzNDLENBQUMsQ0FBQyxDQUFDO0lBQ0gsT0FBTyxNQUFNLENBQUM7QUFDaEIsQ0FBQztBQUVELEtBQUssVUFBVSxlQUFlLENBQUMsT0FBbUIsRUFBRSxTQUFpQixFQUFFLFVBQWtCLEVBQUUsWUFBNkI7SUFDdEgsTUFBTSxXQUFXLEdBQWlCLEVBQUUsQ0FBQztJQUNyQyxJQUFJLENBQUM7UUFDSCxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksSUFBSSwwQ0FBMEMsQ0FDakUsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLE9BQU8sRUFBRSxRQUFRLEVBQUUsWUFBWSxFQUFFLEVBQ25ELEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxZQUFZLEVBQUUsQ0FDeEMsRUFBRSxDQUFDO1lBQ0YsV0FBVyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFdBQVcsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2hELENBQUM7UUFDRCxPQUFPLFdBQVcsQ0FBQztJQUNyQixDQUFDO0lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztRQUNmLE1BQU0sSUFBSSxHQUFJLEtBQTJCLENBQUMsSUFBSSxDQUFDO1FBQy9DLElBQUksSUFBSSxLQUFLLG1CQUFtQjtZQUFFLE9BQU8sRUFBRSxDQUFDO1FBQzVDLHFGQUFxRjtRQUNyRixJQUFJLGFBQWEsQ0FBQyxLQUFLLENBQUM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUMzQyxNQUFNLEtBQUssQ0FBQztJQUNkLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxhQUFhLENBQUMsS0FBYztJQUNuQyxNQUFNLENBQUMsR0FBRyxLQUFtRSxDQUFDO0lBQzlFLE9BQU8sQ0FBQywyQkFBMkIsRUFBRSxnQkFBZ0IsRUFBRSxlQUFlLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxFQUFFLGNBQWMsS0FBSyxHQUFHLENBQUM7QUFDeEksQ0FBQztBQUVELHNFQUFzRTtBQUN0RSxLQUFLLFVBQVUsY0FBYyxDQUFDLElBQXlCO0lBQ3JELElBQUksQ0FBQztRQUNILE1BQU0sSUFBSSxFQUFFLENBQUM7SUFDZixDQUFDO0lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztRQUNmLElBQUssS0FBMkIsQ0FBQyxJQUFJLEtBQUssbUJBQW1CO1lBQUUsTUFBTSxLQUFLLENBQUM7SUFDN0UsQ0FBQztBQUNILENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQge1xuICBwYWdpbmF0ZURlc2NyaWJlQnVkZ2V0cyxcbiAgcGFnaW5hdGVEZXNjcmliZU5vdGlmaWNhdGlvbnNGb3JCdWRnZXQsXG4gIHBhZ2luYXRlRGVzY3JpYmVTdWJzY3JpYmVyc0Zvck5vdGlmaWNhdGlvbixcbiAgdHlwZSBCdWRnZXQgYXMgQXdzQnVkZ2V0LFxuICB0eXBlIE5vdGlmaWNhdGlvbiBhcyBBd3NOb3RpZmljYXRpb24sXG4gIHR5cGUgU3Vic2NyaWJlcixcbn0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LWJ1ZGdldHMnO1xuaW1wb3J0IHtcbiAgRGVzY3JpYmVPcmdhbml6YXRpb25Db21tYW5kLFxuICBwYWdpbmF0ZUxpc3RBY2NvdW50c0ZvclBhcmVudCxcbiAgcGFnaW5hdGVMaXN0T3JnYW5pemF0aW9uYWxVbml0c0ZvclBhcmVudCxcbiAgcGFnaW5hdGVMaXN0Um9vdHMsXG4gIHBhZ2luYXRlTGlzdFRhZ3NGb3JSZXNvdXJjZSxcbiAgdHlwZSBBY2NvdW50IGFzIEF3c0FjY291bnQsXG59IGZyb20gJ0Bhd3Mtc2RrL2NsaWVudC1vcmdhbml6YXRpb25zJztcbmltcG9ydCB0eXBlIHsgQ2F0YWxvZywgTGl2ZUFjY291bnQsIExpdmVCdWRnZXQsIExpdmVPcmdhbml6YXRpb24gfSBmcm9tICcuLi8uLi9zcmMvY29yZS9tb2RlbCc7XG5pbXBvcnQgeyBtYW5hZ2VkSWRzLCBtYXRjaExpdmUgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9wbGFuL2xpdmUtbWF0Y2gnO1xuaW1wb3J0IHsgYWNjb3VudE9mQnVkZ2V0LCBsaXZlQnVkZ2V0LCBsaXZlTm90aWZpY2F0aW9uIH0gZnJvbSAnLi9idWRnZXRzJztcbmltcG9ydCB0eXBlIHsgQXdzQ2xpZW50cyB9IGZyb20gJy4vY2xpZW50cyc7XG5pbXBvcnQgeyBtYXBMaW1pdCB9IGZyb20gJy4vcG9vbCc7XG5cbi8qKiBPcmdhbml6YXRpb25zIHJldHVybnMgYXQgbW9zdCAyMCBpdGVtcyBwZXIgcGFnZSBmb3IgdGhlc2UgbGlzdHM7IEJ1ZGdldHMgYXQgbW9zdCAxMDAuICovXG5leHBvcnQgY29uc3QgT1JHQU5JWkFUSU9OU19QQUdFID0gMjA7XG5leHBvcnQgY29uc3QgQlVER0VUU19QQUdFID0gMTAwO1xuXG5leHBvcnQgaW50ZXJmYWNlIFJlYWRPcHRpb25zIHtcbiAgLyoqIENhbGxzIGluIGZsaWdodCBhdCBvbmNlOyBkZWZhdWx0IDguICovXG4gIHJlYWRvbmx5IGNvbmN1cnJlbmN5PzogbnVtYmVyO1xufVxuXG4vKipcbiAqIFJlYWRzIHdoYXQgdGhlIGNhdGFsb2cgbmVlZHMgb2YgdGhlIGxpdmUgb3JnYW5pemF0aW9uLCB3aXRoIGFzIGZldyBjYWxscyBhcyBpdCBjYW46XG4gKiAgIERlc2NyaWJlT3JnYW5pemF0aW9uLCBMaXN0Um9vdHMsIHRoZW4gcGVyIHBhcmVudCAocm9vdCBhbmQgZXZlcnkgT1UpIExpc3RPcmdhbml6YXRpb25hbFVuaXRzRm9yUGFyZW50XG4gKiAgIGFuZCBMaXN0QWNjb3VudHNGb3JQYXJlbnQgKHRoZSBwYXJlbnQgb2YgZWFjaCBhY2NvdW50IGNvbWVzIGZyb20gdGhlIGxpc3RpbmcsIG5vIExpc3RQYXJlbnRzKTtcbiAqICAgTGlzdFRhZ3NGb3JSZXNvdXJjZSBvbmx5IGZvciBBQ1RJVkUgYWNjb3VudHMgdGhlIGNhdGFsb2cgbWFuYWdlczsgaW4gdGhlIG1hbmFnZW1lbnQgYWNjb3VudCxcbiAqICAgRGVzY3JpYmVCdWRnZXRzLCB0aGVuIERlc2NyaWJlTm90aWZpY2F0aW9uc0ZvckJ1ZGdldCBwZXIgbWFuYWdlZCBidWRnZXQgYW5kXG4gKiAgIERlc2NyaWJlU3Vic2NyaWJlcnNGb3JOb3RpZmljYXRpb24gcGVyIG5vdGlmaWNhdGlvbiBvZiB0aG9zZS4gU2VlIGRvY3MvbGl2ZS1hd3MubWQgZm9yIHRoZSBmb3JtdWxhLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZExpdmUoY2xpZW50czogQXdzQ2xpZW50cywgY2F0YWxvZzogQ2F0YWxvZywgb3B0aW9uczogUmVhZE9wdGlvbnMgPSB7fSk6IFByb21pc2U8TGl2ZU9yZ2FuaXphdGlvbj4ge1xuICBjb25zdCBsaW1pdCA9IG9wdGlvbnMuY29uY3VycmVuY3kgPz8gODtcbiAgY29uc3QgeyBvcmdhbml6YXRpb25zOiBvcmcgfSA9IGNsaWVudHM7XG4gIGNvbnN0IGRlc2NyaWJlZCA9IGF3YWl0IG9yZy5zZW5kKG5ldyBEZXNjcmliZU9yZ2FuaXphdGlvbkNvbW1hbmQoe30pKTtcbiAgY29uc3QgbWFuYWdlbWVudEFjY291bnRJZCA9IGRlc2NyaWJlZC5Pcmdhbml6YXRpb24/Lk1hc3RlckFjY291bnRJZCA/PyAnJztcblxuICBsZXQgcm9vdElkID0gJyc7XG4gIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZUxpc3RSb290cyh7IGNsaWVudDogb3JnLCBwYWdlU2l6ZTogT1JHQU5JWkFUSU9OU19QQUdFIH0sIHt9KSkge1xuICAgIHJvb3RJZCB8fD0gcGFnZS5Sb290cz8uWzBdPy5JZCA/PyAnJztcbiAgfVxuICBpZiAoIXJvb3RJZCkgdGhyb3cgbmV3IEVycm9yKCdBV1MgT3JnYW5pemF0aW9ucyByZXR1cm5lZCBubyByb290IChMaXN0Um9vdHMpLicpO1xuXG4gIGNvbnN0IG9yZ2FuaXphdGlvbmFsVW5pdHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7ICcvJzogcm9vdElkIH07XG4gIGNvbnN0IGZvdW5kOiB7IGFjY291bnQ6IEF3c0FjY291bnQ7IG91OiBzdHJpbmcgfVtdID0gW107XG4gIGxldCBsZXZlbCA9IFt7IGlkOiByb290SWQsIHBhdGg6ICcvJyB9XTtcbiAgd2hpbGUgKGxldmVsLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBjaGlsZHJlbiA9IGF3YWl0IG1hcExpbWl0KGxldmVsLCBsaW1pdCwgYXN5bmMgKHBhcmVudCkgPT4ge1xuICAgICAgY29uc3Qgb3VzOiB7IGlkOiBzdHJpbmc7IHBhdGg6IHN0cmluZyB9W10gPSBbXTtcbiAgICAgIGNvbnN0IGxpc3RPdXMgPSBhc3luYyAoKSA9PiB7XG4gICAgICAgIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZUxpc3RPcmdhbml6YXRpb25hbFVuaXRzRm9yUGFyZW50KHsgY2xpZW50OiBvcmcsIHBhZ2VTaXplOiBPUkdBTklaQVRJT05TX1BBR0UgfSwgeyBQYXJlbnRJZDogcGFyZW50LmlkIH0pKSB7XG4gICAgICAgICAgZm9yIChjb25zdCBvdSBvZiBwYWdlLk9yZ2FuaXphdGlvbmFsVW5pdHMgPz8gW10pIHtcbiAgICAgICAgICAgIGlmIChvdS5JZCAmJiBvdS5OYW1lICE9PSB1bmRlZmluZWQpIG91cy5wdXNoKHsgaWQ6IG91LklkLCBwYXRoOiBwYXJlbnQucGF0aCA9PT0gJy8nID8gYC8ke291Lk5hbWV9YCA6IGAke3BhcmVudC5wYXRofS8ke291Lk5hbWV9YCB9KTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgIH07XG4gICAgICBjb25zdCBsaXN0QWNjb3VudHMgPSBhc3luYyAoKSA9PiB7XG4gICAgICAgIGZvciBhd2FpdCAoY29uc3QgcGFnZSBvZiBwYWdpbmF0ZUxpc3RBY2NvdW50c0ZvclBhcmVudCh7IGNsaWVudDogb3JnLCBwYWdlU2l6ZTogT1JHQU5JWkFUSU9OU19QQUdFIH0sIHsgUGFyZW50SWQ6IHBhcmVudC5pZCB9KSkge1xuICAgICAgICAgIGZvciAoY29uc3QgYWNjb3VudCBvZiBwYWdlLkFjY291bnRzID8/IFtdKSBmb3VuZC5wdXNoKHsgYWNjb3VudCwgb3U6IHBhcmVudC5wYXRoIH0pO1xuICAgICAgICB9XG4gICAgICB9O1xuICAgICAgYXdhaXQgUHJvbWlzZS5hbGwoW2xpc3RPdXMoKSwgbGlzdEFjY291bnRzKCldKTtcbiAgICAgIHJldHVybiBvdXM7XG4gICAgfSk7XG4gICAgbGV2ZWwgPSBjaGlsZHJlbi5mbGF0KCk7XG4gICAgZm9yIChjb25zdCBvdSBvZiBsZXZlbCkgb3JnYW5pemF0aW9uYWxVbml0c1tvdS5wYXRoXSA9IG91LmlkO1xuICB9XG5cbiAgY29uc3QgYWNjb3VudHM6IExpdmVBY2NvdW50W10gPSBmb3VuZFxuICAgIC5maWx0ZXIoKHsgYWNjb3VudCB9KSA9PiBhY2NvdW50LklkKVxuICAgIC5tYXAoKHsgYWNjb3VudCwgb3UgfSkgPT4gKHtcbiAgICAgIGlkOiBhY2NvdW50LklkIGFzIHN0cmluZyxcbiAgICAgIG5hbWU6IGFjY291bnQuTmFtZSA/PyAnJyxcbiAgICAgIGVtYWlsOiBhY2NvdW50LkVtYWlsID8/ICcnLFxuICAgICAgc3RhdHVzOiBhY2NvdW50LlN0YXRlID8/IGFjY291bnQuU3RhdHVzID8/ICdVTktOT1dOJyxcbiAgICAgIG91LFxuICAgIH0pKTtcbiAgY29uc3QgcGFydGlhbDogTGl2ZU9yZ2FuaXphdGlvbiA9IHsgbWFuYWdlbWVudEFjY291bnRJZCwgcm9vdElkLCBvcmdhbml6YXRpb25hbFVuaXRzLCBhY2NvdW50cyB9O1xuICAvLyBUYWdzIGFuZCBidWRnZXRzIG1hdHRlciBvbmx5IHdoZXJlIHRoZXkgY2FuIGRyaWZ0IG9yIGNoYW5nZTogQUNUSVZFIGFjY291bnRzIHRoZSBjYXRhbG9nIG1hbmFnZXMuXG4gIGNvbnN0IG1hbmFnZWQgPSBtYW5hZ2VkSWRzKG1hdGNoTGl2ZShjYXRhbG9nLmFjY291bnRzLCBwYXJ0aWFsKSk7XG4gIGNvbnN0IG1hbmFnZWRBY2NvdW50cyA9IGFjY291bnRzLmZpbHRlcigoYSkgPT4gbWFuYWdlZC5oYXMoYS5pZCkgJiYgYS5zdGF0dXMgPT09ICdBQ1RJVkUnKTtcbiAgY29uc3QgcmVhZCA9IG5ldyBTZXQobWFuYWdlZEFjY291bnRzLm1hcCgoYSkgPT4gYS5pZCkpO1xuXG4gIGNvbnN0IHRhZ3MgPSBuZXcgTWFwPHN0cmluZywgUmVjb3JkPHN0cmluZywgc3RyaW5nPj4oKTtcbiAgYXdhaXQgbWFwTGltaXQobWFuYWdlZEFjY291bnRzLCBsaW1pdCwgYXN5bmMgKGFjY291bnQpID0+IHtcbiAgICBjb25zdCBzZXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IHBhZ2Ugb2YgcGFnaW5hdGVMaXN0VGFnc0ZvclJlc291cmNlKHsgY2xpZW50OiBvcmcgfSwgeyBSZXNvdXJjZUlkOiBhY2NvdW50LmlkIH0pKSB7XG4gICAgICBmb3IgKGNvbnN0IHRhZyBvZiBwYWdlLlRhZ3MgPz8gW10pIGlmICh0YWcuS2V5ICE9PSB1bmRlZmluZWQpIHNldFt0YWcuS2V5XSA9IHRhZy5WYWx1ZSA/PyAnJztcbiAgICB9XG4gICAgdGFncy5zZXQoYWNjb3VudC5pZCwgc2V0KTtcbiAgfSk7XG5cbiAgY29uc3QgYnVkZ2V0cyA9IG1hbmFnZWRBY2NvdW50cy5sZW5ndGggPiAwICYmIG1hbmFnZW1lbnRBY2NvdW50SWQgPyBhd2FpdCByZWFkQnVkZ2V0cyhjbGllbnRzLCBtYW5hZ2VtZW50QWNjb3VudElkLCByZWFkLCBsaW1pdCkgOiBuZXcgTWFwPHN0cmluZywgTGl2ZUJ1ZGdldD4oKTtcblxuICByZXR1cm4ge1xuICAgIC4uLnBhcnRpYWwsXG4gICAgYWNjb3VudHM6IGFjY291bnRzLm1hcCgoYSkgPT4gKHJlYWQuaGFzKGEuaWQpID8geyAuLi5hLCB0YWdzOiB0YWdzLmdldChhLmlkKSwgYnVkZ2V0OiBidWRnZXRzLmdldChhLmlkKSB9IDogYSkpLFxuICB9O1xufVxuXG4vKiogVGhlIGNhdGFsb2cgYnVkZ2V0cyAoYWNjb3VudC1jYXRhbG9nLTxpZD4pIG9mIG1hbmFnZWQgYWNjb3VudHMsIGtleWVkIGJ5IGFjY291bnQgaWQuICovXG5hc3luYyBmdW5jdGlvbiByZWFkQnVkZ2V0cyhjbGllbnRzOiBBd3NDbGllbnRzLCBhY2NvdW50SWQ6IHN0cmluZywgbWFuYWdlZDogUmVhZG9ubHlTZXQ8c3RyaW5nPiwgbGltaXQ6IG51bWJlcik6IFByb21pc2U8TWFwPHN0cmluZywgTGl2ZUJ1ZGdldD4+IHtcbiAgY29uc3QgY2xpZW50ID0gY2xpZW50cy5idWRnZXRzO1xuICBjb25zdCBvdXJzOiB7IGlkOiBzdHJpbmc7IGJ1ZGdldDogQXdzQnVkZ2V0IH1bXSA9IFtdO1xuICBhd2FpdCBpZ25vcmVOb3RGb3VuZChhc3luYyAoKSA9PiB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlRGVzY3JpYmVCdWRnZXRzKHsgY2xpZW50LCBwYWdlU2l6ZTogQlVER0VUU19QQUdFIH0sIHsgQWNjb3VudElkOiBhY2NvdW50SWQgfSkpIHtcbiAgICAgIGZvciAoY29uc3QgYnVkZ2V0IG9mIHBhZ2UuQnVkZ2V0cyA/PyBbXSkge1xuICAgICAgICBjb25zdCBpZCA9IGFjY291bnRPZkJ1ZGdldChidWRnZXQuQnVkZ2V0TmFtZSk7XG4gICAgICAgIGlmIChpZCAmJiBtYW5hZ2VkLmhhcyhpZCkpIG91cnMucHVzaCh7IGlkLCBidWRnZXQgfSk7XG4gICAgICB9XG4gICAgfVxuICB9KTtcbiAgY29uc3QgcmVzdWx0ID0gbmV3IE1hcDxzdHJpbmcsIExpdmVCdWRnZXQ+KCk7XG4gIGF3YWl0IG1hcExpbWl0KG91cnMsIGxpbWl0LCBhc3luYyAoeyBpZCwgYnVkZ2V0IH0pID0+IHtcbiAgICBjb25zdCBCdWRnZXROYW1lID0gYnVkZ2V0LkJ1ZGdldE5hbWUgYXMgc3RyaW5nO1xuICAgIGNvbnN0IG5vdGlmaWNhdGlvbnM6IEF3c05vdGlmaWNhdGlvbltdID0gW107XG4gICAgYXdhaXQgaWdub3JlTm90Rm91bmQoYXN5bmMgKCkgPT4ge1xuICAgICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlRGVzY3JpYmVOb3RpZmljYXRpb25zRm9yQnVkZ2V0KHsgY2xpZW50LCBwYWdlU2l6ZTogQlVER0VUU19QQUdFIH0sIHsgQWNjb3VudElkOiBhY2NvdW50SWQsIEJ1ZGdldE5hbWUgfSkpIHtcbiAgICAgICAgbm90aWZpY2F0aW9ucy5wdXNoKC4uLihwYWdlLk5vdGlmaWNhdGlvbnMgPz8gW10pKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBjb25zdCBsaXZlID0gYXdhaXQgbWFwTGltaXQobm90aWZpY2F0aW9ucywgbGltaXQsIGFzeW5jIChOb3RpZmljYXRpb24pID0+IHtcbiAgICAgIGNvbnN0IHN1YnNjcmliZXJzID0gYXdhaXQgcmVhZFN1YnNjcmliZXJzKGNsaWVudHMsIGFjY291bnRJZCwgQnVkZ2V0TmFtZSwgTm90aWZpY2F0aW9uKTtcbiAgICAgIHJldHVybiBsaXZlTm90aWZpY2F0aW9uKE5vdGlmaWNhdGlvbiwgc3Vic2NyaWJlcnMpO1xuICAgIH0pO1xuICAgIHJlc3VsdC5zZXQoaWQsIGxpdmVCdWRnZXQoYnVkZ2V0LCBsaXZlKSk7XG4gIH0pO1xuICByZXR1cm4gcmVzdWx0O1xufVxuXG5hc3luYyBmdW5jdGlvbiByZWFkU3Vic2NyaWJlcnMoY2xpZW50czogQXdzQ2xpZW50cywgQWNjb3VudElkOiBzdHJpbmcsIEJ1ZGdldE5hbWU6IHN0cmluZywgTm90aWZpY2F0aW9uOiBBd3NOb3RpZmljYXRpb24pOiBQcm9taXNlPFN1YnNjcmliZXJbXSB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCBzdWJzY3JpYmVyczogU3Vic2NyaWJlcltdID0gW107XG4gIHRyeSB7XG4gICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlRGVzY3JpYmVTdWJzY3JpYmVyc0Zvck5vdGlmaWNhdGlvbihcbiAgICAgIHsgY2xpZW50OiBjbGllbnRzLmJ1ZGdldHMsIHBhZ2VTaXplOiBCVURHRVRTX1BBR0UgfSxcbiAgICAgIHsgQWNjb3VudElkLCBCdWRnZXROYW1lLCBOb3RpZmljYXRpb24gfSxcbiAgICApKSB7XG4gICAgICBzdWJzY3JpYmVycy5wdXNoKC4uLihwYWdlLlN1YnNjcmliZXJzID8/IFtdKSk7XG4gICAgfVxuICAgIHJldHVybiBzdWJzY3JpYmVycztcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBjb25zdCBuYW1lID0gKGVycm9yIGFzIHsgbmFtZT86IHN0cmluZyB9KS5uYW1lO1xuICAgIGlmIChuYW1lID09PSAnTm90Rm91bmRFeGNlcHRpb24nKSByZXR1cm4gW107XG4gICAgLy8gU29tZSBlbXVsYXRvcnMgbGFjayB0aGlzIG9wZXJhdGlvbjsgdGhlbiByZWNpcGllbnRzIGFyZSB1bmtub3duIHJhdGhlciB0aGFuIHdyb25nLlxuICAgIGlmIChpc1Vuc3VwcG9ydGVkKGVycm9yKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB0aHJvdyBlcnJvcjtcbiAgfVxufVxuXG5mdW5jdGlvbiBpc1Vuc3VwcG9ydGVkKGVycm9yOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIGNvbnN0IGUgPSBlcnJvciBhcyB7IG5hbWU/OiBzdHJpbmc7ICRtZXRhZGF0YT86IHsgaHR0cFN0YXR1c0NvZGU/OiBudW1iZXIgfSB9O1xuICByZXR1cm4gWydVbmtub3duT3BlcmF0aW9uRXhjZXB0aW9uJywgJ05vdEltcGxlbWVudGVkJywgJ0ludmFsaWRBY3Rpb24nXS5pbmNsdWRlcyhlLm5hbWUgPz8gJycpIHx8IGUuJG1ldGFkYXRhPy5odHRwU3RhdHVzQ29kZSA9PT0gNTAxO1xufVxuXG4vKiogQnVkZ2V0cyBhbnN3ZXJzIE5vdEZvdW5kRXhjZXB0aW9uIHdoZXJlIGEgbGlzdCBpcyBzaW1wbHkgZW1wdHkuICovXG5hc3luYyBmdW5jdGlvbiBpZ25vcmVOb3RGb3VuZCh3b3JrOiAoKSA9PiBQcm9taXNlPHZvaWQ+KTogUHJvbWlzZTx2b2lkPiB7XG4gIHRyeSB7XG4gICAgYXdhaXQgd29yaygpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgIT09ICdOb3RGb3VuZEV4Y2VwdGlvbicpIHRocm93IGVycm9yO1xuICB9XG59XG4iXX0=
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
function parentOf(path) {
    const cut = path.lastIndexOf('/');
    return cut <= 0 ? '/' : path.slice(0, cut);
}
/**
 * Brings AWS to the head catalog: reads the live organization, compares (compareLive), then runs
 * the steps in order. Each step first re-derives what is left from the fresh read, so a run that
 * was killed after any call and is started again finishes the work without doing any of it twice.
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
            createRequests: () => (requests ??= listCreateRequests(ctx)),
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
function idOf(step, state) {
    if (!('account' in step))
        return undefined;
    return ('id' in step ? step.id : undefined) ?? state.ids.get(step.account);
}
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
                const answer = await ctx.send('organizations', 'CreateOrganizationalUnit', `ParentId=${parentId} Name=${name}`, () => org.send(new client_organizations_dist_cjs/* CreateOrganizationalUnitCommand */.Qo6({ ParentId: parentId, Name: name })));
                if (answer.OrganizationalUnit?.Id)
                    state.ouIds.set(step.ou, answer.OrganizationalUnit.Id);
                return { outcome: 'done' };
            }
            catch (error) {
                if (error.name !== 'DuplicateOrganizationalUnitException')
                    throw error;
                for await (const page of (0,client_organizations_dist_cjs/* paginateListOrganizationalUnitsForParent */.Ogl)({ client: org, pageSize: 20 }, { ParentId: parentId })) {
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
                await ctx.send('organizations', 'MoveAccount', `AccountId=${id} ${step.from} -> ${step.to}`, () => org.send(new client_organizations_dist_cjs/* MoveAccountCommand */.Oi$({ AccountId: id, SourceParentId: from, DestinationParentId: to })));
                return { outcome: 'done', accountId: id };
            }
            catch (error) {
                if (error.name === 'DuplicateAccountException')
                    return { outcome: 'already-done', accountId: id };
                throw error;
            }
        }
        case 'tag-account':
            await ctx.send('organizations', 'TagResource', `ResourceId=${step.id} ${Object.keys(step.tags).join(',')}`, () => org.send(new client_organizations_dist_cjs/* TagResourceCommand */.eqU({ ResourceId: step.id, Tags: Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value })) })));
            return { outcome: 'done', accountId: step.id };
        case 'untag-account':
            await ctx.send('organizations', 'UntagResource', `ResourceId=${step.id} ${step.keys.join(',')}`, () => org.send(new client_organizations_dist_cjs/* UntagResourceCommand */.RP$({ ResourceId: step.id, TagKeys: [...step.keys] })));
            return { outcome: 'done', accountId: step.id };
        case 'create-budget': {
            const id = idOf(step, state);
            if (!id)
                return { outcome: 'skipped', message: 'skipped: the account has no id yet' };
            const recipients = emailSubscribers(step.budget.recipients);
            try {
                await ctx.send('budgets', 'CreateBudget', `BudgetName=${budgetName(id)} ${step.budget.monthlyUsd} USD`, () => budgets.send(new dist_cjs/* CreateBudgetCommand */.FAL({
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
                await ctx.send('organizations', 'CloseAccount', `AccountId=${step.id}`, () => org.send(new client_organizations_dist_cjs/* CloseAccountCommand */.f4q({ AccountId: step.id })));
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
        await ctx.send('budgets', 'UpdateBudget', `BudgetName=${BudgetName} ${step.from.monthlyUsd} -> ${step.budget.monthlyUsd} USD`, () => budgets.send(new dist_cjs/* UpdateBudgetCommand */.ize({ AccountId, NewBudget: awsBudget(step.id, step.budget.monthlyUsd) })));
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
        await ctx.send('budgets', 'DeleteNotification', `BudgetName=${BudgetName} ${k}%`, () => budgets.send(new dist_cjs/* DeleteNotificationCommand */.CbI({ AccountId, BudgetName, Notification: awsNotificationOf(n) })));
    }
    for (const [k, alert] of wanted) {
        if (kept.has(k))
            continue;
        await ctx.send('budgets', 'CreateNotification', `BudgetName=${BudgetName} ${k}%`, () => budgets.send(new dist_cjs/* CreateNotificationCommand */.zgp({ AccountId, BudgetName, Notification: awsNotification(alert), Subscribers: emailSubscribers(step.budget.recipients) })));
    }
}
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYXBwbHkuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJmaWxlOi8vL3dvcmsvbWFpbi9hY3Rpb24vYXdzL2FwcGx5LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLE9BQU8sRUFBRSxtQkFBbUIsRUFBRSx5QkFBeUIsRUFBRSx5QkFBeUIsRUFBRSxtQkFBbUIsRUFBRSxNQUFNLHlCQUF5QixDQUFDO0FBQ3pJLE9BQU8sRUFDTCxtQkFBbUIsRUFDbkIsK0JBQStCLEVBQy9CLGtCQUFrQixFQUNsQixrQkFBa0IsRUFDbEIsb0JBQW9CLEVBQ3BCLHdDQUF3QyxHQUV6QyxNQUFNLCtCQUErQixDQUFDO0FBRXZDLE9BQU8sRUFBRSxjQUFjLEVBQUUscUJBQXFCLEVBQUUsTUFBTSw4QkFBOEIsQ0FBQztBQUNyRixPQUFPLEVBQUUsV0FBVyxFQUFFLE1BQU0sMEJBQTBCLENBQUM7QUFDdkQsT0FBTyxFQUFFLGdCQUFnQixFQUFFLE1BQU0sb0NBQW9DLENBQUM7QUFDdEUsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLGdDQUFnQyxDQUFDO0FBQzNELE9BQU8sRUFBRSxxQkFBcUIsRUFBRSxNQUFNLGlDQUFpQyxDQUFDO0FBQ3hFLE9BQU8sRUFBRSxTQUFTLEVBQUUsZUFBZSxFQUFFLGlCQUFpQixFQUFFLFVBQVUsRUFBRSxnQkFBZ0IsRUFBRSxZQUFZLEVBQUUsTUFBTSxXQUFXLENBQUM7QUFFdEgsT0FBTyxFQUFFLGFBQWEsRUFBRSxrQkFBa0IsRUFBRSxNQUFNLGtCQUFrQixDQUFDO0FBQ3JFLE9BQU8sRUFBRSxhQUFhLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFDekMsT0FBTyxFQUFFLFdBQVcsRUFBb0IsTUFBTSxRQUFRLENBQUM7QUFDdkQsT0FBTyxFQUFFLFFBQVEsRUFBb0IsTUFBTSxRQUFRLENBQUM7QUE4QnBELG1GQUFtRjtBQUNuRixTQUFTLFFBQVEsQ0FBQyxJQUFZO0lBQzVCLE9BQU8scUJBQXFCLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDckQsQ0FBQztBQUVELDJFQUEyRTtBQUMzRSxTQUFTLGlCQUFpQixDQUFDLElBQWEsRUFBRSxtQkFBdUMsRUFBRSxJQUF1QjtJQUN4RyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssS0FBSyxRQUFRLENBQUMsQ0FBQztJQUNqRSxNQUFNLFNBQVMsR0FBRyxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDckcsSUFBSSxTQUFTLElBQUksQ0FBQyxJQUFJO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDekMsT0FBTyxTQUFTLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLG1CQUFtQixDQUFDLEVBQUUsT0FBTyxDQUFDO0FBQy9GLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxPQUFnQixFQUFFLEVBQVU7SUFDM0MsT0FBTyxZQUFZLE9BQU8sQ0FBQyxJQUFJLEtBQUssRUFBRSxrR0FBa0csQ0FBQztBQUMzSSxDQUFDO0FBRUQsdUhBQXVIO0FBQ3ZILE1BQU0sVUFBVSxVQUFVLENBQUMsSUFBYSxFQUFFLElBQXNCO0lBQzlELE1BQU0sRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQztJQUNoRSxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDOUcsT0FBTyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sR0FBRyxNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztBQUNwRixDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsSUFBWTtJQUM1QixNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2xDLE9BQU8sR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQztBQUM3QyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILE1BQU0sQ0FBQyxLQUFLLFVBQVUsZ0JBQWdCLENBQUMsT0FBbUIsRUFBRSxJQUFhLEVBQUUsR0FBMkIsRUFBRSxPQUFxQjtJQUMzSCxNQUFNLEdBQUcsR0FBRyxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ2xELE1BQU0sS0FBSyxHQUFHLGlCQUFpQixDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsWUFBWSxDQUFDLG1CQUFtQixDQUFDLENBQUM7SUFDN0UsSUFBSSxLQUFLO1FBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsQ0FBQztJQUU1SCxNQUFNLElBQUksR0FBRyxNQUFNLFFBQVEsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ3BELE1BQU0sSUFBSSxHQUFHLGlCQUFpQixDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDdEQsSUFBSSxJQUFJO1FBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLG1CQUFtQixDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLENBQUM7SUFFcEksTUFBTSxFQUFFLFNBQVMsRUFBRSxHQUFHLFdBQVcsQ0FBQyxTQUFTLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ3pELE1BQU0sTUFBTSxHQUFHLFNBQVMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssZUFBZSxDQUFDLENBQUMsTUFBTSxDQUFDO0lBQzFFLE1BQU0sS0FBSyxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDckMsTUFBTSxTQUFTLEdBQ2IsTUFBTSxHQUFHLEtBQUs7UUFDWixDQUFDLENBQUMsb0JBQW9CLE1BQU0sc0RBQXNELEtBQUssdUVBQXVFO1FBQzlKLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFFaEIsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDO0lBQ2hFLE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxFQUFrQixDQUFDO0lBQ3RDLE1BQU0sT0FBTyxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDbEMsTUFBTSxPQUFPLEdBQXFELEVBQUUsQ0FBQztJQUNyRSxJQUFJLFFBQW9ELENBQUM7SUFDekQsTUFBTSxLQUFLLEdBQWtCLEVBQUUsQ0FBQztJQUVoQyxLQUFLLE1BQU0sSUFBSSxJQUFJLFNBQVMsRUFBRSxDQUFDO1FBQzdCLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztRQUMzQixNQUFNLEdBQUcsR0FBZ0I7WUFDdkIsT0FBTztZQUNQLElBQUksRUFBRSxXQUFXLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQztZQUMvQixHQUFHLEVBQUUsR0FBRztZQUNSLEtBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLEVBQUUsSUFBSTtnQkFDekMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLE9BQU8sSUFBSSxTQUFTLEVBQUUsQ0FBQyxDQUFDO2dCQUN0QyxHQUFHLENBQUMsR0FBRyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxPQUFPLElBQUksU0FBUyxJQUFJLE1BQU0sRUFBRSxDQUFDLENBQUM7Z0JBQ25GLE9BQU8sSUFBSSxFQUFFLENBQUM7WUFDaEIsQ0FBQztZQUNELGNBQWMsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLFFBQVEsS0FBSyxrQkFBa0IsQ0FBQyxHQUFHLENBQUMsQ0FBQztTQUM3RCxDQUFDO1FBQ0YsTUFBTSxPQUFPLEdBQUcsU0FBUyxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQzdELElBQUksT0FBTyxJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNwQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxnQ0FBZ0MsT0FBTyxTQUFTLEVBQUUsQ0FBQyxDQUFDO1lBQzNHLFNBQVM7UUFDWCxDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsSUFBSSxLQUFLLGVBQWUsSUFBSSxTQUFTLEVBQUUsQ0FBQztZQUMvQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO1lBQ25FLFNBQVM7UUFDWCxDQUFDO1FBQ0QsSUFBSSxPQUFPLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDbkIsS0FBSyxNQUFNLElBQUksSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztnQkFDbkMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQy9CLEdBQUcsQ0FBQyxjQUFjLElBQUksRUFBRSxDQUFDLENBQUM7WUFDNUIsQ0FBQztZQUNELEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLElBQUksSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7WUFDL0YsU0FBUztRQUNYLENBQUM7UUFDRCxJQUFJLENBQUM7WUFDSCxNQUFNLE1BQU0sR0FBRyxNQUFNLE9BQU8sQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxJQUFJLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZHLElBQUksTUFBTSxDQUFDLE9BQU8sS0FBSyxRQUFRLElBQUksT0FBTztnQkFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQ2pFLElBQUksSUFBSSxDQUFDLElBQUksS0FBSyxnQkFBZ0IsSUFBSSxNQUFNLENBQUMsU0FBUyxFQUFFLENBQUM7Z0JBQ3ZELEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLENBQUMsU0FBUyxDQUFDLENBQUM7Z0JBQ3hDLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7WUFDbkYsQ0FBQztZQUNELEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUMsQ0FBQztZQUN2QyxHQUFHLENBQUMsR0FBRyxnQkFBZ0IsQ0FBQyxJQUFJLENBQUMsS0FBSyxNQUFNLENBQUMsT0FBTyxHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sTUFBTSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3JHLENBQUM7UUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO1lBQ2YsSUFBSSxPQUFPO2dCQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUM7WUFDbEMsTUFBTSxPQUFPLEdBQUcsYUFBYSxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQ3JDLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxJQUFJLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZHLEdBQUcsQ0FBQyxHQUFHLGdCQUFnQixDQUFDLElBQUksQ0FBQyxjQUFjLE9BQU8sRUFBRSxDQUFDLENBQUM7UUFDeEQsQ0FBQztJQUNILENBQUM7SUFDRCxPQUFPLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssUUFBUSxDQUFDLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDO0FBQ3ZHLENBQUM7QUFVRCxTQUFTLElBQUksQ0FBQyxJQUFjLEVBQUUsS0FBZTtJQUMzQyxJQUFJLENBQUMsQ0FBQyxTQUFTLElBQUksSUFBSSxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDM0MsT0FBTyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztBQUM3RSxDQUFDO0FBRUQsS0FBSyxVQUFVLE9BQU8sQ0FBQyxHQUFnQixFQUFFLElBQWMsRUFBRSxLQUFlO0lBQ3RFLE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDO0lBQ3RDLE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDO0lBQ3BDLFFBQVEsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2xCLEtBQUssV0FBVyxDQUFDLENBQUMsQ0FBQztZQUNqQixNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDcEQsSUFBSSxDQUFDLFFBQVE7Z0JBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLDBCQUEwQixRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxpQkFBaUIsRUFBRSxDQUFDO1lBQ3BILE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQ3pELElBQUksQ0FBQztnQkFDSCxNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLDBCQUEwQixFQUFFLFlBQVksUUFBUSxTQUFTLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUNuSCxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksK0JBQStCLENBQUMsRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQ2xGLENBQUM7Z0JBQ0YsSUFBSSxNQUFNLENBQUMsa0JBQWtCLEVBQUUsRUFBRTtvQkFBRSxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLE1BQU0sQ0FBQyxrQkFBa0IsQ0FBQyxFQUFFLENBQUMsQ0FBQztnQkFDMUYsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsQ0FBQztZQUM3QixDQUFDO1lBQUMsT0FBTyxLQUFLLEVBQUUsQ0FBQztnQkFDZixJQUFLLEtBQTJCLENBQUMsSUFBSSxLQUFLLHNDQUFzQztvQkFBRSxNQUFNLEtBQUssQ0FBQztnQkFDOUYsSUFBSSxLQUFLLEVBQUUsTUFBTSxJQUFJLElBQUksd0NBQXdDLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLENBQUM7b0JBQ3pILE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxtQkFBbUIsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUM7b0JBQ2xFLElBQUksRUFBRSxFQUFFLEVBQUU7d0JBQUUsS0FBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7Z0JBQzlDLENBQUM7Z0JBQ0QsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsQ0FBQztZQUNyQyxDQUFDO1FBQ0gsQ0FBQztRQUNELEtBQUssZ0JBQWdCLENBQUMsQ0FBQyxDQUFDO1lBQ3RCLE1BQU0sTUFBTSxHQUFHLE1BQU0sYUFBYSxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQztZQUM5QyxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sQ0FBQyxPQUFPLEVBQUUsU0FBUyxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNwRixDQUFDO1FBQ0QsS0FBSyxjQUFjLENBQUMsQ0FBQyxDQUFDO1lBQ3BCLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDN0IsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3hDLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUNwQyxJQUFJLENBQUMsRUFBRTtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsb0NBQW9DLEVBQUUsQ0FBQztZQUN0RixJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsRUFBRTtnQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksd0JBQXdCLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDO1lBQ3BJLElBQUksQ0FBQztnQkFDSCxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLGFBQWEsRUFBRSxhQUFhLEVBQUUsSUFBSSxJQUFJLENBQUMsSUFBSSxPQUFPLElBQUksQ0FBQyxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FDaEcsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLGtCQUFrQixDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FDbkcsQ0FBQztnQkFDRixPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLENBQUM7WUFDNUMsQ0FBQztZQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7Z0JBQ2YsSUFBSyxLQUEyQixDQUFDLElBQUksS0FBSywyQkFBMkI7b0JBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDO2dCQUN6SCxNQUFNLEtBQUssQ0FBQztZQUNkLENBQUM7UUFDSCxDQUFDO1FBQ0QsS0FBSyxhQUFhO1lBQ2hCLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsYUFBYSxFQUFFLGNBQWMsSUFBSSxDQUFDLEVBQUUsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FDL0csR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLGtCQUFrQixDQUFDLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FDbkksQ0FBQztZQUNGLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDakQsS0FBSyxlQUFlO1lBQ2xCLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsZUFBZSxFQUFFLGNBQWMsSUFBSSxDQUFDLEVBQUUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUNwRyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksb0JBQW9CLENBQUMsRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FDckYsQ0FBQztZQUNGLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDakQsS0FBSyxlQUFlLENBQUMsQ0FBQyxDQUFDO1lBQ3JCLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUM7WUFDN0IsSUFBSSxDQUFDLEVBQUU7Z0JBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLG9DQUFvQyxFQUFFLENBQUM7WUFDdEYsTUFBTSxVQUFVLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQztZQUM1RCxJQUFJLENBQUM7Z0JBQ0gsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxjQUFjLEVBQUUsY0FBYyxVQUFVLENBQUMsRUFBRSxDQUFDLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FDM0csT0FBTyxDQUFDLElBQUksQ0FDVixJQUFJLG1CQUFtQixDQUFDO29CQUN0QixTQUFTLEVBQUUsS0FBSyxDQUFDLG1CQUFtQjtvQkFDcEMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUM7b0JBQzdDLDRCQUE0QixFQUFFLFlBQVksQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxlQUFlLENBQUMsS0FBSyxDQUFDLEVBQUUsV0FBVyxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUM7aUJBQ25KLENBQUMsQ0FDSCxDQUNGLENBQUM7Z0JBQ0YsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDO1lBQzVDLENBQUM7WUFBQyxPQUFPLEtBQUssRUFBRSxDQUFDO2dCQUNmLElBQUssS0FBMkIsQ0FBQyxJQUFJLEtBQUssMEJBQTBCO29CQUFFLE1BQU0sS0FBSyxDQUFDO2dCQUNsRixPQUFPLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxxREFBcUQsRUFBRSxDQUFDO1lBQ3BILENBQUM7UUFDSCxDQUFDO1FBQ0QsS0FBSyxlQUFlO1lBQ2xCLE1BQU0sWUFBWSxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLG1CQUFtQixDQUFDLENBQUM7WUFDekQsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNqRCxLQUFLLGVBQWUsQ0FBQyxDQUFDLENBQUM7WUFDckIsSUFBSSxJQUFJLENBQUMsRUFBRSxLQUFLLEtBQUssQ0FBQyxtQkFBbUI7Z0JBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLDRDQUE0QyxFQUFFLENBQUM7WUFDL0gsSUFBSSxDQUFDO2dCQUNILE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxlQUFlLEVBQUUsY0FBYyxFQUFFLGFBQWEsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxtQkFBbUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQ3pJLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDakQsQ0FBQztZQUFDLE9BQU8sS0FBSyxFQUFFLENBQUM7Z0JBQ2YsTUFBTSxDQUFDLEdBQUcsS0FBMkMsQ0FBQztnQkFDdEQsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLCtCQUErQjtvQkFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLGNBQWMsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO2dCQUN2RyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssOEJBQThCLElBQUksaUJBQWlCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztvQkFDeEYsT0FBTyxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxFQUFFLEVBQUUsT0FBTyxFQUFFLDZCQUE2QixDQUFDLENBQUMsTUFBTSw0RUFBNEUsRUFBRSxDQUFDO2dCQUMvSyxDQUFDO2dCQUNELE1BQU0sS0FBSyxDQUFDO1lBQ2QsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0FBQ0gsQ0FBQztBQUlEOzs7O0dBSUc7QUFDSCxLQUFLLFVBQVUsWUFBWSxDQUFDLEdBQWdCLEVBQUUsSUFBZ0IsRUFBRSxTQUFpQjtJQUMvRSxNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQztJQUNwQyxNQUFNLFVBQVUsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3pELElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsR0FBRyxHQUFHLENBQUMsS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxHQUFHLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDeEYsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxjQUFjLEVBQUUsY0FBYyxVQUFVLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FDbEksT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLG1CQUFtQixDQUFDLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxTQUFTLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUM1RyxDQUFDO0lBQ0osQ0FBQztJQUNELE1BQU0sR0FBRyxHQUFHLENBQUMsSUFBWSxFQUFFLE9BQWUsRUFBRSxFQUFFLENBQUMsR0FBRyxJQUFJLElBQUksT0FBTyxFQUFFLENBQUM7SUFDcEUsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbkYsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMvRixNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQy9CLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxhQUFhLElBQUksRUFBRSxFQUFFLENBQUM7UUFDOUMsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ2pDLDJEQUEyRDtRQUMzRCxNQUFNLGNBQWMsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLElBQUksQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLElBQUksQ0FBQztRQUN6SCxJQUFJLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLGNBQWMsRUFBRSxDQUFDO1lBQ2hGLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDWixTQUFTO1FBQ1gsQ0FBQztRQUNELE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLEVBQUUsb0JBQW9CLEVBQUUsY0FBYyxVQUFVLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQ3JGLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSx5QkFBeUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsWUFBWSxFQUFFLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUMzRyxDQUFDO0lBQ0osQ0FBQztJQUNELEtBQUssTUFBTSxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsSUFBSSxNQUFNLEVBQUUsQ0FBQztRQUNoQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQUUsU0FBUztRQUMxQixNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLG9CQUFvQixFQUFFLGNBQWMsVUFBVSxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxDQUNyRixPQUFPLENBQUMsSUFBSSxDQUFDLElBQUkseUJBQXlCLENBQUMsRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBRSxlQUFlLENBQUMsS0FBSyxDQUFDLEVBQUUsV0FBVyxFQUFFLGdCQUFnQixDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQ3BLLENBQUM7SUFDSixDQUFDO0FBQ0gsQ0FBQztBQUVELG9GQUFvRjtBQUNwRixNQUFNLFVBQVUsU0FBUyxDQUFDLElBQWM7SUFDdEMsTUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsQ0FBQztJQUNsRSxRQUFRLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNsQixLQUFLLFdBQVc7WUFDZCxPQUFPLENBQUMsaURBQWlELFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFNBQVMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3BJLEtBQUssZ0JBQWdCO1lBQ25CLE9BQU87Z0JBQ0wsb0VBQW9FO2dCQUNwRSwyQ0FBMkMsSUFBSSxDQUFDLE9BQU8sVUFBVSxJQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRTtnQkFDdEgsdUVBQXVFO2FBQ3hFLENBQUM7UUFDSixLQUFLLGNBQWM7WUFDakIsT0FBTyxDQUFDLHVDQUF1QyxFQUFFLElBQUksSUFBSSxDQUFDLElBQUksT0FBTyxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNsRixLQUFLLGFBQWE7WUFDaEIsT0FBTyxDQUFDLHdDQUF3QyxFQUFFLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM1SCxLQUFLLGVBQWU7WUFDbEIsT0FBTyxDQUFDLDBDQUEwQyxFQUFFLFlBQVksSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3pGLEtBQUssZUFBZTtZQUNsQixPQUFPLENBQUMsbURBQW1ELEVBQUUsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsYUFBYSxZQUFZLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLGdCQUFnQixDQUFDLENBQUM7UUFDL0osS0FBSyxlQUFlO1lBQ2xCLE9BQU8sQ0FBQyx1RkFBdUYsVUFBVSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsTUFBTSxDQUFDLENBQUM7UUFDdEosS0FBSyxlQUFlO1lBQ2xCLE9BQU8sQ0FBQyx3Q0FBd0MsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUMxRCxDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IENyZWF0ZUJ1ZGdldENvbW1hbmQsIENyZWF0ZU5vdGlmaWNhdGlvbkNvbW1hbmQsIERlbGV0ZU5vdGlmaWNhdGlvbkNvbW1hbmQsIFVwZGF0ZUJ1ZGdldENvbW1hbmQgfSBmcm9tICdAYXdzLXNkay9jbGllbnQtYnVkZ2V0cyc7XG5pbXBvcnQge1xuICBDbG9zZUFjY291bnRDb21tYW5kLFxuICBDcmVhdGVPcmdhbml6YXRpb25hbFVuaXRDb21tYW5kLFxuICBNb3ZlQWNjb3VudENvbW1hbmQsXG4gIFRhZ1Jlc291cmNlQ29tbWFuZCxcbiAgVW50YWdSZXNvdXJjZUNvbW1hbmQsXG4gIHBhZ2luYXRlTGlzdE9yZ2FuaXphdGlvbmFsVW5pdHNGb3JQYXJlbnQsXG4gIHR5cGUgQ3JlYXRlQWNjb3VudFN0YXR1cyxcbn0gZnJvbSAnQGF3cy1zZGsvY2xpZW50LW9yZ2FuaXphdGlvbnMnO1xuaW1wb3J0IHR5cGUgeyBBY2NvdW50LCBDYXRhbG9nLCBMaXZlT3JnYW5pemF0aW9uLCBMaXZlU3RlcCB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL21vZGVsJztcbmltcG9ydCB7IGVzY2FwZVRlcm1pbmFsLCBuZXV0cmFsaXNlQ29tbWFuZExpbmUgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9yZXBvcnQvZXNjYXBlJztcbmltcG9ydCB7IGNvbXBhcmVMaXZlIH0gZnJvbSAnLi4vLi4vc3JjL2NvcmUvcGxhbi9saXZlJztcbmltcG9ydCB7IGRlc2NyaWJlTGl2ZVN0ZXAgfSBmcm9tICcuLi8uLi9zcmMvY29yZS9wbGFuL2xpdmUtc3RlcC10ZXh0JztcbmltcG9ydCB7IG1hdGNoTGl2ZSB9IGZyb20gJy4uLy4uL3NyYy9jb3JlL3BsYW4vbGl2ZS1tYXRjaCc7XG5pbXBvcnQgeyBpc0NhdGFsb2dOb3RpZmljYXRpb24gfSBmcm9tICcuLi8uLi9zcmMvY29yZS9wbGFuL2xpdmUtYnVkZ2V0JztcbmltcG9ydCB7IGF3c0J1ZGdldCwgYXdzTm90aWZpY2F0aW9uLCBhd3NOb3RpZmljYXRpb25PZiwgYnVkZ2V0TmFtZSwgZW1haWxTdWJzY3JpYmVycywgdW5pcXVlQWxlcnRzIH0gZnJvbSAnLi9idWRnZXRzJztcbmltcG9ydCB0eXBlIHsgQXdzQ2xpZW50cyB9IGZyb20gJy4vY2xpZW50cyc7XG5pbXBvcnQgeyBlbnN1cmVBY2NvdW50LCBsaXN0Q3JlYXRlUmVxdWVzdHMgfSBmcm9tICcuL2NyZWF0ZS1hY2NvdW50JztcbmltcG9ydCB7IGRlc2NyaWJlRXJyb3IgfSBmcm9tICcuL2Vycm9ycyc7XG5pbXBvcnQgeyBwb2xsT3B0aW9ucywgdHlwZSBQb2xsT3B0aW9ucyB9IGZyb20gJy4vcG9sbCc7XG5pbXBvcnQgeyByZWFkTGl2ZSwgdHlwZSBSZWFkT3B0aW9ucyB9IGZyb20gJy4vcmVhZCc7XG5pbXBvcnQgdHlwZSB7IFN0ZXBDb250ZXh0IH0gZnJvbSAnLi9zdGVwLWNvbnRleHQnO1xuXG5leHBvcnQgdHlwZSBTdGVwT3V0Y29tZSA9ICdkb25lJyB8ICdhbHJlYWR5LWRvbmUnIHwgJ2ZhaWxlZCcgfCAnc2tpcHBlZCcgfCAnZHJ5LXJ1bic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBwbGllZFN0ZXAge1xuICByZWFkb25seSBzdGVwOiBMaXZlU3RlcDtcbiAgcmVhZG9ubHkgb3V0Y29tZTogU3RlcE91dGNvbWU7XG4gIC8qKiBUaGUgQVBJIGNhbGxzIG1hZGUgKG9yLCBpbiBkcnktcnVuLCB0aGF0IHdvdWxkIGJlIG1hZGUpLCBlLmcuIG9yZ2FuaXphdGlvbnM6Q3JlYXRlQWNjb3VudC4gKi9cbiAgcmVhZG9ubHkgY2FsbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSBtZXNzYWdlPzogc3RyaW5nO1xuICAvKiogVGhlIGFjY291bnQncyBpZCwgb25jZSBrbm93biAobmV3IGFjY291bnRzOiB0aGUgaWQgQVdTIGdhdmUgaXQpLiAqL1xuICByZWFkb25seSBhY2NvdW50SWQ/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBwbHlSZXBvcnQge1xuICByZWFkb25seSBmYWlsZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGRyeVJ1bjogYm9vbGVhbjtcbiAgLyoqIFNldCB3aGVuIGFwcGx5IHJlZnVzZWQgdG8gc3RhcnQgKG5vdGhpbmcgd2FzIGNoYW5nZWQpLiAqL1xuICByZWFkb25seSByZWZ1c2VkPzogc3RyaW5nO1xuICByZWFkb25seSBzdGVwczogcmVhZG9ubHkgQXBwbGllZFN0ZXBbXTtcbiAgLyoqIEFjY291bnRzIHRoaXMgcnVuIGNyZWF0ZWQgb3IgZm91bmQgY3JlYXRlZCBieSBhbiBlYXJsaWVyIHJ1bjogYWRkIHRoZXNlIGlkcyB0byB0aGUgY2F0YWxvZy4gKi9cbiAgcmVhZG9ubHkgY3JlYXRlZDogcmVhZG9ubHkgeyByZWFkb25seSBhY2NvdW50OiBzdHJpbmc7IHJlYWRvbmx5IGVtYWlsOiBzdHJpbmc7IHJlYWRvbmx5IGlkOiBzdHJpbmcgfVtdO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEFwcGx5T3B0aW9ucyBleHRlbmRzIFJlYWRPcHRpb25zIHtcbiAgcmVhZG9ubHkgZHJ5UnVuOiBib29sZWFuO1xuICByZWFkb25seSBwb2xsPzogUGFydGlhbDxQb2xsT3B0aW9ucz47XG59XG5cbi8qKiBDYXRhbG9nIHRleHQgaW4gYSBsb2cgbGluZTogbm8gY29udHJvbCBjaGFyYWN0ZXJzLCBuZXZlciBhIHdvcmtmbG93IGNvbW1hbmQuICovXG5mdW5jdGlvbiBzYWZlTGluZShsaW5lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gbmV1dHJhbGlzZUNvbW1hbmRMaW5lKGVzY2FwZVRlcm1pbmFsKGxpbmUpKTtcbn1cblxuLyoqIFRoZSBtYW5hZ2VtZW50IGFjY291bnQgbWF5IG5ldmVyIGJlIGNsb3NlZDogcmVmdXNlZCBiZWZvcmUgYW55IGNhbGwuICovXG5mdW5jdGlvbiBtYW5hZ2VtZW50Q2xvc2luZyhoZWFkOiBDYXRhbG9nLCBtYW5hZ2VtZW50QWNjb3VudElkOiBzdHJpbmcgfCB1bmRlZmluZWQsIGxpdmU/OiBMaXZlT3JnYW5pemF0aW9uKTogQWNjb3VudCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGNsb3NlZCA9IGhlYWQuYWNjb3VudHMuZmlsdGVyKChhKSA9PiBhLnN0YXRlID09PSAnY2xvc2VkJyk7XG4gIGNvbnN0IGJ5Q2F0YWxvZyA9IG1hbmFnZW1lbnRBY2NvdW50SWQgPyBjbG9zZWQuZmluZCgoYSkgPT4gYS5pZCA9PT0gbWFuYWdlbWVudEFjY291bnRJZCkgOiB1bmRlZmluZWQ7XG4gIGlmIChieUNhdGFsb2cgfHwgIWxpdmUpIHJldHVybiBieUNhdGFsb2c7XG4gIHJldHVybiBtYXRjaExpdmUoY2xvc2VkLCBsaXZlKS5maW5kKChwKSA9PiBwLmxpdmU/LmlkID09PSBsaXZlLm1hbmFnZW1lbnRBY2NvdW50SWQpPy5hY2NvdW50O1xufVxuXG5mdW5jdGlvbiByZWZ1c2FsKGFjY291bnQ6IEFjY291bnQsIGlkOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYFJlZnVzZWQ6ICR7YWNjb3VudC5uYW1lfSAoJHtpZH0pIGlzIHRoZSBtYW5hZ2VtZW50IGFjY291bnQgYW5kIGNhbiBuZXZlciBiZSBjbG9zZWQuIFNldCBcXGBzdGF0ZTogYWN0aXZlXFxgLiBOb3RoaW5nIHdhcyBjaGFuZ2VkLmA7XG59XG5cbi8qKiBjbGFtcChmbG9vcihwZXJjZW50ICUgb2YgYWN0aXZlIG1lbWJlciBhY2NvdW50cyksIG1pbmltdW0sIG1heGltdW0pOiB0aGUgQ2xvc2VBY2NvdW50IHF1b3RhIHBlciByb2xsaW5nIDMwIGRheXMuICovXG5leHBvcnQgZnVuY3Rpb24gY2xvc2VRdW90YShoZWFkOiBDYXRhbG9nLCBsaXZlOiBMaXZlT3JnYW5pemF0aW9uKTogbnVtYmVyIHtcbiAgY29uc3QgeyBwZXJjZW50LCBtaW5pbXVtLCBtYXhpbXVtIH0gPSBoZWFkLnBvbGljeS5jbG9zaW5nLnF1b3RhO1xuICBjb25zdCBhY3RpdmUgPSBsaXZlLmFjY291bnRzLmZpbHRlcigoYSkgPT4gYS5zdGF0dXMgPT09ICdBQ1RJVkUnICYmIGEuaWQgIT09IGxpdmUubWFuYWdlbWVudEFjY291bnRJZCkubGVuZ3RoO1xuICByZXR1cm4gTWF0aC5taW4oTWF0aC5tYXgoTWF0aC5mbG9vcigocGVyY2VudCAqIGFjdGl2ZSkgLyAxMDApLCBtaW5pbXVtKSwgbWF4aW11bSk7XG59XG5cbmZ1bmN0aW9uIHBhcmVudE9mKHBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGN1dCA9IHBhdGgubGFzdEluZGV4T2YoJy8nKTtcbiAgcmV0dXJuIGN1dCA8PSAwID8gJy8nIDogcGF0aC5zbGljZSgwLCBjdXQpO1xufVxuXG4vKipcbiAqIEJyaW5ncyBBV1MgdG8gdGhlIGhlYWQgY2F0YWxvZzogcmVhZHMgdGhlIGxpdmUgb3JnYW5pemF0aW9uLCBjb21wYXJlcyAoY29tcGFyZUxpdmUpLCB0aGVuIHJ1bnNcbiAqIHRoZSBzdGVwcyBpbiBvcmRlci4gRWFjaCBzdGVwIGZpcnN0IHJlLWRlcml2ZXMgd2hhdCBpcyBsZWZ0IGZyb20gdGhlIGZyZXNoIHJlYWQsIHNvIGEgcnVuIHRoYXRcbiAqIHdhcyBraWxsZWQgYWZ0ZXIgYW55IGNhbGwgYW5kIGlzIHN0YXJ0ZWQgYWdhaW4gZmluaXNoZXMgdGhlIHdvcmsgd2l0aG91dCBkb2luZyBhbnkgb2YgaXQgdHdpY2UuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBhcHBseVdpdGhDbGllbnRzKGNsaWVudHM6IEF3c0NsaWVudHMsIGhlYWQ6IENhdGFsb2csIGxvZzogKGxpbmU6IHN0cmluZykgPT4gdm9pZCwgb3B0aW9uczogQXBwbHlPcHRpb25zKTogUHJvbWlzZTxBcHBseVJlcG9ydD4ge1xuICBjb25zdCBzYXkgPSAobGluZTogc3RyaW5nKSA9PiBsb2coc2FmZUxpbmUobGluZSkpO1xuICBjb25zdCBlYXJseSA9IG1hbmFnZW1lbnRDbG9zaW5nKGhlYWQsIGhlYWQub3JnYW5pemF0aW9uLm1hbmFnZW1lbnRBY2NvdW50SWQpO1xuICBpZiAoZWFybHkpIHJldHVybiB7IGZhaWxlZDogdHJ1ZSwgZHJ5UnVuOiBvcHRpb25zLmRyeVJ1biwgcmVmdXNlZDogcmVmdXNhbChlYXJseSwgZWFybHkuaWQgPz8gJycpLCBzdGVwczogW10sIGNyZWF0ZWQ6IFtdIH07XG5cbiAgY29uc3QgbGl2ZSA9IGF3YWl0IHJlYWRMaXZlKGNsaWVudHMsIGhlYWQsIG9wdGlvbnMpO1xuICBjb25zdCBsYXRlID0gbWFuYWdlbWVudENsb3NpbmcoaGVhZCwgdW5kZWZpbmVkLCBsaXZlKTtcbiAgaWYgKGxhdGUpIHJldHVybiB7IGZhaWxlZDogdHJ1ZSwgZHJ5UnVuOiBvcHRpb25zLmRyeVJ1biwgcmVmdXNlZDogcmVmdXNhbChsYXRlLCBsaXZlLm1hbmFnZW1lbnRBY2NvdW50SWQpLCBzdGVwczogW10sIGNyZWF0ZWQ6IFtdIH07XG5cbiAgY29uc3QgeyBsaXZlU3RlcHMgfSA9IGNvbXBhcmVMaXZlKHVuZGVmaW5lZCwgaGVhZCwgbGl2ZSk7XG4gIGNvbnN0IGNsb3NlcyA9IGxpdmVTdGVwcy5maWx0ZXIoKHMpID0+IHMua2luZCA9PT0gJ2Nsb3NlLWFjY291bnQnKS5sZW5ndGg7XG4gIGNvbnN0IHF1b3RhID0gY2xvc2VRdW90YShoZWFkLCBsaXZlKTtcbiAgY29uc3Qgb3ZlclF1b3RhID1cbiAgICBjbG9zZXMgPiBxdW90YVxuICAgICAgPyBgUmVmdXNlZCB0byBjbG9zZSAke2Nsb3Nlc30gYWNjb3VudHM6IEFXUyBsZXRzIHRoZSBvcmdhbml6YXRpb24gY2xvc2UgYXQgbW9zdCAke3F1b3RhfSBpbiBhIHJvbGxpbmcgMzAgZGF5cyAocG9saWN5LmNsb3NpbmcucXVvdGEpLiBDbG9zZSBmZXdlciBwZXIgY2hhbmdlLmBcbiAgICAgIDogdW5kZWZpbmVkO1xuXG4gIGNvbnN0IG91SWRzID0gbmV3IE1hcChPYmplY3QuZW50cmllcyhsaXZlLm9yZ2FuaXphdGlvbmFsVW5pdHMpKTtcbiAgY29uc3QgaWRzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgY29uc3QgYmxvY2tlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBjcmVhdGVkOiB7IGFjY291bnQ6IHN0cmluZzsgZW1haWw6IHN0cmluZzsgaWQ6IHN0cmluZyB9W10gPSBbXTtcbiAgbGV0IHJlcXVlc3RzOiBQcm9taXNlPENyZWF0ZUFjY291bnRTdGF0dXNbXT4gfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHN0ZXBzOiBBcHBsaWVkU3RlcFtdID0gW107XG5cbiAgZm9yIChjb25zdCBzdGVwIG9mIGxpdmVTdGVwcykge1xuICAgIGNvbnN0IGNhbGxzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGNvbnN0IGN0eDogU3RlcENvbnRleHQgPSB7XG4gICAgICBjbGllbnRzLFxuICAgICAgcG9sbDogcG9sbE9wdGlvbnMob3B0aW9ucy5wb2xsKSxcbiAgICAgIGxvZzogc2F5LFxuICAgICAgYXN5bmMgc2VuZChzZXJ2aWNlLCBvcGVyYXRpb24sIGRldGFpbCwgY2FsbCkge1xuICAgICAgICBjYWxscy5wdXNoKGAke3NlcnZpY2V9OiR7b3BlcmF0aW9ufWApO1xuICAgICAgICBzYXkoYCR7b3B0aW9ucy5kcnlSdW4gPyAnd291bGQgY2FsbCcgOiAnY2FsbCd9ICR7c2VydmljZX06JHtvcGVyYXRpb259ICR7ZGV0YWlsfWApO1xuICAgICAgICByZXR1cm4gY2FsbCgpO1xuICAgICAgfSxcbiAgICAgIGNyZWF0ZVJlcXVlc3RzOiAoKSA9PiAocmVxdWVzdHMgPz89IGxpc3RDcmVhdGVSZXF1ZXN0cyhjdHgpKSxcbiAgICB9O1xuICAgIGNvbnN0IGFjY291bnQgPSAnYWNjb3VudCcgaW4gc3RlcCA/IHN0ZXAuYWNjb3VudCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoYWNjb3VudCAmJiBibG9ja2VkLmhhcyhhY2NvdW50KSkge1xuICAgICAgc3RlcHMucHVzaCh7IHN0ZXAsIG91dGNvbWU6ICdza2lwcGVkJywgY2FsbHMsIG1lc3NhZ2U6IGBza2lwcGVkOiBhbiBlYXJsaWVyIHN0ZXAgZm9yICR7YWNjb3VudH0gZmFpbGVkYCB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoc3RlcC5raW5kID09PSAnY2xvc2UtYWNjb3VudCcgJiYgb3ZlclF1b3RhKSB7XG4gICAgICBzdGVwcy5wdXNoKHsgc3RlcCwgb3V0Y29tZTogJ2ZhaWxlZCcsIGNhbGxzLCBtZXNzYWdlOiBvdmVyUXVvdGEgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKG9wdGlvbnMuZHJ5UnVuKSB7XG4gICAgICBmb3IgKGNvbnN0IGxpbmUgb2Ygd291bGRDYWxsKHN0ZXApKSB7XG4gICAgICAgIGNhbGxzLnB1c2gobGluZS5zcGxpdCgnICcpWzBdKTtcbiAgICAgICAgc2F5KGB3b3VsZCBjYWxsICR7bGluZX1gKTtcbiAgICAgIH1cbiAgICAgIHN0ZXBzLnB1c2goeyBzdGVwLCBvdXRjb21lOiAnZHJ5LXJ1bicsIGNhbGxzLCBhY2NvdW50SWQ6ICdpZCcgaW4gc3RlcCA/IHN0ZXAuaWQgOiB1bmRlZmluZWQgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHJ1blN0ZXAoY3R4LCBzdGVwLCB7IG91SWRzLCBpZHMsIG1hbmFnZW1lbnRBY2NvdW50SWQ6IGxpdmUubWFuYWdlbWVudEFjY291bnRJZCB9KTtcbiAgICAgIGlmIChyZXN1bHQub3V0Y29tZSA9PT0gJ2ZhaWxlZCcgJiYgYWNjb3VudCkgYmxvY2tlZC5hZGQoYWNjb3VudCk7XG4gICAgICBpZiAoc3RlcC5raW5kID09PSAnY3JlYXRlLWFjY291bnQnICYmIHJlc3VsdC5hY2NvdW50SWQpIHtcbiAgICAgICAgaWRzLnNldChzdGVwLmFjY291bnQsIHJlc3VsdC5hY2NvdW50SWQpO1xuICAgICAgICBjcmVhdGVkLnB1c2goeyBhY2NvdW50OiBzdGVwLmFjY291bnQsIGVtYWlsOiBzdGVwLmVtYWlsLCBpZDogcmVzdWx0LmFjY291bnRJZCB9KTtcbiAgICAgIH1cbiAgICAgIHN0ZXBzLnB1c2goeyBzdGVwLCBjYWxscywgLi4ucmVzdWx0IH0pO1xuICAgICAgc2F5KGAke2Rlc2NyaWJlTGl2ZVN0ZXAoc3RlcCl9OiAke3Jlc3VsdC5vdXRjb21lfSR7cmVzdWx0Lm1lc3NhZ2UgPyBgIOKAlCAke3Jlc3VsdC5tZXNzYWdlfWAgOiAnJ31gKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGFjY291bnQpIGJsb2NrZWQuYWRkKGFjY291bnQpO1xuICAgICAgY29uc3QgbWVzc2FnZSA9IGRlc2NyaWJlRXJyb3IoZXJyb3IpO1xuICAgICAgc3RlcHMucHVzaCh7IHN0ZXAsIG91dGNvbWU6ICdmYWlsZWQnLCBjYWxscywgbWVzc2FnZSwgYWNjb3VudElkOiAnaWQnIGluIHN0ZXAgPyBzdGVwLmlkIDogdW5kZWZpbmVkIH0pO1xuICAgICAgc2F5KGAke2Rlc2NyaWJlTGl2ZVN0ZXAoc3RlcCl9OiBmYWlsZWQg4oCUICR7bWVzc2FnZX1gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgZmFpbGVkOiBzdGVwcy5zb21lKChzKSA9PiBzLm91dGNvbWUgPT09ICdmYWlsZWQnKSwgZHJ5UnVuOiBvcHRpb25zLmRyeVJ1biwgc3RlcHMsIGNyZWF0ZWQgfTtcbn1cblxuaW50ZXJmYWNlIFJ1blN0YXRlIHtcbiAgcmVhZG9ubHkgb3VJZHM6IE1hcDxzdHJpbmcsIHN0cmluZz47XG4gIHJlYWRvbmx5IGlkczogTWFwPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgbWFuYWdlbWVudEFjY291bnRJZDogc3RyaW5nO1xufVxuXG50eXBlIFN0ZXBSZXN1bHQgPSBQaWNrPEFwcGxpZWRTdGVwLCAnb3V0Y29tZScgfCAnbWVzc2FnZScgfCAnYWNjb3VudElkJz47XG5cbmZ1bmN0aW9uIGlkT2Yoc3RlcDogTGl2ZVN0ZXAsIHN0YXRlOiBSdW5TdGF0ZSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICghKCdhY2NvdW50JyBpbiBzdGVwKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuICgnaWQnIGluIHN0ZXAgPyBzdGVwLmlkIDogdW5kZWZpbmVkKSA/PyBzdGF0ZS5pZHMuZ2V0KHN0ZXAuYWNjb3VudCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJ1blN0ZXAoY3R4OiBTdGVwQ29udGV4dCwgc3RlcDogTGl2ZVN0ZXAsIHN0YXRlOiBSdW5TdGF0ZSk6IFByb21pc2U8U3RlcFJlc3VsdD4ge1xuICBjb25zdCBvcmcgPSBjdHguY2xpZW50cy5vcmdhbml6YXRpb25zO1xuICBjb25zdCBidWRnZXRzID0gY3R4LmNsaWVudHMuYnVkZ2V0cztcbiAgc3dpdGNoIChzdGVwLmtpbmQpIHtcbiAgICBjYXNlICdjcmVhdGUtb3UnOiB7XG4gICAgICBjb25zdCBwYXJlbnRJZCA9IHN0YXRlLm91SWRzLmdldChwYXJlbnRPZihzdGVwLm91KSk7XG4gICAgICBpZiAoIXBhcmVudElkKSByZXR1cm4geyBvdXRjb21lOiAnc2tpcHBlZCcsIG1lc3NhZ2U6IGBza2lwcGVkOiB0aGUgcGFyZW50IE9VICR7cGFyZW50T2Yoc3RlcC5vdSl9IGRvZXMgbm90IGV4aXN0YCB9O1xuICAgICAgY29uc3QgbmFtZSA9IHN0ZXAub3Uuc2xpY2Uoc3RlcC5vdS5sYXN0SW5kZXhPZignLycpICsgMSk7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBhbnN3ZXIgPSBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdDcmVhdGVPcmdhbml6YXRpb25hbFVuaXQnLCBgUGFyZW50SWQ9JHtwYXJlbnRJZH0gTmFtZT0ke25hbWV9YCwgKCkgPT5cbiAgICAgICAgICBvcmcuc2VuZChuZXcgQ3JlYXRlT3JnYW5pemF0aW9uYWxVbml0Q29tbWFuZCh7IFBhcmVudElkOiBwYXJlbnRJZCwgTmFtZTogbmFtZSB9KSksXG4gICAgICAgICk7XG4gICAgICAgIGlmIChhbnN3ZXIuT3JnYW5pemF0aW9uYWxVbml0Py5JZCkgc3RhdGUub3VJZHMuc2V0KHN0ZXAub3UsIGFuc3dlci5Pcmdhbml6YXRpb25hbFVuaXQuSWQpO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScgfTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgIT09ICdEdXBsaWNhdGVPcmdhbml6YXRpb25hbFVuaXRFeGNlcHRpb24nKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgZm9yIGF3YWl0IChjb25zdCBwYWdlIG9mIHBhZ2luYXRlTGlzdE9yZ2FuaXphdGlvbmFsVW5pdHNGb3JQYXJlbnQoeyBjbGllbnQ6IG9yZywgcGFnZVNpemU6IDIwIH0sIHsgUGFyZW50SWQ6IHBhcmVudElkIH0pKSB7XG4gICAgICAgICAgY29uc3Qgb3UgPSBwYWdlLk9yZ2FuaXphdGlvbmFsVW5pdHM/LmZpbmQoKG8pID0+IG8uTmFtZSA9PT0gbmFtZSk7XG4gICAgICAgICAgaWYgKG91Py5JZCkgc3RhdGUub3VJZHMuc2V0KHN0ZXAub3UsIG91LklkKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnYWxyZWFkeS1kb25lJyB9O1xuICAgICAgfVxuICAgIH1cbiAgICBjYXNlICdjcmVhdGUtYWNjb3VudCc6IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGVuc3VyZUFjY291bnQoY3R4LCBzdGVwKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6IHJlc3VsdC5vdXRjb21lLCBtZXNzYWdlOiByZXN1bHQubWVzc2FnZSwgYWNjb3VudElkOiByZXN1bHQuaWQgfTtcbiAgICB9XG4gICAgY2FzZSAnbW92ZS1hY2NvdW50Jzoge1xuICAgICAgY29uc3QgaWQgPSBpZE9mKHN0ZXAsIHN0YXRlKTtcbiAgICAgIGNvbnN0IGZyb20gPSBzdGF0ZS5vdUlkcy5nZXQoc3RlcC5mcm9tKTtcbiAgICAgIGNvbnN0IHRvID0gc3RhdGUub3VJZHMuZ2V0KHN0ZXAudG8pO1xuICAgICAgaWYgKCFpZCkgcmV0dXJuIHsgb3V0Y29tZTogJ3NraXBwZWQnLCBtZXNzYWdlOiAnc2tpcHBlZDogdGhlIGFjY291bnQgaGFzIG5vIGlkIHlldCcgfTtcbiAgICAgIGlmICghZnJvbSB8fCAhdG8pIHJldHVybiB7IG91dGNvbWU6ICdmYWlsZWQnLCBtZXNzYWdlOiBgdGhlIE9VICR7IXRvID8gc3RlcC50byA6IHN0ZXAuZnJvbX0gZG9lcyBub3QgZXhpc3QgaW4gQVdTYCwgYWNjb3VudElkOiBpZCB9O1xuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgY3R4LnNlbmQoJ29yZ2FuaXphdGlvbnMnLCAnTW92ZUFjY291bnQnLCBgQWNjb3VudElkPSR7aWR9ICR7c3RlcC5mcm9tfSAtPiAke3N0ZXAudG99YCwgKCkgPT5cbiAgICAgICAgICBvcmcuc2VuZChuZXcgTW92ZUFjY291bnRDb21tYW5kKHsgQWNjb3VudElkOiBpZCwgU291cmNlUGFyZW50SWQ6IGZyb20sIERlc3RpbmF0aW9uUGFyZW50SWQ6IHRvIH0pKSxcbiAgICAgICAgKTtcbiAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2RvbmUnLCBhY2NvdW50SWQ6IGlkIH07XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICBpZiAoKGVycm9yIGFzIHsgbmFtZT86IHN0cmluZyB9KS5uYW1lID09PSAnRHVwbGljYXRlQWNjb3VudEV4Y2VwdGlvbicpIHJldHVybiB7IG91dGNvbWU6ICdhbHJlYWR5LWRvbmUnLCBhY2NvdW50SWQ6IGlkIH07XG4gICAgICAgIHRocm93IGVycm9yO1xuICAgICAgfVxuICAgIH1cbiAgICBjYXNlICd0YWctYWNjb3VudCc6XG4gICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdUYWdSZXNvdXJjZScsIGBSZXNvdXJjZUlkPSR7c3RlcC5pZH0gJHtPYmplY3Qua2V5cyhzdGVwLnRhZ3MpLmpvaW4oJywnKX1gLCAoKSA9PlxuICAgICAgICBvcmcuc2VuZChuZXcgVGFnUmVzb3VyY2VDb21tYW5kKHsgUmVzb3VyY2VJZDogc3RlcC5pZCwgVGFnczogT2JqZWN0LmVudHJpZXMoc3RlcC50YWdzKS5tYXAoKFtLZXksIFZhbHVlXSkgPT4gKHsgS2V5LCBWYWx1ZSB9KSkgfSkpLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6ICdkb25lJywgYWNjb3VudElkOiBzdGVwLmlkIH07XG4gICAgY2FzZSAndW50YWctYWNjb3VudCc6XG4gICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdVbnRhZ1Jlc291cmNlJywgYFJlc291cmNlSWQ9JHtzdGVwLmlkfSAke3N0ZXAua2V5cy5qb2luKCcsJyl9YCwgKCkgPT5cbiAgICAgICAgb3JnLnNlbmQobmV3IFVudGFnUmVzb3VyY2VDb21tYW5kKHsgUmVzb3VyY2VJZDogc3RlcC5pZCwgVGFnS2V5czogWy4uLnN0ZXAua2V5c10gfSkpLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IG91dGNvbWU6ICdkb25lJywgYWNjb3VudElkOiBzdGVwLmlkIH07XG4gICAgY2FzZSAnY3JlYXRlLWJ1ZGdldCc6IHtcbiAgICAgIGNvbnN0IGlkID0gaWRPZihzdGVwLCBzdGF0ZSk7XG4gICAgICBpZiAoIWlkKSByZXR1cm4geyBvdXRjb21lOiAnc2tpcHBlZCcsIG1lc3NhZ2U6ICdza2lwcGVkOiB0aGUgYWNjb3VudCBoYXMgbm8gaWQgeWV0JyB9O1xuICAgICAgY29uc3QgcmVjaXBpZW50cyA9IGVtYWlsU3Vic2NyaWJlcnMoc3RlcC5idWRnZXQucmVjaXBpZW50cyk7XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBjdHguc2VuZCgnYnVkZ2V0cycsICdDcmVhdGVCdWRnZXQnLCBgQnVkZ2V0TmFtZT0ke2J1ZGdldE5hbWUoaWQpfSAke3N0ZXAuYnVkZ2V0Lm1vbnRobHlVc2R9IFVTRGAsICgpID0+XG4gICAgICAgICAgYnVkZ2V0cy5zZW5kKFxuICAgICAgICAgICAgbmV3IENyZWF0ZUJ1ZGdldENvbW1hbmQoe1xuICAgICAgICAgICAgICBBY2NvdW50SWQ6IHN0YXRlLm1hbmFnZW1lbnRBY2NvdW50SWQsXG4gICAgICAgICAgICAgIEJ1ZGdldDogYXdzQnVkZ2V0KGlkLCBzdGVwLmJ1ZGdldC5tb250aGx5VXNkKSxcbiAgICAgICAgICAgICAgTm90aWZpY2F0aW9uc1dpdGhTdWJzY3JpYmVyczogdW5pcXVlQWxlcnRzKHN0ZXAuYnVkZ2V0LmFsZXJ0cykubWFwKChhbGVydCkgPT4gKHsgTm90aWZpY2F0aW9uOiBhd3NOb3RpZmljYXRpb24oYWxlcnQpLCBTdWJzY3JpYmVyczogcmVjaXBpZW50cyB9KSksXG4gICAgICAgICAgICB9KSxcbiAgICAgICAgICApLFxuICAgICAgICApO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogaWQgfTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICgoZXJyb3IgYXMgeyBuYW1lPzogc3RyaW5nIH0pLm5hbWUgIT09ICdEdXBsaWNhdGVSZWNvcmRFeGNlcHRpb24nKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2FscmVhZHktZG9uZScsIGFjY291bnRJZDogaWQsIG1lc3NhZ2U6ICd0aGUgYnVkZ2V0IGV4aXN0cyBhbHJlYWR5OyB0aGUgbmV4dCBydW4gY29tcGFyZXMgaXQnIH07XG4gICAgICB9XG4gICAgfVxuICAgIGNhc2UgJ3VwZGF0ZS1idWRnZXQnOlxuICAgICAgYXdhaXQgdXBkYXRlQnVkZ2V0KGN0eCwgc3RlcCwgc3RhdGUubWFuYWdlbWVudEFjY291bnRJZCk7XG4gICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogc3RlcC5pZCB9O1xuICAgIGNhc2UgJ2Nsb3NlLWFjY291bnQnOiB7XG4gICAgICBpZiAoc3RlcC5pZCA9PT0gc3RhdGUubWFuYWdlbWVudEFjY291bnRJZCkgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIG1lc3NhZ2U6ICd0aGUgbWFuYWdlbWVudCBhY2NvdW50IGNhbiBuZXZlciBiZSBjbG9zZWQnIH07XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBjdHguc2VuZCgnb3JnYW5pemF0aW9ucycsICdDbG9zZUFjY291bnQnLCBgQWNjb3VudElkPSR7c3RlcC5pZH1gLCAoKSA9PiBvcmcuc2VuZChuZXcgQ2xvc2VBY2NvdW50Q29tbWFuZCh7IEFjY291bnRJZDogc3RlcC5pZCB9KSkpO1xuICAgICAgICByZXR1cm4geyBvdXRjb21lOiAnZG9uZScsIGFjY291bnRJZDogc3RlcC5pZCB9O1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgY29uc3QgZSA9IGVycm9yIGFzIHsgbmFtZT86IHN0cmluZzsgUmVhc29uPzogc3RyaW5nIH07XG4gICAgICAgIGlmIChlLm5hbWUgPT09ICdBY2NvdW50QWxyZWFkeUNsb3NlZEV4Y2VwdGlvbicpIHJldHVybiB7IG91dGNvbWU6ICdhbHJlYWR5LWRvbmUnLCBhY2NvdW50SWQ6IHN0ZXAuaWQgfTtcbiAgICAgICAgaWYgKGUubmFtZSA9PT0gJ0NvbnN0cmFpbnRWaW9sYXRpb25FeGNlcHRpb24nICYmIC9eQ0xPU0VfQUNDT1VOVF8vLnRlc3QoZS5SZWFzb24gPz8gJycpKSB7XG4gICAgICAgICAgcmV0dXJuIHsgb3V0Y29tZTogJ2ZhaWxlZCcsIGFjY291bnRJZDogc3RlcC5pZCwgbWVzc2FnZTogYEFXUyByZWZ1c2VkIENsb3NlQWNjb3VudCAoJHtlLlJlYXNvbn0pOiB0aGUgb3JnYW5pemF0aW9uIHJlYWNoZWQgaXRzIENsb3NlQWNjb3VudCBxdW90YTsgcmUtcnVuIG9uY2UgaXQgYWxsb3dzLmAgfTtcbiAgICAgICAgfVxuICAgICAgICB0aHJvdyBlcnJvcjtcbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cblxudHlwZSBVcGRhdGVTdGVwID0gRXh0cmFjdDxMaXZlU3RlcCwgeyBraW5kOiAndXBkYXRlLWJ1ZGdldCcgfT47XG5cbi8qKlxuICogQW1vdW50IGZpcnN0IChVcGRhdGVCdWRnZXQpLCB0aGVuIG5vdGlmaWNhdGlvbnM6IGEgbm90aWZpY2F0aW9uIHRoZSBjYXRhbG9nIGRvZXMgbm90IHdhbnQsIG9yIHdob3NlXG4gKiByZWNpcGllbnRzIGRpZmZlciwgaXMgZGVsZXRlZDsgZWFjaCB3YW50ZWQgb25lIHRoYXQgaXMgdGhlbiBtaXNzaW5nIGlzIGNyZWF0ZWQgd2l0aCBpdHMgc3Vic2NyaWJlcnNcbiAqIGluIG9uZSBjYWxsIChDcmVhdGVOb3RpZmljYXRpb24pLiBFdmVyeSBjYWxsIGxlYXZlcyBhIHN0YXRlIHRoZSBuZXh0IHJ1biByZWFkcyBhbmQgZmluaXNoZXMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHVwZGF0ZUJ1ZGdldChjdHg6IFN0ZXBDb250ZXh0LCBzdGVwOiBVcGRhdGVTdGVwLCBBY2NvdW50SWQ6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBidWRnZXRzID0gY3R4LmNsaWVudHMuYnVkZ2V0cztcbiAgY29uc3QgQnVkZ2V0TmFtZSA9IHN0ZXAuZnJvbS5uYW1lID8/IGJ1ZGdldE5hbWUoc3RlcC5pZCk7XG4gIGlmIChNYXRoLnJvdW5kKHN0ZXAuZnJvbS5tb250aGx5VXNkICogMTAwKSAhPT0gTWF0aC5yb3VuZChzdGVwLmJ1ZGdldC5tb250aGx5VXNkICogMTAwKSkge1xuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ1VwZGF0ZUJ1ZGdldCcsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtzdGVwLmZyb20ubW9udGhseVVzZH0gLT4gJHtzdGVwLmJ1ZGdldC5tb250aGx5VXNkfSBVU0RgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBVcGRhdGVCdWRnZXRDb21tYW5kKHsgQWNjb3VudElkLCBOZXdCdWRnZXQ6IGF3c0J1ZGdldChzdGVwLmlkLCBzdGVwLmJ1ZGdldC5tb250aGx5VXNkKSB9KSksXG4gICAgKTtcbiAgfVxuICBjb25zdCBrZXkgPSAodHlwZTogc3RyaW5nLCBwZXJjZW50OiBudW1iZXIpID0+IGAke3R5cGV9OiR7cGVyY2VudH1gO1xuICBjb25zdCB3YW50ZWQgPSBuZXcgTWFwKHN0ZXAuYnVkZ2V0LmFsZXJ0cy5tYXAoKGEpID0+IFtrZXkoYS50eXBlLCBhLnBlcmNlbnQpLCBhXSkpO1xuICBjb25zdCB3YW50ID0gWy4uLm5ldyBTZXQoc3RlcC5idWRnZXQucmVjaXBpZW50cy5tYXAoKHIpID0+IHIudG9Mb3dlckNhc2UoKSkpXS5zb3J0KCkuam9pbignLCcpO1xuICBjb25zdCBrZXB0ID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgbiBvZiBzdGVwLmZyb20ubm90aWZpY2F0aW9ucyA/PyBbXSkge1xuICAgIGNvbnN0IGsgPSBrZXkobi50eXBlLCBuLnBlcmNlbnQpO1xuICAgIC8vIFVucmVhZGFibGUgc3Vic2NyaWJlcnMgKHVuZGVmaW5lZCkgYXJlIGxlZnQgYXMgdGhleSBhcmUuXG4gICAgY29uc3Qgc2FtZVJlY2lwaWVudHMgPSAhbi5yZWNpcGllbnRzIHx8IFsuLi5uZXcgU2V0KG4ucmVjaXBpZW50cy5tYXAoKHIpID0+IHIudG9Mb3dlckNhc2UoKSkpXS5zb3J0KCkuam9pbignLCcpID09PSB3YW50O1xuICAgIGlmIChpc0NhdGFsb2dOb3RpZmljYXRpb24obikgJiYgd2FudGVkLmhhcyhrKSAmJiAha2VwdC5oYXMoaykgJiYgc2FtZVJlY2lwaWVudHMpIHtcbiAgICAgIGtlcHQuYWRkKGspO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ0RlbGV0ZU5vdGlmaWNhdGlvbicsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtrfSVgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBEZWxldGVOb3RpZmljYXRpb25Db21tYW5kKHsgQWNjb3VudElkLCBCdWRnZXROYW1lLCBOb3RpZmljYXRpb246IGF3c05vdGlmaWNhdGlvbk9mKG4pIH0pKSxcbiAgICApO1xuICB9XG4gIGZvciAoY29uc3QgW2ssIGFsZXJ0XSBvZiB3YW50ZWQpIHtcbiAgICBpZiAoa2VwdC5oYXMoaykpIGNvbnRpbnVlO1xuICAgIGF3YWl0IGN0eC5zZW5kKCdidWRnZXRzJywgJ0NyZWF0ZU5vdGlmaWNhdGlvbicsIGBCdWRnZXROYW1lPSR7QnVkZ2V0TmFtZX0gJHtrfSVgLCAoKSA9PlxuICAgICAgYnVkZ2V0cy5zZW5kKG5ldyBDcmVhdGVOb3RpZmljYXRpb25Db21tYW5kKHsgQWNjb3VudElkLCBCdWRnZXROYW1lLCBOb3RpZmljYXRpb246IGF3c05vdGlmaWNhdGlvbihhbGVydCksIFN1YnNjcmliZXJzOiBlbWFpbFN1YnNjcmliZXJzKHN0ZXAuYnVkZ2V0LnJlY2lwaWVudHMpIH0pKSxcbiAgICApO1xuICB9XG59XG5cbi8qKiBXaGF0IGRyeS1ydW4gcHJpbnRzOiB0aGUgY2FsbHMgYSBzdGVwIHdvdWxkIG1ha2UsIHdpdGggdGhlaXIgbWFpbiBwYXJhbWV0ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdvdWxkQ2FsbChzdGVwOiBMaXZlU3RlcCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgaWQgPSAnaWQnIGluIHN0ZXAgJiYgc3RlcC5pZCA/IHN0ZXAuaWQgOiAnPG5ldyBhY2NvdW50IGlkPic7XG4gIHN3aXRjaCAoc3RlcC5raW5kKSB7XG4gICAgY2FzZSAnY3JlYXRlLW91JzpcbiAgICAgIHJldHVybiBbYG9yZ2FuaXphdGlvbnM6Q3JlYXRlT3JnYW5pemF0aW9uYWxVbml0IFBhcmVudD0ke3BhcmVudE9mKHN0ZXAub3UpfSBOYW1lPSR7c3RlcC5vdS5zbGljZShzdGVwLm91Lmxhc3RJbmRleE9mKCcvJykgKyAxKX1gXTtcbiAgICBjYXNlICdjcmVhdGUtYWNjb3VudCc6XG4gICAgICByZXR1cm4gW1xuICAgICAgICAnb3JnYW5pemF0aW9uczpMaXN0Q3JlYXRlQWNjb3VudFN0YXR1cyBTdGF0ZXM9SU5fUFJPR1JFU1MsU1VDQ0VFREVEJyxcbiAgICAgICAgYG9yZ2FuaXphdGlvbnM6Q3JlYXRlQWNjb3VudCBBY2NvdW50TmFtZT0ke3N0ZXAuYWNjb3VudH0gRW1haWw9JHtzdGVwLmVtYWlsfSBUYWdzPSR7T2JqZWN0LmtleXMoc3RlcC50YWdzKS5qb2luKCcsJyl9YCxcbiAgICAgICAgJ29yZ2FuaXphdGlvbnM6RGVzY3JpYmVDcmVhdGVBY2NvdW50U3RhdHVzICh1bnRpbCBTVUNDRUVERUQgb3IgRkFJTEVEKScsXG4gICAgICBdO1xuICAgIGNhc2UgJ21vdmUtYWNjb3VudCc6XG4gICAgICByZXR1cm4gW2Bvcmdhbml6YXRpb25zOk1vdmVBY2NvdW50IEFjY291bnRJZD0ke2lkfSAke3N0ZXAuZnJvbX0gLT4gJHtzdGVwLnRvfWBdO1xuICAgIGNhc2UgJ3RhZy1hY2NvdW50JzpcbiAgICAgIHJldHVybiBbYG9yZ2FuaXphdGlvbnM6VGFnUmVzb3VyY2UgUmVzb3VyY2VJZD0ke2lkfSAke09iamVjdC5lbnRyaWVzKHN0ZXAudGFncykubWFwKChbaywgdl0pID0+IGAke2t9PSR7dn1gKS5qb2luKCcsJyl9YF07XG4gICAgY2FzZSAndW50YWctYWNjb3VudCc6XG4gICAgICByZXR1cm4gW2Bvcmdhbml6YXRpb25zOlVudGFnUmVzb3VyY2UgUmVzb3VyY2VJZD0ke2lkfSBUYWdLZXlzPSR7c3RlcC5rZXlzLmpvaW4oJywnKX1gXTtcbiAgICBjYXNlICdjcmVhdGUtYnVkZ2V0JzpcbiAgICAgIHJldHVybiBbYGJ1ZGdldHM6Q3JlYXRlQnVkZ2V0IEJ1ZGdldE5hbWU9YWNjb3VudC1jYXRhbG9nLSR7aWR9ICR7c3RlcC5idWRnZXQubW9udGhseVVzZH0gVVNEIHdpdGggJHt1bmlxdWVBbGVydHMoc3RlcC5idWRnZXQuYWxlcnRzKS5sZW5ndGh9IG5vdGlmaWNhdGlvbnNgXTtcbiAgICBjYXNlICd1cGRhdGUtYnVkZ2V0JzpcbiAgICAgIHJldHVybiBbYGJ1ZGdldHM6VXBkYXRlQnVkZ2V0LCBEZWxldGVOb3RpZmljYXRpb24sIENyZWF0ZU5vdGlmaWNhdGlvbiAoYXMgbmVlZGVkKSBCdWRnZXROYW1lPSR7YnVkZ2V0TmFtZShzdGVwLmlkKX0gJHtzdGVwLmJ1ZGdldC5tb250aGx5VXNkfSBVU0RgXTtcbiAgICBjYXNlICdjbG9zZS1hY2NvdW50JzpcbiAgICAgIHJldHVybiBbYG9yZ2FuaXphdGlvbnM6Q2xvc2VBY2NvdW50IEFjY291bnRJZD0ke2lkfWBdO1xuICB9XG59XG4iXX0=
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
    const organizations = new client_organizations_dist_cjs/* OrganizationsClient */.gnq(config);
    const budgets = new dist_cjs/* BudgetsClient */.C7y(config);
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
