import type { SimulatorEvent } from '../../machines/simulator';

/** The form fields an event's values go in, by the fields' names; undefined for a button press. */
export function fieldValuesFor(event: SimulatorEvent): Record<string, string> | undefined {
	switch (event.type) {
		case 'who.submit':
			return { userName: event.userName, captcha: event.captcha };
		case 'phone.submit':
			return { phone: event.number };
		case 'code.submit':
			return { code: event.code };
		case 'password.submit':
			return { password: event.password, confirmation: event.confirmation };
		case 'questions.submit':
			return Object.fromEntries(event.answers.map((answer, index) => [`answer${index}`, answer]));
		default:
			return undefined;
	}
}

/** Sets a field's value the way typing does, so React's change handlers see it. */
function setValue(input: HTMLInputElement, value: string) {
	const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
	setter?.call(input, value);
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

/**
 * Types values into the named fields of a form inside `root`, a character at a time so a
 * room can follow (all at once when the reader prefers reduced motion), then submits it.
 * Returns false when the fields are not on screen.
 */
export async function typeAndSubmit(
	root: HTMLElement,
	values: Record<string, string>,
	msPerCharacter = 45,
): Promise<boolean> {
	const inputs = Object.keys(values).map((name) =>
		root.querySelector<HTMLInputElement>(`input[name="${name}"]`),
	);
	const form = inputs[0]?.form;
	if (!form || inputs.some((input) => !input)) return false;
	const instant = msPerCharacter === 0 || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	for (const [index, value] of Object.values(values).entries()) {
		const input = inputs[index]!;
		if (instant) {
			setValue(input, value);
			continue;
		}
		for (let length = 1; length <= value.length; length++) {
			setValue(input, value.slice(0, length));
			await pause(msPerCharacter);
		}
	}
	form.requestSubmit();
	return true;
}
