/** Draws the toolbar/store icons (a radar dish: rings and a sweep) as PNGs. Run once; the PNGs are committed. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { REPO_ROOT } from '../src/node/readDataset';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function radar(size: number) {
  const c = (size - 1) / 2;
  const R = size / 2;
  return (x: number, y: number): [number, number, number, number] => {
    let cover = 0;
    let colour: [number, number, number] = [179, 38, 30];
    const samples = 4;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const dx = x + (sx + 0.5) / samples - 0.5 - c;
        const dy = y + (sy + 0.5) / samples - 0.5 - c;
        const r = Math.hypot(dx, dy) / R;
        if (r <= 1) cover++;
      }
    }
    const dx = x - c;
    const dy = y - c;
    const r = Math.hypot(dx, dy) / R;
    const angle = Math.atan2(dy, dx);
    const ring = Math.abs(r - 0.62) < 0.07 || Math.abs(r - 0.3) < 0.07;
    const sweep = angle > -Math.PI / 2 && angle < -Math.PI / 6 && r < 0.9;
    if (ring || sweep || r < 0.1) colour = [255, 255, 255];
    return [...colour, Math.round((cover / (samples * samples)) * 255)];
  };
}

const dir = join(REPO_ROOT, 'public/icons');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon-${size}.png`), png(size, radar(size)));
