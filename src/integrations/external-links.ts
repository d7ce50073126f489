/**
 * Lists every link that leaves the site, with the pages it is on, in
 * `external-links.txt` in the build output, and prints it, so a reviewer can check each
 * address still goes where the guide says.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './security/index';

/** The addresses of the links in `html` that lead off the site (web, mail and phone links). */
export function externalLinks(html: string, siteOrigin: string): string[] {
	const links = new Set<string>();
	for (const [, href] of html.matchAll(/<a\b[^>]*?\shref=(?:"([^"]*)"|'([^']*)')/gi)) {
		if (!href) continue;
		const address = href.replaceAll('&amp;', '&');
		if (/^(mailto|tel):/i.test(address)) links.add(address);
		else if (/^https?:\/\//i.test(address) && new URL(address).origin !== siteOrigin) links.add(address);
	}
	return [...links];
}

/** The report: one address a line, followed by the pages that link to it. */
export function externalLinksReport(linksByPage: ReadonlyMap<string, readonly string[]>): string {
	const pagesByLink = new Map<string, string[]>();
	for (const [page, links] of linksByPage) {
		for (const link of links) pagesByLink.set(link, [...(pagesByLink.get(link) ?? []), page]);
	}
	return [...pagesByLink]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([link, pages]) => `${link}\n${pages.map((page) => `    ${page}`).join('\n')}`)
		.join('\n');
}

export function externalLinksList(): AstroIntegration {
	let siteOrigin = '';
	return {
		name: 'password-help:external-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				siteOrigin = config.site ? new URL(config.site).origin : '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const linksByPage = new Map<string, string[]>();
				for (const page of await htmlFiles(outDir)) {
					linksByPage.set(page, externalLinks(await readFile(`${outDir}/${page}`, 'utf8'), siteOrigin));
				}
				const report = externalLinksReport(linksByPage);
				await writeFile(`${outDir}/external-links.txt`, `${report}\n`);
				logger.info(`Links that leave the site (also in external-links.txt), for review:\n${report}`);
			},
		},
	};
}
