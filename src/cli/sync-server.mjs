// A local CouchDB-compatible sync server for development and tests: pouchdb-server on loopback, in memory or in a folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/** The app origins the server answers cross-origin requests from (with cookies): the dev, preview and start ports. */
export const DEFAULT_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'];

async function until(url, ms) {
	const end = Date.now() + ms;
	for (;;) {
		try {
			const r = await fetch(url);
			if (r.ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > end) throw new Error(`sync server: nothing answered at ${url} after ${ms} ms`);
		await new Promise((ok) => setTimeout(ok, 100));
	}
}

/** A port free on loopback right now (for tests that start their own server). */
export function freePort() {
	return new Promise((ok, fail) => {
		const s = createServer().once('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address();
			s.close(() => ok(port));
		});
	});
}

/**
 * Starts pouchdb-server on 127.0.0.1:`port`; `dataDir` keeps databases across restarts, else they live in memory.
 * `admin` ({ name, password }) ends "admin party" (everyone an admin); `origins` are the app origins allowed by CORS.
 * Its own config and log go to a temporary folder removed by stop().
 */
export async function startSyncServer({ port = 5984, dataDir, admin, origins = DEFAULT_APP_ORIGINS } = {}) {
	const work = mkdtempSync(join(tmpdir(), 'newsdeck-sync-'));
	const config = {
		log: { file: join(work, 'log.txt'), level: 'warning' },
		httpd: { enable_cors: true },
		cors: { origins: origins.join(', '), credentials: true },
		couchdb: { database_dir: dataDir ? resolve(dataDir) : work }
	};
	writeFileSync(join(work, 'config.json'), JSON.stringify(config));
	const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
	const args = [bin, '--port', String(port), '--host', '127.0.0.1', '--config', join(work, 'config.json'), '--no-stdout-logs', '--no-color'];
	args.push(...(dataDir ? ['--dir', resolve(dataDir)] : ['--in-memory']));
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const exited = new Promise((ok) => child.once('exit', ok));
	const url = `http://localhost:${port}`;
	try {
		await Promise.race([until(`http://127.0.0.1:${port}/`, 20_000), exited.then(() => Promise.reject(new Error(`sync server exited: ${stderr.trim()}`)))]);
		if (admin) await makeAdmin(`http://127.0.0.1:${port}`, admin);
	} catch (e) {
		child.kill();
		rmSync(work, { recursive: true, force: true });
		throw e;
	}
	return {
		url,
		async stop() {
			if (child.exitCode === null) {
				child.kill();
				await exited;
			}
			rmSync(work, { recursive: true, force: true });
		}
	};
}

/** Creates the server admin; when one exists already (a kept data folder), checks these credentials instead. */
async function makeAdmin(base, { name, password }) {
	const path = `${base}/_config/admins/${encodeURIComponent(name)}`;
	const r = await fetch(path, { method: 'PUT', body: JSON.stringify(password) });
	if (r.ok) return;
	const auth = { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
	if (!(await fetch(path, { headers: auth })).ok) throw new Error(`sync server: admin ${name} exists with another password (${r.status})`);
}

/** Reads `--name value` from argv. */
function arg(argv, name) {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const argv = process.argv.slice(2);
	const port = Number(arg(argv, '--port') ?? process.env.SYNC_PORT ?? 5984);
	const dataDir = arg(argv, '--data');
	const origins = (arg(argv, '--origins') ?? DEFAULT_APP_ORIGINS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
	const { SYNC_ADMIN_USER: name, SYNC_ADMIN_PASSWORD: password } = process.env;
	const server = await startSyncServer({ port, dataDir, origins, admin: name && password ? { name, password } : undefined });
	console.log(`Sync server (pouchdb-server) at ${server.url}, ${dataDir ? `data in ${dataDir}` : 'in memory'}; app origins: ${origins.join(', ')}`);
	if (!name) console.log('No SYNC_ADMIN_USER/SYNC_ADMIN_PASSWORD: everyone is admin until an admin is made.');
	const stop = async () => {
		await server.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
