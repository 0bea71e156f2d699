import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { deckFragment, deckLink, fromBase64Url, readDeckFragment, toBase64Url } from './link-codec';
import { fragmentPayload } from './link';
import { sampleDeck } from '../deck/fixtures/sample-deck';
import { deckErrorOf } from '../deck/fixtures/deck-error';

const payloadOf = (bytes: Uint8Array) => toBase64Url(bytes);
const problemsOf = (payload: string, max?: number) => deckErrorOf(() => readDeckFragment(payload, max)).message;

describe('deck in the link', () => {
	it('base64url round-trips every length and byte', () => {
		for (let n = 0; n < 40; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
			const text = toBase64Url(bytes);
			expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
			expect(Array.from(fromBase64Url(text)!)).toEqual(Array.from(bytes));
		}
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
	});

	it('carries a deck in the fragment and reads the same deck back', () => {
		const deck = sampleDeck();
		const link = deckLink('https://app.example', deck)!;
		expect(link.startsWith('https://app.example/#deck=')).toBe(true);
		expect(link.slice(link.indexOf('#') + 1)).toBe(deckFragment(deck));
		expect(readDeckFragment(fragmentPayload(new URL(link).hash)!)).toEqual(deck);
	});

	it('gives no link for a deck longer than the limit', () => {
		const link = deckLink('https://app.example', sampleDeck())!;
		expect(deckLink('https://app.example', sampleDeck(), link.length)).toBe(link);
		expect(deckLink('https://app.example', sampleDeck(), link.length - 1)).toBeNull();
		expect(deckLink('https://app.example', sampleDeck(), 100)).toBeNull();
	});

	it('finds the payload only in a #deck= fragment', () => {
		expect(fragmentPayload('#deck=abc')).toBe('abc');
		expect(fragmentPayload('deck=abc')).toBe('abc');
		expect(fragmentPayload('#main')).toBeNull();
		expect(fragmentPayload('')).toBeNull();
	});

	it('refuses what is not a deck, in plain words naming the link', () => {
		expect(problemsOf('%%%')).toMatch(/^the link: .*not in the expected code/s);
		expect(problemsOf('')).toMatch(/not in the expected code/);
		expect(problemsOf(payloadOf(new TextEncoder().encode('hello there')))).toMatch(/cannot be unpacked/);
		const json = (v: unknown) => payloadOf(deflateSync(new TextEncoder().encode(JSON.stringify(v))));
		expect(problemsOf(json({ hello: 1 }))).toMatch(/format: expected "newsdeck"/);
		const bad = sampleDeck() as unknown as { cards: { answer: string }[] };
		bad.cards[0].answer = 'Nobody';
		expect(problemsOf(json(bad))).toMatch(/cards\[0\]\.choices: answer "Nobody" is not among the choices/);
		// A cut-off link.
		const whole = fragmentPayload(deckFragment(sampleDeck()))!;
		expect(problemsOf(whole.slice(0, whole.length - 40))).toMatch(/cannot be unpacked|cut off/);
	});

	it('stops unpacking a tiny link that would grow past the limit', () => {
		const bomb = payloadOf(deflateSync(new Uint8Array(5_000_000).fill(32)));
		expect(bomb.length).toBeLessThan(10_000);
		expect(problemsOf(bomb, 1_000_000)).toMatch(/unpacks to more than/);
	});
});
