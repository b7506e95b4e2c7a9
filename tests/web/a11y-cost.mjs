// Benchmark: what the accessible layer costs (ui/a11y.h, web/a11y.js) with the bundled profile and a
// synthetic one of N publications opened in the page (as heap.mjs does): the C++ time per frame (hooks,
// the views' calls, hashing and formatting), the JS time per update of the DOM, how many frames changed
// the nodes' content or only their rectangles, and the layer's element count, while the page is scrolled
// from top to bottom. SwiftShader and coarse browser timers: compare the rows of one run.
// Usage: node tests/web/a11y-cost.mjs --site build/web/site --make-profile build/test/tests/make_profile [--sizes 10000]
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const site = opt('--site', 'build/web/site');
const maker = opt('--make-profile', 'build/test/tests/make_profile');
const sizes = opt('--sizes', '10000').split(',').map(Number);
const STEPS = 40;  // wheel steps down the page

const server = await startServer({ root: site });
const browser = await launchBrowser();
const state = (page) => page.evaluate(() => window.portfolio.state());
// Waits for n more frames, or less when the app has nothing more to draw (the end of the page: a wheel moves nothing).
const frames = async (page, n, timeout = 3000) => {
  const start = (await state(page)).frames;
  await page.waitForFunction((f) => window.portfolio.state().frames >= f, start + n, { timeout, polling: 20 }).catch(() => {});
};
console.log('profile          frames  C++ ms/frame  updates  moves  JS ms/update  elements (max)');
try {
  for (const n of [0, ...sizes]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(server.url);
    await page.waitForFunction(() => window.portfolio && window.portfolio.ready && window.Module.showSemantics, null, { timeout: 60_000 });
    if (n > 0) {
      const text = execFileSync(maker, [String(n)], { maxBuffer: 64 << 20 }).toString();
      await page.evaluate((t) => window.portfolio.openFile(new File([t], 'profile.json', { type: 'application/json' })), text);
      await page.waitForFunction((count) => window.portfolio.state().publications.length === count, n, { timeout: 60_000 });
      await frames(page, 5, 30_000);
    }
    // The JS side's time, measured around each update from the app.
    await page.evaluate(() => {
      const show = window.Module.showSemantics;
      window.__a11y = { ms: 0, calls: 0, maxElements: 0 };
      window.Module.showSemantics = (text) => {
        const t0 = performance.now();
        show(text);
        window.__a11y.ms += performance.now() - t0;
        window.__a11y.calls++;
        window.__a11y.maxElements = Math.max(window.__a11y.maxElements, document.querySelectorAll('.a11y *').length);
      };
    });
    const before = (await state(page)).a11y;
    await page.mouse.move(40, 430);
    for (let i = 0; i < STEPS; i++) {
      await page.mouse.wheel(0, 400);
      await frames(page, 1);
    }
    await frames(page, 3);
    const after = (await state(page)).a11y;
    const js = await page.evaluate(() => window.__a11y);
    const count = after.frames - before.frames;
    const cpp = (after.collectMsTotal - before.collectMsTotal) / Math.max(1, count);
    const label = n ? `synthetic ${n}` : 'bundled';
    console.log(`${label.padEnd(15)} ${String(count).padStart(7)} ${cpp.toFixed(3).padStart(13)} ${String(after.updates - before.updates).padStart(8)} ` +
                `${String(after.moves - before.moves).padStart(6)} ${(js.ms / Math.max(1, js.calls)).toFixed(2).padStart(13)} ` +
                `${String(await page.evaluate(() => document.querySelectorAll('.a11y *').length)).padStart(9)} (${js.maxElements})`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
