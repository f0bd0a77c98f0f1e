// Id conventions that tie a field to its hint and error text, so that screen readers read
// them with the field (aria-describedby) and the ErrorSummary can link to the field.

/** Id of the hint text of the field with this id. */
export function hintId(fieldId: string): string {
  return `${fieldId}-hint`;
}

/** Id of the error message of the field with this id. */
export function errorId(fieldId: string): string {
  return `${fieldId}-error`;
}

/** The aria-describedby value for a field: its hint and error, when present. */
export function describedBy(
  fieldId: string,
  parts: { readonly hint?: string | undefined; readonly error?: string | undefined },
): string | undefined {
  const ids = [
    parts.hint === undefined ? undefined : hintId(fieldId),
    parts.error === undefined ? undefined : errorId(fieldId),
  ].filter((id) => id !== undefined);
  return ids.length === 0 ? undefined : ids.join(" ");
}
