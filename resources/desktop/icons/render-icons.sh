#!/usr/bin/env bash
# Renders the hicolor PNG sizes from the SVG. The PNGs are committed, so a build needs no SVG
# renderer; run this (needs rsvg-convert from librsvg2-bin) after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
name=io.github.loopscope.Loopscope
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "${size}x${size}"
  rsvg-convert --width "$size" --height "$size" "$name.svg" --output "${size}x${size}/$name.png"
done
