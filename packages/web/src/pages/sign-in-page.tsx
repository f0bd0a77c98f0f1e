// Sign in with email and password. Wrong credentials come back from the server as a 401
// whose detail is shown in the error summary (never attached to one field: saying which
// of the two was wrong would tell an attacker that the email has an account). On success
// the session updates and the route guard takes the person where they were heading.
import { signIn } from "../api/auth.ts";
import { Button, ButtonRow } from "../components/form/button.tsx";
import { ErrorSummary } from "../components/form/error-summary.tsx";
import { Form } from "../components/form/form.tsx";
import { TextField } from "../components/form/text-field.tsx";
import { useForm } from "../components/form/use-form.ts";
import { Page } from "../layout/page.tsx";
import { useSessionOrThrow } from "../session/session-provider.tsx";
import { checkEmail, checkPresent } from "../validation/credentials.ts";

type Field = "email" | "password";
const idOf = (field: Field) => `sign-in-${field}`;

/** The sign-in screen. */
export function SignInPage() {
  const session = useSessionOrThrow();
  const form = useForm<Field>({
    initial: { email: "", password: "" },
    idOf,
    labels: { email: "Email address", password: "Password" },
  });

  const submit = () =>
    form.submit({
      validate: (values) => {
        const email = checkEmail(values.email);
        const password = checkPresent(values.password, "Enter your password.");
        return {
          ...(email === undefined ? {} : { email }),
          ...(password === undefined ? {} : { password }),
        };
      },
      send: (values) =>
        signIn(session.api, { email: values.email.trim(), password: values.password }),
      onSuccess: (user) => session.signedIn(user),
    });

  return (
    <Page heading="Sign in" width="narrow">
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Form onSubmit={() => void submit()} label="Sign in">
        <TextField
          id={idOf("email")}
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
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
          autoComplete="current-password"
          value={form.values.password}
          onValue={form.setter("password")}
          error={form.errors.password}
        />
        <ButtonRow>
          <Button type="submit" busy={form.busy} busyLabel="Signing in…">
            Sign in
          </Button>
        </ButtonRow>
      </Form>
      <p class="form-aside">
        New to Ilio? <a href="/sign-up">Create an account</a>.
      </p>
    </Page>
  );
}
