// Serves the built app (build/) like a static host: files as they are, every other page -> 200.html (SPA fallback).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
	'.woff2': 'font/woff2'
};

async function isFile(p) {
	try {
		return (await stat(p)).isFile();
	} catch {
		return false;
	}
}

/** Starts the server; resolves with its URL. */
export async function serve({ dir = 'build', port = 4173, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://x');
			let path = decodeURIComponent(url.pathname);
			const file = normalize(join(root, path));
			if (!file.startsWith(root)) {
				res.writeHead(400).end('bad path');
				return;
			}
			let target = null;
			for (const cand of [file, file + '.html', join(file, 'index.html')]) {
				if (await isFile(cand)) {
					target = cand;
					break;
				}
			}
			let status = 200;
			if (!target) {
				if (extname(path) && !(req.headers.accept ?? '').includes('text/html')) {
					res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
					return;
				}
				target = join(root, '200.html');
			}
			const body = await readFile(target);
			const immutable = path.startsWith('/_app/immutable/');
			res.writeHead(status, {
				'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
				'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
				'x-content-type-options': 'nosniff'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (e) {
			res.writeHead(500).end(String(e));
		}
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, ok);
	});
	return { url: `http://localhost:${port}/`, server };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serve({ port, host: process.env.HOST ?? '0.0.0.0' });
	console.log(`Newsdeck is running at ${url}`);
}
