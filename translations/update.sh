#!/usr/bin/env bash
# Refreshes the translation catalogues from every source directory (core, ui, app):
# translations/lento_zh_CN.ts (every string) and translations/lento_en.ts (the plural forms only).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core ui app -ts translations/lento_zh_CN.ts "$@"
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete -pluralonly -source-language en -target-language en \
  core ui app -ts translations/lento_en.ts "$@"
