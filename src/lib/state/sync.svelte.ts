/** Sync state for Settings → Sync and the app shell: server, sign-in, on/off, status; runs passes while sync is on. */
import { classInfo, deckDocOf, decksFrom, getMark, getSyncConfig, localSide, pendingCount, progressSince, publishableDecks, resetSyncMarks, saveSyncConfig, setMark, undosToShare, getListMark, setListMark, type SyncConfig } from '../db/sync-store';
import { SyncError, syncOnce, toSyncError } from '../sync/engine';
import { classDbName, learnerDbName, progressDbName } from '../sync/rules';
import type { SyncDoc } from '../sync/docs';
import type { Rejection } from '../sync/docs';
import { openRemote, sessionUser, signIn, signOut } from '../sync/remote';

/** A joined class as Settings shows it. */
export interface ClassView {
	name: string;
	/** 'teacher' or 'student' once a pass has read the class; null before. */
	role: 'teacher' | 'student' | null;
	/** Why the last pass could not read it, or ''. */
	problem: string;
	/** Whether the learner shares their progress on its decks with the teacher. */
	share: boolean;
}

/** What the status line says. */
export type SyncStatus = 'off' | 'signed-out' | 'syncing' | 'synced' | 'offline' | 'error';

/** Checks a server address: an http(s) origin (no path, no credentials), or a sentence naming the problem. */
export function serverProblem(text: string): string {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return 'Server address: expected an address like https://couch.example.org.';
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Server address: expected http or https.';
	if (url.username || url.password) return 'Server address: leave the name and password out of the address; sign in below.';
	if (url.pathname !== '/' || url.search || url.hash) return 'Server address: give the server only, without a path.';
	return '';
}

/** The app's one sync controller (a singleton: the layout starts it, Settings shows it). */
export class SyncState {
	server = $state('');
	user = $state('');
	password = $state('');
	enabled = $state(false);
	status = $state<SyncStatus>('off');
	reason = $state('');
	lastSynced = $state<number | null>(null);
	pending = $state(0);
	rejected = $state<Rejection[]>([]);
	formError = $state('');
	classes = $state<ClassView[]>([]);
	/** A class offered by a join link (`/settings?join=NAME`), waiting for the learner to confirm. */
	invite = $state('');
	classMessage = $state('');
	decks = $state<{ id: string; title: string }[]>([]);
	/** False until the stored settings are read (the form waits, so nothing typed is overwritten). */
	ready = $state(false);
	#timer: ReturnType<typeof setInterval> | null = null;
	#running: Promise<void> | null = null;
	#queued: Promise<void> | null = null;
	#loaded = false;

	constructor(private readonly intervalMs = 30_000) {}

	/** Reads the stored settings once; when sync is on, starts syncing. */
	async load(): Promise<void> {
		if (this.#loaded) return;
		this.#loaded = true;
		const c = await getSyncConfig();
		Object.assign(this, { server: c.server, user: c.user, enabled: c.enabled, lastSynced: c.lastSynced });
		this.classes = c.classes.map((name) => ({ name, role: null, problem: '', share: c.shared.includes(name) }));
		await this.#refreshClasses();
		this.pending = await pendingCount();
		this.ready = true;
		if (this.enabled) this.#start();
	}

	#config(): SyncConfig {
		return { server: this.server, user: this.user, enabled: this.enabled, lastSynced: this.lastSynced, classes: this.classes.map((c) => c.name), shared: this.classes.filter((c) => c.share).map((c) => c.name) };
	}

