#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for Loopscope, builds it, then runs the app or the tests.
#   bash setup.sh run    install what is missing, build, start the app
#   bash setup.sh test   install what is missing, build, run every test
# Idempotent: packages already present are not reinstalled and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
shift || true

# Build tools and libraries, the Python libraries the lessons use (Debian's python3-* belong
# to /usr/bin/python3), and CPython's own test suite, which the tracer is checked against.
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libgl-dev qcoro-qt6-dev libqscintilla2-qt6-dev
  libgtest-dev libbenchmark-dev
  python3 python3-jsonschema libpython3.11-testsuite
  python3-aiohttp python3-httpx python3-fastapi python3-uvicorn python3-websockets
  python3-aiosqlite python3-sqlalchemy python3-aiofiles python3-uvloop
  xvfb xauth valgrind
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
    ctest --test-dir build --output-on-failure --timeout 900 "$@" ;;
  *)
    echo "usage: bash setup.sh run|test" >&2; exit 2 ;;
esac
