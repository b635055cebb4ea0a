#!/usr/bin/env bash
# `npm run example`: builds the example calculator, runs its test suite under xcover, prints the
# coverage and writes the report to example/out/. Needs root (or sudo) for the BPF probes.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p out
# -fno-inline: an inlined function is never entered, so it could not show as covered.
gcc -O1 -fno-inline -g -o out/calc calc.c -lm
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
echo "== tracing example/out/calc while example/test.sh runs"
$sudo node ../lib/cli/main.js run --path out/calc --report out/xcover-report.json \
  --format cobertura,lcov,html,markdown -- sh test.sh out/calc
echo
echo "== covered functions (from out/xcover-report.json)"
node -e '
const r = JSON.parse(require("fs").readFileSync("out/xcover-report.json", "utf8"));
const { relative } = require("path");
for (const f of r.binaries[0].functions) {
  const where = f.file ? `  ${relative(process.cwd(), f.file)}:${f.line_start}-${f.line_end}` : "";
  console.log(`  ${f.covered ? "covered  " : "MISSED   "} ${f.name.padEnd(24)}${where}`);
}
console.log(`cov_by_func: ${r.cov_by_func.toFixed(2)}% (${r.totals.covered} of ${r.totals.traced} functions)`);
'
echo
echo "== reports in example/out/"
ls -1 out | grep -v '^calc$' | sed 's/^/  /'
