// Browser tests of the page as a web citizen: crisp at any devicePixelRatio (and when it changes), idle
// when nothing moves, a wheel at its natural speed that leaves an embedding page alone when the app has
// nothing to scroll, touch (a tap clicks once, a drag scrolls and coasts, a pinch zooms the time axis),
// CSS cursors, copy and paste, links that only ever open http(s)/mailto with noopener, keyboard
// navigation and its help overlay, themes (switch, ?theme=, remembered, following the system) and WebGL
// context loss. Every page runs under the production CSP and must log no error or violation.
// Run: node --test tests/web/web-citizen.test.mjs   (PORTFOLIO_SITE, PORTFOLIO_ARTIFACTS override the folders)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { ARTIFACTS, SITE, useSite, appReady, appState, openApp, waitForState, waitFrames, openEmbeddingHost, noProblems, scrollTo, click, centre,
  instrumentPage, watchErrors, FIRST_FRAME_TIMEOUT } from './browser.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

const site = useSite();

// Opens `url` (default: the site) in a fresh context, waits for the first frame, and collects problems.
const openSite = (contextOptions = {}, { url = site.url, permissions = [] } = {}) =>
  openApp(site.browser, url, { contextOptions: { ...DESKTOP, ...contextOptions }, permissions });
const ready = appReady;
const state = appState;
const until = waitForState;
const frames = waitFrames;

// How crisp the edges in the upper part of a screenshot are: of the horizontal steps in brightness, the
// share that is steep. Text rasterised for the screen has steep edges at any ratio; text rasterised for
// fewer pixels and scaled up has soft ones. `upscale` scales the picture first (smoothly), for comparison.
async function crispness(png, region, upscale = 1) {
  const page = await site.browser.newPage();
  try {
    return await page.evaluate(async ({ b64, region, upscale }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const w = img.naturalWidth * upscale, h = img.naturalHeight * upscale;
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, 0, 0, w, h);
      const s = w / region.viewportWidth; // device pixels per CSS pixel in this picture
      const x0 = Math.round(region.x * s), y0 = Math.round(region.y * s), rw = Math.round(region.w * s), rh = Math.round(region.h * s);
      const d = ctx.getImageData(x0, y0, rw, rh).data;
      const lum = (i) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      let edges = 0, steep = 0;
      for (let y = 0; y < rh; y++) {
        for (let x = 0; x + 1 < rw; x++) {
          const i = (y * rw + x) * 4;
          const step = Math.abs(lum(i) - lum(i + 4));
          if (step >= 16) edges++;
          if (step >= 110) steep++;
        }
      }
      return edges ? steep / edges : 0;
    }, { b64: png.toString('base64'), region, upscale });
  } finally {
    await page.close();
  }
}

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, dpr: devicePixelRatio };
});

// The owner's name and role at the top of the page, in CSS pixels of a 1280-wide window.
const HEADER_TEXT = { x: 390, y: 90, w: 520, h: 120, viewportWidth: 1280 };

