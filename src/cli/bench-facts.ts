/** Benchmark for extractFacts on a ~6 kB article composed of our own sentences. */
import { extractFacts } from '../lib/generator/extract/extract';

const PARAGRAPHS = [
	'Prime Minister Jane Holloway said on Monday that the new rail line to Northport would open next year.',
	'“We have waited far too long for this railway to reach the coast,” Holloway told reporters in London. “It will change the way people live and work.”',
	'The Transport Ministry said in a statement that construction began in March 2023 and cost more than expected.',
	'Opposition leader Tom Fairbanks, of the Green Party, criticised the plan. “The budget was never realistic from the very start,” he said.',
	'According to the ministry, “the first trains should run before the end of the summer season,” and tickets will go on sale in early 2025.',
	'She added that the European Union and the World Bank had both offered loans, and that talks with France and Germany continued last week.'
];

/** A ~6 kB article built by repeating our own sentences. */
export function benchArticle(): string {
	let body = ' date 2024-12-03 Rail line to open next year, minister says\n\n';
	while (body.length < 6000) body += PARAGRAPHS.join('\n\n') + '\n\n';
	return body;
}

/** Measures extractFacts throughput (articles/second), the peak JS heap during the run and its growth over the heap before it. */
export async function benchFacts(): Promise<{ articlesPerSecond: number; peakMemoryMB: number; heapGrowthMB: number }> {
	const text = benchArticle();
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const base = process.memoryUsage().heapUsed;
	for (let i = 0; i < 20; i++) extractFacts(text);
	let peak = process.memoryUsage().heapUsed;
	const t0 = performance.now();
	let n = 0;
	while (performance.now() - t0 < 2000) {
		extractFacts(text);
		n++;
		if (n % 5 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
	}
	const secs = (performance.now() - t0) / 1000;
	const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
	return { articlesPerSecond: Math.round(n / secs), peakMemoryMB: mb(peak), heapGrowthMB: mb(peak - base) };
}
