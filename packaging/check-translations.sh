#!/usr/bin/env bash
# Fails if a translation catalogue would ship unfinished, obsolete or vanished entries (lrelease
# leaves them out, so the window would fall back to English). Lists up to ten of each kind.
# Also reports (without failing) how many strings in the code the catalogue does not have yet
# (for translations/lento_en.ts, which holds only the plural forms: plural strings).
#   packaging/check-translations.sh [translations/lento_zh_CN.ts | translations/lento_en.ts]
set -uo pipefail
cd "$(dirname "$0")/.."
ts=${1:-translations/lento_zh_CN.ts}
[ -f "$ts" ] || { echo "check-translations: no such file: $ts" >&2; exit 2; }

rc=0
for kind in unfinished obsolete vanished; do
  n=$(grep -c "type=\"$kind\"" "$ts")
  echo "$ts: $n $kind"
  if [ "$n" -gt 0 ]; then
    rc=1
    python3 - "$ts" "$kind" <<'PY'
import sys, xml.etree.ElementTree as ET
ts, kind = sys.argv[1], sys.argv[2]
shown = 0
for ctx in ET.parse(ts).getroot().iter("context"):
    for msg in ctx.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == kind and shown < 10:
            print("  %s: %s" % (ctx.findtext("name"), (msg.findtext("source") or "").replace("\n", " ")[:100]))
            shown += 1
PY
  fi
done

# New strings appear as unfinished once translations/update.sh runs, and are caught above then.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/check.ts"
only=()
[[ "$ts" == *_en.ts ]] && only=(-pluralonly)
if /usr/lib/qt6/bin/lupdate -silent -locations none -no-obsolete "${only[@]}" core ui app -ts "$tmp/check.ts" >/dev/null 2>&1; then
  before=$(grep -c 'type="unfinished"' "$ts")
  after=$(grep -c 'type="unfinished"' "$tmp/check.ts")
  echo "strings in the code not yet in $ts: $((after - before)) (not a failure; run translations/update.sh)"
fi
[ "$rc" -eq 0 ] && echo "check-translations: ok" || echo "check-translations: FAILED" >&2
exit $rc
