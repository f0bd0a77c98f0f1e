// The box at the top of a form that says what went wrong, in plain sentences, with a link
// to each field that needs attention. Its container is an assertive live region that is
// always in the page, so a screen reader announces new errors as soon as they appear
// (content inserted into an existing live region is announced reliably; a region created
// together with its content often is not).
import { useEffect, useRef } from "preact/hooks";

/** One line of the summary; `fieldId` makes it a link to that field. */
export interface SummaryItem {
  readonly fieldId?: string;
  readonly message: string;
}

/** Props of an ErrorSummary. */
export interface ErrorSummaryProps {
  /** Lines to show; nothing is shown when empty. */
  readonly items: readonly SummaryItem[];
  readonly title?: string;
  /** Moves focus to the summary when it appears (GOV.UK pattern for full-page forms). */
  readonly focusOnShow?: boolean;
  /** Changes on every submit, so that the same message is inserted (and announced) again. */
  readonly attempt?: number;
  /** 2 on a page of its own; 3 inside a section that already has an h2. */
  readonly headingLevel?: 2 | 3;
}

/** The element to focus for a field id: the input itself, or a group's first input. */
function focusTarget(fieldId: string): HTMLElement | null {
  const element = document.getElementById(fieldId);
  if (element instanceof HTMLFieldSetElement) {
    return element.querySelector("input");
  }
  return element;
}

/** Summary of the problems with a form. */
export function ErrorSummary(props: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const visible = props.items.length > 0;
  // One message that is not about a field reads better as a sentence than as a list.
  const only = props.items.length === 1 ? props.items[0] : undefined;
  const single = only !== undefined && only.fieldId === undefined ? only.message : undefined;
  useEffect(() => {
    if (visible && props.focusOnShow === true) {
      box.current?.focus();
    }
  }, [visible, props.focusOnShow, props.attempt]);
  return (
    <div class="error-summary-region" role="alert" aria-atomic="true">
      {visible ? (
        <div class="error-summary" ref={box} tabIndex={-1} key={props.attempt ?? 0}>
          <Heading class="error-summary-title">{props.title ?? "There is a problem"}</Heading>
          {single === undefined ? (
            <ul class="error-summary-list">
              {props.items.map((item) => (
                <li key={`${item.fieldId ?? ""}:${item.message}`}>
                  {item.fieldId === undefined ? (
                    item.message
                  ) : (
                    <a
                      href={`#${item.fieldId}`}
                      onClick={(event) => {
                        // Focus the field itself, not just scroll to it, so typing can begin.
                        const target = focusTarget(item.fieldId ?? "");
                        if (target !== null) {
                          event.preventDefault();
                          target.focus();
                          target.scrollIntoView({ block: "center" });
                        }
                      }}
                    >
                      {item.message}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="error-summary-message">{single}</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
