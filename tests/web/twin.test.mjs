// Browser tests of the text twin (core/html_export) in the web build: with JavaScript off the page is the
// portfolio as HTML (every publication, links, meta tags, JSON-LD), scrollable and styled under the
// production CSP; each publication has its own page with Google Scholar's tags; with the app running the
// twin is covered by the canvas and out of the keyboard's and screen readers' way; robots.txt and
// sitemap.xml are served.
// Run: node --test tests/web/twin.test.mjs   (PORTFOLIO_SITE, PORTFOLIO_ARTIFACTS override the folders)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS, useSite, openApp, instrumentPage, watchErrors, noProblems } from './browser.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const ALLOWED = /^(https?:\/\/|mailto:)/;
const site = useSite();
const profile = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/profile.json'), 'utf8'));

async function openStatic(url, options = DESKTOP) {
  const context = await site.browser.newContext({ ...options, javaScriptEnabled: false });
  await context.addInitScript(instrumentPage); // not run without script; the CSP listener is then absent
  const page = await context.newPage();
  const errors = watchErrors(page);
  const csp = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) csp.push(m.text()); });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, errors, csp };
}

test('without JavaScript the page is the whole portfolio as HTML, styled and scrollable', { timeout: 90_000 }, async () => {
  const { context, page, errors, csp } = await openStatic(site.url);
  try {
    assert.equal(await page.locator('#canvas').isVisible(), false);
    assert.equal(await page.locator('#overlay').isVisible(), false);
    await page.getByRole('heading', { level: 1, name: profile.basics.name }).waitFor({ state: 'visible' });
    // The <noscript> note is drawn (Playwright's visibility checks do not look into noscript, its box does).
    const note = await page.locator('body noscript').evaluate((n) => ({ text: n.textContent, height: n.getBoundingClientRect().height }));
    assert.match(note.text, /This is the text version of the portfolio/);
    assert.ok(note.height > 10, `note height ${note.height}`);
    for (const pub of profile.publications) {
      const link = page.getByRole('link', { name: pub.name, exact: true });
      assert.equal(await link.count(), 1, pub.name);
      assert.equal(await link.getAttribute('href'), `pub/${pub.id}.html`);
    }
    for (const title of ['About', 'Publications', 'Open-source projects', 'Experience', 'Education', 'Get in touch'])
      assert.equal(await page.getByRole('heading', { level: 2, name: title }).count(), 1, title);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 20, `links: ${hrefs.length}`);
    for (const href of hrefs) assert.ok(ALLOWED.test(href) || /^pub\/[a-z0-9-]+\.html$/.test(href), href);
    // twin.css applies under the CSP (no inline style), and the page scrolls to its end.
    assert.equal(await page.locator('#twin').evaluate((m) => getComputedStyle(m).maxWidth), '736px');
    assert.equal(await page.locator('#twin').evaluate((m) => getComputedStyle(m).visibility), 'visible', 'no-js.css uncovers the twin');
    const { scrollHeight, innerHeight } = await page.evaluate(() => ({ scrollHeight: document.scrollingElement.scrollHeight, innerHeight }));
    assert.ok(scrollHeight > 2 * innerHeight, `page height ${scrollHeight}`);
    await page.getByRole('heading', { name: 'Get in touch' }).scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled');
    // The head: title, description, Open Graph and Twitter tags, and JSON-LD that parses.
    assert.match(await page.title(), new RegExp(`^${profile.basics.name} `));
    const meta = (key) => page.locator(`meta[name="${key}"], meta[property="${key}"]`).first().getAttribute('content');
    assert.ok((await meta('description')).length > 50);
    assert.equal(await meta('og:title'), await page.title());
    assert.equal(await meta('twitter:card'), 'summary');
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
    assert.equal(ld['@graph'][0].name, profile.basics.name);
    assert.equal(ld['@graph'].filter((n) => n['@type'] === 'ScholarlyArticle').length, profile.publications.length);
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await page.screenshot({ path: path.join(ARTIFACTS, 'twin-no-js.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'twin-no-js-phone.png') });
  } finally {
    await context.close();
  }
});

test('each publication has its own page with Google Scholar tags and a way back', { timeout: 60_000 }, async () => {
  const pub = profile.publications[0];
  const { context, page, errors, csp } = await openStatic(new URL(`pub/${pub.id}.html`, site.url).href);
  try {
    assert.equal(await page.locator('meta[name="citation_title"]').getAttribute('content'), pub.name);
    const authors = await page.locator('meta[name="citation_author"]').evaluateAll((ms) => ms.map((m) => m.content));
    assert.equal(authors.length, pub.authors.length);
    assert.match(await page.locator('meta[name="citation_publication_date"]').getAttribute('content'), /^\d{4}(\/\d\d){0,2}$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), pub.name);
    assert.equal(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth), '736px');
    await page.getByRole('link', { name: new RegExp(profile.basics.name) }).click();
    await page.waitForURL(/index\.html#\/publications\?pub=/);
    assert.deepEqual(errors, []);
    assert.deepEqual(csp, []);
    await page.goto(new URL(`pub/${pub.id}.html`, site.url).href);
    await page.screenshot({ path: path.join(ARTIFACTS, 'twin-publication.png') });
  } finally {
    await context.close();
  }
});

// Before the page's first rendering (its first animation frame), whether app.js has run yet or not: how
// the twin looks then (it is never laid out or painted while the app starts).
function recordTwinAtFirstFrame() {
  window.__twinAtFirstRender = null;
  requestAnimationFrame(() => {
    const twin = document.getElementById('twin');
    const style = twin ? getComputedStyle(twin) : null;
    window.__twinAtFirstRender = style ? { visibility: style.visibility, contentVisibility: style.contentVisibility, shown: twin.checkVisibility({ visibilityProperty: true }) } : 'not parsed yet';
  });
}

test('with the app running, the twin is under the canvas and hidden from keyboard and screen readers', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openApp(site.browser, site.url, { contextOptions: DESKTOP, initScript: recordTwinAtFirstFrame });
  try {
    const atFirstRender = await page.evaluate(() => window.__twinAtFirstRender);
    if (atFirstRender !== 'not parsed yet')
      assert.deepEqual(atFirstRender, { visibility: 'hidden', contentVisibility: 'hidden', shown: false }, 'the twin at the first rendering');
    // no-js.css is for browsers without script only.
    const sheets = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(sheets.includes('/style.css') && !sheets.includes('/no-js.css'), sheets.join(' '));
    const twin = page.locator('#twin');
    assert.equal(await twin.getAttribute('aria-hidden'), 'true');
    assert.equal(await twin.evaluate((t) => t.inert), true);
    // What is at the twin's heading is the app, not the twin.
    const box = await twin.locator('h1').boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y).closest('#twin') === null, [box.x + 4, box.y + 4]);
    assert.ok(hit, 'the canvas covers the twin');
    // One h1 for assistive technology: the app's accessible layer, not the twin's copy.
    await page.getByRole('heading', { level: 1, name: profile.basics.name }).waitFor({ state: 'attached', timeout: 15_000 });
    assert.equal(await page.getByRole('heading', { level: 1, name: profile.basics.name }).count(), 1);
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('with script on but app.js refused, the twin becomes the page after a few seconds', { timeout: 60_000 }, async () => {
  const context = await site.browser.newContext(DESKTOP);
  const page = await context.newPage();
  try {
    await page.route('**/app.js', (route) => route.abort());
    await page.goto(site.url, { waitUntil: 'load' });
    const twinShown = () => page.locator('#twin').evaluate((t) => t.checkVisibility({ visibilityProperty: true }));
    assert.equal(await twinShown(), false, 'covered while the script may still come');
    const heading = page.getByRole('heading', { level: 1, name: profile.basics.name });
    await heading.waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await twinShown(), true);
    assert.equal(await page.locator('#canvas').isVisible(), false);
    assert.equal(await page.locator('#overlay').isVisible(), false);
    await page.getByRole('heading', { name: 'Get in touch' }).scrollIntoViewIfNeeded();
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolls');
  } finally {
    await context.close();
  }
});

test('robots.txt and sitemap.xml are served and name the publication pages', { timeout: 30_000 }, async () => {
  const robots = await (await fetch(new URL('robots.txt', site.url))).text();
  assert.match(robots, /^User-agent: \*\nAllow: \/\n/);
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)[1];
  assert.match(sitemapUrl, /^https:\/\/.+\/sitemap\.xml$/);
  const response = await fetch(new URL('sitemap.xml', site.url));
  assert.match(response.headers.get('content-type'), /xml/);
  const xml = await response.text();
  for (const pub of profile.publications) assert.match(xml, new RegExp(`<loc>https://[^<]+/pub/${pub.id}\\.html</loc>`));
  for (const pub of profile.publications) {
    const page = await fetch(new URL(`pub/${pub.id}.html`, site.url));
    assert.equal(page.status, 200, pub.id);
  }
});
