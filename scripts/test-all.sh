#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every check. Any failure fails the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh

echo "== lint and format (biome)"
npx biome ci .
echo "== type check (tsc -b)"
npx tsc -b
echo "== corpus check"
npm run --silent readouts:check

mkdir -p test-results
status=0
echo "== unit and component tests"
npx vitest run --configLoader runner --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
echo "== end-to-end tests (Chromium)"
npx vitest run --configLoader runner --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1

node scripts/summarise-tests.mjs test-results/unit.json test-results/e2e.json || status=1
if [ ! -d "${READOUT_SEEDS:-../shared/seeds}" ]; then
  echo "note: ../shared/seeds is not beside this clone, so the corpus quotes were not compared word for word with"
  echo "      the seed articles (every other check ran). CI has ../shared and runs that check."
fi
exit $status
