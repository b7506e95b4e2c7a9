// Launches Debian's Chromium through playwright-core, headless, with WebGL2 on SwiftShader.
// The one place for launch flags: the browser tests and measure.mjs both use it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM_ARGS = [
  // Run as root, offline, without background traffic that would show up in measurements.
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // WebGL2 on software: ANGLE over SwiftShader, explicitly allowed (no deprecated silent fallback).
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

// extraArgs are appended, e.g. ['--disable-webgl'] to play a browser without WebGL.
export function launchBrowser({ extraArgs = [], headless = true } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

// The folders every browser test uses: the web build under test and where screenshots go.
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.resolve(REPO, process.env.PORTFOLIO_SITE || 'build/web/site');
export const ARTIFACTS = path.resolve(REPO, process.env.PORTFOLIO_ARTIFACTS || 'build/web/artifacts');

// Serves the web build (with the production CSP unless told otherwise) and launches the browser.
// Fails at once, with the reason, when the build is missing. close() stops both.
export async function startSite({ csp = true } = {}) {
  for (const file of ['index.html', 'style.css', 'app.js', 'portfolio.js', 'portfolio.wasm']) {
    if (!fs.existsSync(path.join(SITE, file))) throw new Error(`${path.join(SITE, file)} is missing: build the web preset first or set PORTFOLIO_SITE`);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ root: SITE, csp });
  const browser = await launchBrowser();
  return { server, browser, url: server.url, close: async () => { await browser.close(); await server.close(); } };
}

// For a test file: starts the site before its tests and closes it after them (node:test hooks).
// Returns an object whose server, browser, url and close() are there once its `before` hook has run:
// inside tests; reading them earlier is an error that says so. Node 20 starts a file's top-level
// `before` hooks together, so a hook of the file's own that needs the site awaits `site.ready` first.
//   const site = useSite();
//   before(async () => { await site.ready; ...site.url... });
//   test('...', async () => { const context = await site.browser.newContext(); ... page.goto(site.url) });
export function useSite(options = {}) {
  let started = null;
  let closing = null;
  let settle;
  const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
  ready.catch(() => {}); // the hook reports a failed start; waiting on `ready` is optional
  before(async () => {
    try {
      started = await startSite(options);
      settle.resolve();
    } catch (e) {
      settle.reject(e);
      throw e;
    }
  }, { timeout: 60_000 });
  after(async () => { await site.close(); });
  const get = (key) => {
    if (!started) throw new Error(`site.${key} was read before the site started: use it inside a test or hook`);
    return started[key];
  };
  const site = {
    get server() { return get('server'); },
    get browser() { return get('browser'); },
    get url() { return get('url'); },
    ready,
    close() { if (started && !closing) closing = started.close(); return closing ?? Promise.resolve(); },
  };
  return site;
}

// ---- Page helpers shared by the test files ---------------------------------------------------------
export const FIRST_FRAME_TIMEOUT = 60_000;

