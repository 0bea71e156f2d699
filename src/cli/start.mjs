// `npm start`: installs what is missing, generates the seed decks, builds, and serves the app.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const stale = !existsSync('node_modules/.package-lock.json') || statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (stale) {
	console.log('Installing dependencies (npm ci)…');
	run('npm ci --no-audit --no-fund');
}
console.log('Generating seed decks and building the app…');
run('npm run build');
// Loaded only now: the server reads svelte.config.js, whose adapter a fresh clone has only after the install.
const { hostArg, serve } = await import('./serve.mjs');
const port = Number(process.env.PORT ?? 4173);
const { url } = await serve({ port, host: hostArg() });
console.log(`\nNewsdeck is running at ${url}\nPress Ctrl+C to stop.`);
