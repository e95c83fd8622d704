#!/usr/bin/env bash
# Test fixture: builds the .deb with CPack from the build folder and unpacks it into a scratch
# root, as dpkg would install it (dpkg -x), then runs what dpkg's triggers would run for it
# (the MIME database). tst_debpackage checks and runs what lands there.
#   build_deb.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
  cat "$out/cpack.log" >&2
  exit 1
}
debs=("$out"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one .deb in $out" >&2; exit 1; }
dpkg-deb -x "${debs[0]}" "$out/root"
# It reports a package it cannot parse but still succeeds: that is a failure here.
update-mime-database "$out/root/usr/share/mime" >"$out/mime.log" 2>&1
if grep -q "Failed\|error" "$out/mime.log"; then cat "$out/mime.log" >&2; exit 1; fi
echo "built ${debs[0]} ($(du -h "${debs[0]}" | cut -f1))"
