import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
	label: ReactNode;
	/** A hint under the label, read with the field. */
	hint?: ReactNode;
	/** The error for this field; announced, and tied to the field. */
	error?: string | undefined;
	required?: boolean;
	/** Marks the field wrong when its error is shown elsewhere (one error for several fields). */
	invalid?: boolean;
	/** The id of such a shared error, so the field is described by it. */
	describedBy?: string;
}

/** A labelled input whose hint and error are tied to it, as screen readers expect. */
export function Field({
	label,
	hint,
	error,
	required,
	invalid,
	describedBy: sharedError,
	...input
}: FieldProps) {
	const id = useId();
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy =
		[hint ? hintId : '', error ? errorId : '', invalid && sharedError ? sharedError : '']
			.filter(Boolean)
			.join(' ') || undefined;
	return (
		<div className="sim-field">
			<label htmlFor={id}>
				{label}
				{required && <span aria-hidden="true"> *</span>}
			</label>
			{hint && (
				<p id={hintId} className="sim-hint">
					{hint}
				</p>
			)}
			<input
				id={id}
				aria-invalid={error || invalid ? true : undefined}
				aria-describedby={describedBy}
				aria-required={required || undefined}
				{...input}
			/>
			<FieldError id={errorId} message={error} />
		</div>
	);
}

/** An error message in a live region, kept in the page so that its changes are announced. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
	return (
		<p id={id} role="alert" className="sim-error">
			{message}
		</p>
	);
}

/** Reads one named field of a submitted form as text. */
export function formText(form: HTMLFormElement, name: string): string {
	const value = new FormData(form).get(name);
	return typeof value === 'string' ? value : '';
}
