import { describe, expect, it } from 'vitest';
import { imagesOf, pickCandidate, slotWidth } from '../../scripts/bench/image-weight.mjs';

const picture = `<figure><picture>
<source media="(max-width: 50rem)" type="image/avif" srcset="/_astro/a-phone-1x.avif 358w, /_astro/a-phone-2x.avif 716w" sizes="(max-width: 430px) calc(100vw - 72px), 358px">
<source type="image/avif" srcset="/_astro/a-desk-1x.avif 452w, /_astro/a-desk-2x.avif 904w" sizes="(max-width: 524px) calc(100vw - 72px), 452px">
<img src="/_astro/a-desk-1x.webp" srcset="/_astro/a-desk-1x.webp 452w, /_astro/a-desk-2x.webp 904w" alt="x">
</picture></figure><img src="/logo.svg" alt="">`;

describe('the image weight of a page', () => {
	it('reads the slot width from sizes, as a browser does', () => {
		const sizes = '(max-width: 430px) calc(100vw - 72px), 358px';
		expect(slotWidth(sizes, 390)).toBe(318);
		expect(slotWidth(sizes, 1280)).toBe(358);
	});

	it('picks the smallest candidate wide enough, else the widest', () => {
		const srcset = '/s.avif 358w, /l.avif 716w';
		expect(pickCandidate(srcset, 300)).toBe('/s.avif');
		expect(pickCandidate(srcset, 500)).toBe('/l.avif');
		expect(pickCandidate(srcset, 954)).toBe('/l.avif');
	});

	it('counts the phone picture for a phone and the desktop one for a desktop', () => {
		expect(imagesOf(picture, { width: 390, dpr: 3 }).loaded).toEqual([
			'/_astro/a-phone-2x.avif',
			'/logo.svg',
		]);
		expect(imagesOf(picture, { width: 1280, dpr: 1 }).loaded).toEqual([
			'/_astro/a-desk-1x.avif',
			'/logo.svg',
		]);
		expect(imagesOf(picture, { width: 390, dpr: 3 }).all).toHaveLength(7);
	});

	it('refuses a media query it cannot read rather than guess', () => {
		const odd = picture.replace('(max-width: 50rem)', '(orientation: portrait)');
		expect(() => imagesOf(odd, { width: 390, dpr: 3 })).toThrow(/cannot read the media query/);
	});
});
