#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the npm packages
# from the lock file, Debian's Chromium (nothing downloads a browser build)
# and nginx for the production-server tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Chromium (browser tests); nginx, its brotli filter and static modules (the .br files)
# and njs, which records reader feedback (test:nginx, serve:prod, bench:load).
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/sbin/nginx ] || packages+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || packages+=(libnginx-mod-http-brotli-filter)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || packages+=(libnginx-mod-http-brotli-static)
[ -e /usr/lib/nginx/modules/ngx_http_js_module.so ] || packages+=(libnginx-mod-http-js)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian's ${packages[*]}…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${packages[@]}"
fi

# package.json's allowScripts names every package with an install script (none is needed: their native
# code comes as platform packages). A new one would bring back npm's "not yet covered by allowScripts"
# warning on every install: fail here instead, naming it, so the list stays complete.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
npm ci --no-audit --no-fund 2>&1 | tee "$log"
if grep -qi "allowScripts" "$log"; then
  echo "error: npm ci warned about install scripts (above). Expected every package with one in package.json's" >&2
  echo "allowScripts: add it (true only if the build needs its script, false otherwise)." >&2
  exit 1
fi
