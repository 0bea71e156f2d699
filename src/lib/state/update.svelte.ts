/** Registers the service worker and notices when a new app version is waiting (never reloads by itself). */
export class UpdateWatcher {
	/** True when a new version is installed and waiting for the learner to reload. */
	available = $state(false);
	private waiting: ServiceWorker | null = null;

	/** Registers /service-worker.js and watches for updates. */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const reg = await navigator.serviceWorker.register('/service-worker.js', { type: import.meta.env.DEV ? 'module' : 'classic' });
			const track = (w: ServiceWorker | null) => {
				if (!w) return;
				const check = () => {
					if (w.state === 'installed' && navigator.serviceWorker.controller) {
						this.waiting = w;
						this.available = true;
					}
				};
				check();
				w.addEventListener('statechange', check);
			};
			track(reg.waiting);
			reg.addEventListener('updatefound', () => track(reg.installing));
			// Re-check for a new version now and then while the app is open.
			setInterval(() => reg.update().catch(() => {}), 30 * 60_000);
		} catch (e) {
			console.warn('service worker registration failed', e);
		}
	}

	/** Activates the waiting version and reloads once it controls the page. */
	apply(): void {
		if (!this.waiting) return location.reload();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		this.waiting.postMessage({ type: 'skip-waiting' });
	}
}
