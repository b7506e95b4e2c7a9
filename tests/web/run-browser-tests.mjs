// Browser tests for the web build: the real site in headless Chromium under the production CSP.
// Run: node --test tests/web/run-browser-tests.mjs   (PORTFOLIO_SITE, PORTFOLIO_ARTIFACTS override the folders)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { ARTIFACTS, SITE, FIRST_FRAME_TIMEOUT, launchBrowser, useSite, instrumentPage, watchErrors, problemsIn } from './browser.mjs';

const EXPECTED_PUBLICATIONS = 5; // data/ bundles a profile with five publications

const site = useSite();

// Opens url in a fresh context (instrumentPage runs first) and collects the page's errors, the paths it
// requested, and failed responses (as errors).
async function openPage(url, contextOptions = {}, { initScript, route, using = site.browser } = {}) {
  const context = await using.newContext(contextOptions);
  await context.addInitScript(instrumentPage);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const log = { errors: watchErrors(page), requests: [] };
  page.on('request', (r) => log.requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => { if (r.status() >= 400) log.errors.push(`HTTP ${r.status()} ${r.url()}`); });
  if (route) await page.route(route.pattern, route.handler);
  await page.goto(url, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
  return { context, page, log };
}

// Waits until the app reports its first frame or the shell shows a problem; never waits forever.
async function waitForFirstFrame(page) {
  const outcome = await page.waitForFunction(
    () => (window.portfolio && window.portfolio.ready ? 'ready' : document.documentElement.dataset.shell === 'error' ? 'error' : false),
    null, { timeout: FIRST_FRAME_TIMEOUT, polling: 100 },
  ).then((h) => h.jsonValue(), (e) => `timeout (${e.message.split('\n')[0]})`);
  if (outcome !== 'ready') {
    const shown = await page.locator('#overlay').innerText().catch(() => '');
    assert.fail(`first frame not drawn: ${outcome}. Overlay says: ${shown.replace(/\s+/g, ' ').trim() || '(nothing)'}`);
  }
}

// Decodes a PNG in a blank page (no image library needed): its distinct RGB colours, and the mean and
// standard deviation of its luma (Rec. 709 weights on the sRGB values, 0-255).
async function imageStats(png) {
  const page = await site.browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      let sum = 0, sum2 = 0;
      for (let i = 0; i < d.length; i += 4) {
        seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        const y = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
        sum += y;
        sum2 += y * y;
      }
      const n = d.length / 4, mean = sum / n;
      return { colours: seen.size, luma: mean, spread: Math.sqrt(Math.max(0, sum2 / n - mean * mean)) };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// Saves a screenshot as an artefact once the loading overlay has faded out; fails when it is blank
// (few colours, or one flat tone). Returns its statistics.
async function screenshotNotBlank(page, name) {
  await page.locator('#overlay').waitFor({ state: 'hidden', timeout: 5000 }); // the fade-out has finished
  const png = await page.screenshot({ path: path.join(ARTIFACTS, name) });
  const stats = await imageStats(png);
  assert.ok(stats.colours >= 50, `${name} looks blank: only ${stats.colours} distinct colours`);
  assert.ok(stats.spread >= 8, `${name} looks blank: its brightness hardly varies (standard deviation ${stats.spread.toFixed(1)})`);
  return stats;
}

// Each size in both themes, forced by the URL (?theme=) with the system preference set to match.
// The artefacts are light-1440x900.png, dark-1440x900.png, light-390x844.png and dark-390x844.png.
const VIEWPORTS = [
  { size: '1440x900', options: { viewport: { width: 1440, height: 900 } } },
  { size: '390x844', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
];
const THEMES = ['light', 'dark'];
const MIN_LUMA_GAP = 60; // of 255: the dark page is clearly darker on average, not just a panel or two

for (const { size, options } of VIEWPORTS) {
  test(`the portfolio draws its first frame under the CSP with no errors, light and dark (${size})`, { timeout: 180_000 }, async () => {
    const luma = {};
    for (const theme of THEMES) {
      const name = `${theme}-${size}.png`;
      const { context, page, log } = await openPage(`${site.url}?theme=${theme}`, { ...options, colorScheme: theme });
      try {
        await waitForFirstFrame(page);
        const state = await page.evaluate(() => window.portfolio.state());
        assert.equal(state.theme, theme, `${name}: the theme in state()`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, `${name}: the page shell's theme`);
        assert.equal(state.publications?.length, EXPECTED_PUBLICATIONS, 'publications in state()');
        for (const p of state.publications) {
          assert.ok(p.id && typeof p.title === 'string' && p.title.length > 0 && Number.isInteger(p.year) && Array.isArray(p.topics),
            `publication shape: ${JSON.stringify(p)}`);
        }
        assert.ok(Array.isArray(state.sections) && state.sections.length > 0, 'sections in state()');
        assert.deepEqual(state.errors ?? [], [], 'the bundled profile loads without errors');
        luma[theme] = (await screenshotNotBlank(page, name)).luma;
        await page.waitForTimeout(500); // late errors (second frame, resize) still count
        assert.deepEqual(await problemsIn(page, log.errors), [], `${name}: problems`);
      } finally {
        await context.close();
      }
    }
    const means = `mean luma ${luma.dark.toFixed(1)} (dark) vs ${luma.light.toFixed(1)} (light)`;
    assert.ok(luma.dark < luma.light - MIN_LUMA_GAP, `the dark theme is not clearly darker at ${size}: ${means}`);
    assert.ok(luma.dark < 128 && luma.light > 128, `at ${size} the dark page should be mostly dark and the light one mostly light: ${means}`);
  });
}

test('a slow start shows the loading card (the name and a progress bar) before the app arrives, a quick one nothing', { timeout: 60_000 }, async () => {
  let release, requested;
  const held = new Promise((resolve) => { release = resolve; });
  const asked = new Promise((resolve) => { requested = resolve; });
  const route = { pattern: '**/portfolio.wasm', handler: async (r) => { requested(); await held; await r.continue(); } };
  const { context, page } = await openPage(site.url, { viewport: { width: 1440, height: 900 } }, { route });
  try {
    await Promise.race([asked, page.waitForTimeout(10_000)]); // the wasm is on hold: the overlay is all there is
    // A quick start paints nothing but the page's colour; a slow one (the wasm is held) shows the card:
    // the name, the bar and its text.
    const slow = await page.evaluate(() => document.documentElement.classList.contains('is-slow'));
    if (!slow) assert.equal(await page.locator('.name').isVisible(), false, 'no card in the first 400 ms');
    await page.locator('#progress').waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.locator('.name').innerText(), 'Xuanlei Zhao');
    assert.ok(await page.locator('#status').isVisible(), 'status text visible while loading slowly');
    await page.screenshot({ path: path.join(ARTIFACTS, 'loading.png') });
    release();
    await waitForFirstFrame(page);
  } finally {
    release();
    await context.close();
  }
});

// A browser that cannot run the app gets a readable message and links. One without WebAssembly (or
// WebGL 2) downloads none of the app; one with WebGL turned off has fetched the files before the context
// is refused (app.js: asking first held every download up), and never starts the app.
const UNSUPPORTED = [
  { what: 'WebGL 2', name: 'no-webgl2.png', launch: ['--disable-webgl'], downloads: true },
  { what: 'WebAssembly', name: 'no-wasm.png', initScript: () => { delete window.WebAssembly; }, downloads: false },
];

for (const { what, name, launch, initScript, downloads } of UNSUPPORTED) {
  test(`without ${what} the page explains what is missing and links to the plain site`, { timeout: 60_000 }, async () => {
    const own = launch ? await launchBrowser({ extraArgs: launch }) : null;
    const { context, page, log } = await openPage(site.url, { viewport: { width: 1440, height: 900 } }, { initScript, using: own || site.browser });
    try {
      await page.locator('#problem').waitFor({ state: 'visible', timeout: 10_000 });
      const text = await page.locator('#overlay').innerText();
      assert.match(text, new RegExp(what.replace(' ', '\\s')));
      assert.match(text, /current version of Chrome/);
      // Below the explanation, the text version of the portfolio (core/html_export), readable and scrollable.
      assert.ok(await page.getByRole('heading', { level: 1, name: 'Xuanlei Zhao' }).isVisible(), 'the text twin');
      assert.ok(await page.locator('#twin a[href="https://oahzxl.github.io"]').first().isVisible(), 'link to the plain site');
      assert.ok(await page.locator('#twin a[href="mailto:xuanlei@u.nus.edu"]').first().isVisible(), 'email link');
      assert.equal(await page.locator('#twin').getAttribute('aria-hidden'), null);
      assert.ok(await page.getByRole('link', { name: 'Real-Time Video Generation with Pyramid Attention Broadcast' }).isVisible());
      const scroll = await page.evaluate(() => { window.scrollTo(0, 600); return window.scrollY; });
      assert.ok(scroll > 0, 'the page scrolls');
      await page.evaluate(() => window.scrollTo(0, 0));
      if (!downloads) assert.ok(!log.requests.some((p) => p.startsWith('/portfolio.')), `no app download: ${log.requests.join(' ')}`);
      await page.waitForTimeout(500);  // time for a wrongly started app to draw
      assert.equal(await page.evaluate(() => Boolean(window.portfolio && window.portfolio.ready)), false, 'the app is not started');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.shell), 'error');
      assert.deepEqual(await problemsIn(page, log.errors), []);
      await page.screenshot({ path: path.join(ARTIFACTS, name) });
    } finally {
      await context.close();
      await own?.close();
    }
  });
}

