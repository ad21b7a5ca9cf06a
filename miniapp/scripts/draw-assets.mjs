#!/usr/bin/env node
// Draws the tab bar icons (normal and selected) and the share card cover as PNGs from small SVGs, with sharp.
//   node scripts/draw-assets.mjs     writes src/assets/tabbar/*.png and src/assets/share/cover.png
// WeChat wants tab icons as local PNGs of at most 40 KB (81×81 px is its recommended size).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets');
const NORMAL = '#6b6360';
const SELECTED = '#c8323c';

// 24×24 outline glyphs, drawn with a stroke so one shape serves both states.
const GLYPHS = {
  home: '<path d="M3 11 12 3l9 8"/><path d="M5 10v10h5v-6h4v6h5V10"/>',
  events: '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/><path d="m9 15 2 2 4-4"/>',
  tasks: '<path d="M4 8h3l2-3h6l2 3h3v11H4z"/><circle cx="12" cy="13" r="3.5"/>',
  me: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
};

function icon(glyph, colour) {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 24 24" fill="none" stroke="${colour}"
      stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${glyph}</svg>`,
  );
}

// 5:4, as WeChat's share card crops: a pomegranate (石榴) of seeds held together on the brand red.
function cover() {
  const seeds = [];
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 5 - (row % 2); col += 1) {
      seeds.push(`<circle cx="${205 + col * 24 + (row % 2) * 12}" cy="${190 + row * 24}" r="10" fill="#fbeceb"/>`);
    }
  }
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="400" viewBox="0 0 500 400">
      <rect width="500" height="400" fill="#c8323c"/>
      <circle cx="250" cy="225" r="120" fill="#a12530"/>
      <path d="M225 110h50l-10 -30h-30z" fill="#d9922e"/>
      ${seeds.join('')}
    </svg>`,
  );
}

async function write(file, svg) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  const info = await sharp(svg).png({ compressionLevel: 9, palette: true }).toFile(path);
  process.stdout.write(`${file} ${info.width}x${info.height} ${info.size} B\n`);
}

for (const [name, glyph] of Object.entries(GLYPHS)) {
  await write(`tabbar/${name}.png`, icon(glyph, NORMAL));
  await write(`tabbar/${name}-active.png`, icon(glyph, SELECTED));
}
await write('share/cover.png', cover());
