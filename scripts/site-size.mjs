#!/usr/bin/env node
// Precompresses the web build (a .gz next to each file, for hosts that serve them, as scripts/static-server.mjs
// does) and prints what the first frame downloads, raw and gzip, against the size budget.
// Usage: node scripts/site-size.mjs --site DIR [--budget-kb 400] [--report FILE] [--strict]
// Compression: zopfli (gzip-compatible, ~5% smaller) when it is installed, else zlib at level 9. --strict
// exits with 1 when the first frame is over budget; otherwise that is a warning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Everything the page needs before its first frame, in the order it is requested.
const FIRST_FRAME = ['index.html', 'style.css', 'twin.css', 'app.js', 'portfolio.js', 'portfolio.wasm', 'portfolio.data'];
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.wasm', '.data', '.svg', '.json', '.txt']);

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

// Writes FILE.gz for every compressible file that shrinks; a stale .gz of a file that no longer shrinks goes.
const sizes = new Map();
for (const name of fs.readdirSync(site).sort()) {
  const file = path.join(site, name);
  if (!fs.statSync(file).isFile() || !COMPRESSIBLE.has(path.extname(name))) continue;
  const data = fs.readFileSync(file);
  const gz = compress(data, file);
  if (gz.length < data.length) fs.writeFileSync(file + '.gz', gz);
  else fs.rmSync(file + '.gz', { force: true });
  sizes.set(name, { raw: data.length, gzip: Math.min(gz.length, data.length) });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const missing = FIRST_FRAME.filter((name) => !sizes.has(name));
const rows = FIRST_FRAME.filter((name) => sizes.has(name)).map((name) => [name, sizes.get(name).raw, sizes.get(name).gzip]);
const total = rows.reduce((t, [, raw, gzip]) => [t[0] + raw, t[1] + gzip], [0, 0]);
const over = total[1] > budget;
const lines = [
  `First-frame download (${path.resolve(site)}), compressed with ${zopfli || 'zlib -9'}:`,
  ...rows.map(([name, raw, gzip]) => `  ${name.padEnd(16)}${kb(raw).padStart(11)}${kb(gzip).padStart(11)}`),
  `  ${'total'.padEnd(16)}${kb(total[0]).padStart(11)}${kb(total[1]).padStart(11)}   budget ${kb(budget)}: ${over ? `OVER by ${kb(total[1] - budget)}` : 'ok'}`,
  ...(missing.length ? [`  missing: ${missing.join(', ')}`] : []),
];
console.log(lines.join('\n'));
if (report) fs.writeFileSync(report, lines.join('\n') + '\n');
if (over) console.warn(`warning: the first frame needs ${kb(total[1])} gzip, over the ${kb(budget)} budget`);
if ((over && args.includes('--strict')) || missing.length) process.exit(1);
