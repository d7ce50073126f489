/** The message the embed page sends its parent, with the height its frame needs. */
export const heightMessageType = 'password-help:height';

export interface HeightMessage {
	type: typeof heightMessageType;
	height: number;
}

/**
 * Tells the page that frames this one how tall it is, now and whenever that changes.
 * The message carries only a number, so it can go to any parent origin ('*').
 */
export function reportHeightToParent(win: Window, root: HTMLElement): void {
	if (win.parent === win) return;
	let last = 0;
	const report = () => {
		const height = Math.ceil(root.scrollHeight);
		if (height === last) return;
		last = height;
		const message: HeightMessage = { type: heightMessageType, height };
		win.parent.postMessage(message, '*');
	};
	new ResizeObserver(report).observe(root);
	report();
}
