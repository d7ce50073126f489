// The after-reset wizard and its no-JavaScript text, tested from the machine that defines them:
// one test per path to each outcome, and one per state for the address, Back and axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { getSimplePaths } from 'xstate/graph';
import { org } from '../../src/config';
import {
	anchorOf,
	createAfterResetMachine,
	metaOf,
	stateNamesOf,
	transitionsOf,
	type AfterResetStateName,
} from '../../src/machines/afterReset';
import { afterResetFacts, answerEvents, wizardLabel } from '../../src/machines/afterResetContent';
import { searchForState } from '../../src/machines/afterResetQuery';
import { expect, test } from './fixtures';

const machine = createAfterResetMachine(afterResetFacts(org));
const states = stateNamesOf(machine);
const firstState = machine.config.initial as AfterResetStateName;
const endStates = states.filter((state) => metaOf(machine, state).kind !== 'question');

const wizardOf = (page: Page) => page.getByRole('region', { name: wizardLabel });
const headingOf = (page: Page, state: AfterResetStateName) =>
	wizardOf(page).getByRole('heading', { level: 2, name: metaOf(machine, state).title, exact: true });
const backLabelOf = (state: AfterResetStateName) => {
	const meta = metaOf(machine, state);
	return meta.kind === 'help' ? meta.backLabel : 'Back';
};
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const hasSearch = (search: string) => (url: URL) => url.search === search;

/** Checks the wizard shows a state: its heading and, for an end state, its key instruction. */
async function expectWizardAt(page: Page, state: AfterResetStateName) {
	const meta = metaOf(machine, state);
	await expect(headingOf(page, state), `the wizard should show "${state}"`).toBeVisible();
	if (meta.kind !== 'question')
		await expect(wizardOf(page).getByText(meta.keyInstruction, { exact: true })).toBeVisible();
	if (meta.kind === 'outcome') {
		const afterwards = wizardOf(page).getByRole('heading', { name: meta.afterwards.title });
		await expect(afterwards).toBeVisible();
		for (const place of meta.afterwards.places)
			await expect(
				wizardOf(page)
					.getByRole('listitem')
					.filter({ hasText: exactly(place) }),
			).toBeVisible();
		await expect(
			wizardOf(page).getByRole('heading', { name: meta.afterwards.windowsHelloTitle }),
		).toBeVisible();
	}
}

test.describe('after-reset wizard: every path to every outcome', () => {
	const paths = getSimplePaths(machine).filter((path) =>
		endStates.includes(path.state.value as AfterResetStateName),
	);

	test('the generated paths reach every outcome and the how-to-tell detour', () => {
		expect(paths.map((path) => path.state.value).toSorted()).toEqual(endStates.toSorted());
	});

	for (const path of paths) {
		const end = path.state.value as AfterResetStateName;
		const answers = path.steps.filter((step) =>
			(answerEvents as readonly string[]).includes(step.event.type),
		);
		test(`${answers.map((step) => step.event.type).join(' → ')} shows ${end}`, async ({
			page,
			pageProblems,
		}) => {
			await page.goto('after-reset/');
			let current = firstState;
			for (const step of answers) {
				await test.step(`in ${current}, answer ${step.event.type}`, async () => {
					const meta = metaOf(machine, current);
					if (meta.kind !== 'question') throw new Error(`"${current}" is not a question`);
					const choice = meta.choices.find((candidate) => candidate.event === step.event.type);
					if (!choice) throw new Error(`"${current}" offers no "${step.event.type}" answer`);
					await wizardOf(page).getByRole('button', { name: choice.label }).click();
					current = step.state.value as AfterResetStateName;
					await expectWizardAt(page, current);
					await expect(page).toHaveURL(hasSearch(searchForState(current)));
				});
			}
			expect(current).toBe(end);
			expect(pageProblems.consoleErrors).toEqual([]);
		});
	}
});

