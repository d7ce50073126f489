import { shallowEqual } from '@xstate/react';
import { useId, type ReactNode } from 'react';
import {
	portalMethodOrder,
	practiceAlternateEmail,
	practiceSecurityQuestions,
	verificationMethods,
	type VerificationMethodId,
} from '../../machines/portal';
import { maskPhoneNumber } from '../../rules/phone';
import { useOrganization, useSend, useSimulator } from './context';
import { Field, FieldError, formText } from './Field';
import { ScreenActions } from './ScreenActions';

/** Verification step 1 or 2: the method list, and the selected method's own first step. */
export function ChooseMethod() {
	const send = useSend();
	const groupId = useId();
	// The methods the machine lets the user choose now: it alone knows which devices are used.
	const offered = useSimulator(
		(snapshot) => portalMethodOrder.filter((method) => snapshot.can({ type: 'method.select', method })),
		shallowEqual,
	);
	const selected = useSimulator((snapshot) => snapshot.context.selectedMethod);
	return (
		<div className="sim-choose">
			<fieldset className="sim-methods">
				<legend>Please choose the contact method we should use for verification:</legend>
				{offered.map((id) => (
					<label key={id} className="sim-radio">
						<input
							type="radio"
							name={groupId}
							value={id}
							checked={selected === id}
							onChange={() => send({ type: 'method.select', method: id })}
						/>
						{verificationMethods[id].label}
					</label>
				))}
			</fieldset>
			<div className="sim-method-pane">
				{selected && <MethodFirstStep key={selected} method={selected} />}
			</div>
		</div>
	);
}

function MethodFirstStep({ method }: { method: VerificationMethodId }) {
	const send = useSend();
	const { practicePhoneNumber } = useOrganization();
	const errors = useSimulator((snapshot) => snapshot.context.errors);
	const { kind, actionLabel } = verificationMethods[method];
	const masked = maskPhoneNumber(practicePhoneNumber);

	switch (kind) {
		case 'phoneNumberThenCode':
		case 'phoneNumberThenCall':
			return (
				<form
					noValidate
					onSubmit={(event) => {
						event.preventDefault();
						send({ type: 'phone.submit', number: formText(event.currentTarget, 'phone') });
					}}
				>
					<p>
						In order to protect your account, we need you to enter your complete mobile phone number ({masked}
						) below.{' '}
						{kind === 'phoneNumberThenCode'
							? 'You will then receive a text message with a verification code which can be used to reset your password.'
							: 'You will then receive a call which can be used to reset your password.'}
					</p>
					<Field
						label="Your mobile phone number"
						name="phone"
						type="tel"
						autoComplete="off"
						placeholder="Enter your phone number"
						error={errors.phone}
					/>
					<ScreenActions primary={actionLabel} />
				</form>
			);
		case 'sendCode':
			return (
				<SendForm event="email.send" action={actionLabel}>
					You will receive an email containing a verification code at your alternate email address (
					{practiceAlternateEmail}).
				</SendForm>
			);
		case 'callThenConfirm':
			return (
				<SendForm event="call.start" action={actionLabel}>
					You will receive a call at your office phone. Answer it to verify your account.
				</SendForm>
			);
		case 'approveNotification':
			return (
				<SendForm event="notification.send" action={actionLabel}>
					We will send a notification to your authenticator app. Approve it to verify your account.
				</SendForm>
			);
		case 'typeAppCode':
			return (
				<CodeForm
					intro="Enter the verification code displayed in your authenticator app."
					error={errors.code}
				/>
			);
		case 'answerQuestions':
			return <SecurityQuestions error={errors.answers} />;
	}
}

/** A method whose first step is one button: Email, Call or Send Notification. */
function SendForm({
	event,
	action,
	children,
}: {
	event: 'email.send' | 'call.start' | 'notification.send';
	action: string | undefined;
	children: ReactNode;
}) {
	const send = useSend();
	return (
		<form
			noValidate
			onSubmit={(submitted) => {
				submitted.preventDefault();
				send({ type: event });
			}}
		>
			<p>{children}</p>
			<ScreenActions primary={action} />
		</form>
	);
}

