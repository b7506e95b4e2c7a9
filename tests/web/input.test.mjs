// Browser tests of input that ImGui's own web backend does not handle: a wheel over the time axis zooms it
// and moves nothing else (neither the app's page nor the page embedding it), and on a phone a tap on a
// text field brings up the on-screen keyboard (a hidden real <input> takes the focus) whose typing, IME
// compositions and Backspace reach the field, while desktop typing still goes through GLFW, once.
// Every page runs under the production CSP and must log no error or violation.
// Run: node --test tests/web/input.test.mjs   (PORTFOLIO_SITE, PORTFOLIO_ARTIFACTS override the folders)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { ARTIFACTS, useSite, appReady, appState, openApp, waitForState, waitFrames, openEmbeddingHost, noProblems, scrollTo, centre } from './browser.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const site = useSite();

const openSite = (contextOptions = {}) => openApp(site.browser, site.url, { contextOptions: { ...DESKTOP, ...contextOptions } });
const state = appState;
const until = waitForState;
const frames = (target, n = 3) => waitFrames(target, n);

// Wheels over the time axis in both directions and checks that it zoomed, that the app's page did not
// scroll, and that `pageScrollY()` (the window holding the app) stayed where it was.
async function wheelOverAxis(page, target, origin, pageScrollY) {
  const height = origin.height ?? page.viewportSize().height;
  const axis = await scrollTo(page, 'timeline', { target, origin, height, margin: 40 });
  const [cx, cy] = centre(axis);
  await page.mouse.move(origin.x + cx, origin.y + cy);
  await frames(target, 3);
  const before = await state(target);
  const pageBefore = await pageScrollY();
  assert.equal(before.targets['timeline:reset-zoom'], undefined, 'the axis starts unzoomed');

  await page.mouse.wheel(0, -240);  // up: zoom in around the pointer
  const zoomed = await until(target, (s) => s.targets['timeline:reset-zoom'], 'the axis to zoom in (its "Reset zoom" appears)');
  await page.mouse.wheel(0, 120);   // down: zoom out a little; the page must not scroll either way
  await frames(target, 6);
  const after = await state(target);
  assert.ok(Math.abs(after.scrollY - before.scrollY) < 0.5, `the app did not scroll: ${before.scrollY} -> ${after.scrollY}`);
  assert.deepEqual(after.targets.timeline, before.targets.timeline, 'the axis stayed in place');
  assert.ok(zoomed.targets['timeline:reset-zoom'] && after.targets['timeline:reset-zoom'], 'the axis is zoomed');
  assert.equal(await pageScrollY(), pageBefore, 'the page holding the app did not scroll');

  // Away from the axis the wheel scrolls the app again.
  await page.mouse.move(origin.x + 12, origin.y + height / 2);
  await frames(target, 2);
  await page.mouse.wheel(0, 100);
  await until(target, (s) => s.scrollY > after.scrollY + 50, 'the app to scroll with a wheel beside the axis');
}