test('the canvas is backed by CSS size x devicePixelRatio and its text is rasterised for it (DPR 1 and 2)', { timeout: 120_000 }, async () => {
  const shots = {};
  for (const dpr of [1, 2]) {
    const { context, page, errors } = await openSite({ deviceScaleFactor: dpr });
    try {
      await page.locator('#overlay').waitFor({ state: 'hidden', timeout: 5000 });
      const size = await canvasSize(page);
      assert.equal(size.dpr, dpr);
      assert.equal(size.width, Math.round(size.cssWidth * dpr), `backing width at DPR ${dpr}: ${JSON.stringify(size)}`);
      assert.equal(size.height, Math.round(size.cssHeight * dpr), `backing height at DPR ${dpr}: ${JSON.stringify(size)}`);
      shots[dpr] = await page.screenshot({ path: path.join(ARTIFACTS, `dpr-${dpr}.png`) });
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
  const at1 = await crispness(shots[1], HEADER_TEXT);
  const at2 = await crispness(shots[2], HEADER_TEXT);
  const upscaled = await crispness(shots[1], HEADER_TEXT, 2);
  // Measured here: 0.27 at DPR 1, 0.16 at DPR 2, 0.00 for DPR 1 scaled up.
  assert.ok(at2 > 0.05 && at2 > upscaled * 1.5, `at DPR 2 the edges are sharp, not scaled up: crispness ${at2.toFixed(3)} vs ${upscaled.toFixed(3)} for DPR 1 scaled up`);
  assert.ok(at2 > at1 * 0.4, `at DPR 2 nearly as crisp as at DPR 1: ${at2.toFixed(3)} vs ${at1.toFixed(3)}`);
});

test('a devicePixelRatio change while running (zoom, another screen) resizes the canvas and re-rasterises the text', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    await page.locator('#overlay').waitFor({ state: 'hidden', timeout: 5000 });
    // As a browser zoom does: the ratio changes and the window's size in CSS pixels with it. (Chromium's
    // emulation does not signal the ratio's media query, which moving to another screen would.)
    const cdp = await context.newCDPSession(page);
    const { frames: before } = await state(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 760, deviceScaleFactor: 2, mobile: false });
    await page.waitForFunction(() => document.getElementById('canvas').width === 2560, null, { timeout: 15_000 });
    await until(page, (s) => s.frames > before, 'a frame at the new ratio (its fonts are rasterised for it)');
    const size = await canvasSize(page);
    assert.equal(size.height, Math.round(size.cssHeight * 2));
    // Through CDP: playwright's own screenshot would put its emulated ratio back first.
    const png = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64');
    fs.writeFileSync(path.join(ARTIFACTS, 'dpr-1-then-2.png'), png);
    const now = await crispness(png, HEADER_TEXT);
    const { context: c1, page: p1 } = await openSite();
    const upscaled = await crispness(await p1.screenshot(), HEADER_TEXT, 2);
    await c1.close();
    assert.ok(now > 0.05 && now > upscaled * 1.5, `text re-rasterised for DPR 2: crispness ${now.toFixed(3)} vs ${upscaled.toFixed(3)} scaled up`);
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('idle: no frame and no requestAnimationFrame over two quiet seconds; a mouse move wakes it', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    await page.waitForTimeout(1500);  // input and start-up settle within kSettleSeconds (0.75 s)
    const before = await page.evaluate(() => ({ raf: window.__raf, frames: window.portfolio.state().frames }));
    await page.waitForTimeout(2000);
    const later = await page.evaluate(() => ({ raf: window.__raf, frames: window.portfolio.state().frames }));
    assert.equal(later.frames, before.frames, 'no frame drawn while idle');
    assert.equal(later.raf, before.raf, 'no requestAnimationFrame while idle');
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 330);
    await until(page, (s) => s.frames > later.frames, 'a frame after the mouse moved', 5000);
    assert.ok(await page.evaluate(() => window.__raf) > later.raf, 'the loop runs again');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('a wheel scrolls the page by the pixels it asks for', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    assert.equal((await state(page)).scrollY, 0);
    await page.mouse.move(24, 400);
    await page.mouse.wheel(0, 120);
    const s = await until(page, (x) => x.scrollY > 0, 'the page to scroll');
    await frames(page);
    assert.ok(Math.abs((await state(page)).scrollY - 120) <= 2, `a 120 px wheel scrolls ~120 px, got ${s.scrollY}`);
    await page.mouse.wheel(0, -50);
    await until(page, (x) => Math.abs(x.scrollY - 70) <= 2, 'the page to scroll back 50 px');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('a wheel the app cannot use scrolls the page that embeds it', { timeout: 120_000 }, async () => {
  const { page, frame, errors, close } = await openEmbeddingHost(site.browser, site.url,
    { viewport: { width: 1000, height: 800 }, iframe: { width: 900, height: 600 }, introText: 'A page that embeds the portfolio' });
  try {
    const appState = () => frame.evaluate(() => window.portfolio.state());
    const hostY = () => page.evaluate(() => window.scrollY);
    const overApp = async () => {
      const box = await page.locator('#app').boundingBox();
      await page.mouse.move(box.x + 24, box.y + box.height / 2);  // the app's left margin, never the time axis
    };

    // The app can scroll: it takes the wheel, the host stays.
    await overApp();
    await page.mouse.wheel(0, 300);
    await frame.waitForFunction(() => window.portfolio.state().scrollY > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    assert.equal(await hostY(), 0, 'the host page did not scroll while the app could');

    // At the app's end, the next wheel scrolls the host.
    let last = -1;
    for (let i = 0; i < 30; i++) {
      const { scrollY } = await appState();
      if (scrollY === last) break;  // the last wheel moved it no further: the end
      last = scrollY;
      await overApp();
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(700);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    const atEnd = await appState();
    const y0 = await hostY();
    await overApp();
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => window.scrollY > y, y0, { timeout: 5000 })
      .catch(() => assert.fail(`the host did not scroll: app at scrollY ${atEnd.scrollY} of ${atEnd.contentHeight}, host at ${y0}`));
    assert.equal((await appState()).scrollY, atEnd.scrollY, 'the app stayed at its end');

    // Back up: the app can scroll up again and takes the wheel.
    await page.waitForTimeout(300);
    const y1 = await hostY();
    await overApp();
    await page.mouse.wheel(0, -200);
    await frame.waitForFunction((y) => window.portfolio.state().scrollY < y, atEnd.scrollY, { timeout: 10_000 });
    await page.waitForTimeout(300);
    assert.equal(await hostY(), y1, 'the host stayed while the app scrolled up');
    assert.deepEqual([...errors, ...(await frame.evaluate(() => window.__problems))], []);
    await page.screenshot({ path: path.join(ARTIFACTS, 'embedded-wheel.png') });
  } finally {
    await close();
  }
});

test('a tap on a link opens it once, in a new tab with noopener', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite(PHONE);
  try {
    const r = await scrollTo(page, 'contact:write');
    await page.touchscreen.tap(...centre(r));
    await page.waitForFunction(() => window.__opened.length > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(800);  // a doubled click (emulated mouse events after the touch) would come now
    const opened = await page.evaluate(() => window.__opened);
    assert.equal(opened.length, 1, `one tap, one window: ${JSON.stringify(opened)}`);
    const [url, target, features] = opened[0];
    assert.match(url, /^mailto:/);
    assert.equal(target, '_blank');
    assert.match(features, /noopener/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-tap.png') });
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

// Touch through CDP (playwright's touchscreen only taps), 16 ms apart by the events' own clock: software
// rendering delays their delivery, and the app measures a flick's speed by the events' timestamps.
function touchscreen(cdp) {
  let clock = Date.now() / 1000;
  return (type, points) => {
    clock += 0.016;
    return cdp.send('Input.dispatchTouchEvent', { type, timestamp: clock, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  };
}

test('a touch drag scrolls the page and coasts on after release; a pinch zooms the time axis, not the page', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite(PHONE);
  try {
    const touch = touchscreen(await context.newCDPSession(page));
    assert.equal((await state(page)).scrollY, 0);
    // A quick upward flick of 400 px over 160 ms.
    await touch('touchStart', [[60, 600]]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [[60, 600 - 40 * i]]);
    await touch('touchEnd', []);
    const released = await until(page, (s) => s.scrollY >= 300, 'the page to follow the finger');
    await page.waitForTimeout(600);
    const coasted = await state(page);
    assert.ok(coasted.scrollY > released.scrollY + 50, `coasting after release: ${released.scrollY} -> ${coasted.scrollY}`);
    let rest = coasted.scrollY;  // coasting comes to rest: the page stands still for 700 ms, within 6 s
    for (let i = 0; i < 12; i++) {
      await page.waitForTimeout(700);
      const { scrollY } = await state(page);
      if (scrollY === rest) break;
      assert.ok(i < 11, `still coasting after 6 s: ${scrollY}`);
      rest = scrollY;
    }
    assert.equal(await page.evaluate(() => window.__opened.length), 0, 'a drag is not a tap');

    // Two fingers spreading over the time axis zoom it; the page stays where it is.
    const axis = await scrollTo(page, 'timeline');
    const [cx, cy] = centre(axis);
    const clip = { x: axis[0], y: axis[1], width: axis[2], height: axis[3] };
    const before = await page.screenshot({ clip });
    const scrollBefore = (await state(page)).scrollY;
    await touch('touchStart', [[cx - 30, cy], [cx + 30, cy]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[cx - 30 - 12 * i, cy], [cx + 30 + 12 * i, cy]]);
    await touch('touchEnd', []);
    await frames(page, 6);
    await page.waitForTimeout(500);  // the axis eases to its new span
    const afterPinch = await page.screenshot({ clip, path: path.join(ARTIFACTS, 'pinched-timeline.png') });
    assert.notDeepEqual(afterPinch, before, 'the time axis changed');
    assert.ok(Math.abs((await state(page)).scrollY - scrollBefore) <= 1, 'the page did not scroll during the pinch');
    assert.equal(await page.evaluate(() => window.__opened.length), 0, 'a pinch opens nothing');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('the cursor shows what is under the pointer: a hand on buttons, a text cursor on the search box', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const cursor = () => page.evaluate(() => getComputedStyle(document.getElementById('canvas')).cursor);
    const theme = (await until(page, (s) => s.targets.theme, 'the theme switch')).targets.theme;
    await page.mouse.move(...centre(theme));
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'pointer', null, { timeout: 5000 });
    await page.mouse.move(...centre(await scrollTo(page, 'search')));
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'text', null, { timeout: 5000 });
    assert.equal(await cursor(), 'text');
    await page.mouse.move(8, 400);
    await page.waitForFunction(() => document.getElementById('canvas').style.cursor === 'default', null, { timeout: 5000 });
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('Cite copies BibTeX to the clipboard; a paste (Ctrl+V) goes into the search box', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite({}, { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await click(page, 'cite:pab');
    const bibtex = await page.waitForFunction(async () => {
      const text = await navigator.clipboard.readText();
      return text.startsWith('@') ? text : false;
    }, null, { timeout: 10_000, polling: 200 }).then((h) => h.jsonValue());
    assert.match(bibtex, /^@\w+\{[^,\s]+,/, 'a BibTeX entry');
    assert.match(bibtex, /Pyramid Attention Broadcast/);

    // Something else on the system clipboard; Ctrl+V in the search box pastes it, not what the app copied.
    await page.evaluate(() => navigator.clipboard.writeText('attention'));
    await page.mouse.move(24, 400);
    await page.keyboard.press('/');
    await until(page, (s) => s.searchFocused, 'the search box to take the focus');
    await page.keyboard.press('Control+V');
    await until(page, (s) => s.query === 'attention', 'the pasted text in the search box');

    // A paste event (the browser's Edit menu) goes the same way.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' video');
      document.getElementById('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await until(page, (s) => s.query === 'attention video', 'the second paste');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('precompressed: Chromium gets the brotli files (the wasm as application/wasm, Content-Encoding br) and the page works', { timeout: 90_000 }, async () => {
  for (const name of ['portfolio.wasm', 'portfolio.js', 'portfolio.data']) {
    assert.ok(fs.existsSync(path.join(SITE, name + '.br')), `the build wrote ${name}.br (scripts/site-size.mjs)`);
  }
  const context = await site.browser.newContext(DESKTOP);
  await context.addInitScript(instrumentPage);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const served = new Map();
  page.on('response', async (r) => {
    const name = new URL(r.url()).pathname.slice(1);
    served.set(name, { headers: r.headers(), asked: (await r.request().allHeaders())['accept-encoding'] || '' });
  });
  try {
    await page.goto(site.url, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
    await appReady(page);
    const wasm = served.get('portfolio.wasm');
    assert.ok(wasm, 'the wasm was requested');
    assert.match(wasm.asked, /\bbr\b/, 'Chromium accepts brotli');
    assert.equal(wasm.headers['content-encoding'], 'br');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.match(wasm.headers['vary'] || '', /Accept-Encoding/i);
    assert.equal(served.get('portfolio.js')?.headers['content-encoding'], 'br');
    // What travelled is the .br file, decoded to the original bytes.
    const timing = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/portfolio.wasm')));
    assert.equal(timing.encodedBodySize, fs.statSync(path.join(SITE, 'portfolio.wasm.br')).size);
    assert.equal(timing.decodedBodySize, fs.statSync(path.join(SITE, 'portfolio.wasm')).size);
    const s = await state(page);
    assert.ok(s.publications.length > 0, 'the bundled profile is on the page');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

// A copy of the site whose bundled profile has unsafe links in place of safe ones, each the same length,
// so the preloaded .data file stays valid (its index lists offsets). No .gz or .br files: they are the originals.
function siteWithUnsafeLinks() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-unsafe-'));
  fs.cpSync(SITE, dir, { recursive: true, filter: (src) => !src.endsWith('.gz') && !src.endsWith('.br') });
  const file = path.join(dir, 'portfolio.data');
  let data = fs.readFileSync(file).toString('latin1');
  // Replaces the URL `safe` (with the delimiters around it) by `unsafe`, padded to the same length.
  const swap = (open, safe, unsafe, close) => {
    const from = open + safe + close;
    assert.ok(data.includes(from), `the bundled profile has ${from}`);
    assert.ok(unsafe.length <= safe.length, unsafe);
    data = data.replace(from, open + unsafe.padEnd(safe.length, 'x') + close);
  };
  swap('"url": "', 'https://oahzxl.github.io', ' JavaScript:alert(1)//', '"');                    // the website
  swap('](', 'https://www.comp.nus.edu.sg/~youy/', 'javascript:alert(document.cookie)', ')');       // a link in the bio
  swap('"url": "', 'https://twitter.com/oahzxl', 'data:text/html,alert(1)', '"');                   // a social profile
  fs.writeFileSync(file, Buffer.from(data, 'latin1'));
  return dir;
}

test('links reach window.open only as http(s) or mailto with noopener: javascript: and data: links are refused', { timeout: 180_000 }, async () => {
  const dir = siteWithUnsafeLinks();
  const unsafe = await startServer({ root: dir, csp: true });
  const { context, page, errors } = await openSite({}, { url: unsafe.url });
  try {
    const s = await state(page);
    const refused = s.errors.filter((e) => /ignored|refused|not allowed/i.test(e.message));
    assert.ok(refused.some((e) => e.path === '$.basics.url'), `the javascript: website is refused: ${JSON.stringify(s.errors)}`);
    assert.ok(refused.length >= 2, `the data: link is refused too: ${JSON.stringify(s.errors)}`);

    // Press the first controls with the keyboard (the header's profiles and the bio's links are among
    // them, where the unsafe links were), then click every named control on the page.
    await page.mouse.click(8, 300);
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      if (i % 6 === 5) await frames(page);
    }
    await page.keyboard.press('Escape');
    const names = Object.keys((await state(page)).targets).filter((n) => !n.startsWith('contact:card'));
    for (const name of names) {
      if ((await state(page)).targets[name]) await click(page, name);
    }
    const opened = await page.evaluate(() => window.__opened);
    const urls = [...new Set(opened.map(([url]) => url))];
    assert.ok(urls.filter((u) => /^https?:/.test(u)).length >= 4, `the sweep opened the page's links: ${JSON.stringify(urls)}`);
    assert.ok(urls.some((u) => u.startsWith('mailto:')), `and the e-mail: ${JSON.stringify(urls)}`);
    for (const [url, target, features] of opened) {
      assert.match(url, ALLOWED_LINK, `only http(s) and mailto are opened: ${url}`);
      assert.equal(target, '_blank');
      assert.match(features, /noopener/);
    }
    assert.ok(!urls.some((u) => /javascript|data:|alert/i.test(u)), `no unsafe link was opened: ${JSON.stringify(urls)}`);
    await noProblems(page, errors);
  } finally {
    await context.close();
    await unsafe.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('keyboard: Tab goes through the top bar left to right, Enter follows a section link, Enter and Space press the theme switch', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const start = await state(page);
    await page.locator('#canvas').focus();
    await page.keyboard.press('Tab');
    await until(page, (s) => s.focus === 'nav:about', 'Tab to reach the first section link, About');
    await page.keyboard.press('Tab');
    await until(page, (s) => s.focus === 'nav:publications', 'the next Tab to reach Publications');
    const order = ['nav:about', 'nav:publications'];
    for (let i = 0; i < 6 && order[order.length - 1] !== 'theme'; i++) {
      await page.keyboard.press('Tab');
      const s = await until(page, (x) => x.focus && x.focus !== order[order.length - 1], 'the focus to move on');
      order.push(s.focus);
    }
    assert.deepEqual(order, ['nav:about', 'nav:publications', 'nav:projects', 'nav:experience', 'nav:contact', 'theme']);
    await page.keyboard.press('Enter');
    await until(page, (s) => s.theme !== start.theme, 'Enter on the theme switch');
    await page.keyboard.press('Space');
    await until(page, (s) => s.theme === start.theme, 'Space on it again');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await until(page, (s) => s.focus === 'nav:contact', 'Shift+Tab back to Contact');
    await page.keyboard.press('Enter');
    await until(page, (s) => s.scrollY > start.scrollY + 400, 'Enter on Contact to scroll the page to it');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('"?" opens the keyboard help over the page; its close button and Esc close it', { timeout: 90_000 }, async () => {
  for (const { name, options, url } of [
    { name: 'help-light.png', options: {}, url: `${site.url}?theme=light` },
    { name: 'help-dark.png', options: {}, url: `${site.url}?theme=dark` },
    { name: 'help-phone.png', options: PHONE, url: `${site.url}?theme=light` },
  ]) {
    const { context, page, errors } = await openSite(options, { url });
    try {
      await page.locator('#canvas').focus();
      await page.keyboard.type('?');
      const s = await until(page, (x) => x.targets['help:close'], 'the help overlay');
      for (const choice of ['light', 'dark', 'auto']) assert.ok(s.targets[`theme-choice:${choice}`], `the ${choice} appearance`);
      await frames(page);
      await page.screenshot({ path: path.join(ARTIFACTS, name) });
      // Inside the help, Tab reaches its first control, the close button; Enter closes.
      await page.keyboard.press('Tab');
      await frames(page);
      await page.keyboard.press('Enter');
      await until(page, (x) => !x.targets['help:close'], 'the help to close with Tab, Enter');
      await page.keyboard.type('?');
      await until(page, (x) => x.targets['help:close'], 'the help again');
      await page.keyboard.press('Escape');
      await until(page, (x) => !x.targets['help:close'], 'Esc to close the help');
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
});

test('themes: the switch flips and is remembered; ?theme= overrides; "auto" follows the system live', { timeout: 120_000 }, async () => {
  // The switch flips light and dark; the choice is remembered for the next visit.
  {
    const { context, page, errors } = await openSite({ colorScheme: 'light' });
    try {
      assert.equal((await state(page)).theme, 'light');
      await click(page, 'theme');
      await until(page, (s) => s.theme === 'dark', 'the dark theme after the switch');
      assert.equal(await page.evaluate(() => localStorage.getItem('portfolio-theme')), 'dark');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the shell follows');
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      assert.equal((await state(page)).theme, 'dark', 'remembered after a reload');
      // The URL overrides the remembered choice.
      await page.goto(`${site.url}?theme=light`, { waitUntil: 'load' });
      await ready(page);
      assert.equal((await state(page)).theme, 'light', '?theme=light wins over the remembered dark');
      // "System" in the help follows the system's preference, and is remembered too.
      await page.goto(site.url, { waitUntil: 'load' });
      await ready(page);
      await page.locator('#canvas').focus();
      await page.keyboard.type('?');
      await click(page, 'theme-choice:auto');
      await until(page, (s) => s.theme === 'light', 'the system theme (light)');
      assert.equal(await page.evaluate(() => localStorage.getItem('portfolio-theme')), 'auto');
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
  // ?theme=dark on a light system; "auto" on a dark system, then the system turns light.
  {
    const { context, page, errors } = await openSite({ colorScheme: 'light' }, { url: `${site.url}?theme=dark` });
    try {
      assert.equal((await state(page)).theme, 'dark');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      await page.screenshot({ path: path.join(ARTIFACTS, 'theme-dark.png') });
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
  {
    const { context, page, errors } = await openSite({ colorScheme: 'dark' }, { url: `${site.url}?theme=auto` });
    try {
      assert.equal((await state(page)).theme, 'dark', 'auto on a dark system');
      await page.emulateMedia({ colorScheme: 'light' });
      await until(page, (s) => s.theme === 'light', 'the app to follow the system to light', 10_000);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
});

test('a lost WebGL context shows a note and comes back by reloading, at the same place', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite({}, { url: `${site.url}#/publications?q=video` });
  try {
    await until(page, (s) => s.query === 'video', 'the route from the hash');
    await page.evaluate(() => { window.__beforeLoss = true; });
    await page.evaluate(() => {
      window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
      window.__lose.loseContext();
    });
    await page.locator('#restoring').waitFor({ state: 'visible', timeout: 5000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'context-lost.png') });
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.evaluate(() => window.__lose.restoreContext())]);
    await ready(page);
    assert.equal(await page.evaluate(() => window.__beforeLoss), undefined, 'the page was reloaded');
    assert.equal(await page.evaluate(() => location.hash), '#/publications?q=video');
    assert.equal((await state(page)).query, 'video', 'the same view after the reload');
    assert.equal(await page.locator('#restoring').isVisible(), false);
    // Chromium reports the lost context itself as a console message; nothing else may appear.
    await noProblems(page, errors.filter((e) => !/CONTEXT_LOST|context lost/i.test(e)));
  } finally {
    await context.close();
  }
});
