import { describe, expect, it } from 'vitest';
import { fitSoftmax, type Example } from './softmax';
import type { Features } from '../lib/generator/extract/12-ranker';

describe('fitSoftmax', () => {
	it('learns which feature marks the right candidate, the same way for the same seed', () => {
		const data: Example[] = Array.from({ length: 50 }, (_, i): Example => ({ cands: [{ near: 1, noise: i % 2 } as Features, { far: 1, noise: (i + 1) % 2 }], gold: 0 }));
		const w = fitSoftmax(data);
		expect(w.near).toBeGreaterThan(0);
		expect(w.far).toBeLessThan(0);
		expect(fitSoftmax(data)).toEqual(w);
	});
});
