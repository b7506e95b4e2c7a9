#!/usr/bin/env node
// Precompresses the web build (a .gz and a .br next to each file, for hosts that serve them, as
// scripts/static-server.mjs does) and prints what the first frame downloads, raw, gzip and brotli, against
// the size budget (counted in gzip, which every browser accepts).
// Usage: node scripts/site-size.mjs --site DIR [--budget-kb 400] [--report FILE] [--strict]
// Compression: zopfli (gzip-compatible, ~5% smaller) when it is installed, else zlib at level 9; brotli from
// node's zlib at quality 11 (text mode for text files). Each is written only when smaller than the file. --strict
// exits with 1 when the first frame is over budget; otherwise that is a warning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Everything the page needs before its first frame, in the order it is requested.
const FIRST_FRAME = ['index.html', 'style.css', 'twin.css', 'app.js', 'portfolio.js', 'portfolio.wasm', 'portfolio.data'];
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.wasm', '.data', '.svg', '.json', '.txt']);
const TEXT = new Set(['.html', '.css', '.js', '.svg', '.json', '.txt']);

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const site = opt('--site', null);
const budget = Number(opt('--budget-kb', 400)) * 1024;
const report = opt('--report', null);
if (!site || !fs.existsSync(site)) {
  console.error('usage: node scripts/site-size.mjs --site DIR [--budget-kb 400] [--report FILE] [--strict]');
  process.exit(2);
}

const zopfli = spawnSync('zopfli', ['-h'], { stdio: 'ignore' }).error ? null : 'zopfli';

function compress(data, file) {
  if (zopfli) {
    const out = spawnSync(zopfli, ['-c', file], { maxBuffer: 1 << 30 });
    if (out.status === 0 && out.stdout.length > 0) return out.stdout;
  }
  return zlib.gzipSync(data, { level: 9 });
}

function brotli(data, name) {
  return zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: TEXT.has(path.extname(name)) ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

// FILE + ext holds `packed` when it is smaller than the file; otherwise a stale one goes. Returns the size served.
function writeSmaller(file, ext, data, packed) {
  if (packed.length < data.length) fs.writeFileSync(file + ext, packed);
  else fs.rmSync(file + ext, { force: true });
  return Math.min(packed.length, data.length);
}

// Writes FILE.gz and FILE.br for every compressible file they shrink.
const sizes = new Map();
for (const name of fs.readdirSync(site).sort()) {
  const file = path.join(site, name);
  if (!fs.statSync(file).isFile() || !COMPRESSIBLE.has(path.extname(name))) continue;
  const data = fs.readFileSync(file);
  const gzip = writeSmaller(file, '.gz', data, compress(data, file));
  const br = writeSmaller(file, '.br', data, brotli(data, name));
  sizes.set(name, { raw: data.length, gzip, br });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const missing = FIRST_FRAME.filter((name) => !sizes.has(name));
const rows = FIRST_FRAME.filter((name) => sizes.has(name)).map((name) => [name, sizes.get(name).raw, sizes.get(name).gzip, sizes.get(name).br]);
const total = rows.reduce((t, [, raw, gzip, br]) => [t[0] + raw, t[1] + gzip, t[2] + br], [0, 0, 0]);
const over = total[1] > budget;
// The total line keeps its shape (name, raw, gzip, "budget ...: ok"); brotli comes after it.
const lines = [
  `First-frame download (${path.resolve(site)}), compressed with ${zopfli || 'zlib -9'} and brotli -11:`,
  `  ${'file'.padEnd(16)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`,
  ...rows.map(([name, raw, gzip, br]) => `  ${name.padEnd(16)}${kb(raw).padStart(11)}${kb(gzip).padStart(11)}${kb(br).padStart(11)}`),
  `  ${'total'.padEnd(16)}${kb(total[0]).padStart(11)}${kb(total[1]).padStart(11)}   budget ${kb(budget)}: ${over ? `OVER by ${kb(total[1] - budget)}` : 'ok'}`,
  `  ${'total brotli'.padEnd(16)}${kb(total[2]).padStart(22)}`,
  ...(missing.length ? [`  missing: ${missing.join(', ')}`] : []),
];
console.log(lines.join('\n'));
if (report) fs.writeFileSync(report, lines.join('\n') + '\n');
if (over) console.warn(`warning: the first frame needs ${kb(total[1])} gzip, over the ${kb(budget)} budget`);
if ((over && args.includes('--strict')) || missing.length) process.exit(1);
