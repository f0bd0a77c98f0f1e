// The safety-netting lines of a result: what to watch for and when to get help sooner. They
// come from the knowledge base through the result (`safetyNet`), for the result's level.

/** The safety-net list under a heading. */
export function SafetyNet(props: { readonly lines: readonly string[]; readonly heading: string }) {
  if (props.lines.length === 0) {
    return null;
  }
  return (
    <section class="result-section safety-net" aria-labelledby="safety-net-title">
      <h2 id="safety-net-title">{props.heading}</h2>
      <ul class="safety-net-list">
        {props.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
