// Accessibility check with axe-core against WCAG 2.1 A and AA. Returns the violations as
// readable lines (rule, impact, the elements it hit) so a failing test says what to fix.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now; returns one line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" ")).join(", ");
    return `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help} — ${targets}`;
  });
}
