import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { liveHabit, HEAT_WEEKS, type Habit } from './home.svelte';
import { NewsdeckDB, useDatabase, db } from '../db/db';
import { saveDeck, recordAnswer } from '../db/repo';
import { sampleDeck } from '../deck/fixtures/sample-deck';

(globalThis as { self?: unknown }).self ??= globalThis;

describe('the library’s habit line', () => {
	it('counts a streak longer than the heatmap’s 26 weeks in full', async () => {
		useDatabase(new NewsdeckDB('habit-long'));
		const deck = sampleDeck();
		await saveDeck(deck, 'file', new Date('2025-01-01T08:00:00Z'));
		const now = new Date('2026-01-05T20:00:00Z');
		const days = HEAT_WEEKS * 7 + 60;
		for (let i = days - 1; i >= 0; i--) await recordAnswer(deck.id, deck.cards[i % deck.cards.length].id, 3, new Date(now.getTime() - i * 86_400_000));
		expect(await db().reviews.count()).toBe(days);
		const habit = liveHabit(() => now);
		const value = await new Promise<Habit>((resolve) => {
			const stop = habit.subscribe((h) => {
				if (h) {
					resolve(h);
					queueMicrotask(() => stop());
				}
			});
		});
		expect(value.streak).toBe(days);
		expect(value.today).toBe(1);
	});
});
