import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The generator worker is an ES module worker (bundled into build/ and precached by the service worker).
	worker: { format: 'es' },
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts'],
		setupFiles: ['src/lib/fuzz-setup.ts'],
		environment: 'node'
	}
});
