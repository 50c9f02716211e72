#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, testing and running Jikenbo need on a fresh Debian 12.
# Idempotent and non-interactive; run as root or with sudo available.
set -eu

# The last line is for the .deb: cpack -G DEB (dpkg-shlibdeps, file) and the checks of
# packaging/check-deb.sh (desktop-file-validate, appstreamcli, lintian).
packages="
build-essential cmake ninja-build pkg-config git ca-certificates
qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev
libqt6svg6 qt6-qpa-plugins libgl-dev
libicu-dev libsqlite3-dev sqlite3 libxml2-dev
fonts-noto-cjk xvfb xauth poppler-utils
clang libclang-rt-14-dev
python3
dpkg-dev file desktop-file-utils appstream lintian
"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
