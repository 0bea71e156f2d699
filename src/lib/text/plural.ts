/** The app's one pluraliser for counts in messages: "1 card", "2 cards", "1 day", "3 reviews". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
