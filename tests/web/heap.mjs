// Benchmark: the web heap (the wasm memory's size, which only grows) with the bundled profile and
// after opening a synthetic profile of N publications in the page (as a visitor's dropped file): the web
// heap column of the scale table (tests/bench/scale_table.cpp prints the native columns).
// Usage: node tests/web/heap.mjs --site build/web/site --make-profile build/test/tests/make_profile [--sizes 1000,10000,100000]
// A profile the page refuses (the loader's limit is 16 MB a document; the 100k one is 56 MB) is
// reported with the page's message; the heap is then the bundled profile's.
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const site = opt('--site', 'build/web/site');
const maker = opt('--make-profile', 'build/test/tests/make_profile');
const sizes = opt('--sizes', '1000,10000,100000').split(',').map(Number);

const server = await startServer({ root: site });
const browser = await launchBrowser();
const MB = (b) => (b / 1048576).toFixed(1);
console.log('profile               bytes   publications  load in page   wasm heap');
try {
  for (const n of [0, ...sizes]) {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.portfolio && window.portfolio.ready, null, { timeout: 60_000 });
    let bytes = 0, ms = 0, refused = null;
    if (n > 0) {
      const text = execFileSync(maker, [String(n)], { maxBuffer: 64 << 20 }).toString();
      bytes = Buffer.byteLength(text);
      const bundled = await page.evaluate(() => window.portfolio.state().publications.length);
      ms = await page.evaluate(async (t) => {
        const before = performance.now();
        await window.portfolio.openFile(new File([t], 'profile.json', { type: 'application/json' }));
        return performance.now() - before;
      }, text);
      // Shown, or refused: the page keeps the bundled profile and names the problem.
      const outcome = await page.waitForFunction(({ count, bundled }) => {
        const s = window.portfolio.state();
        if (s.publications.length === count) return { shown: true };
        const problem = s.errors.find((e) => e.file === 'profile.json' && e.severity === 'error');
        return problem && s.publications.length === bundled ? { shown: false, message: problem.message } : null;
      }, { count: n, bundled }, { timeout: 120_000 });
      const result = await outcome.jsonValue();
      if (!result.shown) refused = result.message;
    }
    const s = await page.evaluate(() => window.portfolio.state());
    const heap = await page.evaluate(() => window.portfolio.heapBytes());
    console.log(`${n ? `synthetic ${n}`.padEnd(16) : 'bundled'.padEnd(16)} ${String(bytes).padStart(10)} ${String(s.publications.length).padStart(14)} ${ms.toFixed(0).padStart(10)} ms ${MB(heap).padStart(8)} MB` +
      (refused ? `   refused: ${refused}` : ''));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
