#!/usr/bin/env bash
# scripts/snapshot-outputs.sh OUTDIR [--extract]: writes what a behaviour-preserving change must
# leave byte-identical: npm run eval, and for corpus/, each fixtures/*/ and each
# ../shared/dev-corpora/*/ folder the JSON report, the report with --claims --explain, and the
# extract stage's JSON (with --extract also npm run eval:extract --misses, its timing line dropped).
# Run it before and after a change on a built tree, then: diff -r BEFORE AFTER
set -uo pipefail
out=${1:?usage: scripts/snapshot-outputs.sh OUTDIR [--extract]}
cd "$(dirname "$0")/.."
mkdir -p "$out"
node scripts/eval.js > "$out/eval.txt" 2>&1
if [ "${2:-}" = --extract ]; then node scripts/eval-extract.js --misses 2>&1 | grep -v '^throughput' > "$out/eval-extract.txt"; fi
snapshot() { # name folder
  node bin/factcheck.js "$2" --json > "$out/$1.json" 2> "$out/$1.err"; echo "exit $?" >> "$out/$1.err"
  node bin/factcheck.js "$2" --json --claims --explain > "$out/$1.claims.json" 2> /dev/null
  node bin/factcheck.js extract "$2" --format json > "$out/$1.extract.json" 2> /dev/null
}
snapshot corpus corpus/
for dir in fixtures/*/ ../shared/dev-corpora/*/; do [ -d "$dir" ] && snapshot "$(basename "$(dirname "$dir")")-$(basename "$dir")" "$dir"; done
