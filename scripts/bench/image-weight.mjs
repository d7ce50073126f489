// The weight of the images a built page references: what a reader's browser downloads for the
// guide's pictures. Reads the HTML in dist/, so it needs `npm run build` first.
//   node scripts/bench/image-weight.mjs [page]      (default: reset-password)
// For each <picture> it picks the file a browser would pick, as a browser does: the first
// <source> whose media and type match, then the smallest srcset candidate at least as wide as
// the slot (`sizes`) times the device pixel ratio. It understands the media and sizes that
// src/components/ScreenPicture.astro writes, and refuses others rather than guess.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const remPx = 16;

/** The readers the figure is given for: a phone and a desktop, with their pixel ratios. */
export const readers = {
	phone: { width: 390, dpr: 3 },
	desktop: { width: 1280, dpr: 1 },
};

function attributes(tag) {
	const found = {};
	for (const [, name, value] of tag.matchAll(/([\w-]+)="([^"]*)"/g))
		found[name] = value.replace(/&amp;/g, '&');
	return found;
}

function lengthPx(text, viewportWidth) {
	const value = text.trim();
	let match;
	if ((match = /^(\d+(?:\.\d+)?)px$/.exec(value))) return Number(match[1]);
	if ((match = /^(\d+(?:\.\d+)?)rem$/.exec(value))) return Number(match[1]) * remPx;
	if ((match = /^(\d+(?:\.\d+)?)vw$/.exec(value))) return (Number(match[1]) * viewportWidth) / 100;
	if ((match = /^calc\((.+) - (.+)\)$/.exec(value)))
		return lengthPx(match[1], viewportWidth) - lengthPx(match[2], viewportWidth);
	throw new Error(`image-weight: cannot read the length "${text}".`);
}

function mediaMatches(media, viewportWidth) {
	if (!media) return true;
	const match = /^\(max-width: ([^)]+)\)$/.exec(media.trim());
	if (!match) throw new Error(`image-weight: cannot read the media query "${media}".`);
	return viewportWidth <= lengthPx(match[1], viewportWidth);
}

/** The slot width `sizes` gives at a viewport width (no `sizes`: the whole viewport). */
export function slotWidth(sizes, viewportWidth) {
	if (!sizes) return viewportWidth;
	for (const entry of sizes.split(/,(?![^(]*\))/)) {
		const match = /^\s*(\(.*\))\s+(.+)$/.exec(entry);
		if (!match) return lengthPx(entry, viewportWidth);
		if (mediaMatches(match[1], viewportWidth)) return lengthPx(match[2], viewportWidth);
	}
	return viewportWidth;
}

/** The candidate a browser picks from a `w` srcset: the smallest wide enough, else the widest. */
export function pickCandidate(srcset, needed) {
	const candidates = srcset
		.split(',')
		.map((part) => part.trim().split(/\s+/))
		.map(([url, descriptor = '1x']) => {
			if (!descriptor.endsWith('w'))
				throw new Error(`image-weight: only w descriptors are read, not "${descriptor}".`);
			return { url, width: Number(descriptor.slice(0, -1)) };
		})
		.sort((a, b) => a.width - b.width);
	return (candidates.find((candidate) => candidate.width >= needed) ?? candidates.at(-1)).url;
}

/** The image files a page's HTML references, and which of them a given reader loads. */
export function imagesOf(html, reader) {
	const all = new Set();
	const loaded = [];
	const pictures = html.match(/<picture\b[\s\S]*?<\/picture>/g) ?? [];
	for (const picture of pictures) {
		const tags = [...picture.matchAll(/<(source|img)\b[^>]*>/g)].map(([tag, name]) => ({
			name,
			...attributes(tag),
		}));
		for (const tag of tags) {
			for (const part of (tag.srcset ?? '').split(',')) if (part.trim()) all.add(part.trim().split(/\s+/)[0]);
			if (tag.src) all.add(tag.src);
		}
		const chosen = tags.find((tag) => tag.name === 'img' || mediaMatches(tag.media, reader.width));
		const needed = slotWidth(chosen.sizes, reader.width) * reader.dpr;
		loaded.push(chosen.srcset ? pickCandidate(chosen.srcset, needed) : chosen.src);
	}
	const outside = html.replace(/<picture\b[\s\S]*?<\/picture>/g, '');
	for (const [tag] of outside.matchAll(/<img\b[^>]*>/g)) {
		const { src } = attributes(tag);
		if (src && !src.startsWith('data:')) {
			all.add(src);
			loaded.push(src);
		}
	}
	return { all: [...all], loaded };
}

/**
 * The image weight of a built page, in bytes: every image file it references, and what a
 * phone (390 px wide, 3× pixels) and a desktop reader (1280 px, 1×) download when they scroll
 * through all of it.
 */
export function pageImageWeight({ dist = 'dist', page = 'reset-password', base = '/' } = {}) {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const bytes = (url) => {
		const path = new URL(url, 'http://site/').pathname;
		if (!path.startsWith(base)) throw new Error(`image-weight: ${url} is outside the base ${base}.`);
		return statSync(join(dist, decodeURIComponent(path.slice(base.length)))).size;
	};
	const sum = (urls) => urls.reduce((total, url) => total + bytes(url), 0);
	const result = { page: `/${page}/`, pictures: 0, allFiles: 0, allBytes: 0, readers: {} };
	const everything = imagesOf(html, readers.phone).all;
	result.allFiles = everything.length;
	result.allBytes = sum(everything);
	for (const [name, reader] of Object.entries(readers)) {
		const { loaded } = imagesOf(html, reader);
		result.pictures = loaded.length;
		result.readers[name] = { ...reader, files: loaded.length, bytes: sum(loaded) };
	}
	return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const page = process.argv[2] ?? 'reset-password';
	const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
	const weight = pageImageWeight({ page, base, dist: process.env.SITE_BASE ? 'dist-subpath' : 'dist' });
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	console.log(
		`Images of ${weight.page}: ${weight.pictures} pictures, ${weight.allFiles} files, ${kb(weight.allBytes)} in all`,
	);
	for (const [name, reader] of Object.entries(weight.readers))
		console.log(
			`  a ${name} (${reader.width} px, ${reader.dpr}×) loads ${reader.files} files: ${kb(reader.bytes)}`,
		);
}
