#!/usr/bin/env bash
# Installs the Debian 12 packages ODAG Admin needs to build, test and run, if any are
# missing. Used by ./run.sh and ./test.sh; safe to run repeatedly (it only reads dpkg's
# database when everything is present).
set -euo pipefail

packages=(
  cmake g++ ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-networkauth-dev qt6-svg-dev qt6-charts-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-qpa-plugins xvfb xauth
  # Packaging and its tests: RPM builds, desktop metadata validation, the clean Debian 12
  # root the .deb is installed into (tests/package).
  rpm appstream desktop-file-utils debootstrap
  fonts-ipafont-gothic  # Japanese glyphs: without a CJK font the ja translation shows boxes
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
