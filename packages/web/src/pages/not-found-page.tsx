// The page for any path the route table does not know.
import { Page } from "../layout/page.tsx";
import { useDocumentTitle } from "../routing/route-view.tsx";

/** "Page not found", with a way back home. */
export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <Page heading="Page not found">
      <p>
        There is no page at this address. If you typed it, check it for mistakes, or{" "}
        <a href="/">go to the home page</a>.
      </p>
    </Page>
  );
}
