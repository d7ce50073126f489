import type { SubmitEvent } from 'react';
import { Captcha } from './Captcha';
import { useOrganization, useSend, useSimulator } from './context';
import { Field, formText } from './Field';
import { ScreenActions } from './ScreenActions';

export function WhoAreYou() {
	const send = useSend();
	const { emailDomain } = useOrganization();
	const captcha = useSimulator((snapshot) => snapshot.context.captcha);
	const errors = useSimulator((snapshot) => snapshot.context.errors);

	const submit = (event: SubmitEvent<HTMLFormElement>) => {
		event.preventDefault();
		send({
			type: 'who.submit',
			userName: formText(event.currentTarget, 'userName'),
			captcha: formText(event.currentTarget, 'captcha'),
		});
	};

	return (
		<form onSubmit={submit} noValidate>
			<p>
				To recover your account, begin by entering your email or username and the characters in the picture or
				audio below.
			</p>
			<Field
				label="Email or Username"
				name="userName"
				required
				autoComplete="off"
				spellCheck={false}
				hint={`Example: user@${emailDomain.split('.')[0]}.onmicrosoft.com or user@${emailDomain}`}
				error={errors.userName}
			/>
			<Captcha characters={captcha} onRefresh={() => send({ type: 'captcha.refresh' })} />
			<Field
				label="Enter the characters in the picture or the words in the audio."
				name="captcha"
				required
				autoComplete="off"
				autoCapitalize="characters"
				spellCheck={false}
				error={errors.captcha}
			/>
			<ScreenActions primary="Next" />
		</form>
	);
}
