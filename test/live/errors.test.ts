import { loadAdapter } from './harness';

let adapter: Awaited<ReturnType<typeof loadAdapter>>;

beforeAll(async () => {
  adapter = await loadAdapter();
}, 120_000);

const sdkError = (name: string, message = 'AWS message') => Object.assign(new Error(message), { name });

describe('access errors name what is missing', () => {
  test.each([
    ['organizations', 'ListAccountsForParent', 'organizations:ListAccountsForParent'],
    ['organizations', 'CreateAccount', 'organizations:CreateAccount'],
    ['budgets', 'DescribeBudgets', 'budgets:ViewBudget'],
    ['budgets', 'DescribeSubscribersForNotification', 'budgets:ViewBudget'],
    ['budgets', 'CreateBudget', 'budgets:ModifyBudget'],
    ['budgets', 'DeleteNotification', 'budgets:ModifyBudget'],
  ] as const)('%s %s needs %s', (service, operation, permission) => {
    expect(adapter.permissionFor(service, operation)).toBe(permission);
    const error = adapter.accessError(sdkError('AccessDeniedException', "You don't have permissions to access this resource."), service, operation)!;
    expect(error.message).toBe(`AWS denied ${operation} (AccessDeniedException): the role needs ${permission}. AWS said: You don't have permissions to access this resource.`);
    expect(error.permission).toBe(permission);
  });

  test('CreateAccount needs iam:CreateServiceLinkedRole too', () => {
    const error = adapter.accessError(sdkError('AccessDeniedForDependencyException', 'dependency'), 'organizations', 'CreateAccount')!;
    expect(error.message).toMatch(/^AWS denied a dependency of CreateAccount \(AccessDeniedForDependencyException\): the role needs iam:CreateServiceLinkedRole besides organizations:CreateAccount\./);
  });

  test.each([
    ['CredentialsProviderError', /^No AWS credentials found\./],
    ['ExpiredTokenException', /^The AWS credentials expired \(ExpiredTokenException\) on ListRoots/],
    ['UnrecognizedClientException', /^AWS rejected the credentials \(UnrecognizedClientException\) on ListRoots/],
    ['AWSOrganizationsNotInUseException', /^This AWS account is not in an organization/],
  ])('%s', (name, message) => {
    expect(adapter.accessError(sdkError(name), 'organizations', 'ListRoots')?.message).toMatch(message);
  });

  test('other errors are not access errors; AWS text is kept to one bounded line', () => {
    expect(adapter.accessError(sdkError('ConstraintViolationException'), 'organizations', 'MoveAccount')).toBeUndefined();
    const long = adapter.accessError(sdkError('AccessDeniedException', `line1\nline2 ${'x'.repeat(500)}`), 'organizations', 'ListRoots')!;
    expect(long.message).not.toContain('\n');
    expect(long.message.length).toBeLessThan(420);
  });
});
