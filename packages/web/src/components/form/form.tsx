// A <form> that never lets the browser validate or navigate: the page's own checks and
// ErrorSummary take over (native validation bubbles are hard to read and vanish), and
// submission goes through the API client.
import type { ComponentChildren } from "preact";

/** A form element wired to a submit callback. */
export function Form(props: {
  readonly onSubmit: () => void;
  readonly children: ComponentChildren;
  readonly label?: string;
  readonly id?: string;
}) {
  return (
    <form
      class="form"
      id={props.id}
      noValidate
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
