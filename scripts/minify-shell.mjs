// Copies the page shell's files into the site, smaller: scripts through Emscripten's own acorn-optimizer
// (its minifyWhitespace pass: comments and layout go, names and code stay as written), style sheets
// without comments and indentation; anything else as it is. The sources in web/ keep their comments.
// Usage: node scripts/minify-shell.mjs --optimizer EMSCRIPTEN/tools/acorn-optimizer.js --out SITE FILE...
// (NODE_PATH must reach acorn, as for Emscripten itself: the web preset sets it to /usr/share/nodejs.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const take = (name) => { const i = args.indexOf(name); const v = args[i + 1]; args.splice(i, 2); return v; };
const optimizer = take('--optimizer');
const out = take('--out');
if (!optimizer || !out || args.length === 0) {
  console.error('usage: minify-shell.mjs --optimizer acorn-optimizer.js --out SITE FILE...');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

// CSS: comments, then the whitespace at line starts and empty lines. No string in these sheets holds
// "/*", so a comment is always one.
const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s+/gm, '').replace(/\n{2,}/g, '\n');

for (const file of args) {
  const target = path.join(out, path.basename(file));
  if (file.endsWith('.js')) {
    const code = execFileSync(process.execPath, [optimizer, file, 'minifyWhitespace'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (!code.trim()) throw new Error(`${file}: the optimizer wrote nothing`);
    fs.writeFileSync(target, code);
  } else if (file.endsWith('.css')) {
    fs.writeFileSync(target, minifyCss(fs.readFileSync(file, 'utf8')));
  } else {
    fs.copyFileSync(file, target);
  }
}
