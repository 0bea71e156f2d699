import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startSyncServer } from './sync-server.mjs';
import { adminFromEnv, serverUrl, setupLearner, SetupError } from './sync-setup';
import { learnerDbName } from '../lib/sync/rules';

const admin = { name: 'admin', password: 'admin-pw' };
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
		expect((await fetch(`${db}/_changes`, { headers: h })).status).toBeGreaterThanOrEqual(401);
		expect((await fetch(`${db}/review:e1`, { method: 'PUT', headers: h, body: JSON.stringify(review('eve', 'e1')) })).status).toBeGreaterThanOrEqual(401);
		expect((await fetch(`${db}/_all_docs`)).status).toBe(401);
	});

	it('takes credentials from the environment only and refuses them in the URL', () => {
		expect(() => adminFromEnv({})).toThrow(SetupError);
		expect(() => serverUrl('http://admin:pw@localhost:5984')).toThrow(/no credentials/);
		expect(() => serverUrl('ftp://x')).toThrow(/http or https/);
		expect(serverUrl('https://couch.example.org/')).toBe('https://couch.example.org');
	});
});
