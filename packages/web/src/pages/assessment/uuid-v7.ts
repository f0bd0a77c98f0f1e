// A UUIDv7 (RFC 9562 §5.7) made in the browser: 48 bits of Unix time in milliseconds, then
// random bits from crypto.getRandomValues, with the version and variant bits set. Ids are
// made by the client so that saving the same assessment twice stores it once (DESIGN.md,
// Data). Written out here rather than pulling in a package for twenty lines.

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A new UUIDv7 string, e.g. "0190b6d2-5c3e-7a1b-9f00-1c2d3e4f5a6b". */
export function uuidV7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let time = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
