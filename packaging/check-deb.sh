#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a finished build folder and checks it the way a user would meet it:
# unpacked into a temporary root (dpkg -x), its jikenbo-cli and jikenbo run from there, the
# installed sample corpus imported into a temporary database, the desktop entry and AppStream
# metainfo validated, then `dpkg-deb --info` and lintian. Any failure fails the script.
#   packaging/check-deb.sh [BUILD_DIR]      (default: build)
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-build}" && pwd)
out="$build/deb"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jikenbo-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

say() { echo "check-deb: $*"; }

rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log" >&2; exit 1; }
deb=$(find "$out" -maxdepth 1 -name 'jikenbo_*.deb' | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log" >&2; say "cpack made no .deb" >&2; exit 1; }
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

root="$tmp/root"
dpkg -x "$deb" "$root"
for f in usr/bin/jikenbo usr/bin/jikenbo-cli \
         usr/share/applications/jikenbo.desktop \
         usr/share/metainfo/io.github.jikenbo.Jikenbo.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/jikenbo.svg \
         usr/share/icons/hicolor/16x16/apps/jikenbo.png \
         usr/share/icons/hicolor/256x256/apps/jikenbo.png \
         usr/share/man/man1/jikenbo.1.gz usr/share/man/man1/jikenbo-cli.1.gz \
         usr/share/jikenbo/data/rules.json usr/share/jikenbo/data/taxonomy.json \
         usr/share/jikenbo/data/schemes.json \
         usr/share/doc/jikenbo/copyright usr/share/doc/jikenbo/changelog.gz; do
    [ -e "$root/$f" ] || { say "missing from the package: /$f" >&2; exit 1; }
done

# The installed programs, from the temporary root; Qt and the other libraries come from the
# system, as they would after `apt install`.
"$root/usr/bin/jikenbo-cli" --version
"$root/usr/bin/jikenbo-cli" help import >/dev/null
"$root/usr/bin/jikenbo" --version
"$root/usr/bin/jikenbo" --help >/dev/null
summary=$("$root/usr/bin/jikenbo-cli" --db "$tmp/sample.sqlite" import "$root/usr/share/jikenbo/sample")
echo "$summary"
case "$summary" in
    *" 0 error(s)") ;;
    *) say "importing the installed sample corpus failed" >&2; exit 1 ;;
esac
count=$("$root/usr/bin/jikenbo-cli" --db "$tmp/sample.sqlite" --json list | grep -o '"key"' | wc -l)
[ "$count" -gt 0 ] || { say "the imported sample corpus lists no incident" >&2; exit 1; }
say "$count incidents from the installed sample corpus"

desktop-file-validate "$root/usr/share/applications/jikenbo.desktop"
say "desktop-file-validate: ok"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/io.github.jikenbo.Jikenbo.metainfo.xml"

dpkg-deb --info "$deb"

if command -v lintian >/dev/null 2>&1; then
    # Tags that remain on purpose are overridden, with the reason, in the package itself
    # (packaging/debian/lintian-overrides); --show-overrides lists them.
    lintian --fail-on error,warning --display-info --show-overrides "$deb"
    say "lintian: ok"
else
    say "lintian not installed: skipped"
fi
