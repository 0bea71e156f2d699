/** `npm run --silent facts -- FILE... [--date YYYY-MM-DD]`: print extracted facts as JSON (lines). */
import { readFileSync } from 'node:fs';
import { decodeText, latin1Note } from '../lib/import/decode';
import { extractFacts } from '../lib/generator/extract/extract';
import { GeneratorError } from '../lib/generator/errors';
import type { Entity, Facts } from '../lib/generator/types';

const entity = (e: Entity) => ({ name: e.name, confidence: e.confidence, mentions: e.mentions.map(({ text, start, end }) => ({ text, start, end })) });

/** The public JSON shape of one file's facts (issue 10). */
export function factsJson(file: string, f: Facts) {
	return {
		file, date: f.date, people: f.people.map(entity), places: f.places.map(entity), groups: f.groups.map(entity),
		quotes: f.quotes.map(({ text, start, end, speaker, via, confidence }) => ({ text, start, end, speaker, via, confidence })),
		dates: f.dates.map(({ text, start, end, value }) => ({ text, start, end, value }))
	};
}

/** Parses arguments, extracts every file and prints one object (or JSON lines for several). */
export function main(argv: string[]): number {
	const files: string[] = [];
	let date: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--date') date = argv[++i];
		else if (argv[i].startsWith('--date=')) date = argv[i].slice(7);
		else files.push(argv[i]);
	}
	if (!files.length) { console.error('usage: npm run --silent facts -- FILE... [--date YYYY-MM-DD]'); return 2; }
	let rc = 0;
	for (const file of files) {
		try {
			const decoded = decodeText(readFileSync(file));
			if (decoded.encoding !== 'utf-8') console.error(latin1Note(file));
			const json = factsJson(file, extractFacts(decoded.text, date ? { date } : {}));
			console.log(files.length === 1 ? JSON.stringify(json, null, 2) : JSON.stringify(json));
		} catch (err) {
			if (!(err instanceof GeneratorError) && !(err instanceof Error && 'code' in err)) throw err;
			console.error(`${file}: ${err.message}`);
			rc = 1;
		}
	}
	return rc;
}

process.exitCode = main(process.argv.slice(2));
