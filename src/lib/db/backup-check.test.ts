import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { saveDeck, recordAnswer } from './repo';
import { saveStudySettings, DEFAULT_STUDY_SETTINGS } from './queue';
import { exportBackup } from './backup';
import { parseBackup, BackupError } from './backup-format';
import { sampleDeck } from '../deck/fixtures/sample-deck';

const t0 = new Date('2026-01-05T09:00:00Z');
let n = 0;

/** A backup (as parsed JSON) of one studied deck with study settings, a catalog and a deleted seed. */
async function backup() {
	useDatabase(new NewsdeckDB(`backup-check-${n++}`));
	await db().open();
	await saveDeck(sampleDeck(), 'seed', t0);
	await recordAnswer('lakeside-bridge', 'who-said-1', 3, t0);
	await recordAnswer('lakeside-bridge', 'when-1', 1, new Date(t0.getTime() + 60_000));
	await saveStudySettings(DEFAULT_STUDY_SETTINGS);
	await db().settings.bulkPut([
		{ key: 'catalogUrl', value: 'https://class.example/index.json' },
		{ key: 'removedSeeds', value: ['old-deck'] }
	]);
	return JSON.parse(JSON.stringify(await exportBackup(t0)));
}

function problems(b: unknown): string[] {
	try {
		parseBackup(JSON.stringify(b), 'b.json');
	} catch (e) {
		expect(e).toBeInstanceOf(BackupError);
		return (e as BackupError).problems;
	}
	throw new Error('expected a BackupError');
}

const setting = (b: { settings: { key: string }[] }, key: string) => b.settings.findIndex((s) => s.key === key);

describe('backup validation: the same rules as decks and settings', () => {
	it('accepts what the app itself exports', async () => {
		expect(parseBackup(JSON.stringify(await backup())).settings).toHaveLength(3);
	});

	it('refuses out-of-range settings, a javascript: catalog URL and a removedSeeds that is not a list', async () => {
		const b = await backup();
		const study = setting(b, 'study');
		b.settings[study].value.desiredRetention = 5;
		b.settings[study].value.newPerDay = -3;
		b.settings[setting(b, 'catalogUrl')].value = 'javascript:alert(1)';
		b.settings[setting(b, 'removedSeeds')].value = 'old-deck';
		expect(problems(b).sort()).toEqual([
			`settings[${study}].value.desiredRetention: Desired retention: choose a value from 0.70 to 0.99.`,
			`settings[${study}].value.newPerDay: New cards per day: a whole number from 0 to 9999.`,
			`settings[${setting(b, 'catalogUrl')}].value: expected an http(s) URL`,
			`settings[${setting(b, 'removedSeeds')}].value: expected a list of deck ids`
		].sort());
	});

	it('names an item of a list setting without a stray dot (found by fuzzing)', async () => {
		const b = await backup();
		b.settings[setting(b, 'removedSeeds')].value = ['ok', ['nested']];
		expect(problems(b)).toEqual([`settings[${setting(b, 'removedSeeds')}].value[1]: Invalid type: Expected string but received Array`]);
	});

	it('refuses states and reviews of cards that do not exist, absurd times and duplicate review ids', async () => {
		const b = await backup();
		b.states[1].due = -1e308;
		expect(problems(b)).toEqual(['states[1].due: expected a time in milliseconds since 1970, before the year 10000']);
		b.states[1].due = t0.getTime();
		b.states[0].cardId = 'ghost';
		b.reviews[0].cardId = 'ghost';
		b.reviews[1].id = b.reviews[0].id;
		expect(problems(b)).toEqual([
			'states[0].cardId: no card "ghost" in deck "lakeside-bridge"',
			'reviews[0].cardId: no card "ghost" in deck "lakeside-bridge"',
			`reviews[1].id: ${b.reviews[0].id} is used by another review`
		]);
	});

	it('checks decks like an import: an answer missing from its choices, a javascript: deck URL', async () => {
		const b = await backup();
		const i = b.cards.findIndex((c: { id: string }) => c.id === 'who-said-1');
		b.cards[i].card.answer = 'Nobody';
		b.decks[0].url = 'javascript:alert(1)';
		const found = problems(b);
		expect(found).toContain('decks[0].url: expected an http(s) URL');
		b.decks[0].url = 'https://decks.example/lakeside.json';
		expect(problems(b)).toEqual([`cards[${i}].card.choices: answer "Nobody" is not among the choices`]);
	});
});
