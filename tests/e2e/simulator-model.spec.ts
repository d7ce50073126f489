import { org } from '../../src/config';
import { coveringPaths, describePath } from '../../src/machines/simulatorModel';
import { expect, test } from './fixtures';
import { openPractice, perform, shownScreen } from './simulator-driver';

// Paths generated from the machine with xstate/graph: together they take every transition
// (a unit test checks that), and here each one is replayed on the real page.
for (const [number, path] of coveringPaths(org).entries()) {
	test(`model path ${number + 1}: ${describePath(path)}`, async ({ page, pageProblems }) => {
		await openPractice(page, path.scenario === 'default' ? '' : `?scenario=${path.scenario}`);
		let screen = 'who-are-you';
		for (const [index, step] of path.steps.entries()) {
			await perform(page, step.event, step.right, step.before);
			await expect(shownScreen(page), `step ${index + 1}: ${step.event.type} on ${screen}`).toHaveAttribute(
				'data-screen',
				step.screen,
			);
			screen = step.screen;
		}
		expect(pageProblems.consoleErrors).toEqual([]);
	});
}
