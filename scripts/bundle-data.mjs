// Writes the web build's portfolio.data: the files the page reads (the profile and any file next to it,
// the fonts) in one bundle, which web/app.js fetches and hands to the app before main (core/files.h reads
// it; the page has no file system). Layout, little-endian: "PFB1", the file count (u32), then per file
// its path's length (u32), the path (UTF-8), its size (u32) and its bytes. Files in a folder go in by name,
// sorted, so the same inputs give the same bytes.
// Usage: node scripts/bundle-data.mjs --out FILE [--exclude SUFFIX ...] DIR@/MOUNT|FILE@/PATH ...
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
let out = null;
const excludes = [];
const mounts = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--exclude') excludes.push(args[++i]);
  else mounts.push(args[i]);
}
if (!out || mounts.length === 0 || mounts.some((m) => !m.includes('@/'))) {
  console.error('usage: bundle-data.mjs --out FILE [--exclude SUFFIX ...] DIR@/MOUNT ...');
  process.exit(2);
}

const files = [];
const walk = (dir, mount) => {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) walk(full, `${mount}/${name}`);
    else if (!excludes.some((suffix) => name.endsWith(suffix))) files.push([`${mount}/${name}`, fs.readFileSync(full)]);
  }
};
for (const m of mounts) {  // a folder goes in under its mount, a file at exactly its path
  const at = m.lastIndexOf('@/');
  const [source, mount] = [m.slice(0, at), m.slice(at + 1).replace(/\/$/, '')];
  if (fs.statSync(source).isDirectory()) walk(source, mount);
  else files.push([mount, fs.readFileSync(source)]);
}

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
const parts = [Buffer.from('PFB1'), u32(files.length)];
for (const [name, bytes] of files) {
  const p = Buffer.from(name, 'utf8');
  parts.push(u32(p.length), p, u32(bytes.length), bytes);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat(parts));
console.log(`${out}: ${files.length} files, ${Buffer.concat(parts).length} bytes`);
