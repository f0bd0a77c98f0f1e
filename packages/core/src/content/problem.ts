// The shape every content or answer problem takes: a JSON-pointer-like path to the field and
// a plain sentence. Loaders collect all of them and fail once.

/** One problem found in content or answers. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}
