/** Study settings form state over db/: load, check and save retention, daily limits and the longest interval. */
import { getStudySettings, saveStudySettings, DEFAULT_STUDY_SETTINGS, type StudySettings } from '../db/queue';
import { studySettingsProblem } from '../db/settings';

/** The study settings form: what is typed, and the saved or problem message. */
export class StudySettingsState {
	form = $state<StudySettings>({ ...DEFAULT_STUDY_SETTINGS });
	saved = $state('');
	error = $state('');

	/** Fills the form with the stored settings. */
	async load(): Promise<void> {
		this.form = await getStudySettings();
	}

	/** Checks the form and saves it, or names the problem. */
	async save(): Promise<void> {
		this.saved = '';
		this.error = '';
		const f = this.form;
		const settings = {
			desiredRetention: Number(f.desiredRetention),
			newPerDay: Number(f.newPerDay),
			maximumIntervalDays: Number(f.maximumIntervalDays),
			maxReviewsPerDay: Number(f.maxReviewsPerDay)
		};
		this.error = studySettingsProblem(settings);
		if (this.error) return;
		await saveStudySettings(settings);
		this.saved = 'Settings saved.';
	}
}
