#!/usr/bin/env node
// Dependency-free static file server for the web build (and the browser tests that import it). Serves a
// precompressed FILE.br or FILE.gz (scripts/site-size.mjs) when the request accepts it, brotli first.
// Usage: node scripts/static-server.mjs --root DIR [--port N] [--host 127.0.0.1] [--csp]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.gz': 'application/gzip',
  '.br': 'application/x-brotli',
  '.webmanifest': 'application/manifest+json',
};

const typeOf = (file) => TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
const isFile = (file) => { try { return fs.statSync(file).isFile(); } catch { return false; } };
// Whether the request's Accept-Encoding allows `encoding` (named, or "*", without q=0).
const accepts = (req, encoding) => (req.headers['accept-encoding'] || '').split(',').some((part) => {
  const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
  const q = params.find((s) => s.startsWith('q='));
  return (name === encoding || name === '*') && (!q || Number(q.slice(2)) > 0);
});

// The precompressed variants, in order of preference.
const ENCODINGS = [{ name: 'br', ext: '.br' }, { name: 'gzip', ext: '.gz' }];
const encodingFor = (req, file) => ENCODINGS.find((e) => accepts(req, e.name) && isFile(file + e.ext)) || null;

// Maps a URL path to a file strictly inside root (symlinks resolved), or null.
function resolveInside(root, urlPath) {
  const file = path.resolve(root, '.' + path.posix.normalize(urlPath));
  let real;
  try { real = fs.realpathSync(file); } catch { return null; }
  return real === root || real.startsWith(root + path.sep) ? real : null;
}

function send(res, code, text, headers = {}) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text + '\n');
}

function handler(root, csp) {
  return (req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', CSP);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let urlPath;
    try { urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname); } catch { return send(res, 400, 'Bad request'); }
    if (urlPath.includes('\0')) return send(res, 400, 'Bad request');
    const file = resolveInside(root, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
    if (!file) return send(res, 404, 'Not found');
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return send(res, 301, 'Moved', { Location: urlPath + '/' });

    const encoding = encodingFor(req, file);
    const body = encoding ? file + encoding.ext : file;
    const bodyStat = encoding ? fs.statSync(body) : stat;
    const etag = `W/"${bodyStat.size.toString(16)}-${Math.floor(bodyStat.mtimeMs).toString(16)}${encoding ? `-${encoding.name}` : ''}"`;
    const headers = {
      'Content-Type': typeOf(file),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Vary': 'Accept-Encoding',
      ETag: etag,
    };
    if (encoding) headers['Content-Encoding'] = encoding.name;
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers); return res.end(); }
    headers['Content-Length'] = bodyStat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(body).on('error', () => res.destroy()).pipe(res);
  };
}

// Starts serving root; a busy or zero port falls back to a free one. Resolves to { url, port, close() }.
export function startServer({ root, port = 0, host = '127.0.0.1', csp = false } = {}) {
  const realRoot = fs.realpathSync(path.resolve(root));
  const server = http.createServer(handler(realRoot, csp));
  return new Promise((resolve, reject) => {
    const listen = (p) => server.listen(p, host);
    server.on('error', (e) => {
      if (e.code === 'EADDRINUSE' && port !== 0) { port = 0; listen(0); } else reject(e);
    });
    server.on('listening', () => {
      const actual = server.address().port;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${actual}/`;
      resolve({
        url, port: actual, root: realRoot,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
    listen(Number(port) || 0);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
  const root = opt('--root', null);
  if (!root || args.includes('--help')) {
    console.error('usage: node scripts/static-server.mjs --root DIR [--port N] [--host 127.0.0.1] [--csp]');
    process.exit(root ? 0 : 2);
  }
  const server = await startServer({ root, port: Number(opt('--port', 0)), host: opt('--host', '127.0.0.1'), csp: args.includes('--csp') });
  console.log(`Serving ${server.root} at ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
