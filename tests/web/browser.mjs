// Launches Debian's Chromium through playwright-core, headless, with WebGL2 on SwiftShader.
// The one place for launch flags: the browser tests and measure.mjs both use it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
