#!/usr/bin/env bash
# Quality gates run by `packaging/dev.sh test` after the normal build's test suite:
# clang-format on changed lines, the shipped translation, the layering test, code no program
# reaches (when ../shared/tools/unreached.py is there), the Debian package (built from the normal
# build and checked), the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer,
# and the libFuzzer targets (packaging/fuzz.sh). Ends with a timing table (wall time over the goal
# is a warning; packaging/dev.sh judges the processor time).
#   packaging/quality-gates.sh BUILD_DIR [GATE...]   (BUILD_DIR: the normal, already built tree;
#   GATE: clang-format, translation, layering, unreached, package, sanitizers, fuzz; default all)
# Environment: LENTO_FORMAT_BASE (commit to compare with; default HEAD~1),
#   LENTO_SANITIZE_BUILD_DIR (default BUILD_DIR-asan), LENTO_CI_START (epoch seconds the run
#   began; dev.sh sets it), LENTO_TIME_BUDGET_S (default 1200 = 20 minutes of wall time).
set -uo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)

BUILD=${1:?usage: quality-gates.sh BUILD_DIR [GATE...]}
shift
SELECTED=" ${*:-clang-format translation layering unreached package sanitizers fuzz} "
SAN_BUILD=${LENTO_SANITIZE_BUILD_DIR:-$BUILD-asan}
JOBS=$(nproc)
BUDGET=${LENTO_TIME_BUDGET_S:-1200}
START=${LENTO_CI_START:-$(date +%s)}

results=()
failed=0
gate() { # name, function
  local name=$1 t0 rc
  [[ "$SELECTED" == *" $name "* ]] || return 0
  t0=$(date +%s)
  echo
  echo "===== gate: $name"
  "$2"
  rc=$?
  local dt=$(($(date +%s) - t0))
  if [ "$rc" -eq 0 ]; then
    results+=("$(printf '%-14s passed %5ds' "$name" "$dt")")
  else
    results+=("$(printf '%-14s FAILED %5ds' "$name" "$dt")")
    failed=1
  fi
}

# clang-format, on the lines changed since LENTO_FORMAT_BASE (default: the previous commit) in
# C++ sources under core/ app/ ui/ tests/. Uncommitted changes are not looked at.
format_gate() {
  local base=${LENTO_FORMAT_BASE:-HEAD~1} out files
  if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
    # A shallow clone or the first commit: the changed lines are unknown, so every C++ file of
    # HEAD is checked whole (the whole tree follows the style).
    files=$(git ls-tree -r --name-only HEAD -- core app ui tests | grep -E '\.(cpp|h)$')
    echo "$base is not available: checking $(wc -w <<<"$files") files whole"
    local f bad=0
    for f in $files; do
      if ! git show "HEAD:$f" | clang-format --assume-filename="$f" --dry-run --Werror >/dev/null 2>&1; then
        echo "  not formatted: $f"
        bad=1
      fi
    done
    return $bad
  fi
  echo "lines changed between $(git rev-parse --short "$base") and $(git rev-parse --short HEAD) in:"
  git diff --name-only "$base" HEAD -- core app ui tests | grep -E '\.(cpp|h)$' | sed 's/^/  /'
  out=$(git clang-format --binary clang-format --extensions cpp,h --diff "$base" HEAD -- core app ui tests 2>&1)
  case "$out" in
    "" | "no modified files to format" | "clang-format did not modify any files")
      echo "clang-format: ok"
      return 0 ;;
  esac
  echo "$out"
  echo "clang-format: the changes above are needed (apply them with: git clang-format $base -- FILE..., then commit)" >&2
  return 1
}

# The catalogues (Chinese; English plural forms) must not ship unfinished, obsolete or vanished entries.
translation_gate() {
  bash packaging/check-translations.sh translations/lento_zh_CN.ts \
    && bash packaging/check-translations.sh translations/lento_en.ts
}

