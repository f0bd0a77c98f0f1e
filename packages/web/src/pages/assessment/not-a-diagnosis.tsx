// The statement every result view carries: these are possible causes, not a diagnosis
// (REFERENCE.md §1). The words are the knowledge base's own (the result's notADiagnosis).

/** The not-a-diagnosis statement. */
export function NotADiagnosis(props: { readonly text: string }) {
  return (
    <p class="not-a-diagnosis">
      <strong>Not a diagnosis. </strong>
      {props.text}
    </p>
  );
}
