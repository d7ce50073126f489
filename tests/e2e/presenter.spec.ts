import AxeBuilder from '@axe-core/playwright';
import { org } from '../../src/config';
import { simulatorInputFor } from '../../src/machines/screens';
import { fixedClock } from '../../src/machines/determinism';
import { tourScreens } from '../../src/machines/tour';
import { expect, test } from './fixtures';
import { fixedTime, openPractice, practiceRegion, shownScreen } from './simulator-driver';

const tour = tourScreens('default', (scenario) => simulatorInputFor(scenario, org, { now: fixedClock() }));

test.describe('presenter mode', () => {
	test('opens from the practice page with its keys listed', async ({ page }) => {
		const region = await openPractice(page);
		await region.getByRole('button', { name: 'Presenter mode' }).click();
		const controls = region.getByRole('toolbar', { name: 'Presenter controls' });
		await expect(controls).toBeVisible();
		await expect(controls.getByRole('button', { name: 'Next step →' })).toBeFocused();
		await page.keyboard.press('?');
		await expect(region.getByRole('heading', { name: 'Presenter keys' })).toBeVisible();
		await expect(region.getByText('Jump to that screen of the scenario')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(controls).toBeHidden();
		await expect(region.getByRole('button', { name: 'Presenter mode' })).toBeFocused();
	});

	test('→ fills the fields as a user would and advances; ← goes back; R restarts', async ({ page }) => {
		await openPractice(page, '?presenter');
		await page.keyboard.press('ArrowRight');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[1]!);
		await page.keyboard.press('ArrowRight');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[2]!);
		await page.keyboard.press('ArrowLeft');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[1]!);
		await page.keyboard.press('r');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', 'who-are-you');
		await expect(practiceRegion(page).getByLabel('Email or Username')).toHaveValue('');
	});

	test('a number jumps to that screen of the scenario', async ({ page }) => {
		await openPractice(page, '?presenter');
		await page.keyboard.press(String(tour.length));
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour.at(-1)!);
		await page.keyboard.press('2');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[1]!);
	});

	test('auto-play walks the scenario to the end with a caption per step, and pauses', async ({ page }) => {
		await page.clock.install({ time: fixedTime });
		await page.clock.pauseAt(new Date(fixedTime.getTime() + 1000));
		await page.goto('practice/?presenter');
		const region = practiceRegion(page);
		/** Moves the page's clock on, half a second at a time, until the screen shows (or a minute passes). */
		const playUntil = async (screen: string) => {
			for (let elapsed = 0; elapsed < 60_000; elapsed += 500) {
				if ((await shownScreen(page).getAttribute('data-screen')) === screen) return;
				await page.clock.runFor(500);
			}
		};
		// The islands schedule their effects with timers too, so the paused clock must move for them.
		await expect(async () => {
			await page.clock.runFor(100);
			await expect(region.getByRole('toolbar', { name: 'Presenter controls' })).toBeVisible({ timeout: 100 });
		}).toPass();
		await region.getByRole('button', { name: /Play/ }).click();
		await playUntil(tour[1]!);
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[1]!);
		await expect(region.getByRole('status').filter({ hasText: 'verification step 1' })).toBeVisible();

		await region.getByRole('button', { name: /Pause/ }).click();
		await page.clock.runFor(20_000);
		await expect(shownScreen(page)).toHaveAttribute('data-screen', tour[1]!);

		await region.getByRole('button', { name: /Play/ }).click();
		await playUntil('done');
		await expect(shownScreen(page)).toHaveAttribute('data-screen', 'done');
		await expect(region.getByText('End of this scenario')).toBeVisible();
	});

	test('has no serious axe violation, with the keys and notes shown', async ({ page }) => {
		const region = await openPractice(page, '?presenter');
		await page.keyboard.press('?');
		await page.keyboard.press('n');
		await expect(region.getByRole('status').filter({ hasText: 'Who are you?' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});
});
