import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the app icon (an open "C" ring around a dot on an indigo rounded
 * square) and writes it as RGBA PNGs with nothing but node:zlib:
 * resources/icon.png (512x512, used for Windows and macOS) and
 * resources/icons/<size>x<size>.png (Linux). Run: npm run icons.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

const TOP = [92, 124, 250];
const BOTTOM = [54, 79, 199];
const WHITE = [255, 255, 255];
const DOT = [219, 228, 255];

function roundedSquare(x, y) {
  const inset = 0.0625;
  const radius = 0.19;
  const half = 0.5 - inset;
  const dx = Math.max(Math.abs(x - 0.5) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (half - radius), 0);
  return Math.hypot(dx, dy) <= radius;
}

function ring(x, y) {
  const radius = 0.235;
  const thickness = 0.09;
  const dx = x - 0.5;
  const dy = y - 0.5;
  const gap = Math.PI / 4.2;
  const angle = Math.atan2(dy, dx);
  if (Math.abs(Math.hypot(dx, dy) - radius) <= thickness / 2 && Math.abs(angle) >= gap) return true;
  // Round caps at both ends of the opening.
  return [gap, -gap].some((a) => Math.hypot(dx - radius * Math.cos(a), dy - radius * Math.sin(a)) <= thickness / 2);
}

function dot(x, y) {
  return Math.hypot(x - 0.5, y - 0.5) <= 0.075;
}

/** Colour and coverage of one sample point, in unit coordinates. */
function sample(x, y) {
  if (!roundedSquare(x, y)) return null;
  if (ring(x, y)) return WHITE;
  if (dot(x, y)) return DOT;
  return TOP.map((top, i) => Math.round(top + (BOTTOM[i] - top) * y));
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const colour = sample((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Every scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(join(ROOT, 'resources/icons'), { recursive: true });
for (const size of [512, 256]) {
  const png = encodePng(size, render(size));
  writeFileSync(join(ROOT, `resources/icons/${size}x${size}.png`), png);
  if (size === 512) writeFileSync(join(ROOT, 'resources/icon.png'), png);
  process.stdout.write(`resources/icons/${size}x${size}.png (${png.length} bytes)\n`);
}
