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
echo "== the same tests, line by line (--granularity line, reports in example/out/lines/)"
mkdir -p out/lines
$sudo node ../lib/cli/main.js run --granularity line --path out/calc --report out/lines/xcover-report.json \
  --format cobertura,lcov,html,markdown -- sh test.sh out/calc >/dev/null
node -e '
const r = JSON.parse(require("fs").readFileSync("out/lines/xcover-report.json", "utf8"));
const ranges = (ns) => ns.reduce((out, n) => {
  const last = out[out.length - 1];
  if (last && last[1] === n - 1) last[1] = n; else out.push([n, n]);
  return out;
}, []).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(", ");
for (const f of r.binaries[0].functions) {
  if (!f.lines) continue;
  const ran = f.lines.filter((l) => l.hits > 0).length;
  const missed = f.lines.filter((l) => l.hits === 0 && !l.unprobeable && !l.file).map((l) => l.line);
  console.log(`  ${f.name.padEnd(24)} ${String(ran).padStart(3)}/${f.lines.length} lines` + (missed.length ? `  not run: ${ranges(missed)}` : ""));
}
const t = r.totals.lines;
console.log(`cov_by_line: ${r.cov_by_line.toFixed(2)}% (${t.covered} of ${t.traced} lines)`);
'
echo
echo "== reports in example/out/"
ls -1 out | grep -v '^calc$' | sed 's/^/  /'
