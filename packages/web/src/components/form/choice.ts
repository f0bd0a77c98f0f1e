// The option type shared by RadioGroup and CheckboxGroup: a value, the words people see,
// and an optional hint under them.

/** One option of a radio or checkbox group. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}
