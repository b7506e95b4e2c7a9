// Browser tests of the contact panel in the real web build: copying the address through the clipboard,
// the composed mailto: link (read through window.portfolio.state() and as the page opens it), the contact
// card as a download, and the owner's clock from the browser's Temporal (or Intl without it).
// Run: node --test tests/web/contact.test.mjs   (PORTFOLIO_SITE, PORTFOLIO_ARTIFACTS override the folders)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { ARTIFACTS, useSite, openApp, appState as state, waitForState as until, poll, scrollTo, click, noProblems } from './browser.mjs';

const EMAIL = 'xuanlei@u.nus.edu';
const DESKTOP = { width: 1280, height: 900 };

const site = useSite();

// Opens the site in a fresh context (downloads and the clipboard allowed) and waits for the first frame.
const openSite = (contextOptions = {}, initScript = null) => openApp(site.browser, site.url,
  { contextOptions: { viewport: DESKTOP, acceptDownloads: true, ...contextOptions }, permissions: ['clipboard-read', 'clipboard-write'], initScript });

// Counts the Intl date formats the page makes (the first costs 25-50 ms); `withoutTemporal` plays a
// browser that has no Temporal, where the zones are asked of Intl.
function countDateFormats(withoutTemporal) {
  if (withoutTemporal) delete globalThis.Temporal;
  window.__dateFormats = 0;
  const Original = Intl.DateTimeFormat;
  Intl.DateTimeFormat = new Proxy(Original, {
    construct(target, args) { window.__dateFormats++; return Reflect.construct(target, args); },
    apply(target, self, args) { window.__dateFormats++; return Reflect.apply(target, self, args); },
  });
}

// RFC 6068 read back: recipients before '?', then name=value pairs split on '&', each percent-decoded.
function parseMailto(url) {
  assert.ok(url.startsWith('mailto:'), url);
  assert.ok(!url.includes('#'), `no fragment: ${url}`);
  const [to, query = ''] = url.slice('mailto:'.length).split(/\?(.*)/s);
  const headers = query ? query.split('&').map((field) => {
    const eq = field.indexOf('=');
    assert.ok(eq > 0, `header without '=': ${field}`);
    return [decodeURIComponent(field.slice(0, eq)).toLowerCase(), decodeURIComponent(field.slice(eq + 1))];
  }) : [];
  return { to: to.split(',').map(decodeURIComponent), headers };
}

