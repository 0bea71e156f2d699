// Serves the built app (build/) like a static host: files as they are, every other page -> 200.html (SPA fallback).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import config from '../../svelte.config.js';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
};

const KEYWORD = /^(self|none|unsafe-inline|unsafe-eval|strict-dynamic|wasm-unsafe-eval)$/;

/**
 * The CSP header: the pages' own meta CSP without default-src and script-src (a header cannot know the hashes of
 * SvelteKit's inline boot script, and both policies apply), plus frame-ancestors, which only a header can set.
 */
export function cspHeader(directives = config.kit.csp.directives) {
	const kept = Object.entries(directives).filter(([name]) => name !== 'default-src' && name !== 'script-src');
	const quote = (s) => (KEYWORD.test(s) ? `'${s}'` : s);
	return [...kept.map(([name, values]) => `${name} ${values.map(quote).join(' ')}`), "frame-ancestors 'none'"].join('; ');
}

/** Headers sent with every answer (README "Security" lists them for other static hosts). */
export const SECURITY_HEADERS = {
	'content-security-policy': cspHeader(),
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer'
};

/** The address to listen on: `--host ADDR` (or HOST), else loopback only. */
export function hostArg(argv = process.argv.slice(2), env = process.env) {
	const i = argv.indexOf('--host');
	return (i >= 0 ? argv[i + 1] : undefined) ?? env.HOST ?? '127.0.0.1';
}

async function isFile(p) {
	try {
		return (await stat(p)).isFile();
	} catch {
		return false;
	}
}

/** The file under `root` a URL path names, or null when it would leave `root` (`/..%2Fbuild.log`). */
function inside(root, path) {
	const file = resolve(root, '.' + path);
	return file === root || file.startsWith(root + sep) ? file : null;
}

/** Starts the server (port 0 picks a free one); resolves with its URL. */
export async function serve({ dir = 'build', port = 4173, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const fail = (status, text) => res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end(text);
		try {
			const url = new URL(req.url ?? '/', 'http://x');
			let path;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				return fail(400, 'bad path');
			}
			const file = path.includes('\0') ? null : inside(root, path);
			if (!file) return fail(404, 'not found');
			let target = null;
			for (const cand of [file, file + '.html', join(file, 'index.html')]) {
				if (await isFile(cand)) {
					target = cand;
					break;
				}
			}
			if (!target) {
				if (extname(path) && !(req.headers.accept ?? '').includes('text/html')) return fail(404, 'not found');
				target = join(root, '200.html');
			}
			const body = await readFile(target);
			const immutable = path.startsWith('/_app/immutable/');
			res.writeHead(200, {
				...SECURITY_HEADERS,
				'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (e) {
			fail(500, String(e));
		}
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, ok);
	});
	const address = server.address();
	return { url: `http://localhost:${typeof address === 'object' && address ? address.port : port}/`, server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serve({ port, host: hostArg() });
	console.log(`Newsdeck is running at ${url}`);
}
