import { readFileSync, readdirSync } from 'node:fs';

/** The paths of every page in the built sitemap, relative to the site's base (e.g. "reset-password/"). */
export function sitemapPaths(distDir = 'dist'): string[] {
	const sitemaps = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
	const locations = sitemaps.flatMap((name) =>
		[...readFileSync(`${distDir}/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(match) => match[1]!,
		),
	);
	if (locations.length === 0)
		throw new Error(`No pages found in ${distDir}/sitemap-*.xml: build the site first.`);
	return locations.map((location) => {
		const { pathname } = new URL(location);
		const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
		return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	});
}
