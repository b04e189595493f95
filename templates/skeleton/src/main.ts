import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { loadTeamConstants } from './constants';
import { InfraStack, UsersStack } from './infra-stack';

// Account ids, names, region and role names come from CONST.inc, which projen regenerates
// from .projenrc.ts: change them there, not here.
const team = loadTeamConstants(path.join(__dirname, '..', 'CONST.inc'));
const app = new App();

for (const account of [team.dev, team.prod]) {
  new InfraStack(app, `${account.name.replace(/[^A-Za-z0-9-]/g, '-')}-infra`, {
    // An account without an id yet gives an environment-agnostic stack: synth works, deploy asks for one.
    env: { account: account.id || undefined, region: team.region },
    environment: account.environment,
    production: account.production,
    roleNames: account.roles,
    trustedAccountId: team.usersAccountId,
  });
}

// iam-users mode: the users account holds the IAM users and the groups that let them assume the roles.
if (team.usersAccountId) {
  new UsersStack(app, `${team.name.replace(/[^A-Za-z0-9-]/g, '-')}-users`, {
    env: { account: team.usersAccountId, region: team.region },
    accounts: [team.dev, team.prod],
  });
}

app.synth();
