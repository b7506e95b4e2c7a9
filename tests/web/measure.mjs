// Benchmark: loads the portfolio site and a baseline page in one headless Chromium run and prints,
// side by side, bytes (raw, gzip and brotli), time to first frame, idle CPU and idle rAF rate, and the CPU
// time per frame while scrolling.
// Usage: node tests/web/measure.mjs --site build/web/site [--baseline build/web/hello] [--also NAME=DIR ...]
//        [--runs 3] [--seconds 3] [--scroll-seconds 2] [--width 1280] [--height 800] [--dpr 1] [--csp] [--settle-ms 500]
//        [--startup-only]
// Method as in shared/tools/measure-web.mjs: idle is measured over --seconds, starting 1 s after the
// first frame; CPU is the CDP Performance.getMetrics TaskDuration delta (the page's main thread; with
// SwiftShader the GL work itself runs in the GPU process and is not in it). Scrolling: wheel steps of
// 80 px every ~16 ms over the page's left margin for --scroll-seconds, down then up; the CPU per
// frame is the TaskDuration delta over the requestAnimationFrame calls meanwhile. With several runs
// (pages interleaved) each figure is the median. SwiftShader is slow and noisy: compare ratios, not absolutes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const site = opt('--site', 'build/web/site');
const baseline = opt('--baseline', null);
const runs = Math.max(1, Number(opt('--runs', 3)));
const seconds = Number(opt('--seconds', 3));
const scrollSeconds = Number(opt('--scroll-seconds', 2));
const viewport = { width: Number(opt('--width', 1280)), height: Number(opt('--height', 800)) };
const dpr = Number(opt('--dpr', 1));
const csp = args.includes('--csp');
// --startup-only: the first frame, its phases and bytes only (no idle or scrolling figures): quicker, for
// comparing start-up over many runs.
const startupOnly = args.includes('--startup-only');
const FIRST_FRAME_TIMEOUT = Number(opt('--timeout', 60)) * 1000;
// A pause after each page is closed, so its teardown (and a page that draws every frame, as the hello
// does) is over before the next page starts: loads back to back shared the GPU process with it.
const settleMs = Number(opt('--settle-ms', 500));
const settle = () => new Promise((resolve) => setTimeout(resolve, settleMs));

// --also NAME=DIR (repeatable): more builds measured in the same run, e.g. the site before a change.
const also = args.flatMap((a, i) => (a === '--also' && i + 1 < args.length ? [args[i + 1]] : []))
  .map((spec) => ({ name: spec.split('=')[0], dir: spec.slice(spec.indexOf('=') + 1) }));
const pages = [{ name: 'site', dir: site }, ...also, ...(baseline ? [{ name: 'baseline', dir: baseline }] : [])];
for (const p of pages) {
  if (!fs.existsSync(path.join(p.dir, 'index.html'))) { console.error(`${p.dir}/index.html not found`); process.exit(2); }
}

// Counts first frame, rAF calls and WebGL draws from inside the page (same wrapping as measure-web.mjs).
function instrument() {
  window.__m = { firstFrame: null, firstDraw: null, draws: 0, raf: 0 };
  addEventListener('portfolio:firstframe', () => {
    if (window.__m.firstFrame !== null) return;
    window.__m.firstFrame = performance.now();
    // What that frame laid out (read after the time is taken): its sections and controls.
    try { window.__m.firstState = window.portfolio.state(); } catch (e) { /* not the app */ }
  });
  const wrap = (proto) => {
    if (!proto) return;
    for (const f of ['drawElements', 'drawArrays']) {
      const o = proto[f];
      proto[f] = function (...a) { if (window.__m.firstDraw === null) window.__m.firstDraw = performance.now(); window.__m.draws++; return o.apply(this, a); };
    }
  };
  wrap(window.WebGL2RenderingContext && WebGL2RenderingContext.prototype);
  wrap(window.WebGLRenderingContext && WebGLRenderingContext.prototype);
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => { window.__m.raf++; return raf(cb); };
}

