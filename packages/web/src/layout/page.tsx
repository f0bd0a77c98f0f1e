// The frame of every screen's content: its one <h1> and the content below it. After an
// in-app navigation it moves focus to the heading (see routing/navigation-focus.tsx).
// Pages must not render their own <h1>.
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useHasNavigated } from "../routing/navigation-focus.tsx";
import { FlashMessage } from "./flash.tsx";

/** Props of a Page. */
export interface PageProps {
  readonly heading: string;
  /**
   * A small label shown above the heading text and read as the start of the heading, e.g.
   * "Examination finding" (GOV.UK's caption-in-heading pattern; as a block it is read with
   * a pause before the heading text).
   */
  readonly caption?: string;
  /** A short line under the heading. */
  readonly lead?: ComponentChildren;
  /** "narrow" for forms (easier to read on wide screens), "wide" for dashboards. */
  readonly width?: "narrow" | "wide";
  readonly children?: ComponentChildren;
}

/** One screen's heading and content. */
export function Page(props: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useHasNavigated();
  useEffect(() => {
    // Read once, on mount: later renders must not steal focus.
    if (navigated) {
      heading.current?.focus();
    }
  }, []);
  return (
    <div class={props.width === "wide" ? "page page--wide" : "page"}>
      <FlashMessage />
      <h1 class="page-heading" ref={heading} tabIndex={-1}>
        {props.caption === undefined ? null : <span class="page-caption">{props.caption}</span>}
        {props.heading}
      </h1>
      {props.lead === undefined ? null : <p class="page-lead">{props.lead}</p>}
      {props.children}
    </div>
  );
}
