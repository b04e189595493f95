import { cdk, javascript, JsonFile } from 'projen';

// The package is a jsii library (so `projen new --from` can read its .jsii), a CLI and the
// source of the GitHub Action. jsii compiles src/ to CommonJS in lib/; the Action (action/)
// is bundled as ESM by ncc into dist/, which is committed.
const project = new cdk.JsiiProject({
  name: 'aws-account-catalog',
  description:
    'Run an AWS Organization through pull requests: validate and plan an account catalog, a GitHub Action, a CLI and a Projen template for team account repos.',
  author: 'aws-account-catalog maintainers',
  authorAddress: 'platform@example.com',
  repositoryUrl: 'https://github.com/example/aws-account-catalog.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  keywords: ['aws', 'organizations', 'projen', 'github-action', 'accounts', 'budgets'],

  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0',
  minNodeVersion: '20.16.0',
  artifactsDirectory: 'dist-jsii',

  peerDeps: ['projen@^0.103.25', 'constructs@^10.5.0'],
  // yaml is the only runtime dependency; ajv compiles the schema ahead of time (schema/write.ts).
  bundledDeps: ['yaml@^2.9.0'],
  devDeps: [
    '@actions/core@^3',
    '@actions/github@^9',
    '@octokit/plugin-retry@^8',
    '@octokit/plugin-throttling@^11',
    '@vercel/ncc@0.45.0',
    'ajv@^8.17.0',
    '@aws-sdk/client-organizations@^3',
    '@aws-sdk/client-budgets@^3',
    '@aws-sdk/client-sso-admin@^3',
    '@aws-sdk/client-identitystore@^3',
    'aws-sdk-client-mock@^4',
  ],
  bin: { 'account-catalog': 'lib/cli/bin.js' },

  jestOptions: {
    jestVersion: '^30',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    coverageText: false,
    junitReporting: false,
    jestConfig: {
      collectCoverage: false,
      testTimeout: 60_000,
      // Template and bundle tests spawn processes: keep the machine responsive.
      maxWorkers: 2,
    },
  },
  // The repo is checked by .ci/run; no hosted release pipeline.
  github: false,
  release: false,
  eslint: false,
  docgen: true,
  sampleCode: false,
  readme: undefined,
});

// The Action is ESM (its @actions/* deps are ESM-only); the root stays CommonJS for jsii.
new JsonFile(project, 'action/package.json', { obj: { type: 'module', private: true } });

// Type-checks the Action and the core it imports as ESM for ncc (see ../shared toolchain notes).
new JsonFile(project, 'action/tsconfig.json', {
  obj: {
    extends: '../tsconfig.json',
    compilerOptions: {
      rootDir: '..',
      module: 'preserve',
      moduleResolution: 'bundler',
      declaration: false,
      noEmit: true,
      // No inline maps: they embed absolute paths, and dist/ must build the same on every machine.
      inlineSourceMap: false,
      inlineSources: false,
      types: ['node'],
    },
    include: ['./**/*.ts', '../src/**/*.ts'],
  },
});

// The registry mirror CI uses lacks some platforms' unrs-resolver 1.13 bindings (jest-resolve's optional
// deps), so `npm ci` rejects a lock written against 1.13; 1.12.2 is complete there.
project.package.addField('overrides', { 'unrs-resolver': '1.12.2' });

project.gitignore.removePatterns('/dist/');
project.gitignore.exclude('/dist-jsii/', '/bench/out/', '/.tmp/', '/lib-aws/');
project.npmignore?.exclude('/.tmp/', '/docs/', '/test/', '/action/', '/action.yml', '/dist/', 'dist-jsii', '/bench/', '/examples/*.md', '/.ci/', '/schema/*.ts');
project.npmignore?.include('/examples/', '/schema/', '/templates/', '/lib-aws/');

// Writes the committed Action bundle (run it after changing action/ or src/). `test/action/dist-fresh.test.ts` rebuilds it into a temp dir
// and fails when dist/ differs, as actions/typescript-action's check-dist does.
project.addTask('bundle', {
  description: 'Bundle the GitHub Action (action/main.ts) into dist/ with ncc',
  // ncc leaves old chunks behind, so start from an empty dist/.
  steps: [
    { exec: 'node -e "require(\'fs\').rmSync(\'dist\', { recursive: true, force: true })"' },
    { exec: 'ncc build action/main.ts -o dist --minify --license licenses.txt' },
  ],
});


// The CLI's AWS side (import, plan --live) as one CommonJS file with the AWS SDK inside, built from
// lib/aws (the adapter the Action bundles too) and shipped in the package: jsii lets a library's
// runtime dependencies only be bundled ones, and bundling the SDK's ~100 packages would be ~10x larger
// (docs/development.md). Only `import` and `plan --live` require it.
project.compileTask.exec('ncc build lib/aws/index.js -o lib-aws --minify --quiet --license licenses.txt');

// Tests run on what users run: lib/ (CLI, template tarball) and the committed dist/.
project.testTask.prependSpawn(project.compileTask);

// Regenerates schema/catalog.schema.json and the precompiled validator from src/core/schema/catalog-schema.ts.
project.addTask('schema', {
  description: 'Write the JSON Schema and its precompiled validator',
  exec: 'ts-node schema/write.ts',
});

project.addTask('bench', {
  description: 'Benchmarks: CLI plan on 1k/10k catalogs, Action start-up, template creation',
  exec: 'node bench/run.mjs',
});

project.synth();
