#!/usr/bin/env bash
# Sets up a Debian 12 machine for Lento (installs missing packages), builds, and then either
# starts the app (`dev.sh run`) or runs the whole test suite and then the quality gates
# (`dev.sh test`, the command CI runs; see packaging/quality-gates.sh).
# `dev.sh format [FILE...]` applies clang-format to the lines changed since the last commit.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake ninja-build file pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev
  qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n
  fonts-noto-cjk xvfb xauth poppler-utils libbenchmark-dev sqlite3 clang-format
  desktop-file-utils appstream dpkg-dev librsvg2-bin python3 git ccache clang libclang-rt-14-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The 20-minute budget of the quality gates counts from here: the build, the suite and the gates,
# not the package download.
export LENTO_CI_START=${LENTO_CI_START:-$(date +%s)}
BUILD=${LENTO_BUILD_DIR:-build}
# Paths inside the tree are hashed relative to it, so the cache serves any clone on this machine.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(pwd)}
JOBS=$(nproc)
configure() { # dir, extra cmake args...
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then cmake -S . -B "$dir" -G Ninja "$@"; fi
}

case "${1:-run}" in
  run)
    configure "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLENTO_BUILD_TESTS=OFF
    cmake --build "$BUILD" -j "$JOBS" --target lento lento-cli
    shift || true
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      exec xvfb-run -a -s '-screen 0 1400x900x24' "$BUILD/app/lento" "$@"
    fi
    exec "$BUILD/app/lento" "$@"
    ;;
  test)
    # Optimised as shipped but without debug information: the suite is built twice (here and under
    # the sanitizers), and debug information is a fifth of the compile time.
    configure "$BUILD-test" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DLENTO_BUILD_TESTS=ON
    t0=$(date +%s)
    cmake --build "$BUILD-test" -j "$JOBS"
    t1=$(date +%s)
    (cd "$BUILD-test" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS")
    t2=$(date +%s)
    printf 'build %ds, test suite %ds\n' $((t1 - t0)) $((t2 - t1))
    if [ -x packaging/quality-gates.sh ]; then
      # LENTO_GATES selects gates (space-separated); empty = all of them.
      # shellcheck disable=SC2086
      LENTO_SANITIZE_BUILD_DIR=${LENTO_SANITIZE_BUILD_DIR:-$BUILD-asan} packaging/quality-gates.sh "$BUILD-test" ${LENTO_GATES:-}
    fi
    # The budget is processor time, which a busy machine does not inflate the way it does wall
    # time: the build, the suite and the gates should fit in 20 minutes on every core of this
    # machine (LENTO_CPU_BUDGET_S overrides). `times` runs in this shell (in a command substitution
    # it would report the subshell's own, empty, times). Over budget is reported as a warning.
    timesfile=$(mktemp)
    times >"$timesfile"
    cpu=$(tail -n1 "$timesfile" | tr ',' '.' | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%d", t }')
    rm -f "$timesfile"
    cpu_budget=${LENTO_CPU_BUDGET_S:-$((1200 * JOBS))}
    printf 'processor time %ds of %ds (%d cores x 20 minutes)\n' "$cpu" "$cpu_budget" "$JOBS"
    if [ "$cpu" -gt "$cpu_budget" ]; then
      echo "time budget (a warning): the run used more than $cpu_budget s of processor time" >&2
    fi
    ;;
  format) # [FILE...]: only these files (in a shared working tree, name your own)
    shift
    if [ "$#" -eq 0 ]; then set -- core app ui tests; fi
    git clang-format --extensions cpp,h -- "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|format" >&2; exit 2 ;;
esac
