import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openLibrary, importDeck } from './helpers';

// Every payload would set window.__pwned (or open a dialog) if the app ever treated deck text as HTML or code.
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload="window.__pwned=3">';
const JS_URL = 'javascript:window.__pwned=4';
const sentence = `${IMG} told reporters ${SCRIPT} at the bridge.`;
const text = `${SVG} The opening day. ${sentence} Then <iframe src="${JS_URL}"></iframe> {@html "<b>x</b>"} ended it.`;
const at = (s: string) => ({ articleId: 'a1', sentence: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });

const hostile = {
	format: 'newsdeck',
	version: 1,
	id: 'hostile',
	title: `${IMG} Hostile deck`,
	description: SCRIPT,
	language: 'en',
	createdAt: '2026-01-05T00:00:00.000Z',
	articles: [{ id: 'a1', title: `${SVG} article`, date: '2026-01-05', url: `https://example.com/"><script>window.__pwned=5</script>`, text }],
	cards: [
		{
			id: 'who-said-x',
			type: 'who-said',
			prompt: `Who said ${SCRIPT}? <b onmouseover="window.__pwned=6">hover</b>`,
			answer: IMG,
			choices: [IMG, SCRIPT, JS_URL, '{@html "<i>x</i>"}'],
			explanation: `<iframe src="${JS_URL}"></iframe>`,
			tags: [SVG],
			source: at(sentence),
			fact: { kind: 'quote', name: IMG, text: SCRIPT }
		},
		{
			id: 'flip-x',
			type: 'flip',
			prompt: `<a href="${JS_URL}">click me</a>`,
			answer: '<style>body{display:none}</style>',
			source: at(sentence),
			fact: { kind: 'person', name: SVG }
		}
	]
};

async function nothingRan(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('main img, main script, main svg, main iframe, main style').count()).toBe(0);
	expect(dialogs).toEqual([]);
}

test('a deck full of script, HTML and URL payloads is shown as text and runs nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss();
	});
	await openLibrary(page);

	// A javascript: link is refused at the door.
	const withJsUrl = structuredClone(hostile);
	withJsUrl.articles[0].url = JS_URL;
	await importDeck(page, 'js-url.json', withJsUrl);
	await expect(page.getByRole('alert')).toContainText('articles[0].url: expected an http(s) URL');

	await importDeck(page, 'hostile.json', hostile);
	await expect(page.getByRole('status')).toContainText('Hostile deck');
	await expect(page.getByRole('link', { name: `${IMG} Hostile deck` })).toBeVisible();
	await nothingRan(page, dialogs);

	await page.getByRole('link', { name: `${IMG} Hostile deck` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${IMG} Hostile deck`);
	await expect(page.getByText(SCRIPT, { exact: true })).toBeVisible();
	await nothingRan(page, dialogs);

	await page.getByRole('link', { name: `${SVG} article` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SVG} article`);
	expect(await page.getByRole('link', { name: 'original' }).getAttribute('href')).toMatch(/^https:\/\/example\.com\//);
	await expect(page.locator('article')).toContainText(sentence);
	await nothingRan(page, dialogs);

	await page.goto('/deck/hostile/study');
	await expect(page.locator('#prompt')).toHaveText(hostile.cards[0].prompt);
	await page.locator('#prompt').hover();
	await page.getByRole('button', { name: SCRIPT }).click();
	await expect(page.getByTestId('answer')).toContainText(IMG);
	await expect(page.locator('.source blockquote')).toContainText(sentence);
	await nothingRan(page, dialogs);
	await page.getByRole('button', { name: 'Good', exact: true }).click();
	await expect(page.locator('#prompt')).toHaveText(hostile.cards[1].prompt);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByTestId('answer')).toContainText('<style>');
	await expect(page.locator('body')).toBeVisible();
	await nothingRan(page, dialogs);
});

test('the built pages carry a Content-Security-Policy that blocks injected inline script', async ({ page, request }) => {
	for (const path of ['/', '/200.html', '/deck/x/study']) {
		const res = await request.get(path, { headers: { accept: 'text/html' } });
		// Only a header can forbid framing; the server sends one beside the pages' meta policy.
		expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		const html = await res.text();
		expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(html).toContain("worker-src 'self' blob:");
	}
	await openLibrary(page);
	const violations = await page.evaluate(async () => {
		const seen: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
		document.body.insertAdjacentHTML('beforeend', '<img src="/nope.png" onerror="window.__pwned=1">');
		const s = document.createElement('script');
		s.textContent = 'window.__pwned = 2';
		document.body.append(s);
		await new Promise((r) => setTimeout(r, 500));
		return seen;
	});
	expect(violations.length).toBeGreaterThanOrEqual(2);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	// The app itself still runs under the policy: its service worker and a blob: Web Worker start.
	expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
	const echoed = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const url = URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data * 2)'], { type: 'text/javascript' }));
				const w = new Worker(url);
				w.onmessage = (e) => resolve(e.data);
				w.onerror = () => resolve('blocked');
				w.postMessage(21);
			})
	);
	expect(echoed).toBe(42);
});

test('bidi overrides in deck text are stripped, and deck text is isolated from the app\'s own text', async ({ page }) => {
	const RLO = '\u202e';
	const deck = JSON.parse(readFileSync('tests/fixtures/sample-deck.json', 'utf8'));
	deck.title = `Lakeside ${RLO}bridge opens`;
	deck.cards[0].prompt = `${RLO}${deck.cards[0].prompt}`;
	await openLibrary(page);
	await importDeck(page, 'bidi.json', deck);
	await expect(page.getByRole('status')).toContainText('Lakeside bridge opens');
	const link = page.getByRole('link', { name: 'Lakeside bridge opens' });
	await expect(link).toHaveText('Lakeside bridge opens');
	await expect(link.locator('bdi')).toHaveCSS('unicode-bidi', 'isolate');
	await page.goto('/deck/lakeside-bridge/study');
	await expect(page.locator('#prompt')).not.toContainText(RLO);
	await expect(page.locator('#prompt bdi')).toHaveCSS('unicode-bidi', 'isolate');
	await expect(page.locator('.choice bdi').first()).toHaveCSS('unicode-bidi', 'isolate');
});
