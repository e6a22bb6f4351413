#!/usr/bin/env bash
# Installs Debian's Chromium, the browser the page tests and `npm run bench:viewer` drive through
# playwright-core. Idempotent: does nothing when /usr/bin/chromium is already there. Needs root (apt).
# Never `npx playwright install`: only Debian's package is reachable here, and it is the one we test.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# fonts-dejavu-core: legible labels in screenshots even on a minimal image.
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
echo "installed: $(/usr/bin/chromium --version)"
