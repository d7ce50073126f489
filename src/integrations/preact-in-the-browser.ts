/**
 * Runs the islands on Preact's React-compatible layer in the browser, while the build
 * renders them with React. The components are written for React and keep its API; only
 * the code sent to readers changes: react-dom alone is about 65 KB (gzip), preact/compat
 * about 10 KB, which is what keeps /practice/ within its 110 KB JavaScript budget.
 * `npm run bench` measures both; the browser tests run against this build.
 */
import type { Plugin } from 'vite';

const browserReplacements: Record<string, string> = {
	react: 'preact/compat',
	'react-dom': 'preact/compat',
	'react-dom/client': 'preact/compat/client',
	'react/jsx-runtime': 'preact/jsx-runtime',
	'react/jsx-dev-runtime': 'preact/jsx-runtime',
};

export function preactInTheBrowser(): Plugin {
	return {
		name: 'preact-compat-in-the-browser',
		enforce: 'pre',
		async resolveId(id, importer, options) {
			const replacement = browserReplacements[id];
			if (options?.ssr || !replacement || process.env.ISLANDS_ON_REACT) return null;
			return this.resolve(replacement, importer, { skipSelf: true });
		},
	};
}
