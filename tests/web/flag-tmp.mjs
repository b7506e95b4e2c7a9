import { startServer } from '../../scripts/static-server.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';
const flags = process.argv.slice(2);
for (const variant of [[], flags]) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...(variant.length ? ['--js-flags=' + variant.join(' ')] : [])] });
  const out = [];
  for (const dir of ['/work/main/build/web/site', '/work/main/build/web/hello']) {
    const server = await startServer({ root: dir });
    for (let run = 0; run < 4; run++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await ctx.addInitScript(() => { addEventListener('portfolio:firstframe', () => { window.__ff = performance.now(); }); });
      const tab = await ctx.newPage();
      await tab.goto(server.url);
      await tab.waitForFunction(() => window.__ff, null, { polling: 5 });
      const r = await tab.evaluate(() => { const s = window.portfolio && window.portfolio.state ? window.portfolio.state().startup : {}; return [Math.round(window.__ff), Math.round(s.main || 0)]; });
      if (run) out.push(dir.split('/').pop() + ' ' + r.join('/'));
      await ctx.close();
    }
    await server.close();
  }
  console.log(variant.join(' ') || 'default', out.join('  '));
  await browser.close();
}
