import { describe, expect, it } from 'vitest';
import { headlinePast, sentenceCase, withArticle } from './headline';

describe('headline English', () => {
	it('reads a headline’s verbs into the past', () => {
		expect(['wins', 'rejects', 'endorses', 'denies', 'pushes', 'slams', 'lays', 'dies', 'has', 'is'].map(headlinePast)).toEqual(['won', 'rejected', 'endorsed', 'denied', 'pushed', 'slammed', 'laid', 'died', null, null]);
	});
	it('puts Title Case in the case the body writes each word in, keeping names', () => {
		const body = 'The St. Paul City Council voted on Wednesday to condemn the ban. The council voted 6-1.';
		expect(sentenceCase('St. Paul Votes To Condemn Trump’s Muslim Ban', body, new Set(['St.', 'Paul', 'Trump', 'Muslim']))).toBe('St. Paul votes to condemn Trump’s Muslim ban');
		expect(sentenceCase('Okafor wins the Portsmouth primary', body)).toBe('Okafor wins the Portsmouth primary');
	});
	it('gives back the article a headline dropped, not after a linking or saying verb', () => {
		expect(withArticle('unveiled', ['first', 'Spanish', 'campaign', 'ad'])).toBe('unveiled the first Spanish campaign ad');
		expect(withArticle('won', ['Democratic', 'presidential', 'primary', 'in', 'New', 'York'])).toBe('won the Democratic presidential primary in New York');
		expect(withArticle('got', ['testy', 'on', 'campaign', 'trail'])).toBe('got testy on campaign trail');
		expect(withArticle('said', ['praise', 'from', 'Putin', 'helps'])).toBe('said praise from Putin helps');
		expect(withArticle('laid', ['out', 'stakes', 'for', 'a', 'divided', 'nation'])).toBe('laid out stakes for a divided nation');
	});
});
