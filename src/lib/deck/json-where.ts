/** Finds where JSON text first goes wrong, since browsers' parser messages differ and often omit it. */

const WS = /[ \t\n\r]/;

/** Offset of the first character a JSON parser would reject (text.length when the text is cut short), or -1 if valid. */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const fail = (at: number): never => {
		throw at;
	};
	const ws = () => {
		while (i < text.length && WS.test(text[i])) i++;
	};
	const lit = (word: string) => {
		for (const ch of word) if (text[i++] !== ch) fail(Math.min(i - 1, text.length));
	};
	const str = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(Math.min(i + k, text.length));
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? '') || i >= text.length) fail(Math.min(i, text.length));
			} else if (text.charCodeAt(i) < 0x20) fail(i);
			i++;
		}
		if (i >= text.length) fail(text.length);
		i++;
	};
	const num = () => {
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!m || m[0] === '' || m[0] === '-') fail(i + (m?.[0].length ?? 0));
		i += m![0].length;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === undefined) fail(i);
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail(i);
				str();
				ws();
				if (text[i] !== ':') fail(i);
				i++;
				value();
				ws();
				if (text[i] === ',') { i++; continue; }
				if (text[i] === '}') return void i++;
				fail(i);
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') { i++; continue; }
				if (text[i] === ']') return void i++;
				fail(i);
			}
		}
		if (c === '"') return str();
		if (c === 't') return lit('true');
		if (c === 'f') return lit('false');
		if (c === 'n') return lit('null');
		if (c === '-' || (c >= '0' && c <= '9')) return num();
		fail(i);
	};
	try {
		value();
		ws();
		return i < text.length ? i : -1;
	} catch (at) {
		if (typeof at === 'number') return Math.min(at, text.length);
		throw at;
	}
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
