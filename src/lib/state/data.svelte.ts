/** "Your data" state: persistent storage, usage, and backup export / restore with a confirmed replace. */
import { exportBackup, restoreBackup, type RestoreMode } from '../db/backup';
import { parseBackup, BackupError, type Backup } from '../db/backup-format';
import { StorageError } from '../db/errors';
import { askPersistence } from './persist';
import { downloadText } from '../exchange/download';

/** "1.2 MB": a byte count for people. */
export function formatBytes(n: number): string {
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let i = 0;
	while (n >= 1000 && i < units.length - 1) {
		n /= 1000;
		i++;
	}
	return `${i ? n.toFixed(n < 10 ? 1 : 0) : n} ${units[i]}`;
}

/** The file name of a backup made at `now`: newsdeck-backup-2026-01-05.json. */
export function backupFileName(now: Date): string {
	return `newsdeck-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** A backup read and validated, waiting for the learner to choose merge or replace. */
export interface PendingRestore {
	file: string;
	backup: Backup;
	summary: string;
}

/** What the "Your data" section shows and does. */
export class YourDataState {
	/** true: the browser keeps the data; false: it may clear it when space runs low; null: unknown. */
	persisted = $state<boolean | null>(null);
	usage = $state<string | null>(null);
	// Raw: a deep proxy of the backup could not be stored in IndexedDB (structured clone).
	pending = $state.raw<PendingRestore | null>(null);
	confirmReplace = $state(false);
	message = $state('');
	error = $state('');
	busy = $state(false);

	/** Reads whether storage is persistent and how much is used. */
	async refresh(): Promise<void> {
		const storage = navigator.storage;
		if (!storage) return;
		this.persisted = storage.persisted ? await storage.persisted() : null;
		const est = storage.estimate ? await storage.estimate() : null;
		if (est?.usage !== undefined) this.usage = `${formatBytes(est.usage)} used${est.quota ? ` of about ${formatBytes(est.quota)} available` : ''}`;
	}

	/** Asks again for persistent storage and shows the answer. */
	async persist(): Promise<void> {
		this.persisted = await askPersistence();
		this.message = this.persisted ? 'Your browser will keep your data.' : 'Your browser did not grant persistent storage; keep a backup.';
	}

	/** Writes everything to one backup file and offers it as a download. */
	async exportFile(): Promise<void> {
		await this.run(async () => {
			const now = new Date();
			const backup = await exportBackup(now);
			const name = backupFileName(now);
			downloadText(name, JSON.stringify(backup), 'application/json');
			this.message = `Saved ${name}: ${describe(backup)}.`;
		});
	}

	/** Reads and validates a backup file; nothing is written until the learner chooses how to restore it. */
	async choose(file: File): Promise<void> {
		await this.run(async () => {
			const backup = parseBackup(await file.text(), file.name);
			this.pending = { file: file.name, backup, summary: `${file.name}, made ${new Date(backup.exportedAt).toLocaleString()}: ${describe(backup)}` };
		});
	}

	/** Restores the chosen backup; replacing asks for confirmation first. */
	async restore(mode: RestoreMode): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		if (mode === 'replace' && !this.confirmReplace) {
			this.confirmReplace = true;
			return;
		}
		await this.run(async () => {
			const r = await restoreBackup(pending.backup, mode);
			this.message =
				mode === 'replace'
					? `Replaced your data with ${pending.file}: ${describe(pending.backup)}.`
					: `Merged ${pending.file}: ${r.reviews} new reviews (${r.skipped} already here), ${r.states} card states and ${r.decks} decks updated.`;
			this.cancel();
		});
	}

	/** Drops the chosen backup without restoring it. */
	cancel(): void {
		this.pending = null;
		this.confirmReplace = false;
	}

	private async run(task: () => Promise<void>): Promise<void> {
		this.busy = true;
		this.message = '';
		this.error = '';
		try {
			await task();
		} catch (e) {
			this.error = e instanceof BackupError || e instanceof StorageError ? e.message : `Something went wrong; nothing was changed (${String(e)}).`;
		} finally {
			this.busy = false;
			await this.refresh().catch(() => {});
		}
	}
}

function describe(b: Backup): string {
	const n = (k: number, one: string) => `${k} ${k === 1 ? one : one + 's'}`;
	return `${n(b.decks.length, 'deck')}, ${n(b.states.length, 'studied card')}, ${n(b.reviews.length, 'review')}`;
}
