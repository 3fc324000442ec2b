#!/usr/bin/env bash
# The README's test command: installs everything the tests need, then runs
# all of them (units, the build with its content checks, the search
# evaluation, the browser tests). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
npm test
