import { useSend } from './context';

/**
 * The portal's buttons under each form: the primary action submits the form (so Enter works),
 * and Cancel starts again with every field cleared.
 */
export function ScreenActions({
	primary,
	primaryDescribedBy,
	cancel = true,
}: {
	primary?: string;
	/** An error about the screen as a whole, read with its main button. */
	primaryDescribedBy?: string;
	cancel?: boolean;
}) {
	const send = useSend();
	return (
		<div className="sim-actions">
			{primary && (
				<button type="submit" className="sim-button sim-button-primary" aria-describedby={primaryDescribedBy}>
					{primary}
				</button>
			)}
			{cancel && (
				<button type="button" className="sim-button" onClick={() => send({ type: 'cancel' })}>
					Cancel
				</button>
			)}
		</div>
	);
}
