// Serves the built site in dist/ on localhost, the way a static host would.
// No dependencies: it is what `npm start` runs after the build, and what the browser tests use.
//   node scripts/serve.mjs [--port 4321] [--dir dist]
// SITE_BASE (e.g. /it/password-help/) serves the site under a sub-path, like the build.
// Responses carry the headers of the build's `_headers` file, as Netlify or Cloudflare would
// send them, so the browser tests see the real Content-Security-Policy and frame rules.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		dir: { type: 'string', default: 'dist' },
	},
});
const root = resolve(values.dir);
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(values.port);

const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pdf': 'application/pdf',
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`There is no built site in ${root}. Run \`npm run build\` first.`);
	process.exit(1);
}

/**
 * The rules of a `_headers` file: a path (`/*` matches by prefix) and its indented headers.
 * A header given by several matching rules is joined with a comma, as Cloudflare does;
 * the generated file never does that (src/integrations/security/header-files.ts).
 */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else
			rules.at(-1)?.headers.push(
				line
					.trim()
					.split(/:\s*(.*)/s)
					.slice(0, 2),
			);
	}
	return rules;
}
function headersFor(urlPath) {
	const headers = {};
	// Read on every request: a rebuild while the server runs changes the policy's hashes.
	for (const rule of readHeaderRules(join(root, '_headers'))) {
		const matches = rule.path.endsWith('*')
			? urlPath.startsWith(rule.path.slice(0, -1))
			: rule.path === urlPath;
		if (!matches) continue;
		for (const [name, value] of rule.headers)
			headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

function resolveFile(urlPath) {
	if (!urlPath.startsWith(base)) return undefined;
	const relative = normalize(decodeURIComponent(urlPath.slice(base.length)));
	if (relative.startsWith('..')) return undefined;
	let file = join(root, relative);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	// A directory address without its slash redirects, as static hosts do.
	if (!url.pathname.endsWith('/') && !extname(url.pathname) && resolveFile(`${url.pathname}/`)) {
		response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	const file = resolveFile(url.pathname);
	const status = file ? 200 : 404;
	const served = file ?? join(root, '404.html');
	response.writeHead(status, {
		'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream',
		'X-Content-Type-Options': 'nosniff',
		...headersFor(url.pathname),
	});
	// A file removed while it is read (a rebuild under way) ends this response, not the server.
	createReadStream(served)
		.on('error', () => response.destroy())
		.pipe(response);
});

server.listen(port, 'localhost', () => {
	console.log(`\nThe site is being served at http://localhost:${port}${base}\nPress Ctrl+C to stop.\n`);
});
