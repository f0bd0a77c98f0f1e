// Maps an API Problem onto a form: field errors go next to the fields the server named
// (or that an error code is about, such as a wrong current password), as plain sentences
// that start with the field's label; everything else becomes summary lines.
import type { Problem } from "../../api/problem.ts";

/** Field errors keyed by field name. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

function capitalize(text: string): string {
  return text === "" ? "This field" : text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a form's fields map onto the API's problems. */
export interface FieldMapping<F extends string> {
  readonly fields: readonly F[];
  /** The field's label, used to turn "must be at least 10 characters" into a sentence. */
  readonly labels: Readonly<Record<F, string>>;
  /** Error codes that are about one field, e.g. a wrong current password. */
  readonly codeFields?: Readonly<Partial<Record<string, F>>>;
}

/**
 * Makes a plain sentence of a server message. Validation messages arrive as fragments
 * ("must be at least 10 characters") that need the field's name in front; whole
 * sentences pass through with a full stop ensured.
 */
export function toSentence(label: string, message: string): string {
  const first = message.charAt(0);
  const fragment = first !== "" && first === first.toLowerCase() && first !== first.toUpperCase();
  return endSentence(fragment ? `${label} ${message}` : message);
}

/** Ensures a message ends like a sentence. */
export function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Splits a Problem into errors on known fields and summary lines for the rest. */
export function mapProblem<F extends string>(
  problem: Problem,
  mapping: FieldMapping<F>,
): { readonly errors: FieldErrors<F>; readonly unplaced: readonly string[] } {
  const errors: FieldErrors<F> = {};
  const unplaced: string[] = [];
  for (const item of problem.errors) {
    const field = mapping.fields.find((f) => f === item.field);
    if (field === undefined) {
      unplaced.push(toSentence(capitalize(item.field), item.message));
    } else if (errors[field] === undefined) {
      errors[field] = toSentence(mapping.labels[field], item.message);
    }
  }
  const codeField = mapping.codeFields?.[problem.code];
  if (codeField !== undefined && errors[codeField] === undefined) {
    errors[codeField] = toSentence(mapping.labels[codeField], problem.detail);
  }
  const placedAny = Object.keys(errors).length > 0;
  if (!placedAny && unplaced.length === 0) {
    unplaced.push(endSentence(problem.detail));
  }
  return { errors, unplaced };
}
