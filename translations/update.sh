#!/usr/bin/env bash
# Refreshes translations/lento_zh_CN.ts from every source directory (core, ui, app).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core ui app -ts translations/lento_zh_CN.ts "$@"
