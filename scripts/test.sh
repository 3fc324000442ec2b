#!/usr/bin/env bash
# The README's test command: installs everything the tests need, then runs
# all of them (lint, units and build tests, the build with its content checks,
# the search evaluation, the browser tests, the nginx tests). Exits non-zero
# on the first failure; on success ends with one "N passed, 0 failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
npm test 2>&1 | tee "$log"

# Vitest prints "Tests  N passed (N)" per run; add them up (colour codes removed).
passed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^ *Tests +[0-9]+ passed/ {n += $2} END {print n + 0}')
echo "${passed} passed, 0 failed"
