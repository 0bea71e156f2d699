/** The learner's settings and their limits: one schema for the settings form and for restoring a backup. */
import * as v from 'valibot';
import { issuePath } from '../deck/parse';
import { WebUrlSchema } from '../deck/schema';
import type { StudySettings } from './queue';

const whole = (name: string, min: number, max: number) => {
	const m = `${name}: a whole number from ${min} to ${max}.`;
	return v.pipe(v.number(m), v.integer(m), v.minValue(min, m), v.maxValue(max, m));
};
const RETENTION = 'Desired retention: choose a value from 0.70 to 0.99.';

/** Study settings with the limits the settings form enforces. */
export const StudySettingsSchema = v.object({
	desiredRetention: v.pipe(v.number(RETENTION), v.minValue(0.7, RETENTION), v.maxValue(0.99, RETENTION)),
	newPerDay: whole('New cards per day', 0, 9999),
	maximumIntervalDays: whole('Maximum interval (days)', 1, 36500),
	maxReviewsPerDay: whole('Reviews per day', 1, 99999)
});

/** The schema of each setting key the app stores; unknown keys (from a newer app) are kept as they are. */
export const SETTING_SCHEMAS: Record<string, v.GenericSchema> = {
	study: StudySettingsSchema,
	catalogUrl: WebUrlSchema,
	removedSeeds: v.array(v.string(), 'expected a list of deck ids'),
	welcomeDismissed: v.boolean('expected true or false'),
	fsrsParams: v.pipe(v.array(v.pipe(v.number(), v.finite('expected a number')), 'expected a list of numbers'), v.length(21, 'expected 21 FSRS parameters'))
};

/** The first problem of study settings, as a sentence for the form, or '' when they are valid. */
export function studySettingsProblem(s: StudySettings): string {
	const r = v.safeParse(StudySettingsSchema, s);
	return r.success ? '' : r.issues[0].message;
}

/** Every problem of one stored setting, each naming its path under `at` (e.g. `settings[2].value.newPerDay`). */
export function settingProblems(key: string, value: unknown, at: string): string[] {
	const schema = SETTING_SCHEMAS[key];
	const r = schema ? v.safeParse(schema, value) : undefined;
	if (!r || r.success) return [];
	return r.issues.map((i) => {
		const path = issuePath(i);
		return `${path === '(top level)' ? at : path.startsWith('[') ? `${at}${path}` : `${at}.${path}`}: ${i.message}`;
	});
}
