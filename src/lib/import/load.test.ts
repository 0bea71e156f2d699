import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsdeckDB, useDatabase, db } from '../db/db';
import { recordAnswer, saveDeck } from '../db/repo';
import { DeckError } from '../deck/errors';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { toCsv } from '../exchange/csv';
import { FETCH_TIMEOUT_MS, applyImport, checkCatalog, fetchDeck, prepareImport, readDeckFile, readDeckText } from './load';
import { XSS, bigText, hostileDeck } from './fixtures/bad-input';

const t0 = new Date('2026-01-05T09:00:00Z');
let n = 0;

beforeEach(async () => {
	useDatabase(new NewsdeckDB(`load-${n++}`));
	await db().open();
	await saveDeck(sampleDeck(), 'file', t0);
	await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
});

/** Every row of every table, to prove a failed import wrote nothing. */
async function snapshot() {
	const d = db();
	return Promise.all([d.decks.toArray(), d.cards.toArray(), d.states.toArray(), d.reviews.toArray(), d.settings.toArray()]);
}

/** A fake fetch serving `files` by URL (404 otherwise). */
function server(files: Record<string, string>): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const url = String(input);
		if (!(url in files)) return new Response('not found', { status: 404, statusText: 'Not Found' });
		return new Response(files[url]);
	}) as typeof fetch;
}

async function failure(p: Promise<unknown>): Promise<DeckError> {
	const e = await p.then(
		() => null,
		(e: unknown) => e
	);
	expect(e).toBeInstanceOf(DeckError);
	return e as DeckError;
}

const good = JSON.stringify(sampleDeck());
const BAD: Record<string, { text: string; expect: RegExp }> = {
	empty: { text: '', expect: /file is empty/ },
	truncated: { text: good.slice(0, 300), expect: /not valid JSON/ },
	'wrong format': { text: '%PDF-1.7\u0000\u0001binary', expect: /binary file/ },
	'a web page': { text: '<!DOCTYPE html><html><script>alert(1)</script>', expect: /web page/ },
	'another JSON': { text: '{"hello":"world"}', expect: /format: expected "newsdeck"/ },
	oversized: { text: bigText(50), expect: /50\.0 MB; the limit is 20 MB/ }
};

describe('every import path refuses bad input and leaves the library exactly as it was', () => {
	for (const [what, bad] of Object.entries(BAD)) {
		it(`${what}: file, CSV/TSV file, URL and catalog`, async () => {
			const before = await snapshot();
			for (const name of ['deck.json', 'cards.csv', 'cards.tsv', 'cards.txt']) {
				const e = await failure(readDeckFile(new File([bad.text], name), t0));
				expect(e.message).toContain(name);
				expect(e.message).toMatch(bad.expect);
			}
			const url = 'https://example.org/deck.json';
			const e = await failure(fetchDeck(url, t0, server({ [url]: bad.text })));
			expect(e.message).toContain(url);
			expect(e.message).toMatch(bad.expect);
			const cat = 'https://example.org/index.json';
			const c = await failure(checkCatalog(cat, t0, server({ [cat]: bad.text })));
			expect(c.message).toContain(cat);
			expect(await snapshot()).toEqual(before);
		});
	}

	it('a catalog listing a bad deck reports it by URL and still adds the good one', async () => {
		const cat = 'https://example.org/class/index.json';
		const entry = (id: string, file: string) => ({ id, title: id, cards: 1, date: null, file });
		const other = { ...sampleDeck(), id: 'other-deck', title: 'Other deck' };
		const fetchFn = server({
			[cat]: JSON.stringify({ format: 'newsdeck-catalog', version: 1, decks: [entry('x', 'x.json'), entry('other-deck', 'other.json')] }),
			'https://example.org/class/x.json': good.slice(0, 50),
			'https://example.org/class/other.json': JSON.stringify(other)
		});
		const r = await checkCatalog(cat, t0, fetchFn);
		expect(r.errors.map((e) => e.file)).toEqual(['https://example.org/class/x.json']);
		expect(r.added.map((a) => a.deck.id)).toEqual(['other-deck']);
		expect((await db().decks.get('other-deck'))?.url).toBe('https://example.org/class/other.json');
	});

	it('unreachable URLs and non-http addresses get a message naming the URL', async () => {
		expect((await failure(fetchDeck('https://example.org/missing.json', t0, server({})))).message).toMatch(/missing\.json.*\n.*404 Not Found/);
		expect((await failure(fetchDeck('javascript:alert(1)', t0, server({})))).message).toMatch(/only http and https/);
	});

	it('a bad row in a CSV names its line; nothing is written', async () => {
		const before = await snapshot();
		const e = await failure(readDeckFile(new File(['front,back\na,b\n,c\n'], 'cards.csv'), t0));
		expect(e.message).toContain('cards.csv');
		expect(e.problems).toEqual(['line 3: the front (column 1) is empty']);
		expect(await snapshot()).toEqual(before);
	});
});

