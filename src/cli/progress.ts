/** A terminal progress bar for batch commands: redraws in place on a TTY, prints every 10% otherwise. */

/** Renders `[#####.....] 12/100 (12%) name` in `width` bar cells. */
export function progressLine(done: number, total: number, label = '', width = 30): string {
	const share = total ? done / total : 1;
	const filled = Math.round(share * width);
	return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.round(share * 100)}%) ${label}`.trimEnd();
}

/** Reports progress on `out` (stderr): in place when it is a terminal, else at each 10% step for logs. */
export function makeProgress(total: number, out: { isTTY?: boolean; write(s: string): unknown } = process.stderr) {
	let lastDecile = -1;
	return {
		tick(done: number, label: string) {
			if (total < 2) return;
			if (out.isTTY) out.write(`\r${progressLine(done, total, label.slice(0, 40)).padEnd(90)}`);
			else {
				const decile = Math.floor((10 * done) / total);
				if (decile !== lastDecile && (decile > lastDecile || done === total)) {
					lastDecile = decile;
					out.write(`${progressLine(done, total)}\n`);
				}
			}
		},
		end() {
			if (total >= 2 && out.isTTY) out.write('\n');
		}
	};
}
