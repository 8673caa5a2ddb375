#!/usr/bin/env bash
# Retakes the README screenshots (resources/screenshots/workspace-*.png) from the real program:
# the demo patient in a fresh temporary database, in English and in Chinese, on a virtual screen.
#   packaging/take-screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
LENTO=${1:-build}/app/lento
[ -x "$LENTO" ] || { echo "no $LENTO: build the lento target first" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p resources/screenshots
for lang in en zh_CN; do
  mkdir -p "$TMP/$lang"
  xvfb-run -a -s '-screen 0 1700x1100x24' "$LENTO" --db "$TMP/$lang/lento.sqlite" --lang "$lang" --demo \
    --screenshot "resources/screenshots/workspace-$lang.png"
done
ls -l resources/screenshots
