import type { Server } from 'node:http';
/** The CSP header: the meta CSP's directives that need no script hashes, plus frame-ancestors 'none'. */
export function cspHeader(directives?: Record<string, string[]>): string;
/** Headers sent with every answer. */
export const SECURITY_HEADERS: Record<string, string>;
/** The address to listen on: `--host ADDR` (or HOST), else loopback only. */
export function hostArg(argv?: string[], env?: Record<string, string | undefined>): string;
/** Starts the static server for `dir` (port 0 picks a free one); resolves with its URL. */
export function serve(opts?: { dir?: string; port?: number; host?: string }): Promise<{ url: string; server: Server }>;
