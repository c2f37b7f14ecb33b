#!/usr/bin/env bash
# Debian chromium for the browser tests of the HTML view (tests/test_view_browser.py).
# Playwright drives it at /usr/bin/chromium; we never download a browser (no `playwright install`).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver
