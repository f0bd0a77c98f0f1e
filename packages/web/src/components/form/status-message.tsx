// A polite live region for good news ("Your password has been changed."). It is always in
// the page so that its new text is announced; it shows nothing while empty.

/** Announces and shows a success message. */
export function StatusMessage(props: { readonly message: string | null }) {
  return (
    <div class="status-region" role="status">
      {props.message === null ? null : <p class="status-message">{props.message}</p>}
    </div>
  );
}
