/** The teacher's class page: reads students' shared progress into this device, then shows it from here (offline too). */
import { classPageData, checkpoint, getSyncConfig, localSide, storeClassReviews } from '../db/sync-store';
import { parseSyncDoc, type ReviewDoc } from '../sync/docs';
import { syncOnce, toSyncError } from '../sync/engine';
import { classProgress, type ClassProgress } from '../sync/progress';
import { openRemote } from '../sync/remote';
import { classDbName, progressDbName } from '../sync/rules';

/** One class as its teacher sees it. */
export class ClassPageState {
	name = $state('');
	teacher = $state('');
	students = $state<string[]>([]);
	decks = $state<{ id: string; title: string }[]>([]);
	prompts = $state<Record<string, string>>({});
	progress = $state<ClassProgress | null>(null);
	/** Why some progress could not be read now ('' when all was). */
	problem = $state('');
	loading = $state(true);

	constructor(private readonly now: () => Date = () => new Date()) {}

	/** Shows what this device holds, then reads new shared answers from the server and shows again. */
	async load(name: string): Promise<void> {
		this.name = name;
		const config = await getSyncConfig();
		const classUrl = `${config.server}/${classDbName(name)}`;
		await this.#show(classUrl);
		this.loading = false;
		if (!config.enabled || this.teacher !== config.user) return;
		const problems: string[] = [];
		try {
			// The class's decks (and its list of students) as the server has them now.
			await syncOnce(await openRemote(classUrl), localSide, { owner: config.user, server: classUrl, pullOnly: true });
			await this.#show(classUrl);
		} catch (e) {
			problems.push(toSyncError(e).message);
		}
		for (const student of this.students) {
			try {
				await this.#pull(`${config.server}/${progressDbName(name, student)}`, student);
			} catch (e) {
				problems.push(`${student}: ${toSyncError(e).message}`);
			}
		}
		this.problem = problems.length ? `Showing what this device had. ${problems.join(' ')}` : '';
		await this.#show(classUrl);
	}

	async #pull(url: string, student: string): Promise<void> {
		const remote = await openRemote(url);
		for (;;) {
			const since = (await checkpoint(url)) ?? 0;
			const page = await remote.changes({ since, limit: 500, include_docs: true });
			const reviews: ReviewDoc[] = [];
			const undone: string[] = [];
			for (const c of page.results) {
				const parsed = parseSyncDoc(c.doc);
				if (!('doc' in parsed)) continue;
				const doc = parsed.doc;
				if (doc.type === 'review' && doc.owner === student) reviews.push(doc);
				else if (doc.type === 'undo' && doc.owner === student) undone.push(doc.uid);
			}
			await storeClassReviews(this.name, student, reviews, url, String(page.last_seq), undone);
			if (page.results.length < 500) return;
		}
	}

	async #show(classUrl: string): Promise<void> {
		const data = await classPageData(this.name, classUrl);
		this.teacher = data.info?.teacher ?? '';
		this.students = data.info?.students ?? [];
		this.decks = data.decks;
		this.prompts = Object.fromEntries(data.cards.map((c) => [`${c.deckId}\u0000${c.id}`, c.prompt]));
		this.progress = classProgress(this.students, this.decks.map((d) => d.id), data.reviews, this.now());
	}
}
