import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQrCode, quietZone } from './qrCode';

/** The modules a path paints, as "row,col" strings, read back from its runs. */
function paintedModules(path: string): Set<string> {
	const painted = new Set<string>();
	for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let dx = 0; dx < Number(width); dx++) painted.add(`${Number(y)},${Number(x) + dx}`);
	}
	return painted;
}

describe('drawQrCode', () => {
	const address = 'https://password-help.contoso.com/';
	const drawing = drawQrCode(address);
	const { modules } = create(address, { errorCorrectionLevel: 'M' });

	it('paints exactly the dark modules of the code, inside the quiet zone', () => {
		const expected = new Set<string>();
		for (let row = 0; row < modules.size; row++)
			for (let col = 0; col < modules.size; col++)
				if (modules.get(row, col)) expected.add(`${row + quietZone},${col + quietZone}`);
		expect(paintedModules(drawing.path)).toEqual(expected);
	});

	it('leaves a quiet zone of four modules on every side', () => {
		expect(drawing.size).toBe(modules.size + 2 * quietZone);
	});

	it('stays small enough to scan from a printed card', () => {
		// Version 3 (29 modules) holds a 50-character address at level M.
		expect(modules.size).toBeLessThanOrEqual(33);
	});

	it('refuses empty text', () => {
		expect(() => drawQrCode('')).toThrow(/empty string/);
	});
});
