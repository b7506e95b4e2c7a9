// Launches Debian's Chromium through playwright-core, headless, with WebGL2 on SwiftShader.
// The one place for launch flags: the browser tests and measure.mjs both use it.
import { chromium } from 'playwright-core';

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
