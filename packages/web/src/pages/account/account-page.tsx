// The account page: details, change password, sign out and delete account. Only reachable
// when signed in (the route table says so), but it still checks, because the session can
// end while the page is open.
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { Page } from "../../layout/page.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { useSignOut } from "../../session/use-sign-out.ts";
import { AccountDetails } from "./account-details.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";
import { DeleteAccountSection } from "./delete-account-section.tsx";

/** The account screen. */
export function AccountPage() {
  const { state } = useSessionOrThrow();
  const signOut = useSignOut();
  if (state.kind !== "signed-in") {
    return null;
  }
  return (
    <Page heading="Your account" width="narrow">
      <AccountDetails user={state.user} />
      <ChangePasswordForm />
      <section class="card" aria-labelledby="sign-out-title">
        <h2 id="sign-out-title">Sign out</h2>
        <p>Sign out when you are done, especially on a shared device.</p>
        <ButtonRow>
          <Button variant="secondary" onClick={() => void signOut()}>
            Sign out
          </Button>
        </ButtonRow>
      </section>
      <DeleteAccountSection />
    </Page>
  );
}
