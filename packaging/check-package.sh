#!/usr/bin/env bash
# Checks a built Lento Debian package: lists its contents, checks the files a clinic's install
# needs are there, validates the desktop entry, AppStream metainfo and man page, then runs the
# extracted lento-cli (--version, and simulate on the bundled example plan).
#   packaging/check-package.sh path/to/lento_*.deb
set -euo pipefail

deb=${1:?usage: check-package.sh lento_VERSION_ARCH.deb}
[ -f "$deb" ] || { echo "check-package: no such file: $deb" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^project(Lento VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
problem() { echo "check-package: $*" >&2; fail=1; }

echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Installed-Size
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libqt6charts6; do
  grep -q "$need" <<<"$depends" || problem "Depends lacks $need"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || problem "package version is not $version"

echo "== contents"
dpkg-deb -c "$deb" | tee "$work/contents.txt" | awk '{print $1, $3, $6}'
expected=(
  ./usr/bin/lento
  ./usr/bin/lento-cli
  ./usr/share/applications/lento.desktop
  ./usr/share/metainfo/org.lento.Lento.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/lento.svg
  ./usr/share/icons/hicolor/16x16/apps/lento.png
  ./usr/share/icons/hicolor/48x48/apps/lento.png
  ./usr/share/icons/hicolor/256x256/apps/lento.png
  ./usr/share/man/man1/lento-cli.1.gz
  ./usr/share/man/man1/lento.1.gz
  ./usr/share/lento/translations/lento_zh_CN.qm
  ./usr/share/lento/translations/lento_en.qm
  ./usr/share/lento/examples/diazepam-taper.plan.json
)
for path in "${expected[@]}"; do
  grep -q " $path\$" "$work/contents.txt" || problem "missing $path"
done

echo "== extract"
root=$work/root
dpkg-deb -x "$deb" "$root"
file "$root/usr/bin/lento" "$root/usr/bin/lento-cli" | sed "s|$root||"

echo "== desktop entry, metainfo, man page"
desktop-file-validate "$root/usr/share/applications/lento.desktop" || problem "desktop-file-validate failed"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.lento.Lento.metainfo.xml" \
  || problem "appstreamcli validate failed"
for page in lento lento-cli; do
  gz=$root/usr/share/man/man1/$page.1.gz
  man_warnings=$(zcat "$gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1 || true)
  [ -z "$man_warnings" ] || problem "man page $page.1: $man_warnings"
  zcat "$gz" | grep -qi "^\.TH $page 1" || problem "man page $page.1 has no .TH header"
done
# Every command lento-cli lists has a section in its man page.
for verb in $("$root/usr/bin/lento-cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p'); do
  zcat "$root/usr/share/man/man1/lento-cli.1.gz" | grep -q "^\.SS $verb\$" || problem "lento-cli.1 does not document '$verb'"
done
[ -s "$root/usr/share/lento/translations/lento_zh_CN.qm" ] || problem "lento_zh_CN.qm is empty"

echo "== extracted lento-cli"
cli=$root/usr/bin/lento-cli
out=$("$cli" --version) || problem "lento-cli --version exited with $?"
echo "$out"
[ "$out" = "lento-cli $version" ] || problem "lento-cli --version printed '$out', expected 'lento-cli $version'"
example=$root/usr/share/lento/examples/diazepam-taper.plan.json
if "$cli" simulate "$example" -o "$work/series.json"; then
  python3 - "$work/series.json" <<'EOF' || problem "simulate output is not the expected JSON"
import json, sys
doc = json.load(open(sys.argv[1]))
summary = doc["summary"]
assert summary["modelled"] is True, "summary not labelled modelled"
assert len(doc["t_h"]) > 100 and len(doc["t_h"]) == len(doc["withdrawal"]), "series lengths"
print("simulate: %d samples over %s days, peak modelled withdrawal %.3f on day %s (%s)" % (
    len(doc["t_h"]), summary["days"], summary["peak_withdrawal_shown"], summary["peak_day"], summary["peak_band"]))
EOF
else
  problem "lento-cli simulate on the bundled example exited with $?"
fi

if [ "$fail" -ne 0 ]; then
  echo "check-package: FAILED" >&2
  exit 1
fi
echo "check-package: $(basename "$deb") OK"
