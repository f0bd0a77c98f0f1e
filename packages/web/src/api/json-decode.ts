// Small building blocks for response decoders: is it a record, a string, a finite number,
// a list whose every item decodes. Decoders return undefined for anything that does not fit,
// so screens only ever see checked values. No `as` casts anywhere.

/** A JSON object, read-only. */
export type Json = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

export function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Every item decoded, or undefined when any item does not fit. */
export function listOf<T>(
  value: unknown,
  decode: (item: unknown) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  const out: T[] = [];
  for (const item of value) {
    const decoded = decode(item);
    if (decoded === undefined) {
      return undefined;
    }
    out.push(decoded);
  }
  return out;
}

/** The string, or undefined. */
export function asString(value: unknown): string | undefined {
  return isString(value) ? value : undefined;
}
