import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser } from './browser.mjs';
import fs from 'node:fs';
const dir = process.argv[2];
const browser = await launchBrowser();
const server = await startServer({ root: dir });
for (let run = 0; run < 3; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(() => { addEventListener('portfolio:firstframe', () => { window.__ff = performance.now(); }); });
  const tab = await ctx.newPage();
  if (run === 2) await browser.startTracing(tab, { path: '/tmp/tl/trace.json', categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'toplevel', 'loading', 'gpu', 'gpu.angle', 'disabled-by-default-gpu.service', 'disabled-by-default-gpu.decoder', 'cc', 'viz'] });
  await tab.goto(server.url);
  await tab.waitForFunction(() => window.__ff, null, { polling: 5 });
  const s = await tab.evaluate(() => ({ ff: window.__ff, s: window.portfolio && window.portfolio.state ? window.portfolio.state().startup : null }));
  if (run === 2) { await browser.stopTracing(); fs.writeFileSync('/tmp/tl/trace-marks.json', JSON.stringify(s)); console.log(JSON.stringify(s)); }
  await ctx.close();
}
await server.close(); await browser.close();
