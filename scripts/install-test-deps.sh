#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the npm packages
# from the lock file and Debian's Chromium (nothing downloads a browser build).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi

npm ci --no-audit --no-fund
