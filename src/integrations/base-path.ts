/**
 * Hosting under a sub-path (Astro's `base`, e.g. `/it/password-help/`): the content writes
 * site links from the root (`/reset-password/`), which is right only when the site is
 * served at the root. These helpers add the base to such links at build time.
 */

/**
 * `href` with the site's base in front, when it is a link from the site's root that does
 * not have it yet. Other links (`https://…`, `//host/…`, `#top`, `mailto:`, relative ones)
 * are returned unchanged.
 */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/?$/, '/');
	if (prefix === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix.slice(0, -1) || href.startsWith(prefix)) return href;
	return `${prefix}${href.slice(1)}`;
}

interface Node {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

/** Attributes that hold a link, by element. */
const linkAttributes: Record<string, string> = { a: 'href', area: 'href', img: 'src' };

interface FrontmatterLinks {
	hero?: { actions?: { link?: unknown }[] } | undefined;
	/** Starlight also accepts a label or `false` here; only an object has a link. */
	prev?: unknown;
	next?: unknown;
}

/**
 * Adds the base to the links in a page's frontmatter that Starlight renders as they are
 * (hero actions, prev/next), changing the object in place.
 */
export function addBaseToFrontmatterLinks(frontmatter: FrontmatterLinks | undefined, base: string): void {
	for (const holder of [...(frontmatter?.hero?.actions ?? []), frontmatter?.prev, frontmatter?.next]) {
		if (typeof holder === 'object' && holder !== null && 'link' in holder && typeof holder.link === 'string')
			holder.link = withBase(holder.link, base);
	}
}

/**
 * A rehype plugin that adds the base to root-relative links in Markdown and MDX content,
 * including the `href` of components used in MDX (`<LinkCard href="/practice/" />`).
 * It runs before starlight-links-validator, which then checks the links as they will be.
 */
export function rehypeBaseLinks(options: { base: string }) {
	const { base } = options;
	return (tree: Node, file: { data: { astro?: { frontmatter?: FrontmatterLinks } } }) => {
		if (base.replace(/\/?$/, '/') === '/') return;
		addBaseToFrontmatterLinks(file.data.astro?.frontmatter, base);
		const visit = (node: Node) => {
			const attribute = node.tagName ? linkAttributes[node.tagName] : undefined;
			if (attribute && typeof node.properties?.[attribute] === 'string')
				node.properties[attribute] = withBase(node.properties[attribute] as string, base);
			for (const jsxAttribute of node.attributes ?? []) {
				if (jsxAttribute.name === 'href' && typeof jsxAttribute.value === 'string')
					jsxAttribute.value = withBase(jsxAttribute.value, base);
			}
			node.children?.forEach(visit);
		};
		visit(tree);
	};
}
