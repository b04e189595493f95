import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { loadRolesConfig } from './roles-config';
import { RolesStack } from './roles-stack';

// roles.json is written by projen from .projenrc.ts: change the options there, not here.
const config = loadRolesConfig(path.join(__dirname, '..', 'roles.json'));
const app = new App();
new RolesStack(app, 'account-catalog-roles', {
  env: { account: config.managementAccountId, region: config.region },
  config,
});
app.synth();
