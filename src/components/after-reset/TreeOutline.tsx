// The decision tree as a nested list of links: the diagram's text alternative, and a table of
// contents for the full text. Rendered at build time only.
import type { TreeNode } from '../../machines/afterReset';

interface Props {
	nodes: readonly TreeNode[];
	anchorOf: (node: TreeNode) => string;
}

export function TreeOutline({ nodes, anchorOf }: Props) {
	const childrenOf = (parent: TreeNode) => nodes.filter((node) => node.from?.state === parent.state);
	const item = (node: TreeNode) => {
		const children = childrenOf(node);
		const returnsTo = nodes.find((other) => other.state === node.returnsTo);
		return (
			<li key={node.state}>
				{node.from && <>{node.from.choice.shortLabel}: </>}
				<a href={`#${anchorOf(node)}`}>{node.meta.title}</a>
				{returnsTo && <>, then back to “{returnsTo.meta.title}”</>}
				{children.length > 0 && <ul>{children.map(item)}</ul>}
			</li>
		);
	};
	return <ul>{nodes.filter((node) => !node.from).map(item)}</ul>;
}