# Every source file under core/, ui/ and app/ must be reached from a program's main file: a file
# built and tested but reachable from no window or command is either wired in or removed. The
# checker lives outside the repository (../shared/tools/unreached.py); without it the gate is
# skipped, so the project builds and tests on its own.
unreached_gate() {
  local tool=${LENTO_UNREACHED_TOOL:-$SRC/../shared/tools/unreached.py} out
  if [ ! -f "$tool" ]; then
    echo "skipped: $tool is not there (the unreached-code checker is not part of the repository)"
    return 0
  fi
  out=$(python3 "$tool" "$SRC") || { echo "$tool failed" >&2; return 1; }
  if [ -n "$out" ]; then
    echo "$out"
    echo "unreached: the files above are reached from no program (wire them in or remove them)" >&2
    return 1
  fi
  echo "unreached: every source file is reached from a program"
}

layering_gate() {
  [ -f tests/core/tst_layering.cpp ] || { echo "tests/core/tst_layering.cpp is missing" >&2; return 1; }
  (cd "$BUILD" && QT_QPA_PLATFORM=offscreen ctest -R '^tst_layering$' --output-on-failure --no-tests=error)
}

# The screenshots the metainfo names must be the committed ones, at the stated size.
screenshots_ok() {
  local metainfo=$BUILD/packaging/org.lento.Lento.metainfo.xml bad=0 line url size png dims
  while read -r line; do
    url=$(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' <<<"$line")
    size=$(sed -n 's|.*width="\([0-9]*\)" height="\([0-9]*\)".*|\1x\2|p' <<<"$line")
    png=resources/screenshots/$(basename "$url")
    if [ ! -f "$png" ]; then
      echo "metainfo screenshot $url: $png is missing" >&2
      bad=1
      continue
    fi
    dims=$(file -b "$png" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1x\2/p')
    if [ "$dims" != "$size" ]; then
      echo "metainfo screenshot $url: the metainfo says ${size:-no size}, $png is ${dims:-not a PNG}" >&2
      bad=1
    else
      echo "screenshot $png: $dims"
    fi
  done < <(grep '<image' "$metainfo")
  return $bad
}

package_gate() {
  local rc=0
  screenshots_ok || rc=1
  rm -rf "$BUILD/package"
  (cd "$BUILD" && cpack -G DEB) || return 1
  local deb
  deb=$(ls "$BUILD"/package/lento_*.deb 2>/dev/null | head -n1)
  [ -n "$deb" ] || { echo "cpack produced no .deb" >&2; return 1; }
  bash packaging/check-package.sh "$deb" || rc=1
  return $rc
}

# The whole suite under ASan + UBSan: unoptimised and without debug information to keep the
# build short (the instrumented suite itself runs in well under a minute), no benchmarks; leak
# reports from third-party libraries are suppressed in packaging/lsan.supp.
sanitizer_gate() {
  if [ ! -f "$SAN_BUILD/build.ninja" ]; then
    cmake -S . -B "$SAN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g0" \
      -DLENTO_SANITIZE=ON -DLENTO_BUILD_TESTS=ON -DLENTO_BUILD_BENCH=OFF || return 1
  fi
  cmake --build "$SAN_BUILD" -j "$JOBS" || return 1
  (
    cd "$SAN_BUILD" &&
      export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1:check_initialization_order=1" \
        LSAN_OPTIONS="suppressions=$SRC/packaging/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        QT_QPA_PLATFORM=offscreen &&
      ctest --output-on-failure -j "$JOBS" --no-tests=error
  )
}

# Each libFuzzer target for a bounded time (LENTO_FUZZ_SECONDS, default 20 s each; about three
# minutes with the build on two cores), in BUILD-fuzz.
fuzz_gate() {
  bash packaging/fuzz.sh "$BUILD-fuzz"
}

gate clang-format format_gate
gate translation translation_gate
gate layering layering_gate
gate unreached unreached_gate
gate package package_gate
gate sanitizers sanitizer_gate
gate fuzz fuzz_gate

total=$(($(date +%s) - START))
echo
echo "===== quality gates"
printf '%s\n' "${results[@]}"
printf '%-14s %ds wall of a %ds goal (since the run began)\n' "total" "$total" "$BUDGET"
# Wall time depends on what else the machine is doing, so it only warns; dev.sh judges the run by
# the processor time it used.
if [ "$total" -gt "$BUDGET" ]; then
  echo "time: the run took longer than $BUDGET s of wall time (a warning: a busy machine is slower)" >&2
fi
exit $failed
