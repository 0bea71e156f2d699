import type { Server } from 'node:http';
/** Starts the static server for `dir`; resolves with its URL. */
export function serve(opts?: { dir?: string; port?: number; host?: string }): Promise<{ url: string; server: Server }>;
