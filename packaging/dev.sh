#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Set up, build and then run the app or the tests.
#   packaging/dev.sh run     install what is missing, build, launch the app
#   packaging/dev.sh test    install what is missing, build, run the whole test suite
#   packaging/dev.sh deb     install what is missing, build, make the .deb and check it
#                            (packaging/check-deb.sh: dpkg -x, run, validators, lintian)
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
#              JIKENBO_SANITIZE=ON for an AddressSanitizer + UBSan build,
#              JIKENBO_BENCHMARKS=OFF to leave out the benchmarks and tools (not tests).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
    run|test|build|deb) ;;
    *) echo "usage: packaging/dev.sh run|test|build|deb" >&2; exit 1 ;;
esac

if [ "$(id -u)" -eq 0 ]; then
    packaging/install-deps.sh
elif command -v sudo >/dev/null 2>&1; then
    sudo packaging/install-deps.sh
else
    echo "dev.sh: not root and no sudo: run packaging/install-deps.sh as root first" >&2
fi

build=${BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DJIKENBO_SANITIZE="${JIKENBO_SANITIZE:-OFF}" \
    -DJIKENBO_BUILD_BENCHMARKS="${JIKENBO_BENCHMARKS:-ON}" >/dev/null
cmake --build "$build" --parallel

case "$mode" in
    run)
        exec "$build/app/gui/jikenbo" "$@"
        ;;
    test)
        cd "$build"
        exec ctest --output-on-failure --parallel "$(nproc)"
        ;;
    deb)
        exec packaging/check-deb.sh "$build"
        ;;
esac
