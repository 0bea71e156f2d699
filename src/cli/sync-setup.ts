/** Provisions a CouchDB (or pouchdb-server) for Newsdeck sync, idempotently: `npm run sync-setup -- URL learner NAME`. */
import { DESIGN_DOC, classDbName, learnerDbName, learnerSecurity, membersSecurity, onlyWriter, progressDbName } from '../lib/sync/rules';

/** Admin credentials, taken from the environment only. */
export interface Admin {
	name: string;
	password: string;
}

/** A failed step of provisioning, quoting what the server said. */
export class SetupError extends Error {}

type Call = ReturnType<typeof client>;

function fail(step: string, r: { status: number; json: Record<string, unknown> }) {
	return new SetupError(`${step}: the server answered ${r.status} ${String(r.json.error ?? '')} ${String(r.json.reason ?? '')}`.trim());
}

/** Makes sure database `db` exists with this _security and these rules; says what it created or updated. */
async function ensureDb(call: Call, db: string, security: object, rules: string): Promise<Pick<SetupResult, 'database' | 'security' | 'rules'>> {
	const out = { database: 'kept', security: 'kept', rules: 'kept' };
	const d = await call('PUT', `/${db}`);
	if (d.status < 300) out.database = 'created';
	else if (d.status !== 412) throw fail(`creating the database ${db}`, d);
	const sec = await call('GET', `/${db}/_security`);
	if (JSON.stringify(sec.json) !== JSON.stringify(security)) {
		const r = await call('PUT', `/${db}/_security`, security);
		if (r.status >= 300) throw fail(`setting _security of ${db}`, r);
		out.security = 'updated';
	}
	const ddoc = await call('GET', `/${db}/${DESIGN_DOC._id}`);
	if (ddoc.json.validate_doc_update !== rules) {
		const r = await call('PUT', `/${db}/${DESIGN_DOC._id}`, { _id: DESIGN_DOC._id, validate_doc_update: rules, ...(ddoc.json._rev ? { _rev: ddoc.json._rev } : {}) });
		if (r.status >= 300) throw fail(`writing the rules of ${db}`, r);
		out.rules = 'updated';
	}
	return out;
}

