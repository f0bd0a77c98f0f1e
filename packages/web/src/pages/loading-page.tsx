// Shown for the short moment the app asks the server who is signed in. It says so to
// screen readers and shows a quiet line rather than a spinner.

/** Placeholder while the session is being checked. */
export function LoadingPage() {
  return (
    <div class="page" role="status">
      <p class="loading">Loading…</p>
    </div>
  );
}
