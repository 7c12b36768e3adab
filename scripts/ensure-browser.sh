#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser
# download needs the internet). Install it, with Japanese fonts, when missing.
set -euo pipefail

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_bin" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo_cmd="sudo"; else
    echo "Chromium is missing and this user cannot install it: run 'apt-get install -y chromium fonts-noto-cjk' as root." >&2
    exit 1
  fi
fi
echo "Installing Chromium and Japanese fonts from Debian…"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
