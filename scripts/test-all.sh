#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every check. Any failure fails the whole run.
#
# The end-to-end tests run beside the other checks, not after them: the e2e run (one worker driving Chromium) keeps
# about a core busy, the unit tests one worker on a 2-core machine, so together they fill two cores. (Same
# priority for both: a unit test that waits on timers must not be starved by Chromium.) The e2e output is shown
# when the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh

mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
status=0

echo "== end-to-end tests (Chromium): started; their output follows the other checks"
npx vitest run --configLoader runner --config vitest.e2e.config.ts --reporter=default --reporter=json \
  --outputFile.json=test-results/e2e.json >test-results/e2e.log 2>&1 &
e2e=$!
# Stop the e2e run if this script is stopped before it ends.
trap 'kill "$e2e" 2>/dev/null || true' INT TERM

echo "== lint and format (biome)"
npx biome ci . || status=1
echo "== type check (tsc -b)"
npx tsc -b || status=1
echo "== corpus check"
npm run --silent readouts:check || status=1

echo "== unit and component tests"
npx vitest run --configLoader runner --reporter=default --reporter=json \
  --outputFile.json=test-results/unit.json || status=1

echo "== end-to-end tests (Chromium)"
wait "$e2e" || status=1
trap - INT TERM
cat test-results/e2e.log

node scripts/summarise-tests.mjs test-results/unit.json test-results/e2e.json || status=1
if [ ! -d "${READOUT_SEEDS:-../shared/seeds}" ]; then
  echo "note: ../shared/seeds is not beside this clone, so the corpus quotes were not compared word for word with"
  echo "      the seed articles (every other check ran). CI has ../shared and runs that check."
fi
exit $status
