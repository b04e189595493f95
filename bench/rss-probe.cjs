// Loaded with `node --require` when GNU time is missing: writes peak RSS (KB) and CPU seconds
// of this very process at exit, in GNU time's "%M %U %S" layout.
'use strict';
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
});
