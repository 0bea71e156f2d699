/** The sync server seen from the browser: CouchDB's session API by fetch, and PouchDB's HTTP adapter loaded only when sync is on. */
import type { Remote } from './engine';
import { toSyncError } from './engine';

/** Signs in with CouchDB's cookie session (POST /_session); the cookie is the browser's, never stored by the app. */
export async function signIn(server: string, name: string, password: string): Promise<void> {
	let r: Response;
	try {
		r = await fetch(`${server}/_session`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
	} catch (e) {
		throw toSyncError(e);
	}
	if (!r.ok) throw toSyncError({ status: r.status === 401 ? 403 : r.status, reason: 'name or password not accepted' });
}

/** The name of the signed-in user at `server`, or null. */
export async function sessionUser(server: string): Promise<string | null> {
	try {
		const r = await fetch(`${server}/_session`, { credentials: 'include' });
		const body = (await r.json()) as { userCtx?: { name?: unknown } };
		return typeof body.userCtx?.name === 'string' ? body.userCtx.name : null;
	} catch (e) {
		throw toSyncError(e);
	}
}

/** Ends the session (the server clears its cookie). */
export async function signOut(server: string): Promise<void> {
	await fetch(`${server}/_session`, { method: 'DELETE', credentials: 'include' }).catch(() => undefined);
}

/** The learner database at `url` through PouchDB's HTTP adapter (no local PouchDB store: Dexie stays the app's store). */
export async function openRemote(url: string, auth?: { username: string; password: string }): Promise<Remote> {
	const { default: PouchDB } = await import('pouchdb-browser');
	const remote = new PouchDB(url, { skip_setup: true, ...(auth ? { auth } : {}) });
	return {
		bulkDocs: (docs) => remote.bulkDocs(docs) as never,
		changes: (options) => remote.changes(options) as never
	};
}