test('a wheel over the time axis zooms it; neither the app nor the page scrolls', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    await wheelOverAxis(page, page, { x: 0, y: 0 }, () => page.evaluate(() => window.scrollY));
    await page.screenshot({ path: path.join(ARTIFACTS, 'wheel-zoomed-timeline.png') });
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('embedded: a wheel over the time axis leaves the embedding page where it is', { timeout: 120_000 }, async () => {
  const { page, frame, errors, close } = await openEmbeddingHost(site.browser, site.url,
    { viewport: { width: 1100, height: 800 }, iframe: { width: 1000, height: 700 }, intro: 300 });
  try {
    await page.evaluate(() => window.scrollTo(0, 200));  // the host is mid-way: it could scroll either way
    const box = await page.locator('#app').boundingBox();
    await wheelOverAxis(page, frame, { x: box.x, y: box.y, height: box.height }, () => page.evaluate(() => window.scrollY));
    await page.screenshot({ path: path.join(ARTIFACTS, 'embedded-wheel-timeline.png') });
    await noProblems(frame, errors);
  } finally {
    await close();
  }
});

const proxyFocused = (page) => page.evaluate(() => document.activeElement?.classList.contains('text-proxy') ?? false);

test('phone: a tap on the search box brings up the keyboard; typing, IME and Backspace edit the query; a tap elsewhere ends it', { timeout: 150_000 }, async () => {
  const { context, page, errors } = await openSite(PHONE);
  try {
    const all = (await state(page)).visiblePublications.length;
    const search = await scrollTo(page, 'search', { margin: 40 });
    await page.touchscreen.tap(...centre(search));
    await page.waitForFunction(() => document.activeElement?.classList.contains('text-proxy'), null, { timeout: 10_000 })
      .catch(() => assert.fail('the hidden input did not take the focus'));
    await until(page, (s) => s.searchFocused, 'the search box to be edited');
    const proxy = await page.evaluate(() => {
      const input = document.activeElement;
      return { tag: input.tagName, size: getComputedStyle(input).fontSize, opacity: getComputedStyle(input).opacity,
               attrs: ['autocapitalize', 'autocorrect', 'inputmode', 'enterkeyhint'].map((a) => input.getAttribute(a)) };
    });
    assert.equal(proxy.tag, 'INPUT');
    assert.ok(parseFloat(proxy.size) >= 16, `16px or more, so iOS does not zoom: ${proxy.size}`);
    assert.equal(proxy.opacity, '0');
    assert.deepEqual(proxy.attrs, ['off', 'off', 'text', 'enter']);

    // Text inserted as an IME or the keyboard's suggestion strip does, then typed key by key: once each.
    await page.keyboard.insertText('pyra');
    await page.keyboard.type('midx');
    let s = await until(page, (x) => x.query === 'pyramidx', 'the typed query');
    assert.equal(s.visiblePublications.length, 0, 'nothing matches "pyramidx"');
    await page.keyboard.press('Backspace');
    s = await until(page, (x) => x.query === 'pyramid', 'Backspace to remove the x');
    assert.deepEqual(s.visiblePublications, ['pab']);
    assert.ok(all > 1, `the filter changed the count: ${all} -> 1`);

    // A composition (as Android keyboards and CJK IMEs type) shows as it goes and is committed once.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: ' bro', selectionStart: 4, selectionEnd: 4 });
    await until(page, (x) => x.query === 'pyramid bro', 'the composition to show while composing');
    await cdp.send('Input.imeSetComposition', { text: ' broad', selectionStart: 6, selectionEnd: 6 });
    await cdp.send('Input.insertText', { text: ' broadcast' });
    s = await until(page, (x) => x.query === 'pyramid broadcast', 'the committed composition');
    assert.deepEqual(s.visiblePublications, ['pab']);
    assert.ok(await proxyFocused(page), 'the keyboard stays up while typing');
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-keyboard-search.png') });

    // A tap outside the field ends the editing: the hidden input lets go (the keyboard hides).
    await page.touchscreen.tap(6, search[1] - 120 > 40 ? search[1] - 120 : search[1] + search[3] + 160);
    await page.waitForFunction(() => !document.activeElement?.classList.contains('text-proxy'), null, { timeout: 10_000 })
      .catch(() => assert.fail('the hidden input kept the focus after a tap elsewhere'));
    s = await until(page, (x) => !x.searchFocused, 'the search box to stop editing');
    assert.equal(s.query, 'pyramid broadcast', 'the query stays');

    // A finger that rests for a frame or more (as real taps do) has the input focused in the touchend
    // handler itself: ImGui showed the text cursor under it.
    // Only this gesture counts: whether the first tap above was still down when a frame ran depends on
    // the machine's speed (either way is right; a busy machine made it two entries).
    const [sx, sy] = centre(search);
    await page.evaluate(() => { window.__focusedInTouchEnd = []; });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: sx, y: sy }] });
    await frames(page, 3);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    assert.deepEqual(await page.evaluate(() => window.__focusedInTouchEnd), ['text-proxy'], 'focused while handling the touch');
    await until(page, (x) => x.searchFocused, 'the search box to be edited again');
    await page.keyboard.press('Escape');  // the search box's Escape clears it, a second one ends the editing
    await until(page, (x) => x.query === '' && x.searchFocused, 'Escape to clear the query');
    await page.keyboard.press('Escape');
    await until(page, (x) => !x.searchFocused, 'a second Escape to end the editing');
    await page.waitForFunction(() => !document.activeElement?.classList.contains('text-proxy'), null, { timeout: 10_000 });
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('desktop: typing in the search box goes through the keyboard as before, once, without the hidden input', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const search = await scrollTo(page, 'search', { margin: 40 });
    await page.mouse.click(...centre(search));
    await until(page, (s) => s.searchFocused, 'the search box to be edited');
    await page.keyboard.type('fold');
    let s = await until(page, (x) => x.query === 'fold', 'the typed query');
    await page.keyboard.press('Backspace');
    s = await until(page, (x) => x.query === 'fol', 'Backspace');
    await frames(page, 4);
    assert.equal((await state(page)).query, 'fol', 'each key typed once');
    assert.equal(await proxyFocused(page), false, 'the hidden input is not used with a mouse and keyboard');
    assert.ok(s.visiblePublications.length >= 1);
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

// Drops a file on the page the way a browser does: a 'drop' event whose DataTransfer holds the File.
async function dropFile(page, name, text) {
  await page.evaluate(([n, t]) => {
    const data = new DataTransfer();
    data.items.add(new File([t], n, { type: 'application/json' }));
    const at = { bubbles: true, cancelable: true, dataTransfer: data, clientX: 400, clientY: 300 };
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', at));
    canvas.dispatchEvent(new DragEvent('drop', at));
  }, [name, text]);
}

test('a profile dropped on the page is shown at once, read in the browser; a broken one keeps the page and says why', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const before = await state(page);
    const url = page.url();
    const mine = { basics: { name: 'Grace Hopper', label: 'Compilers' },
      publications: [{ name: 'A Manual of Operation for the Automatic Sequence Controlled Calculator', releaseDate: '1946' }] };
    await dropFile(page, 'my-profile.json', JSON.stringify(mine));
    await until(page, (s) => s.name === 'Grace Hopper' && s.publications.length === 1, 'the dropped profile on screen');
    assert.equal(page.url(), url, 'the URL does not change');
    assert.notEqual(before.name, 'Grace Hopper');

    // A file that is not JSON: the dropped profile stays, and the problem names the file's line and column.
    await dropFile(page, 'broken.json', '{"basics": {"name": "X"}');
    await until(page, (s) => s.errors.some((e) => /not closed/.test(e.message)), 'the parse error reported');
    assert.equal((await state(page)).name, 'Grace Hopper', 'a failed open keeps the last good profile');

    // Not a profile at all (by its name): nothing changes.
    await dropFile(page, 'photo.png', 'not an image');
    await frames(page);
    assert.equal((await state(page)).name, 'Grace Hopper');
    await noProblems(page, errors.filter((e) => !/neither a profile|broken\.json/.test(e)));
  } finally {
    await context.close();
  }
});

