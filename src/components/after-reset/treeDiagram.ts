/**
 * Lays out the after-reset decision tree as an SVG diagram, at build time, from the machine's
 * tree (`treeOf` in `src/machines/afterReset.ts`).
 *
 * An indented tree (like a folder tree) rather than a top-down one: it is tall and narrow, so it
 * stays legible on a 360 px phone without sideways scrolling, and a new question only adds rows.
 * SVG cannot wrap text, so titles are wrapped here by an estimated character width; the estimate
 * is generous so text never overflows its box in the site's sans-serif font.
 */
import type { TreeNode } from '../../machines/afterReset';

export const diagramSizes = {
	/** The drawing's width, in SVG units (CSS pixels at 100%). */
	width: 340,
	/** How far each level moves right. */
	indent: 30,
	/** Room on the right for the arrow that goes back from a detour to its question. */
	returnGutter: 22,
	padding: 10,
	/** The width of one character, estimated on the wide side, for the title (15 px) and the rest (12–13 px). */
	titleCharWidth: 8.4,
	smallCharWidth: 7.2,
	titleLineHeight: 19,
	smallLineHeight: 16,
	/** The gap between one row and the next. */
	rowGap: 8,
} as const;

export interface DiagramBox {
	state: TreeNode['state'];
	kind: TreeNode['meta']['kind'];
	/** The heading id in the static text this box stands for. */
	anchor: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** What kind of box, in words, so colour is never the only clue: "Question", "What to do". */
	tag: { text: string; x: number; y: number };
	title: { lines: string[]; x: number; y: number };
	/** For a detour, where it returns, e.g. "then back to the question". */
	note?: { lines: string[]; x: number; y: number };
}

export interface DiagramEdge {
	kind: 'answer' | 'return';
	from: TreeNode['state'];
	to: TreeNode['state'];
	/** An SVG path for the line, and one for its arrowhead. */
	line: string;
	arrowhead: string;
	label?: { lines: string[]; x: number; y: number };
}

export interface Diagram {
	width: number;
	height: number;
	boxes: DiagramBox[];
	edges: DiagramEdge[];
}

const tags = { question: 'Question', help: 'How to check', outcome: 'What to do' } as const;

/** Breaks a text into lines of at most `maxChars` characters, at spaces; a longer word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Positions every box, answer arrow and return arrow of the tree. */
export function layoutTree(
	nodes: readonly TreeNode[],
	anchorOf: (node: TreeNode) => string,
	sizes: typeof diagramSizes = diagramSizes,
): Diagram {
	const { width, indent, returnGutter, padding, titleLineHeight, smallLineHeight, rowGap } = sizes;
	const right = width - returnGutter;
	const boxes: DiagramBox[] = [];
	const edges: DiagramEdge[] = [];
	let y = padding;

	for (const node of nodes) {
		const x = padding + node.depth * indent;
		const boxWidth = right - x;
		const inner = boxWidth - 2 * padding;

		let label: DiagramEdge['label'];
		if (node.from) {
			const lines = wrapText(`${node.from.choice.shortLabel}:`, Math.floor(inner / sizes.smallCharWidth));
			label = { lines, x: x + 4, y: y + smallLineHeight - 4 };
			y += lines.length * smallLineHeight + 2;
		}

		const titleLines = wrapText(node.meta.shortTitle, Math.floor(inner / sizes.titleCharWidth));
		const tagY = y + padding + 9;
		const titleY = tagY + titleLineHeight;
		let height = padding + 9 + titleLines.length * titleLineHeight + padding;
		let note: DiagramBox['note'];
		if (node.returnsTo) {
			const returnTitle = nodes.find((other) => other.state === node.returnsTo)?.meta.shortTitle ?? '';
			const lines = wrapText(`then back to “${returnTitle}”`, Math.floor(inner / sizes.smallCharWidth));
			note = {
				lines,
				x: x + padding,
				y: titleY + (titleLines.length - 1) * titleLineHeight + smallLineHeight + 2,
			};
			height += lines.length * smallLineHeight + 2;
		}

		boxes.push({
			state: node.state,
			kind: node.meta.kind,
			anchor: anchorOf(node),
			x,
			y,
			width: boxWidth,
			height,
			tag: { text: tags[node.meta.kind], x: x + padding, y: tagY },
			title: { lines: titleLines, x: x + padding, y: titleY },
			...(note ? { note } : {}),
		});

		if (node.from) {
			const parent = boxes.find((box) => box.state === node.from?.state);
			if (!parent)
				throw new Error(`The tree lists "${node.state}" before its question "${node.from.state}".`);
			const stemX = parent.x + indent / 2;
			const midY = y + Math.min(height / 2, padding + 9);
			edges.push({
				kind: 'answer',
				from: parent.state,
				to: node.state,
				line: `M${stemX} ${parent.y + parent.height} V${midY} H${x - 1}`,
				arrowhead: `M${x} ${midY} l-7 -4.5 v9 z`,
				label,
			});
		}
		y += height + rowGap;
	}

	for (const box of boxes) {
		const node = nodes.find((candidate) => candidate.state === box.state);
		const target = boxes.find((candidate) => candidate.state === node?.returnsTo);
		if (!target) continue;
		const outX = right + returnGutter / 2;
		const fromY = box.y + box.height / 2;
		const toY = target.y + Math.min(target.height / 2, padding + 9);
		edges.push({
			kind: 'return',
			from: box.state,
			to: target.state,
			line: `M${right} ${fromY} H${outX} V${toY} H${right + 1}`,
			arrowhead: `M${right} ${toY} l7 -4.5 v9 z`,
		});
	}

	return { width, height: y - rowGap + padding, boxes, edges };
}
