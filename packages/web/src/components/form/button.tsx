// Buttons and button-styled links in three variants: primary (the one main action of a
// screen), secondary, and danger (irreversible actions such as deleting an account). A busy
// button stays focusable and says what it is doing; it ignores further presses instead of
// becoming disabled, so keyboard focus is never lost mid-submit.
import type { ComponentChildren } from "preact";

/** Visual weight of a button. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "link";

function classFor(variant: ButtonVariant): string {
  return `button button--${variant}`;
}

/** Props of a Button. */
export interface ButtonProps {
  readonly children: ComponentChildren;
  readonly variant?: ButtonVariant;
  readonly type?: "button" | "submit";
  readonly onClick?: () => void;
  /** While true the button shows `busyLabel` and ignores presses. */
  readonly busy?: boolean;
  readonly busyLabel?: string;
  readonly id?: string;
  readonly ariaExpanded?: boolean;
  readonly ariaControls?: string;
}

/** A button. Submit buttons submit their form; others call onClick. */
export function Button(props: ButtonProps) {
  const busy = props.busy === true;
  return (
    <button
      id={props.id}
      class={classFor(props.variant ?? "primary")}
      type={props.type ?? "button"}
      aria-disabled={busy ? "true" : undefined}
      aria-expanded={props.ariaExpanded}
      aria-controls={props.ariaControls}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        props.onClick?.();
      }}
    >
      {busy ? (props.busyLabel ?? props.children) : props.children}
    </button>
  );
}

/** A link that looks like a button, for navigation that is the main action ("Sign up"). */
export function ButtonLink(props: {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly variant?: ButtonVariant;
}) {
  return (
    <a class={classFor(props.variant ?? "primary")} href={props.href}>
      {props.children}
    </a>
  );
}

/** Lays out a form's buttons: side by side on wide screens, stacked on narrow ones. */
export function ButtonRow(props: { readonly children: ComponentChildren }) {
  return <div class="button-row">{props.children}</div>;
}
