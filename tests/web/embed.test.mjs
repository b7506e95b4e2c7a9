// Browser tests of embedding, with the host page and the app on two different origins (two local
// ports) and a third origin that tries to interfere: iframes size themselves to their content and
// follow filter changes, messages from a third origin or with a malformed payload are ignored, the
// host's setTheme call takes effect, and a wheel over an embed whose content fits scrolls the host.
// Run: node --test tests/web/embed.test.mjs   (PORTFOLIO_SITE overrides the app folder)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, { after, before } from 'node:test';
import { startServer } from '../../scripts/static-server.mjs';
import { ARTIFACTS, SITE, useSite, poll } from './browser.mjs';


const site = useSite();
let host, third;

before(async () => {
  await site.ready;
  assert.ok(fs.existsSync(path.join(SITE, 'embed.js')), `${SITE} has no embed.js: rebuild the web preset`);
  // The third origin: a page that posts forged messages to its parent and to the portfolio frames.
  const thirdDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-third-'));
  fs.writeFileSync(path.join(thirdDir, 'index.html'), '<!doctype html><title>third</title><script src="forge.js"></script>');
  fs.writeFileSync(path.join(thirdDir, 'forge.js'), `
    window.addEventListener('message', (e) => {
      if (e.data !== 'forge') return;
      const forged = { type: 'portfolio:resize', version: 1, height: 7, section: 'publications', state: '/x' };
      window.parent.postMessage(forged, '*');
      for (let i = 0; i < window.parent.frames.length; i++) {
        window.parent.frames[i].postMessage({ type: 'portfolio:command', version: 1, command: 'setTheme', value: 'dark' }, '*');
      }
    });`);
  third = await startServer({ root: thirdDir, csp: true });
  // The host page, on its own origin, framing three sections of the app and the third origin.
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolio-host-'));
  fs.copyFileSync(path.join(SITE, 'embed.js'), path.join(hostDir, 'embed.js'));
  const frame = (q, title) => `<iframe data-portfolio-embed title="${title}" src="${site.url}?${q}" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="clipboard-write"></iframe>`;
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="host.css"><script src="embed.js"></script></head><body>
    <div class="row">${frame('embed=publications&topic=video', 'pubs')}${frame('embed=projects', 'projects')}${frame('embed=contact&theme=light', 'contact')}</div>
    <iframe id="third" src="${third.url}"></iframe><div class="spacer"></div></body></html>`);
  fs.writeFileSync(path.join(hostDir, 'host.css'),
    'body{margin:0} .row{display:flex;gap:12px;align-items:flex-start} .row iframe{width:420px;height:300px;border:0}' +
    ' #third{width:10px;height:10px;border:0} .spacer{height:3000px}');
  host = await startServer({ root: hostDir, csp: false });
}, { timeout: 60_000 });

after(async () => {
  for (const s of [host, third]) await s?.close();
});

async function embeds(page) {
  const frames = {};
  for (const title of ['pubs', 'projects', 'contact']) {
    const handle = await page.$(`iframe[title="${title}"]`);
    frames[title] = { handle, frame: await handle.contentFrame() };
  }
  return frames;
}

// Polls `check` (host and frames answer on their own schedules), 20 s unless told.
const until = (check, what, timeout = 20_000) => poll(check, what, { timeout, interval: 150 });

// The framed app's state, or null before its first frame.
const readyState = (frame) => frame.evaluate(() => window.portfolio && window.portfolio.ready ? window.portfolio.state() : null);
const heightOf = (handle) => handle.evaluate((f) => parseFloat(f.style.height || '0'));

test('embeds from another origin size themselves, follow filters, ignore forgeries, take the theme, and let the host scroll', { timeout: 180_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.url);
  const f = await embeds(page);
  for (const [name, { handle, frame }] of Object.entries(f)) {
    await until(async () => (await readyState(frame)) && (await heightOf(handle)) > 50, `${name} to report its height`, 60_000);
    const s = await readyState(frame);
    assert.equal(s.embed, name === 'pubs' ? 'publications' : name);
    // The iframe is as tall as the content the app reports (within a few pixels), so no inner scrollbar.
    await until(async () => Math.abs((await heightOf(handle)) - Math.ceil((await readyState(frame)).contentHeight)) <= 3, `${name} height to match`);
  }
  const pubs = f.pubs;
  assert.deepEqual((await readyState(pubs.frame)).visiblePublications, ['pab', 'dsp'], 'the filter from the embed URL applies');
  await page.screenshot({ path: path.join(ARTIFACTS, 'embed-host.png') });

  // Changing the filter from the host changes the height and fires portfolio:change.
  const before = await heightOf(pubs.handle);
  await page.evaluate(() => {
    const iframe = document.querySelector('iframe[title="pubs"]');
    window.__changes = [];
    iframe.addEventListener('portfolio:change', (e) => window.__changes.push(e.detail.state));
    window.PortfolioEmbed.setFilter(iframe, '/publications?topic=science');
  });
  await until(async () => (await readyState(pubs.frame)).route === '/publications?topic=science', 'the filter from the host');
  await until(async () => (await heightOf(pubs.handle)) < before - 50, 'the frame to shrink with fewer papers');
  assert.deepEqual(await page.evaluate(() => window.__changes), ['/publications?topic=science']);

  // Forged messages from a third origin: the host keeps its heights, the apps keep their theme.
  const heights = {};
  for (const [name, { handle }] of Object.entries(f)) heights[name] = await heightOf(handle);
  await page.evaluate(() => document.getElementById('third').contentWindow.postMessage('forge', '*'));
  // A malformed command from the right origin is ignored too.
  await page.evaluate(() => {
    const iframe = document.querySelector('iframe[title="projects"]');
    iframe.contentWindow.postMessage({ type: 'portfolio:command', version: 1, command: 'setTheme', value: 'neon' }, new URL(iframe.src).origin);
    iframe.contentWindow.postMessage('{"type":"portfolio:command"}', new URL(iframe.src).origin);
  });
  await page.waitForTimeout(1500);
  for (const [name, { handle, frame }] of Object.entries(f)) {
    assert.equal(await heightOf(handle), heights[name], `${name} height unchanged by forged messages`);
    assert.equal((await readyState(frame)).theme, 'light', `${name} theme unchanged by forged messages`);
  }

  // The host's setTheme takes effect.
  await page.evaluate(() => window.PortfolioEmbed.setTheme(document.querySelector('iframe[title="projects"]'), 'dark'));
  await until(async () => (await readyState(f.projects.frame)).theme === 'dark', 'the host theme to apply');

  // A wheel over an embed whose content fits scrolls the host page.
  await until(async () => Math.abs((await heightOf(f.projects.handle)) - Math.ceil((await readyState(f.projects.frame)).contentHeight)) <= 3, 'projects settled');
  const box = await f.projects.handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  const scrollBefore = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, 120); await page.waitForTimeout(60); }
  await until(async () => (await page.evaluate(() => window.scrollY)) > scrollBefore + 100, 'the host page to scroll');
  await context.close();
});
