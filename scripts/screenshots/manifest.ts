/**
 * The screenshots' manifest: for each screen, what its pictures show. `npm run screenshots`
 * writes it; the staleness test compares it with what the simulator shows now.
 */
import { createHash } from 'node:crypto';

export interface PictureFile {
	/** The file's name in src/assets/screenshots/. */
	file: string;
	/** Its size in CSS pixels: the image itself has `scale` times as many device pixels. */
	width: number;
	height: number;
}

export interface ScreenEntry {
	/** SHA-256 of `content`: what the staleness test compares. */
	fingerprint: string;
	/** The screen's accessibility tree when it was pictured, kept so that a stale screen shows a diff. */
	content: string;
	/** Whether the pictures show the practice phone beside the portal. */
	withPhone: boolean;
	pictures: Record<string, PictureFile>;
}

export interface ScreenshotManifest {
	/** How to remake every file listed here. */
	generatedBy: string;
	seed: number;
	time: string;
	scale: number;
	screens: Record<string, ScreenEntry>;
}

export const regenerate = 'run `npm run screenshots`';

export function fingerprint(content: string): string {
	return createHash('sha256').update(content).digest('hex');
}

/**
 * Whether a screen's pictures still show what the simulator shows: `undefined` when they do,
 * else a message that names the screen, says what differs and how to fix it.
 */
export function pictureProblem(
	manifest: Pick<ScreenshotManifest, 'screens'>,
	screenId: string,
	contentNow: string,
): string | undefined {
	const entry = manifest.screens[screenId];
	if (!entry) return `The screen "${screenId}" has no pictures in the screenshots manifest: ${regenerate}.`;
	if (entry.fingerprint === fingerprint(contentNow)) return undefined;
	return [
		`The pictures of the screen "${screenId}" are stale: the screen has changed since they were taken, so ${regenerate}.`,
		'What changed (- pictured, + now):',
		...lineDiff(entry.content, contentNow),
	].join('\n');
}

/** Screens that have pictures but are no longer in the machine. */
export function picturesWithoutScreen(
	manifest: Pick<ScreenshotManifest, 'screens'>,
	screenIds: readonly string[],
): string[] {
	return Object.keys(manifest.screens).filter((id) => !screenIds.includes(id));
}

/** The lines only in `before` (-) and only in `after` (+), in order; enough to spot a change. */
function lineDiff(before: string, after: string): string[] {
	const old = before.split('\n');
	const now = after.split('\n');
	const removed = old.filter((line) => !now.includes(line)).map((line) => `- ${line}`);
	const added = now.filter((line) => !old.includes(line)).map((line) => `+ ${line}`);
	const lines = [...removed, ...added];
	return lines.length > 0 ? lines : ['  (the same lines in another order)'];
}
