// Browser test of the publication timeline: type a query and apply a facet through the UI, check the
// visible publications (through window.portfolio.state()) and the URL hash, reload and find the same
// state, and step back with the browser's back button.
// Run: node --test tests/web/publications.test.mjs   (PORTFOLIO_SITE overrides the folder)
import assert from 'node:assert/strict';
import path from 'node:path';
import test from 'node:test';
import { ARTIFACTS, useSite } from './browser.mjs';

const site = useSite();

const state = (page) => page.evaluate(() => window.portfolio.state());
const ready = (page) => page.waitForFunction(() => window.portfolio && window.portfolio.ready, null, { timeout: 60_000 });

// Waits until the app's state satisfies `check` (the app draws a few frames after each input).
async function until(page, check, what) {
  const deadline = Date.now() + 15_000;
  let last;
  while (Date.now() < deadline) {
    last = await state(page);
    if (check(last)) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}; last state: route=${last?.route} visible=${JSON.stringify(last?.visiblePublications)}`);
}

async function clickTarget(page, name) {
  const s = await until(page, (x) => x.targets && x.targets[name], `the control ${name}`);
  const [x, y, w, h] = s.targets[name];
  await page.mouse.click(x + w / 2, y + h / 2);
}

test('search and a facet through the UI; the URL hash follows; reload restores; back steps back', { timeout: 120_000 }, async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  await ready(page);
  let s = await state(page);
  assert.deepEqual(s.visiblePublications, ['pab', 'autochunk', 'hetegen', 'dsp', 'fastfold'], 'newest first by default');

  // "/" focuses the search box; typing filters as you type.
  await page.mouse.move(640, 450);
  await page.keyboard.press('/');
  await until(page, (x) => x.searchFocused, 'the search box to take the focus');
  await page.keyboard.type('inference');
  s = await until(page, (x) => x.query === 'inference', 'the query to arrive');
  assert.deepEqual(s.visiblePublications, ['pab', 'autochunk', 'hetegen', 'fastfold']);
  await until(page, (x) => true, 'a frame');
  assert.equal(await page.evaluate(() => location.hash), '#/publications?q=inference');

  // A facet chip narrows the list (AND with the query); its click adds a history entry.
  await clickTarget(page, 'facet:topic:memory');
  s = await until(page, (x) => x.route.includes('topic=memory'), 'the topic filter');
  assert.deepEqual(s.visiblePublications, ['autochunk', 'hetegen']);
  assert.equal(await page.evaluate(() => location.hash), '#/publications?topic=memory&q=inference');
  await page.screenshot({ path: path.join(ARTIFACTS, 'publications-filtered.png') });

  // Reload: the same state comes back from the hash.
  await page.reload();
  await ready(page);
  s = await until(page, (x) => x.route === '/publications?topic=memory&q=inference', 'the restored route');
  assert.deepEqual(s.visiblePublications, ['autochunk', 'hetegen']);
  assert.equal(s.query, 'inference');

  // Back: the filter from before the chip click.
  await page.goBack();
  s = await until(page, (x) => x.route === '/publications?q=inference', 'the previous route after going back');
  assert.deepEqual(s.visiblePublications, ['pab', 'autochunk', 'hetegen', 'fastfold']);

  // A malformed hash is ignored, not fatal.
  await page.evaluate(() => { location.hash = '#/publications?topic=%ZZ&year=abc&sort=sideways&q=dsp'; });
  s = await until(page, (x) => x.query === 'dsp', 'the edited hash');
  assert.deepEqual(s.visiblePublications, ['dsp']);
  assert.deepEqual(errors, []);
  await context.close();
});
