// What a value looks like after a trip through JSON (undefined fields dropped, read-only
// arrays plain), for comparing an engine result with an HTTP response body.

/** `value` serialized and parsed again. */
export function jsonRoundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
