import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startSyncServer } from './sync-server.mjs';
import { adminFromEnv, serverUrl, setupClass, setupLearner, SetupError } from './sync-setup';
import { classDbName, learnerDbName, progressDbName } from '../lib/sync/rules';

const admin = { name: 'admin', password: 'admin-pw' };
// A signed-in user who is not a member of a database: CouchDB 3 answers 403, pouchdb-server 401.
const DENIED = [401, 403];
let server: Awaited<ReturnType<typeof startSyncServer>>;
let base: string;

/** A cookie session of `name`, as the app gets one (POST /_session). */
async function session(name: string, password: string): Promise<Record<string, string>> {
	const r = await fetch(`${base}/_session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
	expect(r.status).toBe(200);
	const cookie = r.headers.get('set-cookie')!.split(';')[0];
	return { cookie, 'content-type': 'application/json' };
}

const review = (owner: string, uid: string) => ({ _id: `review:${uid}`, type: 'review', owner, deckId: 'd', cardId: 'c', rating: 3, review: 1 });

beforeAll(async () => {
	server = await startSyncServer({ port: await freePort(), admin });
	base = server.url.replace('localhost', '127.0.0.1');
	await setupLearner(base, admin, 'alice', 'alice-pw');
	await setupLearner(base, admin, 'eve', 'eve-pw');
}, 30_000);
afterAll(() => server?.stop());

describe('sync-setup against pouchdb-server', () => {
	it('is idempotent: a second run keeps everything', async () => {
		expect(await setupLearner(base, admin, 'alice', 'other-pw')).toEqual({ db: learnerDbName('alice'), user: 'kept', database: 'kept', security: 'kept', rules: 'kept' });
		await session('alice', 'alice-pw');
	});

	it('lets a learner write their own documents and never change a review', async () => {
		const h = await session('alice', 'alice-pw');
		const db = `${base}/${learnerDbName('alice')}`;
		const put = await fetch(`${db}/review:a1`, { method: 'PUT', headers: h, body: JSON.stringify(review('alice', 'a1')) });
		expect(put.status).toBe(201);
		const { rev } = await put.json();
		const change = await fetch(`${db}/review:a1`, { method: 'PUT', headers: h, body: JSON.stringify({ ...review('alice', 'a1'), rating: 1, _rev: rev }) });
		expect(change.status).toBe(403);
		const remove = await fetch(`${db}/review:a1?rev=${rev}`, { method: 'DELETE', headers: h });
		expect(remove.status).toBe(403);
		const forged = await fetch(`${db}/review:a2`, { method: 'PUT', headers: h, body: JSON.stringify(review('bob', 'a2')) });
		expect(forged.status).toBe(403);
		const unknown = await fetch(`${db}/script:x`, { method: 'PUT', headers: h, body: JSON.stringify({ type: 'script', owner: 'alice' }) });
		expect(unknown.status).toBe(403);
	});

	it("denies another learner's database and anonymous readers", async () => {
		const h = await session('eve', 'eve-pw');
		const db = `${base}/${learnerDbName('alice')}`;
		expect(DENIED).toContain((await fetch(`${db}/_changes`, { headers: h })).status);
		expect(DENIED).toContain((await fetch(`${db}/review:e1`, { method: 'PUT', headers: h, body: JSON.stringify(review('eve', 'e1')) })).status);
		expect((await fetch(`${db}/_all_docs`)).status).toBe(401);
	});

	it('takes credentials from the environment only and refuses them in the URL', () => {
		expect(() => adminFromEnv({})).toThrow(SetupError);
		expect(() => serverUrl('http://admin:pw@localhost:5984')).toThrow(/no credentials/);
		expect(() => serverUrl('ftp://x')).toThrow(/http or https/);
		expect(serverUrl('https://couch.example.org/')).toBe('https://couch.example.org');
	});
});

describe('classes against pouchdb-server', () => {
	const deckDoc = (owner: string) => ({ _id: 'deck:week-1:h1', type: 'deck', owner, deckId: 'week-1', hash: 'h1', origin: 'made', updatedAt: 1, deck: {} });
	const put = async (db: string, doc: { _id: string }, h: Record<string, string>) =>
		(await fetch(`${base}/${db}/${encodeURIComponent(doc._id)}`, { method: 'PUT', headers: h, body: JSON.stringify(doc) })).status;
	const read = async (db: string, h: Record<string, string>) => (await fetch(`${base}/${db}/_all_docs`, { headers: h })).status;

	beforeAll(async () => {
		for (const [name, pw] of [['teacher', 't-pw'], ['sam', 's-pw'], ['kim', 'k-pw'], ['outsider', 'o-pw']]) await setupLearner(base, admin, name, pw);
		await setupClass(base, admin, 'Year 9 civics', 'teacher', ['sam', 'kim']);
	}, 30_000);

	it('is idempotent and refuses unknown users', async () => {
		expect((await setupClass(base, admin, 'Year 9 civics', 'teacher', ['sam', 'kim'])).changed).toEqual([]);
		await expect(setupClass(base, admin, 'Other', 'teacher', ['nobody'])).rejects.toThrow(/user nobody does not exist/);
	});

	it('the teacher publishes class decks; students read them and cannot write; outsiders read nothing', async () => {
		const [teacher, sam, outsider] = [await session('teacher', 't-pw'), await session('sam', 's-pw'), await session('outsider', 'o-pw')];
		const db = classDbName('Year 9 civics');
		expect(await put(db, deckDoc('teacher'), teacher)).toBe(201);
		expect(await read(db, sam)).toBe(200);
		expect(await put(db, { ...deckDoc('sam'), _id: 'deck:sams:h' }, sam)).toBe(403);
		expect(DENIED).toContain(await read(db, outsider));
		expect(await read(db, {})).toBe(401);
	});

	it("a student's progress: the student writes it, the teacher reads it but cannot write it, classmates and outsiders read nothing", async () => {
		const [teacher, sam, kim, outsider] = [await session('teacher', 't-pw'), await session('sam', 's-pw'), await session('kim', 'k-pw'), await session('outsider', 'o-pw')];
		const db = progressDbName('Year 9 civics', 'sam');
		expect(await put(db, review('sam', 's1'), sam)).toBe(201);
		expect(await read(db, teacher)).toBe(200);
		expect(await put(db, review('teacher', 't1'), teacher)).toBe(403);
		expect(await put(db, review('sam', 't2'), teacher)).toBe(403);
		expect(DENIED).toContain(await read(db, kim));
		expect(DENIED).toContain(await read(db, outsider));
		// Nor can the teacher read a student's own learner database.
		expect(DENIED).toContain(await read(learnerDbName('sam'), teacher));
	});
});