test('"Copy address" puts the e-mail address on the clipboard', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const before = await state(page);
    assert.equal(before.contact.email, EMAIL);
    assert.ok(before.contact.copyButton, 'state().contact.copyButton');
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    await scrollTo(page, 'contact:copy');
    await page.getByRole('button', { name: 'Copy address' }).click();  // through the accessible layer, at the button's centre
    // (Polled from here: waitForFunction takes the promise readText() returns as a truthy answer at once.)
    let text = '';
    await poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText())) === EMAIL,
      'the address on the clipboard', { describe: () => `it holds ${JSON.stringify(text)}` });
    await page.screenshot({ path: path.join(ARTIFACTS, 'contact-copied.png') });
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('the composer builds a mailto link with one recipient, a subject and a body, and opens it', { timeout: 180_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    const first = await state(page);
    assert.equal(first.contact.purpose, 'collaboration');
    assert.deepEqual(parseMailto(first.contact.mailto).to, [EMAIL]);

    await click(page, 'contact:purpose:paper');
    await click(page, 'contact:paperPicker');
    const paper = first.publications[1];
    await scrollTo(page, `contact:paper:${paper.id}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'contact-paper-picker.png') });
    await click(page, `contact:paper:${paper.id}`);
    await click(page, 'contact:message');
    await page.keyboard.type('Tom & Jerry? a=b #1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bcc: evil@example.com');
    const typed = 'Tom & Jerry? a=b #1\nBcc: evil@example.com';
    // The link is composed in the same frame as the text box, so once the text is in, so is the link.
    const { contact } = await until(page, (x) => x.contact.message === typed, 'the typed message in the composer');
    assert.equal(contact.purpose, 'paper');
    assert.equal(contact.paper, paper.id);
    assert.equal(contact.message, typed);
    const mail = parseMailto(contact.mailto);
    assert.deepEqual(mail.to, [EMAIL], 'exactly the owner as recipient');
    assert.deepEqual(mail.headers.map(([name]) => name), ['subject', 'body'], 'only a subject and a body');
    assert.equal(mail.headers[0][1], `Question about \u201C${paper.title}\u201D`);
    assert.ok(mail.headers[1][1].includes('Tom & Jerry? a=b #1\r\nBcc: evil@example.com\r\n'), JSON.stringify(mail.headers[1][1]));
    assert.ok(contact.mailto.includes('%0D%0A') && !/[\s]/.test(contact.mailto), contact.mailto);
    await page.screenshot({ path: path.join(ARTIFACTS, 'contact-composed.png') });

    await click(page, 'contact:compose');
    await page.waitForFunction(() => window.__opened.length > 0, null, { timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => window.__opened.map((args) => args[0])), [contact.mailto]);
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test('"Download contact card" downloads a vCard', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite();
  try {
    await scrollTo(page, 'contact:card');
    const downloaded = page.waitForEvent('download', { timeout: 10_000 });
    await click(page, 'contact:card');
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), 'xuanlei-zhao.vcf');
    const card = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n'), card);
    assert.ok(card.endsWith('END:VCARD\r\n'), card);
    for (const line of ['FN:Xuanlei Zhao', `EMAIL:${EMAIL}`, 'ORG:National University of Singapore', 'URL:https://github.com/oahzxl']) {
      assert.ok(card.includes(`\r\n${line}\r\n`), `${line} in ${card}`);
    }
    assert.match((await state(page)).contact.cardSaved, /xuanlei-zhao\.vcf/);
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});

test("the owner's local time comes from the browser's Temporal or Intl, next to the visitor's own zone", { timeout: 120_000 }, async () => {
  // Without Temporal (older browsers) the same clock comes from Intl.
  for (const withoutTemporal of [true, false]) {
    const { context, page, errors } = await openSite({ timezoneId: 'America/New_York' }, `(${countDateFormats})(${withoutTemporal})`);
    try {
      const { contact } = await state(page);
      assert.equal(contact.clockSource, 'zone');
      assert.equal(contact.visitorTimeZone, 'America/New_York');
      const formats = await page.evaluate(() => window.__dateFormats);
      if (withoutTemporal) assert.ok(formats >= 1, `Intl asked: ${formats}`);
      else assert.equal(formats, 0, 'with Temporal, no Intl date format is made');
      // Singapore has no daylight saving: UTC+8 all year. The frame may be a minute older than now.
      const clock = (ms) => {
        const d = new Date(ms + 8 * 3600_000);
        const h = d.getUTCHours(), m = d.getUTCMinutes();
        return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'} in Singapore`;
      };
      const now = Date.now();
      assert.ok([clock(now), clock(now - 60_000)].includes(contact.localTime), `${contact.localTime} vs ${clock(now)}`);
      if (!withoutTemporal) {
        await scrollTo(page, 'contact:card');
        await page.screenshot({ path: path.join(ARTIFACTS, 'contact-desktop.png') });
      }
      await noProblems(page, errors);
    } finally {
      await context.close();
    }
  }
});

test('the contact panel on a phone', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openSite({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    await scrollTo(page, 'contact:compose');
    await page.screenshot({ path: path.join(ARTIFACTS, 'contact-phone.png') });
    const { targets } = await state(page);
    for (const name of ['contact:copy', 'contact:compose', 'contact:message', 'contact:card']) {
      const [x, , w] = targets[name];
      assert.ok(x >= 0 && x + w <= 390, `${name} fits the phone's width: ${targets[name]}`);
    }
    await noProblems(page, errors);
  } finally {
    await context.close();
  }
});
