#!/usr/bin/env bash
# Makes sure the system tools the checks need are installed: Chromium (Lighthouse, benchmark), its headless shell
# (the e2e tests, which it runs twice as fast) and nginx (deployment test). Installs them from Debian's packages
# when it can; otherwise says what to install. Quiet when everything is already there.
set -euo pipefail

chrome_path="${CHROME_PATH:-/usr/bin/chromium}"
missing_packages=()

if [[ ! -x "$chrome_path" ]]; then
  missing_packages+=(chromium)
fi
# Only on the Debian layout: with CHROME_PATH or CHROME_HEADLESS_SHELL set, the e2e tests use what those name.
if [[ -z "${CHROME_PATH:-}" && -z "${CHROME_HEADLESS_SHELL:-}" && ! -x /usr/bin/chromium-headless-shell ]]; then
  missing_packages+=(chromium-headless-shell)
fi
# Diagrams are drawn with DejaVu Sans metrics (docs/.vitepress/diagrams/config.ts).
if ! fc-list 2>/dev/null | grep -q 'DejaVu Sans'; then
  missing_packages+=(fonts-dejavu-core)
fi
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  missing_packages+=(nginx)
fi
# The deployment test checks brotli compression, which needs this module of Debian's nginx.
if [[ ! -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]]; then
  missing_packages+=(libnginx-mod-http-brotli-filter)
fi

if [[ ${#missing_packages[@]} -eq 0 ]]; then
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    as_root=(unavailable)
  fi
fi

if [[ "${as_root[*]-}" == unavailable ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system: missing ${missing_packages[*]}." >&2
  echo "  Install them (Debian/Ubuntu: sudo apt-get install -y ${missing_packages[*]})," >&2
  echo "  or set CHROME_PATH to an existing Chromium or Chrome binary, then run the command again." >&2
  exit 1
fi

echo "ensure-system: installing ${missing_packages[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing_packages[@]}"

if [[ ! -x "$chrome_path" ]]; then
  echo "ensure-system: Chromium is still not at $chrome_path; set CHROME_PATH to its location." >&2
  exit 1
fi
