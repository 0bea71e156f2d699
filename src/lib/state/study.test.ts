import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudySession } from './study.svelte';
import { db } from '../db/db';
import { saveDeck, deckReviews, recordAnswer } from '../db/repo';
import { freshDb, quotaExceeded, type SabotageSwitch } from '../db/fixtures/sabotage';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
const clock = () => t0;
const sabotage: SabotageSwitch = { current: null };

async function session(resume = false): Promise<StudySession> {
	const s = new StudySession('lakeside-bridge', clock);
	await s.start(resume);
	return s;
}

beforeEach(async () => {
	sabotage.current = null;
	await freshDb('reviews', sabotage);
	await saveDeck(sampleDeck(), 'file', t0);
});

describe('StudySession safety', () => {
	it('a reload resumes the session: same card, same picked choice, same count', async () => {
		const a = await session();
		a.pick(a.card!.choices![0]);
		await a.grade(4);
		const second = a.card!.id;
		a.pick(a.card!.choices![1]);
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 20));
		const b = await session(true);
		expect(b.card!.id).toBe(second);
		expect(b.reviewed).toBe(1);
		expect(b.picked).toBe(a.picked);
		expect(b.revealed).toBe(true);
		// Opening "Study" afresh starts a new session instead.
		expect((await session()).reviewed).toBe(0);
	});

	it('a resumed session does not show again a card answered after the session was saved', async () => {
		const a = await session();
		const first = a.card!.id;
		const later = new Date(t0.getTime() + 1000);
		// The answer is stored, but the tab closes before the new position is saved.
		await recordAnswer('lakeside-bridge', first, 4, later);
		const b = new StudySession('lakeside-bridge', () => later);
		await b.start(true);
		expect(b.card!.id).not.toBe(first);
	});

	it('a card answered in another tab is not counted twice; the session moves on', async () => {
		const a = await session();
		const b = await session();
		expect(b.card!.id).toBe(a.card!.id);
		a.reveal();
		await a.grade(4);
		b.reveal();
		await b.grade(3);
		expect(b.notice).toMatch(/another tab/);
		expect(b.card!.id).toBe(a.card!.id);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(1);
		// A card the other tab answered while this one was on an earlier card is skipped when its turn comes.
		b.reveal();
		await b.grade(4);
		a.reveal();
		await a.grade(4);
		expect(a.notice).toMatch(/another tab/);
		a.reveal();
		await a.grade(4);
		expect(a.finished).toBe(true);
		// B still shows the last card, which A has answered meanwhile.
		b.reveal();
		await b.grade(1);
		expect(b.notice).toMatch(/another tab/);
		expect(b.finished).toBe(true);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(3);
	});

	it('skips queued cards the other tab has answered since', async () => {
		const a = await session();
		const b = await session();
		const order = [a.card!.id];
		for (let i = 0; i < 2; i++) {
			a.reveal();
			await a.grade(4);
			order.push(a.card!.id);
		}
		b.reveal();
		await b.grade(4);
		// B's first card was answered by A (refused), and so was its second (skipped without showing it).
		expect(b.card!.id).toBe(order[2]);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(2);
	});

	it('undo refuses with a message when another tab answered the card since; its answer is kept', async () => {
		const a = await session();
		const card = a.card!.id;
		a.reveal();
		// Easy finishes the card (counted in `reviewed`, which counts cards, not answers).
		await a.grade(4);
		// Tab B answers the same card a minute later.
		const theirs = await recordAnswer('lakeside-bridge', card, 1, new Date(t0.getTime() + 60_000));
		await a.undo();
		expect(a.notice).toMatch(/changed since that answer/);
		expect(a.canUndo).toBe(false);
		expect(a.reviewed).toBe(1);
		expect(await db().states.get(['lakeside-bridge', card])).toEqual(theirs.after);
		expect(await deckReviews('lakeside-bridge')).toHaveLength(2);
	});

	it('a full disk keeps the card on screen with a clear message; nothing stored is lost', async () => {
		const s = await session();
		s.reveal();
		await s.grade(4);
		const id = s.card!.id;
		sabotage.current = quotaExceeded;
		s.reveal();
		await s.grade(3);
		expect(s.error).toMatch(/out of storage space/);
		expect(s.card!.id).toBe(id);
		expect(s.reviewed).toBe(1);
		expect(await db().reviews.count()).toBe(1);
		sabotage.current = null;
		await s.grade(3);
		expect(s.error).toBe('');
		expect(await db().reviews.count()).toBe(2);
	});
});
