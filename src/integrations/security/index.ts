/**
 * After the build: checks every page against its Content Security Policy, then writes
 * the header files (`_headers`, `staticwebapp.config.json`, `web.config`) from the same
 * policy, with `frame-ancestors` from the organization config.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspProblems, metaCsp } from './audit';
import {
	renderHeadersFile,
	renderStaticWebAppConfig,
	renderWebConfig,
	type HeaderPlan,
} from './header-files';
import { commonHeaders, embedPathPrefix, mergeCsp, withFrameAncestors } from './policy';

/** Every built HTML file, relative to the output folder, in a stable order. */
export async function htmlFiles(outDir: string): Promise<string[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
		.sort();
}

export function securityHeaders(options: { embedAllowedOrigins: readonly string[] }): AstroIntegration {
	let base = '/';
	return {
		name: 'password-help:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = await htmlFiles(outDir);
				const policies: string[] = [];
				const problems: string[] = [];
				for (const page of pages) {
					const html = await readFile(`${outDir}/${page}`, 'utf8');
					problems.push(...cspProblems(html).map((problem) => `${page}: ${problem}`));
					const policy = metaCsp(html);
					if (policy) policies.push(policy);
				}
				if (problems.length > 0)
					throw new Error(
						`The Content Security Policy would block parts of these pages:\n` +
							problems.map((problem) => `  - ${problem}`).join('\n') +
							`\nAllow a script by its hash in src/integrations/security/policy.ts, or move it into a bundled <script>.`,
					);
				const merged = mergeCsp(policies);
				const plan: HeaderPlan = {
					base,
					common: commonHeaders,
					pagePolicy: withFrameAncestors(merged, []),
					embedPolicy: withFrameAncestors(merged, options.embedAllowedOrigins),
					embedPrefix: embedPathPrefix,
					pages,
					immutablePrefix: '_astro/',
					workerPrefixes: ['pagefind/'],
				};
				await writeFile(`${outDir}/_headers`, renderHeadersFile(plan));
				await writeFile(`${outDir}/staticwebapp.config.json`, renderStaticWebAppConfig(plan));
				await writeFile(`${outDir}/web.config`, renderWebConfig(plan));
				logger.info(
					`Checked ${pages.length} pages against the CSP; wrote _headers, staticwebapp.config.json and web.config.`,
				);
			},
		},
	};
}
