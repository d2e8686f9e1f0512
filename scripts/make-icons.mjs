#!/usr/bin/env node
// Draws the Postguard icon (a blue shield with a white check) as PNGs in public/icons/.
// Run once when the design changes: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inShield = (x, y) => {
  if (y < 0.08 || y > 0.94) return false;
  const half = y < 0.5 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, (0.94 - y) / 0.44));
  return Math.abs(x - 0.5) <= half;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const inCheck = (x, y) =>
  Math.min(distToSegment(x, y, 0.3, 0.5, 0.45, 0.65), distToSegment(x, y, 0.45, 0.65, 0.72, 0.36)) < 0.055;

mkdirSync(new URL('../public/icons/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4; // supersampling
  const data = png(size, (x, y) => {
    let shield = 0;
    let check = 0;
    for (let i = 0; i < S; i++) {
      for (let j = 0; j < S; j++) {
        const u = (x + (i + 0.5) / S) / size;
        const v = (y + (j + 0.5) / S) / size;
        if (inShield(u, v)) {
          shield++;
          if (inCheck(u, v)) check++;
        }
      }
    }
    const a = shield / (S * S);
    const w = shield ? check / shield : 0;
    return [
      Math.round(30 + (255 - 30) * w),
      Math.round(95 + (255 - 95) * w),
      Math.round(180 + (255 - 180) * w),
      Math.round(a * 255),
    ];
  });
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), data);
}
console.log('wrote public/icons/icon-{16,32,48,128}.png');
