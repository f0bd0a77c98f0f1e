// Shown when the server cannot be reached and the page needs it. It says what still works
// (the program and today's session, once opened on this device) in a plain sentence.
import { Page } from "../layout/page.tsx";

/** The page for "you are offline and this page needs a connection". */
export function OfflinePage() {
  return (
    <Page heading="You are offline" width="narrow">
      <p>
        This page needs a connection. Your home program and today's session still work if you opened
        them on this device before; everything else comes back when you are online.
      </p>
    </Page>
  );
}