// Runs in the page before any of its scripts (context.addInitScript): records window.open calls (their
// arguments, instead of leaving the page: a mailto: link would start a mail program), the number of
// requestAnimationFrame calls, CSP violations, and the focus changes made while a touchend was being
// handled (iOS shows its keyboard only for a focus given there).
export function instrumentPage() {
  window.__opened = [];
  window.open = (...args) => { window.__opened.push(args.map(String)); return null; };
  window.__raf = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => { window.__raf++; return raf(callback); };
  window.__problems = [];
  document.addEventListener('securitypolicyviolation',
    (e) => window.__problems.push(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`), true);
  window.__inTouchEnd = false;
  window.__focusedInTouchEnd = [];
  window.addEventListener('touchend', () => { window.__inTouchEnd = true; setTimeout(() => { window.__inTouchEnd = false; }, 0); }, true);
  document.addEventListener('focusin', (e) => { if (window.__inTouchEnd) window.__focusedInTouchEnd.push(e.target.className || e.target.tagName); });
}

// Collects the page's errors into the returned array: uncaught exceptions, console errors, and the
// app's failed ImGui asserts (logged as warnings; the app goes on, the test must not). Chromium's note
// that Emscripten's wheel listener is passive is about scrolling the test does, not an error.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if ((m.type() === 'error' && !text.startsWith('Unable to preventDefault inside passive event listener')) || /ImGui assert/.test(text)) {
      errors.push(`console: ${text}`);
    }
  });
  return errors;
}

// The errors collected for a page (or frame) and the CSP violations it recorded; noProblems asserts none.
export async function problemsIn(target, errors) {
  return [...errors, ...((await target.evaluate(() => window.__problems)) ?? [])];
}
export async function noProblems(target, errors) {
  assert.deepEqual(await problemsIn(target, errors), []);
}

// Resolves once the app drew its first frame (window.portfolio.ready).
export const appReady = (page) => page.waitForFunction(() => window.portfolio && window.portfolio.ready, null, { timeout: FIRST_FRAME_TIMEOUT, polling: 100 });
// The app's read-only state (src/ui/state_json.cpp).
export const appState = (page) => page.evaluate(() => window.portfolio.state());

// Opens `url` in a fresh context of `browser` with instrumentPage (and `initScript`, if given) run
// before any page script, waits for the first frame, and collects the page's errors in `errors`.
export async function openApp(browser, url, { contextOptions = {}, initScript = null, permissions = [] } = {}) {
  const context = await browser.newContext(contextOptions);
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  await context.addInitScript(instrumentPage);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
  await appReady(page);
  return { context, page, errors };
}

// Calls `check` until it returns something truthy, and returns that; fails after `timeout` ms with
// `what` and, when given, `describe(last)` of the last value seen. Every wait of the tests is one of
// these on an observable condition: none sleeps for a fixed time hoping the app is done.
export async function poll(check, what, { timeout = 15_000, interval = 50, describe = null } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  assert.fail(`timed out after ${timeout} ms waiting for ${what}${describe ? `; ${describe(last)}` : ''}`);
}

// Waits until the app's state satisfies `check` and returns that state (software WebGL takes a while per frame).
export async function waitForState(page, check, what, timeout = 15_000) {
  let last;
  await poll(async () => { last = await appState(page); return check(last); }, what, {
    timeout,
    describe: () => `last state: route=${last?.route} scrollY=${last?.scrollY} theme=${last?.theme} query=${JSON.stringify(last?.query)} ` +
                    `visible=${JSON.stringify(last?.visiblePublications)} frames=${last?.frames}`,
  });
  return last;
}

// Waits until `n` more frames were drawn (the release of a click is seen a frame after its press, ...).
export async function waitFrames(page, n = 2) {
  const { frames: start } = await appState(page);
  return waitForState(page, (s) => s.frames >= start + n, `${n} more frames`);
}

// Waits until the address bar's hash is `expected`; fails with the hash it has instead.
export async function waitForHash(page, expected, timeout = 10_000) {
  let hash;
  await poll(async () => (hash = await page.evaluate(() => location.hash)) === expected, `the URL hash ${expected}`,
    { timeout, describe: () => `it is ${JSON.stringify(hash)}` });
}

export const centre = (r) => [r[0] + r[2] / 2, r[1] + r[3] / 2];

// The control's rectangle [x, y, w, h] in the app's CSS pixels (window.portfolio.state().targets), after
// wheeling it into view with the pointer over the app's left margin (never over the time axis, which
// zooms instead). `target` is the page or frame that runs the app, `origin` where its canvas sits in
// `page`, `height` the height of its view, `margin` how far inside the view the control must be.
export async function scrollTo(page, name, { target = page, origin = { x: 0, y: 0 }, height = null, margin = 8 } = {}) {
  const view = height ?? page.viewportSize().height;
  const width = origin.width ?? page.viewportSize().width;
  for (let attempt = 0; attempt < 60; attempt++) {
    const s = await waitForState(target, (x) => x.targets && x.targets[name], `the control ${name}`);
    const r = s.targets[name];
    if (r[1] >= margin && r[1] + r[3] <= view - margin) return r;
    await page.mouse.move(origin.x + Math.min(24, width / 10), origin.y + view / 2);
    await page.mouse.wheel(0, r[1] + r[3] / 2 - view / 2);
    await waitFrames(target, 2);
  }
  assert.fail(`could not scroll ${name} into view`);
}

// Clicks the middle of the control `name` once it is in view, and waits for the app to see the release.
export async function click(page, name, options = {}) {
  const [x, y] = centre(await scrollTo(page, name, options));
  const origin = options.origin ?? { x: 0, y: 0 };
  await page.mouse.click(origin.x + x, origin.y + y);
  await waitFrames(options.target ?? page, 3);
}

// Opens a page of another origin that frames the app (`appUrl`) between an intro block and a long tail, so
// the host can scroll both ways; instrumentPage runs in both. Returns the host page, the app's frame (first frame drawn), the errors
// both log, and close() that removes everything.
export async function openEmbeddingHost(browser, appUrl, { viewport, iframe, intro = 120, introText = '', initScript = null }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-host-'));
  fs.writeFileSync(path.join(dir, 'host.html'), `<!doctype html>
<html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif; } .intro { height: ${intro}px; } .rest { height: 2400px; }
iframe { display: block; width: ${iframe.width}px; height: ${iframe.height}px; border: 0; }</style></head>
<body><div class="intro">${introText}</div><iframe id="app" src="${appUrl}"></iframe><div class="rest"></div></body></html>`);
  const host = await startServer({ root: dir });  // another origin than the app's
  const context = await browser.newContext({ viewport });
  await context.addInitScript(instrumentPage);  // in the host page and in the app's frame
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const close = async () => {
    await context.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await page.goto(host.url + 'host.html', { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().startsWith(appUrl));
    if (!frame) throw new Error('the app is not framed by the host page');
    await appReady(frame);
    return { page, frame, errors, close };
  } catch (e) {
    await close();
    throw e;
  }
}