// What the app's first frame shows: the sections that start on screen, and the publication cards on it
// (each card's cite button is a recorded control, "cite:<id>").
function firstFrameContent(state, height) {
  if (!state || !Array.isArray(state.sections)) return null;
  const onScreen = (y) => y >= 0 && y < height;
  const sections = state.sections.filter((x) => onScreen(x.y - (state.scrollY || 0))).map((x) => x.id);
  const cards = Object.entries(state.targets || {}).filter(([k, r]) => k.startsWith('cite:') && onScreen(r[1])).length;
  return { frame: state.frames, name: state.name || '', sections, cards };
}

// Raw, gzip and brotli bytes of the folder's files that the page requested, as served: the build's
// precompressed FILE.gz and FILE.br when there are (scripts/site-size.mjs), else zlib at level 9 and
// brotli at quality 11 (never more than the raw file, which a server would send instead).
function folderBytes(dir, requested) {
  const files = [...new Set(requested)].map((p) => (p.endsWith('/') ? p + 'index.html' : p))
    .map((p) => path.join(dir, decodeURIComponent(p))).filter((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  const packed = (f, ext, pack) => (fs.existsSync(f + ext) ? fs.statSync(f + ext).size : pack().length);
  const list = files.map((f) => {
    const data = fs.readFileSync(f);
    const gzip = Math.min(data.length, packed(f, '.gz', () => zlib.gzipSync(data, { level: 9 })));
    const brotli = Math.min(data.length, packed(f, '.br', () => zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } })));
    return { file: path.basename(f), raw: data.length, gzip, brotli };
  });
  const sum = (k) => list.reduce((a, f) => a + f[k], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), files: list };
}

// warmup: load to the first frame only, so the browser's cold start (GPU process) hits no measured page.
async function measure(browser, page, { warmup = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: dpr });
  await context.addInitScript(instrument);
  const tab = await context.newPage();
  const errors = [];
  const requested = [];
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('request', (r) => { if (r.url().startsWith(page.url)) requested.push(new URL(r.url()).pathname); });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(page.url, { waitUntil: 'load', timeout: FIRST_FRAME_TIMEOUT });
  await tab.waitForFunction(() => window.__m.firstFrame !== null, null, { timeout: FIRST_FRAME_TIMEOUT, polling: 5 })
    .catch(() => errors.push('no portfolio:firstframe event'));
  if (warmup) return context.close().then(settle);
  const timing = await tab.evaluate(() => {
    const resources = {};
    for (const e of performance.getEntriesByType('resource')) resources[e.name.split('/').pop()] = e.responseEnd;
    const s = window.portfolio && window.portfolio.state ? window.portfolio.state() : null;
    return { resources, startup: s ? s.startup : null, name: s ? s.name : null };
  });
  // The first frame's figures (they do not change once it is drawn); --startup-only stops here.
  const s0 = await tab.evaluate(() => ({ ...window.__m }));
  const startup = {
    firstFrameMs: s0.firstFrame === null ? null : Math.round(s0.firstFrame),
    firstFrameContent: firstFrameContent(s0.firstState, viewport.height),
    firstDrawMs: s0.firstDraw === null ? null : Math.round(s0.firstDraw),
    phases: phasesOf(timing, s0.firstFrame),
  };
  if (startupOnly) {
    await context.close();
    await settle();
    return { ...startup, requested, errors };
  }
  await tab.waitForTimeout(1000);
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m1 = await metrics();
  const s1 = await tab.evaluate(() => ({ ...window.__m }));
  await tab.waitForTimeout(seconds * 1000);
  const m2 = await metrics();
  const s2 = await tab.evaluate(() => ({ ...window.__m }));
  const fcp = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);

  // Scrolling: a steady wheel, down for the first half, up for the second.
  await tab.mouse.move(24, viewport.height / 2);
  const m3 = await metrics();
  const s3 = await tab.evaluate(() => ({ ...window.__m }));
  const start = Date.now();
  while (Date.now() - start < scrollSeconds * 1000) {
    await tab.mouse.wheel(0, Date.now() - start < scrollSeconds * 500 ? 80 : -80);
    await tab.waitForTimeout(16);
  }
  const scrolled = (Date.now() - start) / 1000;
  const m4 = await metrics();
  const s4 = await tab.evaluate(() => ({ ...window.__m }));
  await context.close();
  await settle();
  const perSecond = (a, b) => Math.round(((b - a) / seconds) * 10) / 10;
  const scrollFrames = s4.raf - s3.raf;
  return {
    ...startup,
    fcpMs: fcp === null ? null : Math.round(fcp),
    idleTaskMsPerS: perSecond(m1.TaskDuration * 1000, m2.TaskDuration * 1000),
    idleScriptMsPerS: perSecond(m1.ScriptDuration * 1000, m2.ScriptDuration * 1000),
    idleRafPerS: perSecond(s1.raf, s2.raf),
    idleDrawsPerS: perSecond(s1.draws, s2.draws),
    scrollTaskMsPerFrame: scrollFrames > 0 ? Math.round(((m4.TaskDuration - m3.TaskDuration) * 1000 / scrollFrames) * 10) / 10 : null,
    scrollTaskMsPerS: Math.round(((m4.TaskDuration - m3.TaskDuration) * 1000 / scrolled) * 10) / 10,
    scrollFramesPerS: Math.round((scrollFrames / scrolled) * 10) / 10,
    jsHeapMB: Math.round(m2.JSHeapUsedSize / 1e5) / 10,
    requested,
    errors,
  };
}

