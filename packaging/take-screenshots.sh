#!/usr/bin/env bash
# Retakes the README screenshots from the real program on a virtual screen, in English and in
# Chinese: resources/screenshots/workspace-*.png (the demo patient in a fresh temporary database)
# and history-*.png (a diazepam taper four months in, made with lento-cli: a plan and a slower
# version from today, marked active, monthly visits with CIWA-B and BWSQ scores, one holding the dose;
# opened with `lento --patient H-1 --view history`).
#   packaging/take-screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
LENTO=$BUILD/app/lento
CLI=$BUILD/app/cli/lento-cli
[ -x "$LENTO" ] || { echo "no $LENTO: build the lento target first" >&2; exit 1; }
[ -x "$CLI" ] || CLI=$(find "$BUILD" -name lento-cli -type f -perm -u+x | head -n1)
[ -x "$CLI" ] || { echo "no lento-cli in $BUILD: build the lento-cli target first" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p resources/screenshots
SCREEN='-screen 0 1700x1100x24'

# The history database: a taper that started 120 days ago.
DB=$TMP/history.sqlite
day() { date -d "$1 days" +%F; }
START=$(day -120)
"$CLI" db init --db "$DB" >/dev/null
"$CLI" patients add --db "$DB" --id H-1 --name "Morgan Lee" --dob 1968-05-02 --weight 72 --sex female >/dev/null
"$CLI" plan --current "diazepam:10@08:00,10@22:00" --preset percent-10-14 --start "$START" \
  --title "Diazepam taper" -o "$TMP/v1.json" >/dev/null
V1=$("$CLI" plans save H-1 "$TMP/v1.json" --db "$DB" --comment "First plan")
"$CLI" plan --current "diazepam:5.5@08:00,5.5@22:00" --preset percent-10-28 --start "$(day 0)" \
  --title "Diazepam taper" -o "$TMP/v2.json" >/dev/null
"$CLI" plans save H-1 "$TMP/v2.json" --db "$DB" --parent "$V1" --comment "Slower from today's dose" >/dev/null
"$CLI" plans status H-1 --plan 1 active --db "$DB" >/dev/null
visit() { # days-ago decision mg-morning mg-evening ciwa-item bwsq-item from-days-ago
  local ciwa bwsq
  ciwa=$(python3 -c "print([${5}]*5+[1]*5+[0]*10)")
  bwsq=$(python3 -c "print([${6}]*4+[0]*16)")
  cat >"$TMP/visit.json" <<JSON
{ "date": "$(day "-$1")", "decision": "$2",
  "actual_doses": [ { "drug": "diazepam", "time": "08:00", "mg": $3, "from": "$(day "-$7")", "to": "$(day "-$1")" },
                    { "drug": "diazepam", "time": "22:00", "mg": $4, "from": "$(day "-$7")", "to": "$(day "-$1")" } ],
  "ciwa_b": $ciwa, "bwsq": $bwsq, "vitals": { "pulse": 76 }, "notes": "" }
JSON
  "$CLI" visits add H-1 "$TMP/visit.json" --db "$DB" >/dev/null
}
visit 92 continue 8.5 8.5 1 1 119
visit 62 hold 7.5 7.5 2 1 91
visit 32 continue 6.5 6.5 1 0 61
visit 2 slow 5.5 5.5 1 0 31

for lang in en zh_CN; do
  mkdir -p "$TMP/$lang"
  xvfb-run -a -s "$SCREEN" "$LENTO" --db "$TMP/$lang/lento.sqlite" --lang "$lang" --demo \
    --screenshot "resources/screenshots/workspace-$lang.png"
  cp "$DB" "$TMP/$lang/history.sqlite"
  xvfb-run -a -s "$SCREEN" "$LENTO" --db "$TMP/$lang/history.sqlite" --lang "$lang" --patient H-1 \
    --view history --screenshot "resources/screenshots/history-$lang.png"
done
ls -l resources/screenshots
