import { describe, expect, it } from 'vitest';
import { parseSyncDoc } from './docs';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const good = {
	_id: 'review:dev-01',
	_rev: '1-x',
	type: 'review',
	owner: 'alice',
	uid: 'dev-01',
	deckId: 'd',
	cardId: 'c',
	rating: 3,
	review: 1,
	state: 0,
	due: 1,
	stability: 0,
	difficulty: 0,
	elapsedDays: 0,
	lastElapsedDays: 0,
	scheduledDays: 0,
	learningSteps: 0
};

describe('incoming sync documents', () => {
	it('accepts a well-formed review', () => {
		expect(parseSyncDoc(good)).toEqual({ doc: good });
	});
	it('accepts a deck of every origin a library has, a share link’s too', () => {
		const deck = { _id: 'deck:lakeside-bridge:h', type: 'deck', owner: 'alice', deckId: 'lakeside-bridge', hash: 'h', updatedAt: 1, deck: sampleDeck() };
		for (const origin of ['file', 'url', 'catalog', 'made', 'link']) expect(parseSyncDoc({ ...deck, origin })).toHaveProperty('doc');
		expect(parseSyncDoc({ ...deck, origin: 'elsewhere' })).toHaveProperty('rejected');
	});

	it('refuses hostile or malformed documents, naming each path', () => {
		const r = parseSyncDoc({ ...good, rating: '<img src=x onerror=alert(1)>', review: -5 });
		expect(r).toEqual({ rejected: { id: 'review:dev-01', problems: ['rating: expected a rating 1 to 4', 'review: expected a time (ms) from 1970 on'] } });
		expect(parseSyncDoc({ _id: 'x', type: 'script' })).toMatchObject({ rejected: { id: 'x', problems: ['type: expected a type: review, undo, suspension, setting, deck or class'] } });
		expect(parseSyncDoc(null)).toMatchObject({ rejected: { id: '(no id)' } });
		expect(parseSyncDoc({ ...good, _id: 'suspension:x' })).toMatchObject({ rejected: { problems: ['_id: expected an id starting with "review:"'] } });
		const setting = { _id: 'setting:a', type: 'setting', owner: 'alice', key: 'study', at: 1, value: { desiredRetention: 2, newPerDay: 1, maximumIntervalDays: 1, maxReviewsPerDay: 1 } };
		expect(parseSyncDoc(setting)).toMatchObject({ rejected: { problems: ['value.desiredRetention: Desired retention: choose a value from 0.70 to 0.99.'] } });
	});
});
