/** Windowing a long list: which rows to render for a scroll position (the rest are space of the right height). */

/** Where the list is: how far its top has scrolled above the viewport's top (px), the viewport's height, and its rows. */
export interface ListView {
	/** Pixels of the list above the viewport (negative while the list starts lower on the screen). */
	scrolled: number;
	viewport: number;
	rowHeight: number;
	count: number;
	/** Rows rendered above and below the visible ones. */
	margin: number;
}

/** The rows to render, `start` inclusive to `end` exclusive: the visible ones plus `margin` on each side. */
export function windowRange(v: ListView): { start: number; end: number } {
	if (v.count === 0 || v.rowHeight <= 0) return { start: 0, end: 0 };
	const first = Math.floor(Math.max(0, v.scrolled) / v.rowHeight);
	const last = Math.ceil(Math.max(0, v.scrolled + v.viewport) / v.rowHeight);
	const start = Math.min(v.count, Math.max(0, first - v.margin));
	return { start, end: Math.max(start, Math.min(v.count, last + v.margin)) };
}

/** The scroll offset (from the list's top) that puts row `index` in the middle of the viewport. */
export function centreOn(index: number, rowHeight: number, viewport: number): number {
	return Math.max(0, index * rowHeight + rowHeight / 2 - viewport / 2);
}
