#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Loopscope, builds it, then runs the app or the tests.
#   bash setup.sh run    install what is missing, build, start the app
#   bash setup.sh test   install what is missing, build, run every test; then (with no
#                        arguments) the sanitizer step: the core and its tests under ASan +
#                        UBSan, and the trace decoder fuzzed for a bounded time (build-asan/)
# Idempotent: packages already present are not reinstalled and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
shift || true

# Build tools and libraries, the Python libraries the lessons use (Debian's python3-* belong
# to /usr/bin/python3), and CPython's own test suite, which the tracer is checked against.
# dpkg-dev and file let CPack compute the .deb's dependencies; desktop-file-utils, appstream
# and shared-mime-info check the desktop files the package installs; qt6-l10n-tools (lupdate,
# lrelease) and qt6-tools-dev (their CMake functions) build the UI's translations, and
# qt6-translations-l10n translates Qt's own dialogs and key names to match.
packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev file
  desktop-file-utils appstream shared-mime-info
  qt6-base-dev qt6-base-dev-tools libgl-dev qcoro-qt6-dev libqscintilla2-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  libgtest-dev libbenchmark-dev
  python3 python3-jsonschema libpython3.11-testsuite
  python3-aiohttp python3-httpx python3-fastapi python3-uvicorn python3-websockets
  python3-aiosqlite python3-sqlalchemy python3-aiofiles python3-uvloop
  xvfb xauth valgrind
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"

case "$mode" in
  run)
    exec build/loopscope "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    status=0
    ctest --test-dir build --output-on-failure --timeout 900 "$@" || status=$?
    if (($# == 0)); then
      # The sanitizer step: clang builds the core, its unit tests and the decoder's fuzz
      # target with AddressSanitizer + UBSan (any report fails), then runs them: the unit
      # tests, every input that ever failed, and LOOPSCOPE_FUZZ_SECONDS (default 90) of
      # fuzzing from tests/fuzz/seeds.
      echo "setup: sanitizer step (build-asan/)"
      cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DLOOPSCOPE_FUZZ=ON \
        -DLOOPSCOPE_FUZZ_SECONDS="${LOOPSCOPE_FUZZ_SECONDS:-90}" >/dev/null
      cmake --build build-asan --parallel "$(nproc)" --target sanitizer_checks
      ctest --test-dir build-asan --output-on-failure --timeout 900 -L 'core|fuzz' || status=$?
    fi
    exit "$status" ;;
  *)
    echo "usage: bash setup.sh run|test" >&2; exit 2 ;;
esac
