/** Writes the deck format as JSON Schema (static/deck.schema.json) for teachers' own tools. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DeckSchema } from '../lib/deck/schema';

const out = process.argv[2] ?? 'static/deck.schema.json';
const schema = {
	...toJsonSchema(DeckSchema, { errorMode: 'ignore' }),
	$id: 'https://newsdeck.app/deck.schema.json',
	title: 'Newsdeck deck file, version 1'
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(schema, null, '\t') + '\n');
console.log(`wrote ${out}`);