function client(base: string, admin: Admin) {
	const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
	return async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
		const r = await fetch(new URL(path, base), {
			method,
			headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		return { status: r.status, json: (await r.json().catch(() => ({}))) as Record<string, unknown> };
	};
}

/** What provisioning one learner did: each step "created", "updated" or "kept". */
export interface SetupResult {
	db: string;
	user: string;
	database: string;
	security: string;
	rules: string;
}

/**
 * Makes sure the learner `user` exists (created with `password` when missing; an existing password is never changed),
 * owns the database learnerDbName(user) with _security naming only them, and the database carries the rules.
 */
export async function setupLearner(base: string, admin: Admin, user: string, password?: string): Promise<SetupResult> {
	if (!/^[^\s:]{1,64}$/.test(user)) throw new SetupError(`learner name: expected 1 to 64 characters without spaces or ':', got ${JSON.stringify(user)}`);
	const call = client(base, admin);
	const db = learnerDbName(user);
	const out: SetupResult = { db, user: 'kept', database: 'kept', security: 'kept', rules: 'kept' };

	const userId = `org.couchdb.user:${user}`;
	const u = await call('GET', `/_users/${encodeURIComponent(userId)}`);
	if (u.status === 404) {
		if (!password) throw new SetupError(`learner ${user} does not exist yet: set SYNC_LEARNER_PASSWORD to create them`);
		const r = await call('PUT', `/_users/${encodeURIComponent(userId)}`, { _id: userId, name: user, password, roles: [], type: 'user' });
		if (r.status >= 300) throw fail('creating the user', r);
		out.user = 'created';
	} else if (u.status >= 300) throw fail('reading the user', u);

	Object.assign(out, await ensureDb(call, db, learnerSecurity(user), DESIGN_DOC.validate_doc_update));
	return out;
}

/** What provisioning a class did, per database. */
export interface ClassResult {
	classDb: string;
	progressDbs: string[];
	changed: string[];
}

/**
 * Makes sure a class exists: its database (the teacher writes, the listed students read) and, per student, a progress
 * database the student writes when they opt in and the teacher reads. Users must exist already (`learner`). Students
 * left off the list lose access to the class database; their progress databases are kept.
 */
export async function setupClass(base: string, admin: Admin, className: string, teacher: string, students: string[]): Promise<ClassResult> {
	if (!/^[\w .-]{1,64}$/.test(className)) throw new SetupError(`class name: expected 1 to 64 letters, digits, spaces, '.', '-' or '_', got ${JSON.stringify(className)}`);
	const call = client(base, admin);
	for (const user of [teacher, ...students]) {
		const u = await call('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${user}`)}`);
		if (u.status === 404) throw new SetupError(`user ${user} does not exist: run sync-setup -- URL learner ${user} first`);
		if (u.status >= 300) throw fail(`reading the user ${user}`, u);
	}
	const changed: string[] = [];
	const note = (db: string, r: Record<string, string>) => Object.entries(r).forEach(([k, v]) => v !== 'kept' && changed.push(`${db} ${k} ${v}`));
	const classDb = classDbName(className);
	note(classDb, await ensureDb(call, classDb, membersSecurity([teacher, ...students]), onlyWriter(teacher)));
	const info = { _id: 'class:info', type: 'class', name: className, teacher, students: [...students].sort() };
	const stored = await call('GET', `/${classDb}/class:info`);
	const { _rev } = stored.json;
	const same = (['type', 'name', 'teacher', 'students'] as const).every((k) => JSON.stringify(stored.json[k]) === JSON.stringify(info[k]));
	if (!same) {
		const r = await call('PUT', `/${classDb}/class:info`, { ...info, ...(_rev ? { _rev } : {}) });
		if (r.status >= 300) throw fail(`describing the class in ${classDb}`, r);
		changed.push(`${classDb} class:info ${_rev ? 'updated' : 'created'}`);
	}
	const progressDbs: string[] = [];
	for (const student of students) {
		const db = progressDbName(className, student);
		note(db, await ensureDb(call, db, membersSecurity([student, teacher]), onlyWriter(student)));
		progressDbs.push(db);
	}
	return { classDb, progressDbs, changed };
}

/** `--name value` from a list of arguments. */
function flag(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
}

/** The admin from SYNC_ADMIN_USER / SYNC_ADMIN_PASSWORD, or an error saying which is missing. */
export function adminFromEnv(env: NodeJS.ProcessEnv = process.env): Admin {
	const { SYNC_ADMIN_USER: name, SYNC_ADMIN_PASSWORD: password } = env;
	if (!name || !password) throw new SetupError('set SYNC_ADMIN_USER and SYNC_ADMIN_PASSWORD (the server admin) in the environment');
	return { name, password };
}

/** Checks the server address: http(s), no credentials in it (they come from the environment). */
export function serverUrl(text: string | undefined): string {
	let url: URL;
	try {
		url = new URL(text ?? '');
	} catch {
		throw new SetupError(`server address: expected a URL like https://couch.example.org, got ${JSON.stringify(text ?? '')}`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SetupError(`server address: expected http or https, got ${url.protocol}`);
	if (url.username || url.password) throw new SetupError('server address: put no credentials in the URL; use SYNC_ADMIN_USER and SYNC_ADMIN_PASSWORD');
	return url.origin;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const argv = process.argv.slice(2);
	const [url, kind, name] = argv;
	const usage =
		'usage: npm run sync-setup -- URL learner NAME            (env: SYNC_ADMIN_USER, SYNC_ADMIN_PASSWORD, SYNC_LEARNER_PASSWORD for a new learner)\n' +
		'       npm run sync-setup -- URL class NAME --teacher T --students a,b,c';
	try {
		if (!name || (kind !== 'learner' && kind !== 'class')) throw new SetupError(usage);
		if (kind === 'learner') {
			const r = await setupLearner(serverUrl(url), adminFromEnv(), name, process.env.SYNC_LEARNER_PASSWORD);
			console.log(`learner ${name}: user ${r.user}, database ${r.db} ${r.database}, _security ${r.security}, rules ${r.rules}`);
		} else {
			const teacher = flag(argv, '--teacher');
			if (!teacher) throw new SetupError(`class ${name}: give --teacher NAME\n${usage}`);
			const students = (flag(argv, '--students') ?? '').split(',').map((x) => x.trim()).filter(Boolean);
			const r = await setupClass(serverUrl(url), adminFromEnv(), name, teacher, students);
			console.log(`class ${name}: database ${r.classDb}, ${r.progressDbs.length} progress databases; ${r.changed.length ? r.changed.join('; ') : 'everything kept'}`);
		}
	} catch (e) {
		console.error(e instanceof SetupError ? e.message : e);
		process.exit(1);
	}
}