// The start-up broken into phases (ms): the downloads from the page's resource timing, then what the app
// timed itself (state().startup, on the same clock). Each phase ends at one of the app's marks and starts
// at the mark before it in time, so builds that take the steps in another order compare too (src/main.cpp:
// the context, the shaders sent to compile ('renderer': GL compiles them meanwhile, and the first draw
// waits for what is left), the profile, the font atlas, then the first frame). Pages without the app's
// timings get the downloads.
const MARKS = [['contextReady', 'GL context'], ['rendererReady', 'renderer'], ['profileParsed', 'profile parse'],
  ['fontsReady', 'font atlas'], ['firstFrameStart', 'wait for frame'], ['atlasUploaded', 'atlas texture'],
  ['laidOut', 'first layout'], ['glyphsDrawn', 'glyphs'], ['drawn', 'first draw']];
const PHASES = ['shell', 'download', 'compile+instantiate', ...MARKS.map(([, name]) => name), 'to event'];
function phasesOf({ resources, startup }, firstFrame) {
  const end = (...names) => Math.max(0, ...names.map((n) => resources[n] ?? 0));
  const shell = end('app.js', 'style.css', 'hello-shell.js', 'hello.css');
  const download = end('portfolio.js', 'portfolio.wasm', 'portfolio.data', 'hello.js', 'hello.wasm');
  const out = { shell, download: download - shell };
  if (!startup || startup.main === undefined) return out;
  out['compile+instantiate'] = startup.main - download;
  const marks = MARKS.filter(([key]) => typeof startup[key] === 'number').sort((a, b) => startup[a[0]] - startup[b[0]]);
  let previous = startup.main;
  for (const [key, name] of marks) {
    out[name] = startup[key] - previous;
    previous = startup[key];
  }
  if (typeof firstFrame === 'number') out['to event'] = firstFrame - previous;
  return out;
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};

