import { describe, expect, it } from 'vitest';
import { organization } from '../../config/organization';
import { anchorOf, createAfterResetMachine, stateNamesOf, treeOf } from '../../machines/afterReset';
import { afterResetFacts } from '../../machines/afterResetContent';
import { diagramSizes, layoutTree, wrapText } from './treeDiagram';

const machine = createAfterResetMachine(afterResetFacts(organization));
const diagram = layoutTree(treeOf(machine), (node) => anchorOf(node.meta));

describe('after-reset tree diagram', () => {
	it('draws every state of the machine once', () => {
		expect(diagram.boxes.map((box) => box.state).toSorted()).toEqual(stateNamesOf(machine).toSorted());
	});

	it('draws an arrow for every answer, labelled with the answer', () => {
		const answers = diagram.edges.filter((edge) => edge.kind === 'answer');
		expect(answers.map((edge) => `${edge.from}→${edge.to}`).toSorted()).toEqual(
			[
				'whichComputer→whereIsComputer',
				'whichComputer→notDomainJoined',
				'whichComputer→howToTell',
				'whereIsComputer→onNetwork',
				'whereIsComputer→hasVpn',
				'hasVpn→awayWithVpn',
				'hasVpn→awayWithoutVpn',
			].toSorted(),
		);
		for (const edge of answers) expect(edge.label?.lines.join(' ')).toMatch(/:$/);
	});

	it('draws the detour back from how-to-tell to the first question', () => {
		expect(diagram.edges.filter((edge) => edge.kind === 'return')).toMatchObject([
			{ from: 'howToTell', to: 'whichComputer' },
		]);
	});

	it('keeps every box inside the drawing, and no two boxes overlapping', () => {
		for (const box of diagram.boxes) {
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(diagram.width);
			expect(box.y + box.height).toBeLessThanOrEqual(diagram.height);
		}
		const sorted = diagram.boxes.toSorted((a, b) => a.y - b.y);
		for (const [index, box] of sorted.slice(1).entries())
			expect(box.y, box.state).toBeGreaterThan(sorted[index]!.y + sorted[index]!.height);
	});

	it('wraps titles so they fit their box at the estimated character width', () => {
		for (const box of diagram.boxes) {
			const room = box.width - 2 * diagramSizes.padding;
			for (const line of box.title.lines)
				expect(line.length * diagramSizes.titleCharWidth, line).toBeLessThanOrEqual(room);
		}
	});

	it('wraps at spaces and never drops a word', () => {
		expect(wrapText('Keep the old password for now', 12)).toEqual(['Keep the old', 'password for', 'now']);
		expect(wrapText('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
	});
});
