import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

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
	webServer: {
		command: 'node src/cli/serve.mjs',
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		env: { PORT: String(port), HOST: '127.0.0.1' }
	}
});
