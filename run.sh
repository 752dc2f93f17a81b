#!/usr/bin/env bash
# Installs what is missing, builds ODAG Admin and starts it connected to the built-in
# sandbox tenant. Extra arguments are passed to odag-admin (e.g. ./run.sh --help).
set -euo pipefail
cd "$(dirname "$0")"

tools/ensure-deps.sh
if [ ! -f build/dev/CMakeCache.txt ]; then
  cmake --preset dev
fi
cmake --build --preset dev --target odag-admin odag-sandbox

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ $# -eq 0 ]; then
  echo "No display found: starting ODAG Admin in a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a build/dev/src/app/odag-admin --sandbox
fi
if [ $# -eq 0 ]; then
  exec build/dev/src/app/odag-admin --sandbox
fi
exec build/dev/src/app/odag-admin "$@"
