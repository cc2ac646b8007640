#!/bin/sh
# npm run setup: the system packages npm test needs besides npm's: Chromium (the e2e tests, the diagrams), the DejaVu
# fonts (diagrams are measured in DejaVu Sans) and nginx. Installs what is missing from Debian's packages when it can
# (root, or sudo without a password); otherwise says what to install. CHROME_PATH and NGINX_PATH name tools elsewhere.
set -eu
missing=""
[ -n "${CHROME_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing="$missing chromium chromium-headless-shell"
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || fc-list 2>/dev/null | grep -q 'DejaVu Sans' || missing="$missing fonts-dejavu-core"
[ -n "${NGINX_PATH:-}" ] || command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing="$missing nginx"
if [ -z "$missing" ]; then
  echo "setup: Chromium, DejaVu Sans and nginx are installed"
  exit 0
fi
if command -v apt-get >/dev/null && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n env DEBIAN_FRONTEND=noninteractive"
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q $missing
  exit 0
fi
echo "setup: please install:$missing" >&2
echo "  (Debian/Ubuntu: apt-get install$missing; Fedora: dnf install chromium nginx dejavu-sans-fonts;" >&2
echo "   macOS: brew install --cask chromium, brew install nginx, then set CHROME_PATH)" >&2
exit 1
