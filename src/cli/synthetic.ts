/** Synthetic batch inputs for tests and the bench, built only from the project's seed article: varied names and dates, or one long article. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed article every synthetic input is made from. */
export const SEED_FILE = 'seeds/000_f7b65d3c32bc7588.txt';

const NAMES = ['Halvorsen', 'Okonkwo', 'Marchetti', 'Lindqvist', 'Novak', 'Moreau', 'Castellanos', 'Brandt', 'Sato', 'Ferreira', 'Kowalski', 'Abara'];

/** The seed article without its ` date … ` prefix: the title line, then the body. */
export function seedText(): string {
	return readFileSync(SEED_FILE, 'utf8').replace(/^ date \S+ /, '');
}

/** Article `i` of a batch: the seed with its two leaders renamed and its date moved, the body said `reps` times. */
export function variedArticle(i: number, reps = 1): string {
	const a = NAMES[i % NAMES.length], b = NAMES[(i * 5 + 3) % NAMES.length] === a ? NAMES[(i + 1) % NAMES.length] : NAMES[(i * 5 + 3) % NAMES.length];
	const [title, ...rest] = seedText().replace(/Pezeshkian/g, a).replace(/Putin/g, b).split('\n');
	const body = rest.join('\n').trim();
	const date = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
	return ` date ${date} ${title}\n\n${Array(reps).fill(body).join('\n\n')}\n`;
}

/** One article of about `chars` characters: the seed's body repeated (at most `chars`). */
export function longArticle(chars: number): string {
	const [title, ...rest] = seedText().split('\n');
	const body = rest.join('\n').trim() + '\n\n';
	let out = ` date 2024-12-03 ${title}\n\n`;
	const n = Math.max(1, Math.floor((chars - out.length) / body.length));
	out += body.repeat(n);
	return out;
}

/** Writes `n` varied articles into `dir` as a0000.txt, a0001.txt, …; returns their paths. */
export function writeArticles(dir: string, n: number, reps = 1): string[] {
	return Array.from({ length: n }, (_, i) => {
		const file = join(dir, `a${String(i).padStart(4, '0')}.txt`);
		writeFileSync(file, variedArticle(i, reps));
		return file;
	});
}