// app.js compiles the wasm as it downloads (WebAssembly.compileStreaming), which needs the type
// application/wasm. A host that sends another type still gets the app, compiled from the bytes; a file that
// is not a module this app can run ends in the readable error, not an endless loader.
test('a wasm served as application/octet-stream is compiled from its bytes and the app starts', { timeout: 60_000 }, async () => {
  const route = { pattern: '**/portfolio.wasm', handler: async (r) => {
    const response = await r.fetch();
    await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  } };
  const { context, page, log } = await openPage(site.url, { viewport: { width: 1280, height: 800 } }, { route });
  try {
    await waitForFirstFrame(page);
    assert.equal(log.requests.filter((p) => p.endsWith('/portfolio.wasm')).length, 2, 'fetched once for streaming, once for its bytes');
    assert.deepEqual(await problemsIn(page, log.errors), []);
    const state = await page.evaluate(() => JSON.parse(JSON.stringify(window.portfolio.state())));
    assert.equal(state.name, 'Xuanlei Zhao');
  } finally {
    await context.close();
  }
});

test('a wasm that is not a module shows the crash message, not the download one', { timeout: 60_000 }, async () => {
  const route = { pattern: '**/portfolio.wasm', handler: (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('<html>not found</html>') }) };
  const { context, page } = await openPage(site.url, { viewport: { width: 1280, height: 800 } }, { route });
  try {
    await page.locator('#problem').waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await page.locator('#problem-title').innerText(), /stopped unexpectedly/);
    assert.match(await page.locator('#problem-detail').innerText(), /portfolio\.wasm: .*(magic|Compil|expected)/i);
    assert.equal(await page.evaluate(() => Boolean(window.portfolio && window.portfolio.ready)), false);
    assert.equal(await page.evaluate(() => document.getElementById('twin').inert), false, 'the text version is the page');
    await page.screenshot({ path: path.join(ARTIFACTS, 'wasm-not-a-module.png') });
  } finally {
    await context.close();
  }
});

// A broken deployment must end in a readable error, quickly, not an endless loader.
for (const missing of ['portfolio.wasm', 'portfolio.data']) {
  test(`a site without ${missing} shows an error instead of loading forever`, { timeout: 60_000 }, async (t) => {
    if (!fs.existsSync(path.join(SITE, missing))) return t.skip(`${missing} is not part of this build`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-broken-'));
    fs.cpSync(SITE, dir, { recursive: true, filter: (src) => ![missing, missing + '.gz', missing + '.br'].includes(path.basename(src)) });
    const broken = await startServer({ root: dir, csp: true });
    try {
      const { context, page } = await openPage(broken.url, { viewport: { width: 1440, height: 900 } });
      await page.locator('#problem').waitFor({ state: 'visible', timeout: 20_000 });
      assert.match(await page.locator('#problem-title').innerText(), /stopped|couldn.t be loaded/);
      assert.equal(await page.evaluate(() => Boolean(window.portfolio && window.portfolio.ready)), false);
      await page.screenshot({ path: path.join(ARTIFACTS, `without-${missing}.png`) });
      await context.close();
    } finally {
      await broken.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
