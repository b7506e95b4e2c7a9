// Launches Debian's Chromium through playwright-core, headless, with WebGL2 on SwiftShader.
// The one place for launch flags: the browser tests and measure.mjs both use it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

// Resolves once the app drew its first frame (window.portfolio.ready).
export const appReady = (page) => page.waitForFunction(() => window.portfolio && window.portfolio.ready, null, { timeout: FIRST_FRAME_TIMEOUT, polling: 100 });
// The app's read-only state (src/ui/state_json.cpp).
export const appState = (page) => page.evaluate(() => window.portfolio.state());

// Opens `url` in a fresh context of `browser` with `initScript` run before any page script, waits for the
// first frame, and collects page errors and console errors in `errors`.
export async function openApp(browser, url, { contextOptions = {}, initScript = null, permissions = [] } = {}) {
  const context = await browser.newContext(contextOptions);
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(url, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
  await appReady(page);
  return { context, page, errors };
}

// Waits until the app's state satisfies `check` (software WebGL takes a while per frame).
export async function waitForState(page, check, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await appState(page);
    if (check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; last state: scrollY=${last?.scrollY} theme=${last?.theme} ` +
                  `query=${JSON.stringify(last?.query)} frames=${last?.frames}`);
}

// Waits until `n` more frames were drawn (the release of a click is seen a frame after its press, ...).
export async function waitFrames(page, n = 2) {
  const { frames: start } = await appState(page);
  return waitForState(page, (s) => s.frames >= start + n, `${n} more frames`);
}

// Opens a page of another origin that frames the app (`appUrl`) between an intro block and a long tail, so
// the host can scroll both ways. Returns the host page, the app's frame (first frame drawn), the errors
// both log, and close() that removes everything.
export async function openEmbeddingHost(browser, appUrl, { viewport, iframe, intro = 120, introText = '', initScript = null }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-host-'));
  fs.writeFileSync(path.join(dir, 'host.html'), `<!doctype html>
<html><head><meta charset="utf-8"><title>Host</title>
<style>body { margin: 0; font: 16px sans-serif; } .intro { height: ${intro}px; } .rest { height: 2400px; }
iframe { display: block; width: ${iframe.width}px; height: ${iframe.height}px; border: 0; }</style></head>
<body><div class="intro">${introText}</div><iframe id="app" src="${appUrl}"></iframe><div class="rest"></div></body></html>`);
  const host = await startServer({ root: dir });  // another origin than the app's
  const context = await browser.newContext({ viewport });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
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
