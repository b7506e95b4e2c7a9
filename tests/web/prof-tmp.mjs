import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';
import fs from 'node:fs';
const dir = process.argv[2];
const browser = await launchBrowser();
const server = await startServer({ root: dir });
for (let run = 0; run < 2; run++) {
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(() => { addEventListener('portfolio:firstframe', () => { window.__ff = performance.now(); }); });
const tab = await ctx.newPage();
const cdp = await ctx.newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await tab.goto(server.url);
await tab.waitForFunction(() => window.__ff, null, { polling: 5 });
const { profile } = await cdp.send('Profiler.stop');
const s = await tab.evaluate(() => ({ ff: window.__ff, s: window.portfolio.state().startup, origin: performance.timeOrigin }));
if (run === 0) { await ctx.close(); continue; }
fs.writeFileSync('/tmp/tl/prof.json', JSON.stringify({ profile, s }));
// self time by function, within each phase window
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let t = profile.startTime;
const marks = Object.entries(s.s).sort((a, b) => a[1] - b[1]);
console.log(marks.map(([k, v]) => `${k}=${Math.round(v)}`).join(' '), 'ff', Math.round(s.ff));
// profile timestamps are in us, monotonic; map to performance.now via the last sample ~ ff
const tot = new Map();
const phaseOf = (ms) => { let p = 'before-main'; for (const [k, v] of marks) if (ms >= v) p = k; return p; };
const times = []; for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; times.push(t); }
const offset = times[times.length - 1] / 1000 - s.ff; // approx: profile stops just after ff
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const ms = times[i] / 1000 - offset;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const ph = phaseOf(ms);
  const key = ph + ' | ' + (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop();
  tot.set(key, (tot.get(key) || 0) + dt);
}
const byPhase = {};
for (const [k, v] of tot) { const ph = k.split(' | ')[0]; (byPhase[ph] ||= []).push([k.split(' | ')[1], v]); }
for (const [ph, list] of Object.entries(byPhase)) {
  const sum = list.reduce((a, [, v]) => a + v, 0);
  console.log(`\n== ${ph}: ${sum.toFixed(1)} ms`);
  for (const [f, v] of list.sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${v.toFixed(1).padStart(6)}  ${f}`);
}
await ctx.close();
}
await server.close(); await browser.close();
