#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every check. Any failure fails the whole run.
#
# The end-to-end tests run beside the other checks, not after them: the e2e run (one worker driving Chromium) keeps
# a core and a bit busy, the unit tests one worker on a 2-core machine, so together they fill two cores. The e2e
# run is the longer, so the other checks run at a lower priority (nice) and take what it leaves. Its output is
# shown when it ends.
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
nice -n 10 npx biome ci . || status=1
echo "== type check (tsc -b)"
nice -n 10 npx tsc -b || status=1
echo "== corpus check"
nice -n 10 npm run --silent readouts:check || status=1

echo "== unit and component tests"
nice -n 10 npx vitest run --configLoader runner --reporter=default --reporter=json \
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
