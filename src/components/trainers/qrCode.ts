/**
 * A QR code drawn as one SVG path at build time, so the page needs no script, no image file
 * and no outside service. `qrcode` does the encoding; this only turns its modules into a path.
 */
import { create } from 'qrcode';

/** The blank margin around the code, in modules; scanners need 4 (ISO/IEC 18004). */
export const quietZone = 4;

export interface QrDrawing {
	/** Width and height in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
	size: number;
	/** The dark modules, one rectangle per horizontal run. */
	path: string;
}

/** Draws `text` as a QR code with medium error correction (survives a smudged printout). */
export function drawQrCode(text: string): QrDrawing {
	if (text.length === 0) throw new Error('A QR code needs some text to encode, received an empty string.');
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	const runs: string[] = [];
	for (let row = 0; row < modules.size; row++) {
		let col = 0;
		while (col < modules.size) {
			if (!modules.get(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < modules.size && modules.get(row, col)) col++;
			runs.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h-${col - start}z`);
		}
	}
	return { size: modules.size + 2 * quietZone, path: runs.join('') };
}
