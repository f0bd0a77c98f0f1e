// Change password: the current password (proof it is really the account holder) and a new
// one. Success is announced in a polite live region and the fields are emptied.
import { useState } from "preact/hooks";
import { changePassword } from "../../api/me.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Form } from "../../components/form/form.tsx";
import { StatusMessage } from "../../components/form/status-message.tsx";
import { TextField } from "../../components/form/text-field.tsx";
import { useForm } from "../../components/form/use-form.ts";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { checkNewPassword, checkPresent, NEW_PASSWORD_HINT } from "../../validation/credentials.ts";

type Field = "currentPassword" | "newPassword";
const idOf = (field: Field) => `change-password-${field}`;

/** The change-password section of the account page. */
export function ChangePasswordForm() {
  const session = useSessionOrThrow();
  const form = useForm<Field>({
    initial: { currentPassword: "", newPassword: "" },
    idOf,
    labels: { currentPassword: "Current password", newPassword: "New password" },
    codeFields: { ILIO_ERR_AUTH_PASSWORD_INCORRECT: "currentPassword" },
  });
  const [done, setDone] = useState<string | null>(null);

  const submit = () => {
    setDone(null);
    return form.submit({
      validate: (values) => {
        const currentPassword = checkPresent(
          values.currentPassword,
          "Enter your current password.",
        );
        const newPassword = checkNewPassword(values.newPassword);
        return {
          ...(currentPassword === undefined ? {} : { currentPassword }),
          ...(newPassword === undefined ? {} : { newPassword }),
        };
      },
      send: (values) =>
        changePassword(session.api, {
          currentPassword: values.currentPassword,
          newPassword: values.newPassword,
        }),
      onSuccess: () => {
        form.reset();
        setDone("Your password has been changed.");
      },
    });
  };

  return (
    <section class="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      <StatusMessage message={done} />
      <ErrorSummary items={form.summary} attempt={form.attempt} headingLevel={3} />
      <Form onSubmit={() => void submit()} label="Change your password">
        <TextField
          id={idOf("currentPassword")}
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onValue={form.setter("currentPassword")}
          error={form.errors.currentPassword}
        />
        <TextField
          id={idOf("newPassword")}
          name="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={NEW_PASSWORD_HINT}
          value={form.values.newPassword}
          onValue={form.setter("newPassword")}
          error={form.errors.newPassword}
        />
        <ButtonRow>
          <Button type="submit" busy={form.busy} busyLabel="Changing password…">
            Change password
          </Button>
        </ButtonRow>
      </Form>
    </section>
  );
}