test.describe('after-reset wizard: addresses', () => {
	for (const state of endStates) {
		test(`the address of ${state} opens the same answer in a fresh browser`, async ({ page, browser }) => {
			await page.goto(`after-reset/${searchForState(state)}`);
			await expectWizardAt(page, state);
			const address = page.url();

			const fresh = await browser.newContext();
			const reopened = await fresh.newPage();
			await reopened.goto(address);
			await expectWizardAt(reopened, state);
			await expect(reopened).toHaveURL(address);
			await fresh.close();
		});
	}

	test('an address copied after answering reopens the outcome', async ({ page, browser }) => {
		await page.goto('after-reset/');
		const first = metaOf(machine, firstState);
		if (first.kind !== 'question') throw new Error('the first state must be a question');
		await wizardOf(page).getByRole('button', { name: first.choices[1]!.label }).click();
		await expectWizardAt(page, 'notDomainJoined');

		const fresh = await browser.newContext();
		const reopened = await fresh.newPage();
		await reopened.goto(page.url());
		await expectWizardAt(reopened, 'notDomainJoined');
		await fresh.close();
	});

	for (const search of [
		'?computer=laptop',
		'?computer=DOMAIN',
		'?computer=domain&network=moon',
		'?computer=not-domain&network=away',
		'?computer=domain&computer=unsure',
		'?computer=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
		'?computer=javascript:alert(1)',
		'?computer=__proto__&network=constructor',
		'?computer=%E0%A4%A',
		`?computer=${'x'.repeat(4000)}`,
	]) {
		test(`${search.slice(0, 60)} shows the first question without an error`, async ({
			page,
			pageProblems,
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			await page.goto(`after-reset/${search}`);
			await expectWizardAt(page, firstState);
			// The address is cleaned up, so what the reader copies from here is a real answer.
			await expect(page).toHaveURL(hasSearch(''));
			await page.waitForLoadState('networkidle');
			expect(pageProblems.consoleErrors).toEqual([]);
			expect(dialogs).toEqual([]);
		});
	}

	test('keeps other query keys, such as a campaign tag, when answering', async ({ page }) => {
		await page.goto('after-reset/?utm_source=email');
		await wizardOf(page).getByRole('button', { name: "I'm not sure" }).click();
		await expectWizardAt(page, 'howToTell');
		await expect(page).toHaveURL(hasSearch('?utm_source=email&computer=unsure'));
	});
});

test.describe('after-reset wizard: Back and Start again', () => {
	for (const state of states) {
		for (const { event, target } of transitionsOf(machine, state)) {
			if (event !== 'wizard.back' && event !== 'wizard.restart') continue;
			const label = event === 'wizard.back' ? backLabelOf(state) : 'Start again';
			test(`"${label}" in ${state} goes to ${target}, and the address follows`, async ({ page }) => {
				await page.goto(`after-reset/${searchForState(state)}`);
				await expectWizardAt(page, state);
				await wizardOf(page).getByRole('button', { name: label, exact: true }).click();
				await expectWizardAt(page, target);
				await expect(headingOf(page, target)).toBeFocused();
				await expect(page).toHaveURL(hasSearch(searchForState(target)));
			});
		}
	}

	test('the first question offers neither Back nor Start again', async ({ page }) => {
		await page.goto('after-reset/');
		await expectWizardAt(page, firstState);
		await expect(wizardOf(page).getByRole('button', { name: 'Back', exact: true })).toHaveCount(0);
		await expect(wizardOf(page).getByRole('button', { name: 'Start again' })).toHaveCount(0);
	});
});

test.describe('after-reset wizard: keyboard only', () => {
	test('a reader can reach an outcome, go back and start again with the keyboard alone', async ({
		page,
		cspViolations,
	}) => {
		await page.goto('after-reset/');
		const first = metaOf(machine, 'whichComputer');
		const where = metaOf(machine, 'whereIsComputer');
		const vpn = metaOf(machine, 'hasVpn');
		if (first.kind !== 'question' || where.kind !== 'question' || vpn.kind !== 'question')
			throw new Error('expected three questions');
		const choice = (label: string) => wizardOf(page).getByRole('button', { name: label });

		// Tab through the page's header and sidebar to the first answer.
		const firstChoice = choice(first.choices[0]!.label);
		for (let presses = 0; presses < 60; presses++) {
			if (await firstChoice.evaluate((element) => element === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(firstChoice).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(headingOf(page, 'whereIsComputer')).toBeFocused();

		await page.keyboard.press('Tab');
		await expect(choice(where.choices[0]!.label)).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(choice(where.choices[1]!.label)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(headingOf(page, 'hasVpn')).toBeFocused();

		await page.keyboard.press('Tab');
		await expect(choice(vpn.choices[0]!.label)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(headingOf(page, 'awayWithVpn')).toBeFocused();
		await expectWizardAt(page, 'awayWithVpn');

		await page.keyboard.press('Tab');
		await expect(wizardOf(page).getByRole('button', { name: 'Back', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(headingOf(page, 'hasVpn')).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(headingOf(page, 'awayWithoutVpn')).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(choice('Start again')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(headingOf(page, 'whichComputer')).toBeFocused();
		await expect(page).toHaveURL(hasSearch(''));
		expect(await cspViolations()).toEqual([]);
	});
});

test.describe('after-reset: accessibility in every state', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`${colorScheme} theme`, () => {
			test.use({ colorScheme });
			for (const state of states) {
				test(`${state} has no serious or critical axe violation`, async ({ page }) => {
					await page.goto(`after-reset/${searchForState(state)}`);
					await expectWizardAt(page, state);
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
						.analyze();
					const serious = results.violations.filter(
						(violation) => violation.impact === 'serious' || violation.impact === 'critical',
					);
					expect(
						serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target).join(', ')})`),
					).toEqual([]);
				});
			}
		});
	}
});

test.describe('after-reset without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every question and outcome as text, under linkable headings', async ({ page }) => {
		await page.goto('after-reset/?computer=domain&network=away&vpn=yes');
		await expect(wizardOf(page)).toHaveCount(0);
		for (const state of states) {
			const meta = metaOf(machine, state);
			const heading = page.getByRole('heading', { level: 3, name: meta.title, exact: true });
			await expect(heading, state).toBeVisible();
			await expect(heading, state).toHaveAttribute('id', anchorOf(meta));
			if (meta.kind !== 'question')
				await expect(page.getByText(meta.keyInstruction, { exact: true }), state).toBeVisible();
		}
	});

	test('links each answer to the heading it leads to', async ({ page }) => {
		await page.goto('after-reset/');
		const first = metaOf(machine, firstState);
		if (first.kind !== 'question') throw new Error('the first state must be a question');
		await page
			.getByRole('main')
			.getByRole('link', { name: first.choices[0]!.label, exact: true })
			.first()
			.click();
		await expect(page).toHaveURL(/#question-where-is-computer$/);
		await expect(
			page.getByRole('heading', { name: metaOf(machine, 'whereIsComputer').title }),
		).toBeInViewport();
	});

	test('shows the diagram of the tree with its text alternative', async ({ page }) => {
		await page.goto('after-reset/');
		await expect(page.getByRole('img', { name: /Diagram: after the reset/ })).toBeVisible();
		await page.getByText('The same tree as a list').click();
		for (const state of states)
			await expect(
				page.getByRole('group').getByRole('link', { name: metaOf(machine, state).title, exact: true }),
			).toBeVisible();
	});
});
