// robots.txt: everything may be crawled (the practice pages say `noindex` themselves, which a
// crawler can only read if it may fetch them), and where the sitemap is.
import type { APIRoute } from 'astro';
import { org } from '../config';

export const GET: APIRoute = () => {
	const sitemap = new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, org.siteUrl)).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
