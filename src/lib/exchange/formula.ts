/** Spreadsheet formula injection (OWASP "CSV injection"): exported cells are shown as text, never run. */

// A spreadsheet runs a cell as a formula when it starts with one of these (tab and CR too, by OWASP).
const TRIGGER = /^[=+\-@\t\r]/;
// A cell that already looks neutralised ("'=1+1" typed by a user) gets one more quote, so it reads back as typed.
const LOOKS_QUOTED = /^'+[=+\-@\t\r]/;
const QUOTED = /^'(?='*[=+\-@\t\r])/;

/** The cell with a leading `'` when a spreadsheet would read it as a formula; the visible text is kept. */
export function safeCell(s: string): string {
	return TRIGGER.test(s) || LOOKS_QUOTED.test(s) ? `'${s}` : s;
}

/** Undoes `safeCell` on import, so an exported file reads back with the same text. */
export function unsafeCell(s: string): string {
	return QUOTED.test(s) ? s.slice(1) : s;
}
