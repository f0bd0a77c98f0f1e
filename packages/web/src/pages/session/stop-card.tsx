// "Stop and get advice if…": the stop rules shown on every exercise (REFERENCE §7.4), as a
// disclosure the person can open at any moment of the session without leaving it.
/** The stop rules as an always-reachable disclosure. */
export function StopCard(props: { readonly rules: readonly string[] }) {
  return (
    <details class="stop-rules">
      <summary>Stop and get advice if…</summary>
      <ul>
        {props.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>Stopping is always fine. Your session is kept as far as you got.</p>
    </details>
  );
}
