#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz (clang, -fsanitize=fuzzer,address) from only the
# sources they need, then runs each one for a bounded time on its seed corpus
# (tests/fuzz/corpus/<target>). A crash, leak, sanitizer report or time-out fails the run; the
# input that caused it is kept in OUT/artifacts and becomes a regression test.
#   packaging/fuzz.sh [OUT_DIR]   (default build-fuzz)
# Environment: LENTO_FUZZ_SECONDS (per target, default 20), LENTO_FUZZ_TARGETS (default all).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
OUT=$(realpath -m "${1:-build-fuzz}")
SECONDS_EACH=${LENTO_FUZZ_SECONDS:-20}
TARGETS=${LENTO_FUZZ_TARGETS:-"plan_document patient_import visit_document specs drug_overrides"}
CXX=${LENTO_FUZZ_CXX:-clang++}
command -v "$CXX" >/dev/null || { echo "fuzz: $CXX is missing (packages clang, libclang-rt-14-dev)" >&2; exit 1; }
LAUNCHER=""
command -v ccache >/dev/null && LAUNCHER=ccache

# The parsers and the checks behind them, nothing that paints or opens a database.
CORE="plandocument modelinput catalogue rounding jsonduplicates regimenspec withdrawalscales numberformat"
STORE="patientexchange recordjson records regimentext planrepository medicationrepository patientrepository
  visitrepository sqlquery storesession auditlog visitdocument"
FLAGS=(-std=c++20 -O1 -g -fPIC -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address
  -DQT_NO_DEBUG -I"$SRC/core" -I"$SRC/core/store" -I"$SRC/tests/fuzz")
read -r -a QT <<<"$(pkg-config --cflags Qt6Core Qt6Sql)"
read -r -a QTLIBS <<<"$(pkg-config --libs Qt6Core Qt6Sql)"
mkdir -p "$OUT/obj" "$OUT/artifacts"

compile() { # source, object
  if [ ! -f "$2" ] || [ "$1" -nt "$2" ] || [ -n "$(find "$SRC/core" "$SRC/tests/fuzz" -name '*.h' -newer "$2" -print -quit)" ]; then
    $LAUNCHER "$CXX" "${FLAGS[@]}" "${QT[@]}" -c "$1" -o "$2"
  fi
}

# The built-in catalogue is a Qt resource, as in the program.
cat >"$OUT/data.qrc" <<QRC
<RCC><qresource prefix="/data"><file alias="drugs.json">$SRC/resources/drugs.json</file></qresource></RCC>
QRC
/usr/lib/qt6/libexec/rcc -name lento_core_data "$OUT/data.qrc" -o "$OUT/data_qrc.cpp"

objects=()
jobs=0
for f in $CORE; do objects+=("$OUT/obj/$f.o"); compile "$SRC/core/$f.cpp" "$OUT/obj/$f.o" & jobs=$((jobs + 1)); [ $((jobs % $(nproc))) -eq 0 ] && wait; done
for f in $STORE; do objects+=("$OUT/obj/store_$f.o"); compile "$SRC/core/store/$f.cpp" "$OUT/obj/store_$f.o" & jobs=$((jobs + 1)); [ $((jobs % $(nproc))) -eq 0 ] && wait; done
objects+=("$OUT/obj/data_qrc.o")
compile "$OUT/data_qrc.cpp" "$OUT/obj/data_qrc.o" &
wait
for f in "${objects[@]}"; do [ -f "$f" ] || { echo "fuzz: $f was not built" >&2; exit 1; }; done

failed=0
for t in $TARGETS; do
  compile "$SRC/tests/fuzz/fuzz_$t.cpp" "$OUT/obj/fuzz_$t.o"
  "$CXX" -fsanitize=fuzzer,address "$OUT/obj/fuzz_$t.o" "${objects[@]}" "${QTLIBS[@]}" -o "$OUT/fuzz_$t"
  # New inputs go to a scratch corpus; the seeds in the repository are only read.
  rm -rf "$OUT/corpus_$t" && mkdir -p "$OUT/corpus_$t"
  echo "fuzz: $t for ${SECONDS_EACH}s"
  if ! ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" "$OUT/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$t-" \
    "$OUT/corpus_$t" "$SRC/tests/fuzz/corpus/$t" >"$OUT/$t.log" 2>&1; then
    echo "fuzz: $t FAILED; the input is in $OUT/artifacts (log $OUT/$t.log):" >&2
    grep -E "ERROR|SUMMARY|qFatal|Test unit written" "$OUT/$t.log" | head -20 >&2
    failed=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$OUT/$t.log" | sed 's/^/  /' || true
  fi
done
exit $failed
