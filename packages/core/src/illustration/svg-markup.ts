// Tiny helpers to write SVG markup as strings deterministically: fixed number formatting
// (one decimal, never "-0"), XML escaping of text, and attribute serialisation in the
// order given. No DOM: output is a plain string that any runtime can embed or save.

/** Formats a coordinate with at most one decimal and no negative zero. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) || r === 0 ? "0" : String(r);
}

/** Escapes text for use in XML content or attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Attribute values: strings are escaped, numbers formatted, `undefined` omitted. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Serialises an element; `children` are already-serialised markup. */
export function el(tag: string, attrs: Attrs, children: readonly string[] = []): string {
  const parts = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`)
    .join("");
  return children.length === 0
    ? `<${tag}${parts}/>`
    : `<${tag}${parts}>${children.join("")}</${tag}>`;
}

/** An SVG path through points, in screen coordinates (y flipped so the floor is at the bottom). */
export function linePath(points: readonly { readonly x: number; readonly y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${num(p.x)} ${num(-p.y)}`).join(" ");
}
