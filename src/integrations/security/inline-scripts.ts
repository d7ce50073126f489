/**
 * Hashes of the `<script is:inline>` blocks in Starlight's components.
 *
 * Astro's `security.csp` hashes the scripts it bundles, but not `is:inline` ones, which it
 * writes into the page untouched (withastro/astro#16678). Starlight uses a few (the theme
 * picker, the search shortcut, the sidebar scroll position). Because Astro copies their
 * text verbatim, hashing the text in Starlight's own source gives exactly the hashes the
 * browser computes, and stays right when Starlight is upgraded. The build audit
 * (`audit.ts`) fails the build if any inline script in the output is still not allowed.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type CspHash = `sha256-${string}`;

export function sha256(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The bodies of the `<script is:inline>` elements in one `.astro` source file. */
export function inlineScriptBodies(astroSource: string): string[] {
	return [...astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
		(match) => match[1]!,
	);
}

async function astroFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The hashes of every inline script any Starlight component can write into a page. */
export async function starlightInlineScriptHashes(): Promise<CspHash[]> {
	const starlightDist = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
	const hashes = new Set<CspHash>();
	for (const file of await astroFiles(starlightDist)) {
		for (const body of inlineScriptBodies(await readFile(file, 'utf8'))) hashes.add(sha256(body));
	}
	if (hashes.size === 0)
		throw new Error(
			`Found no <script is:inline> in Starlight's components under ${starlightDist}; ` +
				`expected a few (ThemeProvider.astro has one). Starlight's layout may have changed: ` +
				`see src/integrations/security/inline-scripts.ts.`,
		);
	return [...hashes];
}
