#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every check. Any failure fails the whole run.
#
# The end-to-end tests run beside the other checks, not after them: the e2e run (one worker driving Chromium) keeps
# about a core busy, the unit tests one worker on a 2-core machine, so together they fill two cores. When either
# ends, a second e2e run takes the files listed in LATE_E2E on the core it leaves (serving the bundle the first
# run built). Same priority for all: a unit test that waits on timers must not be starved by Chromium. The e2e
# output is shown when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh

mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/e2e-late.json
status=0

# The files the second e2e run takes (about a quarter of the e2e time); the first run takes every other one.
LATE_E2E=(foundation csp long-readouts official-page trust own-meetings-recovery)
early=()
late=()
for file in tests/e2e/*.test.ts; do
  name=$(basename "$file" .test.ts)
  if [[ " ${LATE_E2E[*]} " == *" $name "* ]]; then late+=("$file"); else early+=("$file"); fi
done

echo "== end-to-end tests (Chromium): started; their output follows the other checks"
npx vitest run --configLoader runner --config vitest.e2e.config.ts --reporter=default --reporter=json \
  --outputFile.json=test-results/e2e.json "${early[@]}" >test-results/e2e.log 2>&1 &
e2e=$!
e2e_late=
# Stop the e2e runs if this script is stopped before they end.
trap 'kill $e2e ${unit:-} $e2e_late 2>/dev/null || true' INT TERM

echo "== lint and format (biome)"
npx biome ci . || status=1
echo "== type check (tsc -b)"
npx tsc -b || status=1
echo "== corpus check"
npm run --silent readouts:check || status=1

echo "== unit and component tests"
npx vitest run --configLoader runner --reporter=default --reporter=json \
  --outputFile.json=test-results/unit.json &
unit=$!

# When the unit tests or the first e2e run ends (whichever is first), a core is free: the second e2e run starts
# there, serving the bundle the first one built in its first minute.
wait -n -p ended "$unit" "$e2e" || status=1
E2E_BUILT=1 npx vitest run --configLoader runner --config vitest.e2e.config.ts --reporter=default --reporter=json \
  --outputFile.json=test-results/e2e-late.json "${late[@]}" >test-results/e2e-late.log 2>&1 &
e2e_late=$!
if [ "$ended" = "$unit" ]; then wait "$e2e" || status=1; else wait "$unit" || status=1; fi
wait "$e2e_late" || status=1
trap - INT TERM

echo "== end-to-end tests (Chromium)"
cat test-results/e2e.log test-results/e2e-late.log

node scripts/summarise-tests.mjs test-results/unit.json test-results/e2e.json test-results/e2e-late.json || status=1
if [ ! -d "${READOUT_SEEDS:-../shared/seeds}" ]; then
  echo "note: ../shared/seeds is not beside this clone, so the corpus quotes were not compared word for word with"
  echo "      the seed articles (every other check ran). CI has ../shared and runs that check."
fi
exit $status
