import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { NewsdeckDB, useDatabase, db } from './db';
import { getStudySettings, saveStudySettings, FSRS_PARAMS_KEY } from './queue';
import { setSetting } from './teacher';

let n = 0;
beforeEach(async () => {
	useDatabase(new NewsdeckDB(`queue-${n++}`));
	await db().open();
});

describe('study settings', () => {
	it('carry the fitted FSRS parameters once stored, and the defaults after they are removed', async () => {
		expect((await getStudySettings()).w).toBeUndefined();
		const w = Array.from({ length: 21 }, (_, i) => i + 0.5);
		await setSetting(FSRS_PARAMS_KEY, w);
		const s = await getStudySettings();
		expect(s.w).toEqual(w);
		// Saving the form never copies the parameters into the study settings row.
		await saveStudySettings({ ...s, newPerDay: 5 });
		expect((await db().settings.get('study'))?.value).not.toHaveProperty('w');
		await setSetting(FSRS_PARAMS_KEY, null);
		expect((await getStudySettings()).w).toBeUndefined();
	});
});
