// Serious causes that the answers cannot rule out although they are not among the causes
// shown first (the engine's `notRuledOut`, content policy): named plainly with who should
// check, never with a percentage, so a rare danger is neither hidden nor made to look likely.
import type { NotRuledOut } from "../../api/assessments.ts";
import { conditionName } from "./content-texts.ts";

/** The "not ruled out" section, or nothing when there is none to show. */
export function NotRuledOutSection(props: {
  readonly items: readonly NotRuledOut[];
  readonly shown: readonly string[];
}) {
  const items = props.items.filter((item) => !props.shown.includes(item.condition));
  if (items.length === 0) {
    return null;
  }
  return (
    <section class="result-section not-ruled-out" aria-labelledby="not-ruled-out-title">
      <h2 id="not-ruled-out-title">Less likely, but worth ruling out</h2>
      <p class="result-hint">
        Your answers make these unlikely but cannot exclude them, and they need treating early.
        Mention them to the professional you see.
      </p>
      <ul class="not-ruled-out-list">
        {items.map((item) => (
          <li key={item.condition}>{conditionName(item.condition)}</li>
        ))}
      </ul>
    </section>
  );
}
