import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { AwsClients } from '../clients';
import { translateAccessErrors } from '../clients';
import { limitRate } from '../rate-limit';

/** The two Identity Center APIs: sso-admin (instances, permission sets, assignments) and identitystore (groups). */
export interface IdentityCenterClients {
  readonly ssoAdmin: SSOAdminClient;
  readonly identityStore: IdentitystoreClient;
}

/**
 * Clients in the instance's region, with the adaptive retry mode, Identity Center's shared 20 calls/s
 * (one bucket for both APIs, src/aws/rate-limit.ts) and the SDK's endpoint settings
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SSO_ADMIN, AWS_ENDPOINT_URL_IDENTITYSTORE).
 */
export function createIdentityCenterClients(options: { readonly region: string; readonly maxAttempts?: number }): IdentityCenterClients {
  const config = { region: options.region, retryMode: 'adaptive', maxAttempts: options.maxAttempts ?? 8 };
  const ssoAdmin = new SSOAdminClient(config);
  const identityStore = new IdentitystoreClient(config);
  translateAccessErrors(ssoAdmin, 'sso-admin');
  translateAccessErrors(identityStore, 'identitystore');
  limitRate(ssoAdmin, 'sso-admin');
  limitRate(identityStore, 'identitystore');
  return { ssoAdmin, identityStore };
}

const made = new WeakMap<AwsClients, Map<string, IdentityCenterClients>>();

/** The Identity Center clients of a run: the given ones, else one pair per region, shared by read and apply. */
export function identityCenterClients(clients: AwsClients, region: string): IdentityCenterClients {
  if (clients.identityCenter) return clients.identityCenter;
  let byRegion = made.get(clients);
  if (!byRegion) made.set(clients, (byRegion = new Map()));
  let pair = byRegion.get(region);
  if (!pair) byRegion.set(region, (pair = createIdentityCenterClients({ region })));
  return pair;
}
