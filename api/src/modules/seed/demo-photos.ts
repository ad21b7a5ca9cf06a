import { createHash } from 'node:crypto';

import sharp from 'sharp';

/**
 * A small stand-in photo for a demo report or proof of work: a street scene (sky, ground, a building, a marker
 * where the problem is) whose colours follow `label`, so every report looks different. PNG, 480×360, made by
 * sharp at seed time; the photos service re-encodes it as it does any upload.
 */
export function demoPhoto(label: string, proof = false): Promise<Buffer> {
  const h = createHash('sha256').update(label).digest();
  const hue = (h[0] * 360) / 256;
  const sky = `hsl(${Math.round(hue)}, 45%, 82%)`;
  const wall = `hsl(${Math.round((hue + 40) % 360)}, 30%, ${55 + (h[1] % 20)}%)`;
  const ground = `hsl(${Math.round((hue + 180) % 360)}, 20%, 45%)`;
  const x = 60 + (h[2] % 300);
  const windows = Array.from({ length: 6 }, (_, i) => {
    const wx = 150 + (i % 3) * 60;
    const wy = 110 + Math.floor(i / 3) * 70;
    return `<rect x="${wx}" y="${wy}" width="34" height="40" fill="hsl(210, 40%, ${60 + (h[3 + i] % 30)}%)"/>`;
  }).join('');
  const marker = proof
    ? `<circle cx="${x}" cy="300" r="34" fill="none" stroke="#2e9b4f" stroke-width="10"/><path d="M${x - 16} 300 l12 12 l22 -24" fill="none" stroke="#2e9b4f" stroke-width="9"/>`
    : `<circle cx="${x}" cy="300" r="34" fill="none" stroke="#c8323c" stroke-width="10"/><rect x="${x - 5}" y="280" width="10" height="26" fill="#c8323c"/><rect x="${x - 5}" y="312" width="10" height="8" fill="#c8323c"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360">
  <rect width="480" height="240" fill="${sky}"/>
  <rect y="240" width="480" height="120" fill="${ground}"/>
  <rect x="130" y="80" width="220" height="170" fill="${wall}"/>${windows}
  ${marker}
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
