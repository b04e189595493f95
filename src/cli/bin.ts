#!/usr/bin/env node
// PLACEHOLDER: the CLI entry.
process.exitCode = 2;
