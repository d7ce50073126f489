/**
 * Starlight route middleware: changes to every page's route data that depend on where the
 * page is, not on what it says, so the pages themselves need not repeat them.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { addBaseToFrontmatterLinks } from './integrations/base-path';

/** Pages for practice only: search engines should not list them next to the real portal. */
export function isPracticePage(slug: string): boolean {
	return slug === 'practice' || slug.startsWith('practice/') || slug.startsWith('embed/');
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (isPracticePage(route.id)) {
		route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
	}
	// Hero and prev/next links come from the frontmatter, which Starlight renders as written.
	addBaseToFrontmatterLinks(route.entry.data, import.meta.env.BASE_URL);
});
