import { startServer } from '/work/main/scripts/static-server.mjs';
import { launchBrowser } from '/work/main/tests/web/browser.mjs';
const runs = Number(process.env.RUNS || 8);
const dirs = process.argv.slice(2);
const browser = await launchBrowser();
const servers = await Promise.all(dirs.map((d) => startServer({ root: d })));
const res = dirs.map(() => []);
for (let run = 0; run <= runs; run++) for (let i = 0; i < dirs.length; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(() => { addEventListener('portfolio:firstframe', () => { window.__ff = performance.now(); }); });
  const tab = await ctx.newPage();
  await tab.goto(servers[i].url);
  await tab.waitForFunction(() => window.__ff, null, { polling: 5 });
  const t = await tab.evaluate(() => {
    const s = window.portfolio && window.portfolio.state ? window.portfolio.state().startup : {};
    const w = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return { ff: window.__ff, wasmStart: w.startTime, wasmEnd: w.responseEnd, ...s };
  });
  if (run > 0) res[i].push(t);
  await ctx.close();
}
const med = (xs) => { const v = xs.filter((x) => x != null).sort((a, b) => a - b); return v.length ? Math.round(v[Math.floor((v.length - 1) / 2)]) : null; };
for (let i = 0; i < dirs.length; i++) {
  const keys = Object.keys(res[i][0]);
  console.log(dirs[i].split('/').slice(-2).join('/'), keys.map((k) => `${k} ${med(res[i].map((r) => r[k]))}`).join(' · '));
  console.log('   ff:', res[i].map((r) => Math.round(r.ff)).join(' '));
}
if (dirs.length > 1) console.log('ratio', (med(res[0].map((r) => r.ff)) / med(res[dirs.length - 1].map((r) => r.ff))).toFixed(2));
await browser.close(); await Promise.all(servers.map((s) => s.close()));
