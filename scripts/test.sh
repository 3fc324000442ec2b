#!/usr/bin/env bash
# The README's test command: installs everything the tests need, then runs
# all of them (lint, units and build tests, the build with its content checks,
# the search evaluation, the browser tests, the nginx, release and multi-guide
# tests). Exits non-zero on the first failure; on success ends with one
# "N passed, 0 failed" line. `npm test` is this without the install
# (--no-install), for a machine that has everything already.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-install" ] || bash scripts/install-test-deps.sh

log=$(mktemp)
lint_log=$(mktemp)
trap 'rm -f "$log" "$lint_log"' EXIT

run() {
  # ESLint, Prettier and tsc each keep one core busy: the units run beside them, and the lint's output follows theirs.
  npm run lint >"$lint_log" 2>&1 &
  local lint=$!
  local unit=0
  npm run test:unit || unit=$?
  local lint_status=0
  wait "$lint" || lint_status=$?
  cat "$lint_log"
  if [ "$lint_status" -ne 0 ] || [ "$unit" -ne 0 ]; then
    echo "npm test: lint exited ${lint_status}, test:unit ${unit}" >&2
    return 1
  fi
  npm run build
  npm run eval:search -- --strict
  npm run test:e2e
  npm run test:nginx
  npm run test:release
  npm run test:multi
}
run 2>&1 | tee "$log"

# Vitest prints "Tests  N passed (N)" per run; add them up (colour codes removed).
passed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^ *Tests +[0-9]+ passed/ {n += $2} END {print n + 0}')
echo "${passed} passed, 0 failed"
