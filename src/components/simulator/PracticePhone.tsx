import { useEffect, useState } from 'react';
import { verificationMethods } from '../../machines/portal';
import { authenticatorCodeAt, secondsUntilNextCode } from '../../rules/code';
import { useOrganization, useSend, useSimulator } from './context';

/** The time, ticking once a second, for the authenticator app's code and countdown. */
function useNow(enabled: boolean, clock: () => number): number {
	const [now, setNow] = useState(clock);
	useEffect(() => {
		if (!enabled) return;
		const timer = window.setInterval(() => setNow(clock()), 1000);
		return () => window.clearInterval(timer);
	}, [enabled, clock]);
	return now;
}

/**
 * A pretend phone beside the portal: it receives the texts and emails with codes, rings for
 * calls, asks to approve notifications, and runs the authenticator app. It sends the machine
 * the events a real phone would cause (answering, pressing #, approving).
 */
export function PracticePhone() {
	const { practicePhoneNumber, organizationName } = useOrganization();
	const send = useSend();
	const view = useSimulator((snapshot) => {
		if (snapshot.matches({ verifyFirst: 'enterCode' }) || snapshot.matches({ verifySecond: 'enterCode' }))
			return 'message';
		if (snapshot.matches({ verifyFirst: 'answerCall' }) || snapshot.matches({ verifySecond: 'answerCall' }))
			return 'call';
		if (
			snapshot.matches({ verifyFirst: 'approveNotification' }) ||
			snapshot.matches({ verifySecond: 'approveNotification' })
		)
			return 'notification';
		return 'idle';
	});
	const method = useSimulator((snapshot) => snapshot.context.selectedMethod);
	const sentCode = useSimulator((snapshot) => snapshot.context.sentCode);
	const callStatus = useSimulator((snapshot) => snapshot.context.callStatus);
	const hasApp = useSimulator((snapshot) =>
		snapshot.context.settings.methods.some((id) => verificationMethods[id].device === 'authenticatorApp'),
	);
	const appSeed = useSimulator((snapshot) => snapshot.context.appSeed);
	const clock = useSimulator((snapshot) => snapshot.context.now);
	const now = useNow(hasApp, clock);

	return (
		<section className="sim-phone" aria-label="Practice phone">
			<p className="sim-phone-number">
				This phone's number: <span className="sim-nowrap">{practicePhoneNumber}</span>
			</p>
			<div className="sim-phone-screen" aria-live="polite">
				{view === 'message' && method === 'email' && (
					<div className="sim-phone-card">
						<p className="sim-phone-app">Mail</p>
						<p>
							<strong>{organizationName} account team</strong>
						</p>
						<p>
							Your verification code is <strong className="sim-code">{sentCode}</strong>
						</p>
					</div>
				)}
				{view === 'message' && method !== 'email' && (
					<div className="sim-phone-card">
						<p className="sim-phone-app">Messages</p>
						<p>
							Use verification code <strong className="sim-code">{sentCode}</strong> for {organizationName}{' '}
							password reset.
						</p>
					</div>
				)}
				{view === 'call' && (
					<IncomingCall status={callStatus} onAnswer={() => send({ type: 'call.answer' })} />
				)}
				{view === 'call' && callStatus !== 'ringing' && (
					<div className="sim-phone-card">
						<p>
							{callStatus === 'answered'
								? 'A voice says: "To finish verifying, press the pound key."'
								: 'A voice says: "Thank you. Your verification is complete. Goodbye."'}
						</p>
						{callStatus === 'answered' && (
							<button
								type="button"
								className="sim-button sim-key"
								onClick={() => send({ type: 'call.confirm' })}
							>
								<span aria-hidden="true">#</span>
								<span className="sim-visually-hidden">Press the # key</span>
							</button>
						)}
					</div>
				)}
				{view === 'call' && callStatus === 'ringing' && (
					<button type="button" className="sim-button" onClick={() => send({ type: 'call.decline' })}>
						Decline
					</button>
				)}
				{view === 'notification' && (
					<div className="sim-phone-card">
						<p className="sim-phone-app">Authenticator</p>
						<p>Approve sign-in request? {organizationName} password reset.</p>
						<div className="sim-actions">
							<button
								type="button"
								className="sim-button sim-button-primary"
								onClick={() => send({ type: 'notification.approve' })}
							>
								Approve
							</button>
							<button
								type="button"
								className="sim-button"
								onClick={() => send({ type: 'notification.deny' })}
							>
								Deny
							</button>
						</div>
					</div>
				)}
				{view === 'idle' && <p className="sim-phone-idle">No new messages.</p>}
			</div>
			{hasApp && (
				<div className="sim-phone-card sim-authenticator">
					<p className="sim-phone-app">Authenticator app</p>
					<p>
						{organizationName} (work account):{' '}
						<strong className="sim-code">{authenticatorCodeAt(now, appSeed)}</strong>
					</p>
					<p className="sim-hint">New code in {secondsUntilNextCode(now)} s</p>
				</div>
			)}
		</section>
	);
}

function IncomingCall({
	status,
	onAnswer,
}: {
	status: 'ringing' | 'answered' | 'confirmed';
	onAnswer: () => void;
}) {
	if (status !== 'ringing') return <p className="sim-phone-app">Call in progress</p>;
	return (
		<div className="sim-phone-card">
			<p className="sim-phone-app sim-ringing">Incoming call…</p>
			<p>Account verification service</p>
			<button type="button" className="sim-button sim-button-primary" onClick={onAnswer}>
				Answer
			</button>
		</div>
	);
}
