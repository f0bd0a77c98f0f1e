// Moves focus to the screen's <h1> when the wizard shows a new question without a change of
// address, so screen-reader users hear the new question and keyboard users start from the
// top of it (the router's own focus handling only runs when the URL changes).

/** Focuses the main heading, if there is one. */
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  heading?.focus();
}
