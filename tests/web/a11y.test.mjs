// Browser tests of the accessible layer over the canvas (ui/a11y.h, web/a11y.js): the accessibility tree
// names the owner, the publications on screen and the contact buttons; Tab walks the page in reading order
// with the DOM focus on ImGui's; a click through the layer filters the list and the live region says so;
// axe-core finds no serious or critical violation; and the layer changes no pixel of the canvas.
// Run: node --test tests/web/a11y.test.mjs   (PORTFOLIO_SITE overrides the folder)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import { ARTIFACTS, useSite, openApp, appState, waitForState, waitFrames, poll, noProblems } from './browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROFILE = JSON.parse(fs.readFileSync(path.resolve(HERE, '../../data/profile.json'), 'utf8'));
const VIEWPORT = { width: 1280, height: 860 };

const site = useSite();

// Opens the page and waits for the accessible layer and its first nodes.
// Reduced motion keeps the backdrop still, so the frames a screenshot wakes draw the same pixels.
async function openWithLayer() {
  const opened = await openApp(site.browser, site.url, { contextOptions: { viewport: VIEWPORT, reducedMotion: 'reduce' } });
  await opened.page.waitForFunction(() => document.querySelector('.a11y button'), null, { timeout: 15_000 });
  return opened;
}

// The accessible name and tag of the element with the DOM focus, and whether it is in the layer.
const focusedElement = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { inLayer: !!el.closest('.a11y'), tag: el.tagName, name: el.getAttribute('aria-label') || el.textContent, id: el.dataset.id || '' };
});

// Waits until the app sits still (no frame for a while), so two screenshots can be compared.
async function settled(page) {
  let last = -1;
  await poll(async () => {
    const { frames } = await appState(page);
    const still = frames === last;
    last = frames;
    return still;
  }, 'the app to stop drawing', { timeout: 20_000, interval: 1500 });
}

test('the accessibility tree names the owner, the publications on screen and the contact buttons', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openWithLayer();
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: PROFILE.basics.name }).waitFor({ timeout: 5000 }));
  const tree = await page.locator('body').ariaSnapshot();
  assert.match(tree, new RegExp(`heading "${PROFILE.basics.name}" \\[level=1\\]`));
  assert.match(tree, /heading "Publications" \[level=2\]/);
  assert.match(tree, /textbox "Search publications"/);

  // Through the layer's navigation: the publications come on screen, each card a list item with its title.
  await page.getByRole('button', { name: 'Publications', exact: true }).click();
  await waitForState(page, (x) => x.scrollY > 100, 'the jump to the publications');
  // Once the app is still, the layer is the last frame's (waiting for a number of frames raced the app's
  // going idle after the jump, which reduced motion makes instant).
  await settled(page);
  const s = await appState(page);
  const onScreen = s.publications.filter((pub) => {
    const r = s.targets[`cite:${pub.id}`];
    return r && r[1] >= 0 && r[1] + r[3] <= VIEWPORT.height;
  });
  assert.ok(onScreen.length >= 2, `at least two cards on the first screen of publications, got ${onScreen.length}`);
  const list = page.getByRole('list', { name: 'Publications' });
  for (const pub of onScreen) {
    await assert.doesNotReject(list.getByRole('listitem').getByRole('link', { name: pub.title, exact: true }).waitFor({ timeout: 5000 }),
      `the title "${pub.title}" is a link in the publications list`);
  }

  // The contact panel's actions, named by their labels; the header's icon links by what they open.
  // The navigation is out of view now: activated as a screen reader does (no mouse), the app scrolls to it and presses it.
  await page.getByRole('button', { name: 'Contact', exact: true }).evaluate((el) => el.click());
  for (const name of ['Copy address', 'Write an e-mail', 'Download contact card']) {
    await assert.doesNotReject(page.getByRole('button', { name, exact: true }).waitFor({ timeout: 10_000 }), `the contact button "${name}"`);
  }
  await assert.doesNotReject(page.getByRole('link', { name: `E-mail ${PROFILE.basics.email}` }).first().waitFor({ state: 'attached', timeout: 5000 }));
  // Links keep the app's rule: only http, https and mailto, opened in a new tab without an opener.
  const links = await page.$$eval('.a11y a', (as) => as.map((a) => ({ href: a.getAttribute('href') || '', rel: a.rel, target: a.target })));
  assert.ok(links.length > 5);
  for (const link of links) {
    assert.match(link.href, /^(https?:|mailto:)/i);
    assert.equal(link.target, '_blank');
    assert.match(link.rel, /noopener/);
  }
  await noProblems(page, errors);
  await context.close();
});