function useSelectedMethod() {
	return useSimulator((snapshot) => snapshot.context.selectedMethod);
}

function CodeForm({ intro, error }: { intro: string; error: string | undefined }) {
	const send = useSend();
	return (
		<form
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				send({ type: 'code.submit', code: formText(event.currentTarget, 'code') });
			}}
		>
			<p>{intro}</p>
			<Field
				label="Enter your verification code"
				name="code"
				inputMode="numeric"
				autoComplete="one-time-code"
				placeholder="Enter your verification code"
				error={error}
			/>
			<ScreenActions primary="Next" />
		</form>
	);
}

function SecurityQuestions({ error }: { error: string | undefined }) {
	const send = useSend();
	const errorId = useId();
	return (
		<form
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const form = event.currentTarget;
				send({
					type: 'questions.submit',
					answers: practiceSecurityQuestions.map((_, index) => formText(form, `answer${index}`)),
				});
			}}
		>
			<p className="sim-practice-hint">
				Practice answers: {practiceSecurityQuestions.map((question) => question.answer).join(', ')}.
			</p>
			{practiceSecurityQuestions.map((question, index) => (
				<Field
					key={question.question}
					label={question.question}
					name={`answer${index}`}
					autoComplete="off"
					invalid={Boolean(error)}
					describedBy={errorId}
				/>
			))}
			<FieldError id={errorId} message={error} />
			<ScreenActions primary="Next" />
		</form>
	);
}

/** After a text or an email: type the code that arrived. */
export function EnterCode() {
	const method = useSelectedMethod();
	const error = useSimulator((snapshot) => snapshot.context.errors.code);
	const intro =
		method === 'email'
			? "We've sent an email message containing a verification code to your inbox."
			: "We've sent you a text message containing a verification code to your phone.";
	return <CodeForm intro={intro} error={error} />;
}

/** While the practice phone rings: answer it, press #, then Next. */
export function AnswerCall() {
	const send = useSend();
	const errorId = useId();
	const error = useSimulator((snapshot) => snapshot.context.errors.call);
	const confirmed = useSimulator((snapshot) => snapshot.context.callStatus === 'confirmed');
	return (
		<form
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				send({ type: 'verify.next' });
			}}
		>
			<p>We're calling your phone. Please answer it, and press the # key when you are asked to.</p>
			<p className="sim-status" role="status">
				{confirmed ? 'Call confirmed. Select Next.' : 'Waiting for you to answer…'}
			</p>
			<FieldError id={errorId} message={error} />
			<ScreenActions primary="Next" primaryDescribedBy={error ? errorId : undefined} />
		</form>
	);
}

/** While the practice phone shows a sign-in request. */
export function ApproveNotification() {
	return (
		<div>
			<p>
				We've sent a notification to your authenticator app. Open it on your phone and approve the request to
				continue.
			</p>
			<p className="sim-status" role="status">
				Waiting for your approval…
			</p>
			<ScreenActions />
		</div>
	);
}

/** When the call went unanswered or the request was denied. */
export function NoResponse() {
	const send = useSend();
	const { helpdesk } = useOrganization();
	return (
		<div>
			<p>We didn't get a response from your phone.</p>
			<div className="sim-actions">
				<button
					type="button"
					className="sim-button sim-button-primary"
					onClick={() => send({ type: 'retry' })}
				>
					Try again
				</button>
				<button type="button" className="sim-button" onClick={() => send({ type: 'cancel' })}>
					Cancel
				</button>
			</div>
			<p>
				Contact your administrator: in this practice, that is the {helpdesk.name} on {helpdesk.phone}.
			</p>
		</div>
	);
}
