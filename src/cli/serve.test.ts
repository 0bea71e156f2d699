// The static server of `npm start`: no path leaves the build folder, loopback by default, security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { cspHeader, hostArg, serve } from './serve.mjs';

let dir = '';
let url = '';
let server: Server;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-'));
	mkdirSync(join(dir, 'build'));
	mkdirSync(join(dir, 'build-other'));
	writeFileSync(join(dir, 'build', 'index.html'), '<p>app</p>');
	writeFileSync(join(dir, 'build', '200.html'), '<p>fallback</p>');
	writeFileSync(join(dir, 'build', 'app.js'), 'ok()');
	writeFileSync(join(dir, 'build', 'sql.wasm'), '\0asm');
	writeFileSync(join(dir, 'build.log'), 'secret log');
	writeFileSync(join(dir, 'build-other', 'secret.txt'), 'secret');
	({ url, server } = await serve({ dir: join(dir, 'build'), port: 0 }));
});

afterAll(() => {
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, url), { headers: { accept: '*/*' } });

describe('serve', () => {
	it('serves files inside the build folder', async () => {
		const r = await get('/app.js');
		expect(r.status).toBe(200);
		expect(await r.text()).toBe('ok()');
	});

	it('answers 404 to every path that leaves the build folder', async () => {
		for (const path of ['/..%2Fbuild.log', '/..%2Fbuild-other/secret.txt', '/..%2F..%2Fetc/passwd', '/%2e%2e%2fbuild.log', '/a%00.js']) {
			const r = await get(path);
			expect([path, r.status]).toEqual([path, 404]);
			expect(await r.text()).not.toContain('secret');
		}
	});

	it('serves WebAssembly as application/wasm (streaming compile needs it, nosniff forbids guessing)', async () => {
		expect((await get('/sql.wasm')).headers.get('content-type')).toBe('application/wasm');
	});

	it('sends nosniff, a referrer policy and a CSP header that forbids framing', async () => {
		for (const path of ['/', '/app.js', '/..%2Fbuild.log']) {
			const r = await get(path);
			expect(r.headers.get('x-content-type-options')).toBe('nosniff');
			expect(r.headers.get('referrer-policy')).toBe('no-referrer');
			expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		}
	});

	it('listens on loopback unless --host is given', () => {
		expect(server.address()).toMatchObject({ address: '127.0.0.1' });
		expect(hostArg([], {})).toBe('127.0.0.1');
		expect(hostArg(['--host', '0.0.0.0'], {})).toBe('0.0.0.0');
	});
});

describe('cspHeader', () => {
	it('keeps the meta CSP directives that need no script hashes, quoting keywords', () => {
		expect(cspHeader({ 'default-src': ['self'], 'script-src': ['self'], 'img-src': ['self', 'data:'], 'object-src': ['none'] })).toBe(
			"img-src 'self' data:; object-src 'none'; frame-ancestors 'none'"
		);
	});
});
