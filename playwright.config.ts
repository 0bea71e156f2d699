import { randomUUID } from 'node:crypto';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// The sync journeys' pouchdb-server: in memory, on the port the built app's CSP allows (SYNC_ORIGIN, default 5984),
// with a throwaway admin password made for this run (workers inherit it through the environment).
const syncPort = Number(new URL(process.env.SYNC_ORIGIN ?? 'http://localhost:5984').port || 80);
process.env.SYNC_TEST_ADMIN_PASSWORD ??= randomUUID();

// End-to-end journeys against the built app (npm run build first), in Debian's Chromium.
export default defineConfig({
	testDir: 'tests',
	timeout: 60_000,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	webServer: [
		{
			command: 'node src/cli/serve.mjs',
			url: `http://localhost:${port}`,
			reuseExistingServer: !process.env.CI,
			env: { PORT: String(port), HOST: '127.0.0.1' }
		},
		{
			command: `node src/cli/sync-server.mjs --port ${syncPort} --origins http://localhost:${port}`,
			url: `http://127.0.0.1:${syncPort}/`,
			reuseExistingServer: false,
			env: { SYNC_ADMIN_USER: 'admin', SYNC_ADMIN_PASSWORD: process.env.SYNC_TEST_ADMIN_PASSWORD }
		}
	]
});
