// Browser test of the publication timeline: type a query and apply a facet through the UI, check the
// visible publications (through window.portfolio.state()) and the URL hash, reload and find the same
// state, and step back with the browser's back button.
// Run: node --test tests/web/publications.test.mjs   (PORTFOLIO_SITE overrides the folder)
import assert from 'node:assert/strict';
import path from 'node:path';
import test from 'node:test';
import { ARTIFACTS, useSite, openApp, appState as state, appReady as ready, waitForState as until, waitForHash, noProblems } from './browser.mjs';

const site = useSite();

test('search and a facet through the UI; the URL hash follows; reload restores; back steps back', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openApp(site.browser, site.url, { contextOptions: { viewport: { width: 1280, height: 900 } } });
  let s = await state(page);
  assert.deepEqual(s.visiblePublications, ['pab', 'autochunk', 'hetegen', 'dsp', 'fastfold'], 'newest first by default');

  // "/" focuses the search box; typing filters as you type.
  await page.mouse.move(640, 450);
  await page.keyboard.press('/');
  await until(page, (x) => x.searchFocused, 'the search box to take the focus');
  await page.keyboard.type('inference');
  s = await until(page, (x) => x.query === 'inference', 'the query to arrive');
  assert.deepEqual(s.visiblePublications, ['pab', 'autochunk', 'hetegen', 'fastfold']);
  await waitForHash(page, '#/publications?q=inference');  // the typed query is in the address bar

  // A facet chip narrows the list (AND with the query); its click adds a history entry. The chip is found
  // by its role and name in the accessible layer over the canvas.
  await page.getByRole('button', { name: /^System with Low Memory Cost \(/ }).click();
  s = await until(page, (x) => x.route.includes('topic=memory'), 'the topic filter');
  assert.deepEqual(s.visiblePublications, ['autochunk', 'hetegen']);
  await waitForHash(page, '#/publications?topic=memory&q=inference');
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
  await noProblems(page, errors);
  await context.close();
});
