/** Types of sync-server.mjs (a plain Node script, also imported by tests and the bench). */
export const DEFAULT_APP_ORIGINS: string[];
/** A port free on loopback right now. */
export function freePort(): Promise<number>;
/** Starts pouchdb-server on loopback; stop() ends it and removes its temporary files. */
export function startSyncServer(options?: {
	port?: number;
	dataDir?: string;
	admin?: { name: string; password: string };
	origins?: string[];
}): Promise<{ url: string; stop(): Promise<void> }>;