test('a Japanese, an Arabic and a Russian profile dropped on the page fetch only the font slices they need, and every character is drawn', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const fetched = [];
    page.on('request', (r) => { if (/\/fonts\/[^/]+\.otf$/.test(r.url())) fetched.push(path.basename(r.url())); });
    const bundled = await state(page);
    assert.equal(bundled.fonts.missing, 0, 'the bundled profile needs no slice');
    assert.equal(bundled.fonts.fallbackLoaded, 0);
    assert.deepEqual(fetched, [], 'the first frame fetches no slice');
    const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/scripts');
    for (const [script, name, slice] of [['ja', '山田 太郎', /^cjk-jp-[rb]-/], ['ar', 'محمد علي', /^arabic-[rb]-/], ['ru', 'Иван Петров', /^inter-[risb]-0400/]]) {
      const before = fetched.length;
      await dropFile(page, `${script}.json`, fs.readFileSync(path.join(fixtures, `${script}.json`), 'utf8'));
      const s = await until(page, (st) => st.name === name && st.fonts.fallbackPending === 0 && st.fonts.missing === 0,
        `${script}: the name on screen with every glyph in the atlas`, 30_000);
      assert.equal(s.fonts.fallbackFailed, 0);
      const mine = fetched.slice(before);
      assert.ok(mine.length > 0 && mine.every((f) => slice.test(f) || /^(cjk|arabic|inter)-/.test(f)), `${script}: slices fetched: ${mine.join(', ')}`);
      assert.ok(mine.some((f) => slice.test(f)), `${script}: its own face's slices`);
      // Only the blocks of 256 code points its characters fall in, each once: at most one slice a block
      // for each weight the faces have (Noto: regular and bold; Inter: four).
      const text = fs.readFileSync(path.join(fixtures, `${script}.json`), 'utf8');
      const blocks = new Set([...text].map((c) => c.codePointAt(0)).filter((c) => c >= 0x100).map((c) => c >> 8));
      assert.equal(new Set(mine).size, mine.length, `${script}: no slice fetched twice`);
      assert.ok(mine.length <= blocks.size * 4, `${script}: ${mine.length} slices for ${blocks.size} blocks`);
      await waitFrames(page, 3);
      await page.screenshot({ path: path.join(ARTIFACTS, `script-${script}.png`) });
    }
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('the footer\'s "Open a file" opens the visitor\'s own profile through the file chooser, and the bar above the page leads back to the bundled one', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const bundled = await state(page);
    assert.equal(bundled.visitorFile, '');
    assert.equal(bundled.targets['visitor:bundled'], undefined, 'no bar while the bundled profile is shown');
    const button = await scrollTo(page, 'visitor:choose');
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.mouse.click(...centre(button));
    const picked = await chooser;
    assert.ok(picked.page() === page && !picked.isMultiple(), 'one file at a time');
    const mine = { basics: { name: 'Katherine Johnson', label: 'Orbital mechanics' }, publications: [{ name: 'Determination of Azimuth Angle at Burnout', releaseDate: '1959' }] };
    await picked.setFiles({ name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    const opened = await until(page, (s) => s.name === 'Katherine Johnson' && s.visitorFile === 'resume.json' && s.targets['visitor:bundled'], 'the chosen file on screen, named in the bar');
    assert.equal(opened.publications.length, 1);
    assert.ok(!page.url().includes('resume'), 'the URL does not name the file');
    const back = await scrollTo(page, 'visitor:bundled');
    await page.mouse.click(...centre(back));
    const restored = await until(page, (s) => s.name === bundled.name && s.visitorFile === '', 'the bundled profile again');
    assert.equal(restored.publications.length, bundled.publications.length);
    await frames(page);
    assert.equal((await state(page)).targets['visitor:bundled'], undefined, 'the bar is gone');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('a .bib file dropped on the page replaces the publications of the profile on screen, its accents and links read', { timeout: 90_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const before = await state(page);
    const bib = String.raw`@string{nips = "Advances in Neural Information Processing Systems"}
@inproceedings{zhao2024dsp,
  title     = {{DSP}: Dynamic Sequence Parallelism for Multi-Dimensional Transformers},
  author    = {Zhao, Xuanlei and Cheng, Shenggan and M{\"u}ller, J{\'e}r{\^o}me and You, Yang},
  booktitle = nips,
  year      = 2024,
  month     = dec,
  eprint    = {2403.10266},
  archivePrefix = {arXiv}
}
@article{broken,
  title = {Missing its closing brace
@misc{ok2023,
  title = {Second -- and Last},
  author = {Ana Lima},
  year = {2023},
  doi = {10.1000/xyz123}
}`;
    await dropFile(page, 'refs.bib', bib);
    const s = await until(page, (x) => x.visitorFile === 'refs.bib' && x.publications.length === 2, 'the .bib publications on screen');
    assert.equal(s.name, before.name, 'the profile stays; only its publications change');
    const titles = s.publications.map((p) => p.title).sort();
    assert.deepEqual(titles, ['DSP: Dynamic Sequence Parallelism for Multi-Dimensional Transformers', 'Second – and Last']);
    assert.ok(s.errors.some((e) => e.file === 'refs.bib' && e.line >= 12), 'the broken entry reported with its line in the .bib');
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});