test('Tab walks the page in reading order, and the DOM focus stays on ImGui\'s', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openWithLayer();
  const walked = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    await waitFrames(page, 2);
    const f = await poll(async () => { const x = await focusedElement(page); return x.inLayer && !walked.some((w) => w.id === x.id) ? x : null; },
      `Tab ${i + 1} to move the DOM focus into the layer`);
    walked.push(f);
  }
  const names = walked.map((f) => f.name);
  assert.deepEqual(names.slice(0, 6), ['About', 'Publications', 'Projects', 'Experience', 'Contact', 'Dark theme'], `focus order: ${names.join(' | ')}`);
  assert.ok(names.includes(`E-mail ${PROFILE.basics.email}`), `the header's e-mail link is a Tab stop: ${names.join(' | ')}`);
  // The Tab order is the reading order: each focused element comes after the previous one in the layer.
  const inOrder = await page.evaluate((ids) => ids.every((id, i) => i === 0 ||
    (document.querySelector(`[data-id="${ids[i - 1]}"]`).compareDocumentPosition(document.querySelector(`[data-id="${id}"]`)) & Node.DOCUMENT_POSITION_FOLLOWING)),
  walked.map((f) => f.id));
  assert.ok(inOrder, `the Tab stops follow the layer's order: ${names.join(' | ')}`);
  // Shift+Tab goes back one stop.
  await page.keyboard.press('Shift+Tab');
  await poll(async () => (await focusedElement(page)).id === walked[walked.length - 2].id, 'Shift+Tab to go back one stop');

  // The other way: a focus given to an element (a screen reader moving to it) moves ImGui's focus there.
  await page.getByRole('button', { name: 'Sort: Title' }).focus();
  await waitForState(page, (x) => x.focus === 'sort:title', 'ImGui\'s focus on the sort control focused in the layer');
  await page.keyboard.press('Enter');  // the key goes to ImGui, once
  await waitForState(page, (x) => x.route.includes('sort=title'), 'Enter to press the focused control');
  await noProblems(page, errors);
  await context.close();
});

test('a topic filter pressed through the layer filters the list, and the live region says so', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openWithLayer();
  const topic = PROFILE.topics[0];
  const expected = PROFILE.publications.filter((p) => (p.topics || []).includes(topic.id)).map((p) => p.id);
  const live = page.locator('.a11y-live');
  await poll(async () => (await live.textContent()) === `All ${PROFILE.publications.length} publications`, 'the live region to say how many are shown');

  const chip = page.getByRole('button', { name: new RegExp(`^${topic.name} \\(`) });
  await chip.click();  // Playwright's click: the mouse at the chip's centre, handed on to the canvas
  let s = await waitForState(page, (x) => x.route.includes(`topic=${topic.id}`), 'the topic filter');
  assert.deepEqual([...s.visiblePublications].sort(), [...expected].sort());
  await poll(async () => (await live.textContent()) === `Showing ${expected.length} of ${PROFILE.publications.length} publications`,
    'the live region to announce the filtered count', { describe: () => 'it did not' });
  await poll(async () => (await chip.getAttribute('aria-pressed')) === 'true', 'the chip to show it is pressed');

  // An activation with no mouse (a screen reader's, element.click()): the app presses the chip itself.
  await chip.evaluate((el) => el.click());
  s = await waitForState(page, (x) => !x.route.includes('topic='), 'the topic filter to be cleared');
  assert.equal(s.visiblePublications.length, PROFILE.publications.length);
  await poll(async () => (await live.textContent()) === `All ${PROFILE.publications.length} publications`, 'the live region to say all are shown');
  await noProblems(page, errors);
  await context.close();
});

test('axe-core finds no serious or critical violation, and the layer changes no pixel of the canvas', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openWithLayer();
  const require = createRequire(import.meta.url);
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));  // evaluated by the driver: the CSP allows it
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })));
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `axe: ${JSON.stringify(violations)}`);

  // With, without, and with the layer again: the pair counts when the page stood still meanwhile (the owner's
  // clock can turn a minute between two screenshots).
  const layerShown = (shown) => page.evaluate((on) => { document.querySelector('.a11y').style.display = on ? '' : 'none'; }, shown);
  let compared = false;
  for (let attempt = 0; attempt < 3 && !compared; attempt++) {
    await settled(page);
    const withLayer = await page.screenshot({ path: path.join(ARTIFACTS, 'a11y-layer.png') });
    await layerShown(false);
    const without = await page.screenshot();
    await layerShown(true);
    const again = await page.screenshot();
    if (!withLayer.equals(again)) continue;
    assert.ok(withLayer.equals(without), 'the screenshot with the layer differs from the one without it');
    compared = true;
  }
  assert.ok(compared, 'the page never stood still for two screenshots');
  const nodes = await page.evaluate(() => document.querySelectorAll('.a11y *').length);
  assert.ok(nodes > 50 && nodes < 1000, `the layer holds ${nodes} elements`);
  await noProblems(page, errors);
  await context.close();
});
