#!/usr/bin/env bash
# Renders Daicho's icons from the two SVGs in this folder (run it after changing either; commit the results):
#   daicho.svg        the icon (48 px and up)
#   daicho-small.svg  the same icon drawn for 16-32 px (thicker strokes, cropped to the book)
# Output: daicho.png (256 px, Linux installer), daicho-512.png, daicho.ico (16-256, Windows),
#         daicho.icns (16-1024, macOS), and the window icons in src/main/resources/org/daicho/ui/icons/.
# Needs: ImageMagick 6 or 7 (convert or magick, with its built-in SVG renderer) and python3. No fonts: the kanji
# 台 is drawn as strokes, so every machine renders the same pixels.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
resources="$here/../../src/main/resources/org/daicho/ui/icons"
if command -v magick >/dev/null 2>&1; then im=(magick); else im=(convert); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# render SVG SIZE OUT: draw at 4x and scale down (smoother edges than drawing at the final size);
# 8-bit RGBA, no time stamps, so the same SVG gives the same bytes.
render() {
  local svg="$1" size="$2" out="$3"
  "${im[@]}" -background none -density $((96 * size * 4 / 512)) "$svg" -resize "${size}x${size}" \
    -depth 8 -strip -define png:exclude-chunks=date,time "PNG32:$out"
}

for s in 16 24 32; do render "$here/daicho-small.svg" "$s" "$work/$s.png"; done
for s in 48 64 128 256 512 1024; do render "$here/daicho.svg" "$s" "$work/$s.png"; done

cp "$work/256.png" "$here/daicho.png"
cp "$work/512.png" "$here/daicho-512.png"
"${im[@]}" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
  "$work/256.png" "$here/daicho.ico"

# ICNS: 'icns', total length, then (type, length, PNG data) per size; every type below holds a PNG.
python3 - "$work" "$here/daicho.icns" <<'EOF'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in types:
    data = open(f"{work}/{size}.png", "rb").read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
EOF

mkdir -p "$resources"
cp "$work/16.png" "$resources/daicho-16.png"
cp "$work/32.png" "$resources/daicho-32.png"
cp "$work/256.png" "$resources/daicho-256.png"
ls -l "$here"/daicho.png "$here"/daicho-512.png "$here"/daicho.ico "$here"/daicho.icns "$resources"/*.png
