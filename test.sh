#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless. Prints
# CTest's summary; exits non-zero on any failure. Benchmarks (label "bench") are not run:
# run them with `ctest --preset bench` after `cmake --preset release && cmake --build --preset release`.
set -euo pipefail
cd "$(dirname "$0")"

tools/ensure-deps.sh
if [ ! -f build/dev/CMakeCache.txt ]; then
  cmake --preset dev
fi
cmake --build --preset dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev --parallel "$(nproc)"
