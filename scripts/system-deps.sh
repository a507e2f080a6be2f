#!/usr/bin/env bash
# System packages the test suite uses beyond Python: shellcheck (workflow shell checks),
# Chromium with its driver (browser tests) and rclone (the S3 deploy script's tests). Installed only when missing, only where apt-get
# can run (as root); elsewhere it says what to install and carries on.
set -euo pipefail

missing=()
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v rclone >/dev/null 2>&1 || missing+=(rclone)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "note: please install ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
fi
