// Benchmark: the web heap (the wasm memory's size, which only grows) with the bundled profile and
// after opening a synthetic profile of N publications in the page (as a visitor's dropped file).
// Usage: node tests/web/heap.mjs --site build/web/site --make-profile build/test/tests/make_profile [--sizes 1000,10000]
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const site = opt('--site', 'build/web/site');
const maker = opt('--make-profile', 'build/test/tests/make_profile');
const sizes = opt('--sizes', '1000,10000').split(',').map(Number);

const server = await startServer({ root: site });
const browser = await launchBrowser();
const MB = (b) => (b / 1048576).toFixed(1);
console.log('profile            bytes   publications  load in page   wasm heap');
try {
  for (const n of [0, ...sizes]) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.portfolio && window.portfolio.ready, null, { timeout: 60_000 });
    let bytes = 0, ms = 0;
    if (n > 0) {
      const text = execFileSync(maker, [String(n)], { maxBuffer: 64 << 20 }).toString();
      bytes = Buffer.byteLength(text);
      ms = await page.evaluate(async (t) => {
        const before = performance.now();
        await window.portfolio.openFile(new File([t], 'profile.json', { type: 'application/json' }));
        return performance.now() - before;
      }, text);
      await page.waitForFunction((count) => window.portfolio.state().publications.length === count, n, { timeout: 60_000 });
    }
    const s = await page.evaluate(() => window.portfolio.state());
    const heap = await page.evaluate(() => window.portfolio.heapBytes());
    console.log(`${n ? `synthetic ${n}`.padEnd(15) : 'bundled'.padEnd(15)} ${String(bytes).padStart(8)} ${String(s.publications.length).padStart(14)} ${ms.toFixed(0).padStart(10)} ms ${MB(heap).padStart(8)} MB`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
