// @ts-nocheck -- type-checked through harness.ts's Adapter type; ncc compiles this file.
// Entry of the test build of the AWS adapter (see harness.ts): one ncc bundle that the jest tests
// and the .mjs benches (which cannot load TypeScript) both require.
export * from '../../src/aws/index';
export { createAwsClients } from '../../src/aws/clients';
export { readLive } from '../../src/aws/read';
export { applyWithClients, closeQuota } from '../../src/aws/apply';
export { KNOWN_CREATE_FAILURES, createFailureMessage } from '../../src/aws/create-failures';
export { accessError, permissionFor } from '../../src/aws/errors';
export { compareLive } from '../../src/core/plan/live';
export { readIdentityCenter } from '../../src/aws/identity-center/read';
export { assignmentFailureMessage } from '../../src/aws/identity-center/apply';
export { accessProblems } from '../../src/core/plan/access';
