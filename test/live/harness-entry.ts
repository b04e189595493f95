// @ts-nocheck -- type-checked through harness.ts's Adapter type; ncc compiles this file.
// Entry of the CommonJS test build of the AWS adapter (see harness.ts): action/ is ESM, which
// CommonJS jest cannot require, so tests load this bundle of it instead.
export * from '../../action/aws/index';
export { createAwsClients } from '../../action/aws/clients';
export { readLive } from '../../action/aws/read';
export { applyWithClients, closeQuota } from '../../action/aws/apply';
export { KNOWN_CREATE_FAILURES, createFailureMessage } from '../../action/aws/create-failures';
export { accessError, permissionFor } from '../../action/aws/errors';
export { compareLive } from '../../src/core/plan/live';