const servers = [];
const browser = await launchBrowser();
try {
  for (const page of pages) {
    const server = await startServer({ root: page.dir, csp });
    servers.push(server);
    Object.assign(page, { url: server.url, samples: [] });
  }
  await measure(browser, pages[0], { warmup: true });
  for (let run = 0; run < runs; run++) {
    for (const page of pages) page.samples.push(await measure(browser, page)); // interleaved: drift hits both pages alike
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}

const results = pages.map(({ name, dir, samples }) => {
  const pick = (k) => median(samples.map((s) => s[k] ?? null));
  return {
    page: name, dir: path.resolve(dir), runs: samples.length,
    bytes: folderBytes(dir, samples.flatMap((s) => s.requested)),
    firstFrameMs: pick('firstFrameMs'), firstDrawMs: pick('firstDrawMs'), fcpMs: pick('fcpMs'),
    idleTaskMsPerS: pick('idleTaskMsPerS'), idleScriptMsPerS: pick('idleScriptMsPerS'),
    idleRafPerS: pick('idleRafPerS'), idleDrawsPerS: pick('idleDrawsPerS'), jsHeapMB: pick('jsHeapMB'),
    scrollTaskMsPerFrame: pick('scrollTaskMsPerFrame'), scrollTaskMsPerS: pick('scrollTaskMsPerS'), scrollFramesPerS: pick('scrollFramesPerS'),
    firstFrameContent: samples.map((x) => x.firstFrameContent).find(Boolean) || null,
    phases: Object.fromEntries(PHASES.map((k) => [k, median(samples.map((s) => s.phases[k] ?? null))]).filter(([, v]) => v !== null)),
    errors: [...new Set(samples.flatMap((s) => s.errors))],
  };
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const show = (v, unit = '') => (v === null ? '-' : `${v}${unit}`);
const rows = [
  ['page', 'raw', 'gzip', 'brotli', 'first frame', 'idle CPU', 'idle rAF', 'scroll CPU/frame', 'scroll fps', 'errors'],
  ...results.map((r) => [r.page, kb(r.bytes.raw), kb(r.bytes.gzip), kb(r.bytes.brotli), show(r.firstFrameMs, ' ms'),
    show(r.idleTaskMsPerS, ' ms/s'), show(r.idleRafPerS, ' /s'), show(r.scrollTaskMsPerFrame, ' ms'), show(r.scrollFramesPerS),
    String(r.errors.length)]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log('\nstart-up phases (ms, medians):');
for (const r of results) console.log(`  ${r.page.padEnd(widths[0])}  ` + Object.entries(r.phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(' · '));
const base = baseline ? results[results.length - 1] : null;
// Ratios to the baseline: of the medians, the median of the ratios within each run (the pages of one run
// load back to back, so a machine that slows down for a while slows both), and of the best runs. The
// first frame is the page's 'portfolio:firstframe' event; the first drawn frame, its first draw call
// (the bare hello's first frame draws nothing: a new ImGui window is hidden for its first frame).
const pagesByName = Object.fromEntries(pages.map((p) => [p.name, p]));
const ratios = (r, key) => {
  const mine = pagesByName[r.page].samples.map((s) => s[key]);
  const theirs = pagesByName[base.page].samples.map((s) => s[key]);
  const paired = mine.map((m, i) => (m && theirs[i] ? m / theirs[i] : null));
  const best = (xs) => Math.min(...xs.filter((x) => typeof x === 'number' && x > 0));
  const sorted = paired.filter((x) => x !== null).sort((a, b) => a - b);
  const at = (q) => sorted[Math.round(q * (sorted.length - 1))];
  return { medians: median(mine) / median(theirs), paired: median(paired), best: best(mine) / best(theirs),
    pairedQuartiles: [at(0.25), at(0.75)], pairedAtMost1_2: sorted.filter((x) => x <= 1.2).length / sorted.length };
};
for (const r of results) {
  if (base && r !== base && r.firstFrameMs && base.firstFrameMs) {
    for (const [key, label] of [['firstFrameMs', 'first frame'], ['firstDrawMs', 'first drawn frame']]) {
      const q = ratios(r, key);
      r[`${key.replace('Ms', '')}Ratio`] = q;
      console.log(`${label} ratio ${r.page}/${base.page}: ${q.medians.toFixed(2)} (of medians; within runs ${q.paired.toFixed(2)}, ` +
        `quartiles ${q.pairedQuartiles.map((x) => x.toFixed(2)).join('-')}, at most 1.2 in ${Math.round(100 * q.pairedAtMost1_2)}% of runs; best runs ${q.best.toFixed(2)})`);
    }
  }
  const c = r.firstFrameContent;
  if (c) console.log(`  ${r.page}'s first frame (frame ${c.frame}): the header with "${c.name}", sections starting on screen: ` +
    `${c.sections.join(', ') || 'none'}; publication cards on screen: ${c.cards}`);
}
if (startupOnly) console.log(`(${runs} run${runs > 1 ? 's' : ''}, medians; start-up only; ${viewport.width}x${viewport.height} @${dpr}x; SwiftShader)`);
else console.log(`(${runs} run${runs > 1 ? 's' : ''}, medians; idle over ${seconds} s from 1 s after the first frame; scrolling for ${scrollSeconds} s; ${viewport.width}x${viewport.height} @${dpr}x; SwiftShader)`);
console.log(JSON.stringify({ seconds, scrollSeconds, runs, viewport, dpr, results }));
