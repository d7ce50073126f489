import { useBase, useOrganization, useSend, useSimulator } from './context';
import { ScreenActions } from './ScreenActions';

export function WhyTrouble() {
	const send = useSend();
	return (
		<div>
			<div className="sim-actions sim-actions-stacked">
				<button
					type="button"
					className="sim-button"
					onClick={() => send({ type: 'trouble.choose', reason: 'forgot' })}
				>
					I forgot my password
				</button>
				<button
					type="button"
					className="sim-button"
					onClick={() => send({ type: 'trouble.choose', reason: 'unlock' })}
				>
					I know my password, but still can't sign in
				</button>
			</div>
			<p className="sim-hint">The second choice unlocks your account without changing the password.</p>
			<ScreenActions />
		</div>
	);
}

function HelpdeskSentence() {
	const { helpdesk } = useOrganization();
	return (
		<p>
			Contact the {helpdesk.name} on{' '}
			<a href={`tel:${helpdesk.phone.replace(/[^+0-9]/g, '')}`}>{helpdesk.phone}</a> or{' '}
			<a href={`mailto:${helpdesk.email}`}>{helpdesk.email}</a> ({helpdesk.hours}).
		</p>
	);
}

export function CouldNotVerify() {
	const base = useBase();
	return (
		<div>
			<p>We could not verify your account. Contact your administrator.</p>
			<p>
				<strong>What this means:</strong> no phone or authenticator app is registered for this account, so you
				can't reset the password yourself this time.
			</p>
			<HelpdeskSentence />
			<p>
				Afterwards, register your phone so that next time you can do it yourself: see{' '}
				<a href={`${base}before-you-start/`}>before you start</a>.
			</p>
			<StartAgain />
		</div>
	);
}

export function Blocked() {
	const because = useSimulator((snapshot) => snapshot.context.blockedBecause);
	const what = because === 'phone' ? 'phone numbers' : because === 'answers' ? 'answers' : 'codes';
	return (
		<div>
			<p>
				You've tried too many times. Too many wrong {what} were entered, so password reset is blocked for this
				account for 24 hours.
			</p>
			<p>Try again in 24 hours, or contact the helpdesk if you need to get back in sooner.</p>
			<HelpdeskSentence />
			<StartAgain />
		</div>
	);
}

export function Done() {
	const base = useBase();
	return (
		<div>
			<p>You can now sign in with your new password. You will also get an email to say so.</p>
			<p>
				<a className="sim-button sim-button-primary sim-link-button" href={`${base}after-reset/`}>
					Next: sign in on your computer
				</a>
			</p>
			<StartAgain label="Practise again" />
		</div>
	);
}

export function Unlocked() {
	const base = useBase();
	return (
		<div>
			<p>Sign in with the password you already know. It has not changed.</p>
			<p>
				<a href={`${base}after-reset/`}>Trouble signing in on your computer?</a>
			</p>
			<StartAgain label="Practise again" />
		</div>
	);
}

function StartAgain({ label = 'Start again' }: { label?: string }) {
	const send = useSend();
	return (
		<div className="sim-actions">
			<button type="button" className="sim-button" onClick={() => send({ type: 'cancel' })}>
				{label}
			</button>
		</div>
	);
}
