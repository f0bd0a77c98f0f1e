// Create an account: an optional name to greet people by, an email and a password. The
// password rules are stated up front in the hint, checked here, and checked again by the
// server, whose messages (such as an email that already has an account) are shown as they
// come. On success the person is signed in and taken home.
import { signUp } from "../api/auth.ts";
import { Button, ButtonRow } from "../components/form/button.tsx";
import { ErrorSummary } from "../components/form/error-summary.tsx";
import { Form } from "../components/form/form.tsx";
import { TextField } from "../components/form/text-field.tsx";
import { useForm } from "../components/form/use-form.ts";
import { Page } from "../layout/page.tsx";
import { useSessionOrThrow } from "../session/session-provider.tsx";
import {
  checkEmail,
  checkNewPassword,
  DISPLAY_NAME_MAX_LENGTH,
  NEW_PASSWORD_HINT,
} from "../validation/credentials.ts";

type Field = "displayName" | "email" | "password";
const idOf = (field: Field) => `sign-up-${field}`;

/** The sign-up screen. */
export function SignUpPage() {
  const session = useSessionOrThrow();
  const form = useForm<Field>({
    initial: { displayName: "", email: "", password: "" },
    idOf,
    labels: { displayName: "Your name", email: "Email address", password: "Password" },
    codeFields: { ILIO_ERR_AUTH_EMAIL_TAKEN: "email" },
  });

  const submit = () =>
    form.submit({
      validate: (values) => {
        const email = checkEmail(values.email);
        const password = checkNewPassword(values.password);
        return {
          ...(email === undefined ? {} : { email }),
          ...(password === undefined ? {} : { password }),
        };
      },
      send: (values) => {
        const displayName = values.displayName.trim();
        return signUp(session.api, {
          email: values.email.trim(),
          password: values.password,
          ...(displayName === "" ? {} : { displayName }),
        });
      },
      onSuccess: (user) => session.signedIn(user),
    });

  return (
    <Page heading="Create an account" width="narrow">
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Form onSubmit={() => void submit()} label="Create an account">
        <TextField
          id={idOf("displayName")}
          name="displayName"
          label="Your name"
          optional
          hint="What Ilio should call you."
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX_LENGTH}
          value={form.values.displayName}
          onValue={form.setter("displayName")}
          error={form.errors.displayName}
        />
        <TextField
          id={idOf("email")}
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={form.values.email}
          onValue={form.setter("email")}
          error={form.errors.email}
        />
        <TextField
          id={idOf("password")}
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={NEW_PASSWORD_HINT}
          value={form.values.password}
          onValue={form.setter("password")}
          error={form.errors.password}
        />
        <ButtonRow>
          <Button type="submit" busy={form.busy} busyLabel="Creating your account…">
            Create account
          </Button>
        </ButtonRow>
      </Form>
      <p class="form-aside">
        Already have an account? <a href="/sign-in">Sign in</a>.
      </p>
    </Page>
  );
}
