#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) with no dependencies beyond Node:
 * a green rounded square holding three ascending white bars (a bar chart) with a light-green
 * leaf rising from the tallest bar. Shapes are defined in unit coordinates and sampled 8×8 per
 * pixel for anti-aliasing; PNGs are written with zlib (RGBA, 8 bits per channel).
 *
 *   node scripts/make-icons.js          writes the PNGs into assets/
 *   node scripts/make-icons.js OUT_DIR  writes them elsewhere
 *
 * The output is deterministic, so re-running it leaves the committed PNGs unchanged.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];

// ---------------------------------------------------------------- PNG encoding
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes an RGBA pixel buffer (width*height*4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- drawing
const GREEN = [0x2e, 0x7d, 0x32]; // background
const WHITE = [0xff, 0xff, 0xff]; // bars
const LEAF = [0xa5, 0xd6, 0xa7]; // leaf
const VEIN = [0x2e, 0x7d, 0x32]; // leaf vein

/** Inside a rounded rectangle [x0,x1]×[y0,y1] with corner radius r. */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside a leaf: the intersection of two discs (a vesica), rotated by `angle` about (cx, cy). */
function inLeaf(x, y, cx, cy, length, width, angle) {
  const c = Math.cos(-angle);
  const s = Math.sin(-angle);
  const u = (x - cx) * c - (y - cy) * s; // along the leaf
  const v = (x - cx) * s + (y - cy) * c; // across the leaf
  const h = length / 2;
  const w = width / 2;
  const R = (h * h + w * w) / (2 * w); // radius of the arcs through the tips
  const d = R - w;
  return u * u + (v - d) ** 2 <= R * R && u * u + (v + d) ** 2 <= R * R;
}

/** Colour (with coverage) at unit coordinates (x, y), y pointing down; null when transparent. */
function shade(x, y, size) {
  const small = size < 32;
  if (!inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  // Leaf rising from the top of the tallest bar (drawn from 32 px up; too fine below).
  if (!small) {
    const leaf = { cx: 0.8, cy: 0.235, length: 0.3, width: 0.15, angle: -Math.PI / 4 };
    if (inLeaf(x, y, leaf.cx, leaf.cy, leaf.length, leaf.width, leaf.angle)) {
      // Central vein along the leaf's axis.
      const c = Math.cos(-leaf.angle);
      const s = Math.sin(-leaf.angle);
      const u = (x - leaf.cx) * c - (y - leaf.cy) * s;
      const v = (x - leaf.cx) * s + (y - leaf.cy) * c;
      if (Math.abs(v) < 0.012 && Math.abs(u) < leaf.length * 0.38) return VEIN;
      return LEAF;
    }
  }
  // Three ascending bars on a baseline.
  const base = 0.82;
  const bars = small
    ? [
        [0.16, 0.36, 0.56],
        [0.42, 0.58, 0.38],
        [0.66, 0.84, 0.18],
      ]
    : [
        [0.17, 0.33, 0.6],
        [0.42, 0.58, 0.45],
        [0.67, 0.83, 0.34],
      ];
  for (const [x0, x1, top] of bars) {
    if (inRoundRect(x, y, x0, top, x1, base, small ? 0.02 : 0.035)) return WHITE;
  }
  return GREEN;
}

/** Renders one icon as RGBA with 8×8 supersampling (premultiplied averaging, then un-premultiplied). */
function render(size) {
  const SS = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const col = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (!col) continue;
          r += col[0];
          g += col[1];
          b += col[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return out;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
