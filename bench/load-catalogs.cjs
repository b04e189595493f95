// Loads a base and a head catalog with the file-system adapter (parseCatalogFiles inside) and
// nothing else: the loader's share of a `plan`. Usage: node bench/load-catalogs.cjs <src-dir> <base> <head>
'use strict';
const path = require('node:path');
const { readCatalog } = require(path.resolve(process.argv[2], 'fs', 'read-catalog.js'));
const base = readCatalog([process.argv[3]]);
const head = readCatalog([process.argv[4]]);
// Resolve one position per catalog, as a plan with findings would.
base.locate(['accounts', 0, 'name']);
head.locate(['accounts', head.data.accounts.length - 1, 'budget', 'monthlyUsd']);
if (base.findings.length + head.findings.length > 0) {
  process.stderr.write(`unexpected findings: ${JSON.stringify([...base.findings, ...head.findings].slice(0, 3))}\n`);
  process.exit(3);
}
