import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { readInputs } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { type RunningServer, startServer } from '../../src/server/serve.js';
import { WEB_ROOT } from '../../src/server/static.js';
import { ingestItems } from '../../src/store/ingest.js';
import { openStore, type Store } from '../../src/store/index.js';

// The dashboard in Debian's chromium (no browser download), over the demo set and the founding
// article, served on an ephemeral loopback port. Screenshots go to test-artifacts/.

const CHROMIUM = '/usr/bin/chromium';
const root = new URL('../../../', import.meta.url);
const DEMO_SET = fileURLToPath(new URL('demo/articles.jsonl', root));
const SEED = fileURLToPath(new URL('../shared/seed/000_2a88d4aa877cd891.txt', root));
const ARTIFACTS = fileURLToPath(new URL('test-artifacts/', root));

const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (apt-get install -y chromium): browser tests skipped`
  : !existsSync(join(WEB_ROOT, 'index.html'))
    ? 'the dashboard is not built (npm run build): browser tests skipped'
    : false;
const noSeed = existsSync(SEED) ? false : '../shared/seed is absent: the founding article is not stored';

let dir: string;
let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

describe('dashboard', { skip }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await openStore(join(dir, 'web.db'));
    async function* items() {
      yield* readInputs([DEMO_SET]);
      if (!noSeed) yield* readInputs([SEED], { date: '2017-08-04' });
    }
    await ingestItems(store, items(), createPipeline());
    server = await startServer(store, { host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The dashboard must work offline: any request off this server fails the test.
    page.on('request', (req) => assert.ok(req.url().startsWith(server.url) || req.url().startsWith('data:'), `request off the server: ${req.url()}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the world view draws the map and, for a chosen country, colours its partners', async () => {
    await page.goto(server.url);
    await page.locator('path.country[data-code="IRN"]').waitFor();
    assert.ok((await page.locator('path.country').count()) > 150);
    // The feed of latest signals has its answer (the demo set has shifts in its last year).
    await page.locator('.signals[aria-busy="false"] li.signal').first().waitFor();
    assert.match((await page.locator('.counts').textContent()) ?? '', /\d+ articles/);
    await shot('world');
    await page.locator('path.country[data-code="IRN"]').click();
    await page.locator('.partners li a', { hasText: 'United States' }).waitFor();
    assert.match(page.url(), /country=IRN/);
    // Iran's partners are coloured, countries without events with it keep the blank fill.
    const usa = await page.locator('path.country[data-code="USA"]').getAttribute('fill');
    assert.match(usa ?? '', /^rgb\(/);
    await shot('world-iran');
  });

  test('the founding article shows the Emily Landau quote highlighted, and choosing it marks the fact', { skip: noSeed }, async () => {
    await page.goto(`${server.url}#/search?q=Landau`);
    await page.locator('.results a.title', { hasText: 'North Korea Visit Signals Greater Military Ties to Iran' }).click();
    const quote = page.locator('.text .quote', { hasText: 'problematic cooperation' });
    await quote.first().waitFor();
    // The speaker's name is marked in the text, as the actor the quote is tied to.
    assert.ok((await page.locator('.text .ann', { hasText: 'Emily Landau' }).count()) >= 1);
    const fact = page.locator('.facts li.fact', { hasText: 'Emily Landau' }).filter({ hasText: 'problematic cooperation' });
    await fact.click();
    await page.locator('.text .quote.selected', { hasText: 'problematic cooperation' }).first().waitFor();
    assert.match(await fact.getAttribute('class') ?? '', /selected/);
    assert.match(page.url(), /#\/article\/[0-9a-f]+\?focus=q\d+/);
    await shot('article');
  });

  test('the PRK–IRN pair shows its timeline and its events with their evidence', async () => {
    await page.goto(`${server.url}#/pair/PRK-IRN`);
    await page.locator('[data-testid="timeline-chart"] canvas').waitFor();
    assert.match((await page.locator('h1').textContent()) ?? '', /North Korea – Iran/);
    await page.locator('.events .event').first().waitFor();
    assert.ok((await page.locator('.events .event .evidence').count()) >= 1);
    await shot('pair-prk-irn');
    // Filters are in the URL: a shared link opens the same view.
    await page.locator('.filters select').first().selectOption('CONSULT');
    await page.waitForURL(/type=CONSULT/);
  });

  test('quotes are found by the words they hold, and the search is kept in the URL', { skip: noSeed }, async () => {
    await page.goto(`${server.url}#/quotes`);
    await page.getByLabel('Words').fill('problematic cooperation');
    await page.locator('.quotes button', { hasText: 'Find' }).click();
    await page.waitForURL(/#\/quotes\?q=problematic\+cooperation/);
    const found = page.locator('.quote-list li');
    // The unfiltered list stays on screen until the search answers: wait for the answer to replace it.
    await page.waitForFunction(() => document.querySelectorAll('.quote-list li').length === 1, null, { timeout: 10_000 });
    assert.equal(await found.count(), 1);
    // Shown between one pair of marks, whether or not the stored quotation carries its own.
    assert.match((await found.textContent()) ?? '', /^“There could be a very problematic cooperation[^“”]*now,”— Emily Landau/);
    await shot('quotes-words');
  });

  test('the network, quotes, search and ingest views render', async () => {
    await page.goto(`${server.url}#/network`);
    await page.locator('[data-testid="network-graph"] canvas').first().waitFor();
    await shot('network');
    await page.goto(`${server.url}#/quotes`);
    await page.locator('.quote-list li').first().waitFor();
    await shot('quotes');
    await page.goto(`${server.url}#/ingest`);
    await page.locator('textarea').fill('Chile and Peru sign trade pact\n\nThe presidents of Chile and Peru signed a trade agreement in Lima on Monday, officials said.');
    await page.locator('button', { hasText: 'Extract and store' }).click();
    await page.locator('.ingest-status').waitFor();
    assert.match((await page.locator('.ingest-status').textContent()) ?? '', /Stored\./);
    await shot('ingest');
  });
});