	/** Signs in at the typed server with the typed name and password, then switches sync on. */
	async signIn(): Promise<void> {
		this.formError = serverProblem(this.server);
		if (this.formError) return;
		this.server = new URL(this.server).origin;
		if (!this.user.trim()) {
			this.formError = 'Name: type the name you were given for the sync server.';
			return;
		}
		try {
			await signIn(this.server, this.user.trim(), this.password);
		} catch (e) {
			this.formError = e instanceof SyncError && e.kind === 'forbidden' ? 'The server did not accept that name and password.' : (e as Error).message;
			return;
		}
		this.password = '';
		const previous = await getSyncConfig();
		if (previous.server !== this.server || previous.user !== this.user.trim()) await resetSyncMarks();
		this.user = this.user.trim();
		this.enabled = true;
		await saveSyncConfig(this.#config());
		this.#start();
	}

	/** Signs out and switches sync off (everything stays on this device). */
	async signOut(): Promise<void> {
		await this.setEnabled(false);
		await signOut(this.server);
	}

	/** Switches sync on or off. */
	async setEnabled(on: boolean): Promise<void> {
		this.enabled = on;
		await saveSyncConfig(this.#config());
		if (on) this.#start();
		else this.#stop();
	}

	#start(): void {
		this.#stop();
		this.#timer = setInterval(() => void this.syncNow(), this.intervalMs);
		addEventListener('online', this.#online);
		void this.syncNow();
	}

	#stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		removeEventListener('online', this.#online);
		this.status = 'off';
		this.reason = '';
	}

	#online = () => void this.syncNow();

	/** Runs one pass now; during a pass, one more follows it (so a class just joined or a deck just published is seen). */
	syncNow(): Promise<void> {
		if (this.#running) {
			this.#queued ??= this.#running.then(() => {
				this.#queued = null;
				return this.syncNow();
			});
			return this.#queued;
		}
		this.#running = this.#pass().finally(() => (this.#running = null));
		return this.#running;
	}

	async #pass(): Promise<void> {
		if (!this.enabled) return;
		this.status = 'syncing';
		this.reason = '';
		try {
			if ((await sessionUser(this.server)) !== this.user) {
				this.status = 'signed-out';
				this.reason = 'You are signed out of the sync server. Sign in again.';
				return;
			}
			const remote = await openRemote(`${this.server}/${learnerDbName(this.user)}`);
			const report = await syncOnce(remote, localSide, { owner: this.user, server: `${this.server}/${learnerDbName(this.user)}` });
			if (report.rejected.length) this.rejected = [...report.rejected, ...this.rejected].slice(0, 20);
			await this.#pullClasses();
			this.lastSynced = Date.now();
			await saveSyncConfig(this.#config());
			this.status = 'synced';
		} catch (e) {
			const err = e instanceof SyncError ? e : new SyncError('server', String(e));
			this.status = err.kind === 'offline' ? 'offline' : 'error';
			this.reason = err.message;
		} finally {
			this.pending = await pendingCount();
		}
	}

	/** Joins a class on the signed-in server (its decks arrive at the next pass). */
	async joinClass(name: string): Promise<void> {
		name = name.trim();
		this.classMessage = '';
		if (!this.enabled) {
			this.classMessage = 'Sign in to the sync server first, then join the class.';
			return;
		}
		if (!/^[\w .-]{1,64}$/.test(name)) {
			this.classMessage = "Class name: letters, digits, spaces, '.', '-' or '_' (up to 64).";
			return;
		}
		if (!this.classes.some((c) => c.name === name)) this.classes = [...this.classes, { name, role: null, problem: '', share: false }];
		this.invite = '';
		await saveSyncConfig(this.#config());
		await this.syncNow();
	}

	/** The link a teacher gives students: it opens Settings with the class offered to join. */
	joinLink(name: string): string {
		return `${location.origin}/settings?join=${encodeURIComponent(name)}`;
	}

	/** Starts or stops sharing progress on a class's decks with its teacher (already shared answers stay there). */
	async setShare(name: string, share: boolean): Promise<void> {
		this.classes = this.classes.map((c) => (c.name === name ? { ...c, share } : c));
		await saveSyncConfig(this.#config());
		if (share) await this.syncNow();
	}

	/** Leaves a class on this device (its decks stay in the library). */
	async leaveClass(name: string): Promise<void> {
		this.classes = this.classes.filter((c) => c.name !== name);
		await saveSyncConfig(this.#config());
	}

	/** Publishes a library deck to a class the learner teaches: every student's device adds it at its next pass. */
	async publish(className: string, deckId: string): Promise<void> {
		this.classMessage = '';
		const doc = await deckDocOf(deckId, this.user);
		if (!doc) {
			this.classMessage = 'That deck cannot be published (a bundled deck, or over 4 MB).';
			return;
		}
		try {
			const remote = await openRemote(classUrl(this.server, className));
			const [r] = await remote.bulkDocs([doc]);
			if (!r.ok && r.error !== 'conflict') throw toSyncError({ status: r.error === 'forbidden' ? 403 : 500, reason: r.reason });
			this.classMessage = `Published “${doc.deck.title}” to ${className}.`;
			await this.syncNow();
		} catch (e) {
			this.classMessage = `Not published: ${(e instanceof SyncError ? e : toSyncError(e)).message}`;
		}
	}

	/** Pulls the decks of every joined class; a class that cannot be read keeps its reason, the others go on. */
	async #pullClasses(): Promise<void> {
		for (const c of this.classes) {
			try {
				const url = classUrl(this.server, c.name);
				await syncOnce(await openRemote(url), localSide, { owner: this.user, server: url, pullOnly: true });
				if (c.share) await this.#shareProgress(c.name, url);
				c.problem = '';
			} catch (e) {
				const err = e instanceof SyncError ? e : toSyncError(e);
				c.problem = err.kind === 'forbidden' || err.kind === 'auth' || err.kind === 'missing' ? `You are not in the class “${c.name}” on this server (ask its teacher).` : err.message;
			}
		}
		await this.#refreshClasses();
	}

	/** Sends this learner's answers on the class decks, after the last one sent, to their progress database for the class. */
	async #shareProgress(name: string, classDbUrl: string): Promise<void> {
		const url = `${this.server}/${progressDbName(name, this.user)}`;
		const remote = await openRemote(url);
		const decks = await decksFrom(classDbUrl);
		const send = async (docs: SyncDoc[]) => {
			const bad = docs.length ? (await remote.bulkDocs(docs)).find((r) => !r.ok && r.error !== 'conflict') : undefined;
			if (bad) throw toSyncError({ status: bad.error === 'forbidden' ? 403 : 500, reason: bad.reason });
		};
		for (;;) {
			const after = await getMark(url);
			const { docs, last } = await progressSince(decks, after, this.user, 500);
			if (last === after) break;
			await send(docs);
			await setMark(url, last);
		}
		// Answers on the class decks taken back since: the teacher's page drops them (an undo names only the answer's uid).
		const undoMark = `${url}#undos`;
		const sent = await getListMark(undoMark);
		const undos = await undosToShare(decks, sent, this.user);
		if (undos.length) {
			await send(undos);
			await setListMark(undoMark, [...sent, ...undos.map((u) => u._id)]);
		}
	}

	async #refreshClasses(): Promise<void> {
		const views: ClassView[] = [];
		for (const c of this.classes) {
			const info = this.server ? await classInfo(classUrl(this.server, c.name)) : undefined;
			views.push({ ...c, role: info ? (info.teacher === this.user ? 'teacher' : 'student') : null });
		}
		this.classes = views;
		this.decks = views.some((c) => c.role === 'teacher') ? await publishableDecks() : [];
	}
}

/** The address of a class's database on the signed-in server. */
function classUrl(server: string, name: string): string {
	return `${server}/${classDbName(name)}`;
}

/** The app's sync controller. */
export const sync = new SyncState();