describe('hostile text is kept as text', () => {
	it('a deck with markup in every text field imports verbatim (the app renders it as text)', async () => {
		const deck = await readDeckText(JSON.stringify(hostileDeck()), 'hostile.json', t0);
		await applyImport(await prepareImport(deck, 'file'), t0);
		const row = await db().decks.get('hostile');
		expect(row?.title).toBe(`Title ${XSS}`);
		expect((await db().cards.get(['hostile', 'who-said-1']))?.card.answer).toBe(`Ana ${XSS}`);
	});

	it('a CSV with markup imports as plain text', async () => {
		const deck = await readDeckText(`front,back,tags\n"${XSS.replace(/"/g, '""')}","${XSS.replace(/"/g, '""')}",x\n`, 'x.csv', t0);
		expect(deck.cards[0].prompt).toBe(XSS);
	});
});

describe('updates', () => {
	it('prepareImport shows the diff; applying keeps progress on unchanged ids and retires removed cards', async () => {
		const v2 = sampleDeck();
		v2.cards[1].prompt = 'When was it approved?';
		v2.cards.splice(2, 1);
		const p = await prepareImport(v2, 'file');
		expect(p.diff?.changed.map((c) => c.after.id)).toEqual(['when-1']);
		expect(p.diff?.retired.map((c) => c.id)).toEqual(['where-1']);
		expect(await db().cards.get(['lakeside-bridge', 'where-1'])).toMatchObject({ retired: 0 });
		await applyImport(p, t0);
		expect(await db().states.get(['lakeside-bridge', 'who-said-1'])).toBeDefined();
		expect(await db().cards.get(['lakeside-bridge', 'where-1'])).toMatchObject({ retired: 1 });
	});

	it('the same deck again is recognised and writes nothing', async () => {
		const before = await snapshot();
		const p = await prepareImport(await readDeckText(good, 'again.json', t0), 'file');
		expect(p.same).toBe(true);
		await applyImport(p, t0);
		expect(await snapshot()).toEqual(before);
	});

	it('a CSV import of our own export is a new deck', async () => {
		const p = await prepareImport(await readDeckText(toCsv(sampleDeck()), 'lakeside.csv', t0), 'file');
		expect(p.existing).toBeUndefined();
		expect(p.deck.cards).toHaveLength(3);
	});
});

describe('a server that never answers', () => {
	const HOST = 'https://slow.example';
	/** A fake fetch: `files` by URL, and URLs in `hang` answer never (until the request is aborted). */
	const slow = (files: Record<string, string>, hang: string[]): typeof fetch =>
		((input: RequestInfo | URL, init?: RequestInit) => {
			const url = String(input);
			if (!hang.includes(url)) return server(files)(input);
			return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
		}) as typeof fetch;

	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('a deck URL gives up after the timeout, naming the address; nothing is written', async () => {
		const before = await snapshot();
		const p = failure(fetchDeck(`${HOST}/deck.json`, t0, slow({}, [`${HOST}/deck.json`])));
		await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS);
		const e = await p;
		expect(e.message).toMatch(new RegExp(`^${HOST}/deck\\.json: .*\\n  the server did not answer within 30 s`));
		expect(await snapshot()).toEqual(before);
	});

	it('a catalog that never answers fails with its address; a deck of it that never answers is named, the others are added', async () => {
		const hung = failure(checkCatalog(`${HOST}/index.json`, t0, slow({}, [`${HOST}/index.json`])));
		await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS);
		expect((await hung).message).toContain(`${HOST}/index.json: `);

		const entry = (id: string, file: string) => ({ id, title: id, cards: 3, date: null, file });
		const catalog = JSON.stringify({ format: 'newsdeck-catalog', version: 1, decks: [entry('stuck', 'stuck.json'), entry('week-2', 'week2.json')] });
		const files = { [`${HOST}/index.json`]: catalog, [`${HOST}/week2.json`]: JSON.stringify({ ...sampleDeck(), id: 'week-2' }) };
		const p = checkCatalog(`${HOST}/index.json`, t0, slow(files, [`${HOST}/stuck.json`]));
		await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS);
		const r = await p;
		expect(r.errors.map((e) => e.file)).toEqual([`${HOST}/stuck.json`]);
		expect(r.added.map((a) => a.deck.id)).toEqual(['week-2']);
	});
});
