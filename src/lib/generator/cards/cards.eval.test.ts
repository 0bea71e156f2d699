import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../index';
import { toDeck } from '../../deck/parse';
import { normalise } from '../../deck/ids';
import type { Card, Deck } from '../../deck/schema';

const DEV = join(process.cwd(), '../shared/eval/dev');
const SEEDS = join(process.cwd(), 'seeds');
const files = existsSync(DEV)
	? [...readdirSync(DEV).filter((f) => f.endsWith('.txt')).map((f) => join(DEV, f)), ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f))]
	: [];
const inputs = files.map((file) => ({ file, content: readFileSync(file, 'utf8') }));
const NOW = '2000-01-01T00:00:00.000Z';

/** Kind of a choice: date, number, true/false or name, so a card never mixes kinds. */
const kindOf = (s: string, type?: string) => (type === 'how-many' ? (/^\d[\d,]*(\.\d+)?$/.test(s) ? 'number' : s) : /^(True|False)$/.test(s) ? 'tf' : /^(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$/.test(s) ? 'date' : 'name');

/** The mechanical rules every shipped card keeps. */
function checkCard(deck: Deck, c: Card): string[] {
	const bad: string[] = [];
	const art = deck.articles.find((a) => a.id === c.source.articleId);
	if (!art || !art.text.includes(c.source.sentence)) bad.push('sentence not in article');
	if (typeof c.answer === 'string' && !['true-false', 'said-what'].includes(c.type)) {
		const p = ` ${normalise(c.prompt)} `;
		for (const a of [c.answer, ...(c.accept ?? [])]) if (normalise(a).length > 3 && p.includes(` ${normalise(a)} `)) bad.push(`answer "${a}" in prompt`);
	}
	if (c.choices) {
		if (new Set(c.choices.map(normalise)).size !== c.choices.length) bad.push('duplicate choices');
		if (c.type !== 'timeline' && c.type !== 'said-what' && new Set(c.choices.map((x) => kindOf(x, c.type))).size !== 1) bad.push(`choices of mixed kinds ${c.choices.join(' · ')}`);
		const answers = Array.isArray(c.answer) ? c.answer : [c.answer];
		if (!answers.every((a) => c.choices!.includes(a))) bad.push('answer not among choices');
	}
	if (/^(he|she|they|it|his|her|their)\b/i.test(c.prompt)) bad.push('opens on a pronoun');
	return bad.map((b) => `${c.id} (${c.type}): ${b}`);
}

describe.skipIf(!files.length)('cards on the dev articles and the seed', () => {
	const decks = inputs.map((inp) => generate([inp], { now: NOW }));
	it('pass toDeck and every mechanical card rule', () => {
		const problems: string[] = [];
		for (const deck of decks) {
			toDeck(JSON.parse(JSON.stringify(deck)));
			for (const c of deck.cards) problems.push(...checkCard(deck, c).map((p) => `${deck.id}: ${p}`));
		}
		expect(problems).toEqual([]);
		expect(decks.reduce((n, d) => n + d.cards.length, 0)).toBeGreaterThan(files.length * 2);
	});
	it('keeps card ids stable across runs', () => {
		const again = inputs.map((inp) => generate([inp], { now: NOW }));
		expect(again.map((d) => d.cards.map((c) => c.id))).toEqual(decks.map((d) => d.cards.map((c) => c.id)));
	});
	it('keeps card ids stable across article reordering in one deck', () => {
		const some = inputs.slice(0, 6);
		const a = generate(some, { now: NOW });
		const b = generate([...some].reverse(), { now: NOW });
		expect(new Set(b.cards.map((c) => c.id))).toEqual(new Set(a.cards.map((c) => c.id)));
		toDeck(JSON.parse(JSON.stringify(a)));
	});
});
