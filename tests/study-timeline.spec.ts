import { test, expect } from '@playwright/test';
import { importSample, storedRatings } from './helpers';

// Timeline cards are answered like flip cards: Space/Enter or a tap show the order, then a grade.
const timeline = {
	id: 'timeline-1',
	type: 'timeline',
	prompt: 'Put these events in order.',
	answer: ['The council approves the plan', 'The bridge opens'],
	choices: ['The bridge opens', 'The council approves the plan'],
	source: { articleId: 'a1', sentence: 'The mayor of Lakeside, Ana Ruiz, opened the new bridge on Monday.', start: 0, end: 65 },
	fact: { kind: 'date', text: 'Monday' }
};

async function studyTimeline(page: import('@playwright/test').Page) {
	await importSample(page, (deck) => deck.cards.unshift(timeline));
	await page.getByRole('link', { name: 'Study' }).click();
	await expect(page.locator('#prompt')).toContainText('Put these events in order');
}

test('keyboard: a number key does not mark it Incorrect; Space reveals; 3 grades Good', async ({ page }) => {
	await studyTimeline(page);
	await page.keyboard.press('1');
	await expect(page.getByTestId('answer')).toHaveCount(0);
	await page.keyboard.press(' ');
	await expect(page.getByTestId('answer')).toContainText('The council approves the plan');
	await expect(page.getByText('Incorrect')).toHaveCount(0);
	await page.keyboard.press('3');
	await expect(page.locator('#prompt')).toContainText('Who said');
	expect(await storedRatings(page, 'lakeside-bridge')).toEqual([{ cardId: 'timeline-1', rating: 3 }]);
});

test.describe('touch', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('a tap shows the order and a tap grades', async ({ page }) => {
		await studyTimeline(page);
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await expect(page.getByTestId('answer')).toContainText('The bridge opens');
		await page.getByRole('button', { name: 'Good', exact: true }).tap();
		await expect(page.locator('#prompt')).toContainText('Who said');
		expect(await storedRatings(page, 'lakeside-bridge')).toEqual([{ cardId: 'timeline-1', rating: 3 }]);
	});
});
