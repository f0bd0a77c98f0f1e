// Delete the account, in two deliberate steps: a button that opens a confirmation panel
// (what will be lost, that it cannot be undone), then the password and a clearly labelled
// final button. The panel is inline rather than a modal dialog, so it needs no focus trap
// and works the same with every screen reader; focus moves into it when it opens.
import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { deleteAccount } from "../../api/me.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Form } from "../../components/form/form.tsx";
import { TextField } from "../../components/form/text-field.tsx";
import { useForm } from "../../components/form/use-form.ts";
import { useFlash } from "../../layout/flash.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { checkPresent } from "../../validation/credentials.ts";

type Field = "password";
const idOf = (field: Field) => `delete-account-${field}`;
const PANEL_ID = "delete-account-confirm";
const TRIGGER_ID = "delete-account-open";

/** The delete-account section of the account page. */
export function DeleteAccountSection() {
  const session = useSessionOrThrow();
  const flash = useFlash();
  const { route } = useLocation();
  const [open, setOpen] = useState(false);
  const form = useForm<Field>({
    initial: { password: "" },
    idOf,
    labels: { password: "Password" },
    codeFields: { ILIO_ERR_AUTH_PASSWORD_INCORRECT: "password" },
  });
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const [touched, setTouched] = useState(false);

  // Opening moves focus into the panel; cancelling brings it back to the button.
  useEffect(() => {
    if (open) {
      panelHeading.current?.focus();
    } else if (touched) {
      document.getElementById(TRIGGER_ID)?.focus();
    }
  }, [open, touched]);

  const submit = () =>
    form.submit({
      validate: (values) => {
        const password = checkPresent(values.password, "Enter your password to confirm.");
        return password === undefined ? {} : { password };
      },
      send: (values) => deleteAccount(session.api, { password: values.password }),
      onSuccess: () => {
        flash.show("Your account and everything in it have been deleted.", "/");
        route("/");
        session.signedOut();
      },
    });

  return (
    <section class="card card--danger" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete your account</h2>
      <p>
        This permanently deletes your account and everything you have saved in Ilio. It cannot be
        undone.
      </p>
      {open ? null : (
        <ButtonRow>
          <Button
            id={TRIGGER_ID}
            variant="danger"
            onClick={() => {
              setTouched(true);
              setOpen(true);
            }}
            ariaExpanded={false}
            ariaControls={PANEL_ID}
          >
            Delete account…
          </Button>
        </ButtonRow>
      )}
      {open ? (
        <div class="confirm-panel" id={PANEL_ID}>
          <h3 class="confirm-title" ref={panelHeading} tabIndex={-1}>
            Are you sure?
          </h3>
          <p>Enter your password to confirm that you want to delete your account for good.</p>
          <ErrorSummary items={form.summary} attempt={form.attempt} headingLevel={3} />
          <Form onSubmit={() => void submit()} label="Confirm account deletion">
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
              <Button type="submit" variant="danger" busy={form.busy} busyLabel="Deleting…">
                Delete my account
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  form.reset();
                  setOpen(false);
                }}
              >
                Cancel
              </Button>
            </ButtonRow>
          </Form>
        </div>
      ) : null}
    </section>
  );
}
