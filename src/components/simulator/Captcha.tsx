import { useEffect, useState } from 'react';
import { describeCaptcha } from '../../rules/captcha';

/** A small deterministic jitter per character, so a picture looks hand-drawn but is stable. */
function jitter(chars: string, index: number, spread: number): number {
	const code = chars.charCodeAt(index) * 31 + index * 17;
	return ((code % 7) - 3) * (spread / 3);
}

/**
 * The CAPTCHA picture. Its alternative text names the characters, which is the accessible
 * alternative a screen-reader user practises with; the audio button speaks them.
 */
export function Captcha({ characters, onRefresh }: { characters: string; onRefresh: () => void }) {
	const [canSpeak, setCanSpeak] = useState(false);
	useEffect(() => setCanSpeak(typeof window !== 'undefined' && 'speechSynthesis' in window), []);

	const speak = () => {
		window.speechSynthesis.cancel();
		const utterance = new SpeechSynthesisUtterance(characters.split('').join(', '));
		utterance.rate = 0.7;
		window.speechSynthesis.speak(utterance);
	};

	return (
		<div className="sim-captcha">
			<svg
				role="img"
				aria-label={describeCaptcha(characters)}
				viewBox="0 0 200 64"
				className="sim-captcha-picture"
			>
				<path d="M4 44 C 50 10, 90 60, 196 20" className="sim-captcha-noise" />
				<path d="M4 20 C 70 50, 120 4, 196 48" className="sim-captcha-noise" />
				{characters.split('').map((character, index) => (
					<text
						key={index}
						x={22 + index * 36}
						y={42 + jitter(characters, index, 6)}
						transform={`rotate(${jitter(characters, index, 15)} ${22 + index * 36} 36)`}
						className="sim-captcha-character"
					>
						{character}
					</text>
				))}
			</svg>
			<div className="sim-captcha-controls">
				<button type="button" className="sim-icon-button" onClick={onRefresh}>
					<span aria-hidden="true">↻</span> New characters
				</button>
				{canSpeak && (
					<button type="button" className="sim-icon-button" onClick={speak}>
						<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="sim-icon">
							<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
							<path
								d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
								stroke="currentColor"
								strokeWidth="2"
								fill="none"
							/>
						</svg>{' '}
						Hear them
					</button>
				)}
			</div>
		</div>
	);
}
