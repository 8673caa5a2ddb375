#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from resources/icons/lento.svg.
# Run after changing the SVG; the PNGs are committed so the build needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" lento.svg -o "lento-$size.png"
done
