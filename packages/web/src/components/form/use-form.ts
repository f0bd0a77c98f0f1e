// Form state for a submit-to-API form: values, per-field errors, the summary lines and a
// busy flag. Submitting runs the client-side checks first (the same rules the server
// applies, so people get the same sentences either way), then the request, and maps the
// server's problem+json onto the fields it names; anything else goes to the summary as
// the problem's `detail`. Each submit gets a new `attempt` number, which the ErrorSummary
// uses to re-create its box, so a repeated error is announced again by the live region.
import { useState } from "preact/hooks";
import type { ApiResult } from "../../api/result.ts";
import type { SummaryItem } from "./error-summary.tsx";
import { mapProblem, type FieldErrors, type FieldMapping } from "./problem-to-fields.ts";

export type { FieldErrors } from "./problem-to-fields.ts";

/** What a form's owner needs to render and submit it. */
export interface FormState<F extends string> {
  readonly values: Readonly<Record<F, string>>;
  readonly errors: FieldErrors<F>;
  readonly summary: readonly SummaryItem[];
  readonly busy: boolean;
  /** Counts submits; the ErrorSummary re-creates its box per attempt so repeats are announced. */
  readonly attempt: number;
  /** Setter for one field, for TextField's onValue. */
  readonly setter: (field: F) => (value: string) => void;
  /** Validates, sends, and on success calls onSuccess with the value. */
  readonly submit: <T>(options: SubmitOptions<F, T>) => Promise<void>;
  /** Empties every field and error (after a successful change). */
  readonly reset: () => void;
}

/** How to submit a form. */
export interface SubmitOptions<F extends string, T> {
  readonly validate: (values: Readonly<Record<F, string>>) => FieldErrors<F>;
  readonly send: (values: Readonly<Record<F, string>>) => Promise<ApiResult<T>>;
  readonly onSuccess: (value: T) => void;
}

/** Summary lines: one link per field error, in field order, then the other messages. */
export function summaryItems<F extends string>(
  fields: readonly F[],
  errors: FieldErrors<F>,
  idOf: (field: F) => string,
  other: readonly string[],
): readonly SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const field of fields) {
    const message = errors[field];
    if (message !== undefined) {
      items.push({ fieldId: idOf(field), message });
    }
  }
  for (const message of other) {
    items.push({ message });
  }
  return items;
}

/** What useForm needs to know about a form. */
export interface FormOptions<F extends string> {
  /** Every field with its starting value; the key order is the field order. */
  readonly initial: Readonly<Record<F, string>>;
  /** The element id of a field, for the summary's links. */
  readonly idOf: (field: F) => string;
  readonly labels: Readonly<Record<F, string>>;
  readonly codeFields?: Readonly<Partial<Record<string, F>>>;
}

/** Holds one form's state. */
export function useForm<F extends string>(options: FormOptions<F>): FormState<F> {
  const { initial, idOf } = options;
  const fields = Object.keys(initial).filter((key): key is F => key in initial);
  const mapping: FieldMapping<F> = {
    fields,
    labels: options.labels,
    ...(options.codeFields === undefined ? {} : { codeFields: options.codeFields }),
  };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [summary, setSummary] = useState<readonly SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const setter = (field: F) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function submit<T>(how: SubmitOptions<F, T>): Promise<void> {
    if (busy) {
      return;
    }
    setErrors({});
    setSummary([]);
    const local = how.validate(values);
    setAttempt((n) => n + 1);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setSummary(summaryItems(fields, local, idOf, []));
      return;
    }
    setBusy(true);
    const result = await how.send(values);
    setBusy(false);
    if (result.ok) {
      how.onSuccess(result.value);
      return;
    }
    const mapped = mapProblem(result.problem, mapping);
    setErrors(mapped.errors);
    setSummary(summaryItems(fields, mapped.errors, idOf, mapped.unplaced));
  }

  function reset(): void {
    setValues(initial);
    setErrors({});
    setSummary([]);
  }

  return { values, errors, summary, busy, attempt, setter, submit, reset };
}
