// Colours, stroke widths and shared <defs> of every illustration. The worked side uses
// vermillion from the Okabe–Ito colour-blind-safe palette, striped with a pale tint and
// outlined more heavily, so it still stands out in greyscale print; arrows use Okabe–Ito
// blue. Widths are in body units and never drop below about 2 px at 320 px wide.
import type { Tone } from "./figure-strokes.ts";
import { el } from "./svg-markup.ts";

export const COLOURS = {
  outline: "#1f2328",
  worked: "#d55e00",
  workedStripe: "#fbe3d0",
  near: "#6b7885",
  far: "#b9c2cb",
  ghost: "#c9d0d6",
  arrow: "#0072b2",
  propFill: "#ece5d8",
  propLine: "#6e6259",
  band: "#0072b2",
  floor: "#3b3f44",
} as const;

/** Extra width of the dark outline drawn under each stroke. */
export const OUTLINE = { normal: 2.6, worked: 4.2 } as const;

/** Width of lines that are not body parts (props, floor, arrows). */
export const LINE = { prop: 1.6, floor: 2.2, arrow: 2.4 } as const;

/** Ids of the shared definitions, prefixed so several SVGs can live on one page. */
export function defIds(prefix: string): { readonly worked: string; readonly arrowHead: string } {
  return { worked: `${prefix}-worked`, arrowHead: `${prefix}-arrow-head` };
}

/** Paint for a stroke fill of the given tone. */
export function toneFill(tone: Tone, prefix: string): string {
  switch (tone) {
    case "worked":
      return `url(#${defIds(prefix).worked})`;
    case "near":
      return COLOURS.near;
    case "far":
      return COLOURS.far;
    case "band":
      return COLOURS.band;
    case "strap":
      return COLOURS.propLine;
    default: {
      const unreachable: never = tone;
      return unreachable;
    }
  }
}

/** The <defs> block: the striped worked-side paint and the arrow head. */
export function sharedDefs(prefix: string): string {
  const ids = defIds(prefix);
  const stripes = el(
    "pattern",
    {
      id: ids.worked,
      patternUnits: "userSpaceOnUse",
      width: 5,
      height: 5,
      patternTransform: "rotate(45)",
    },
    [
      el("rect", { width: 5, height: 5, fill: COLOURS.worked }),
      el("rect", { width: 1.6, height: 5, fill: COLOURS.workedStripe }),
    ],
  );
  const head = el(
    "marker",
    {
      id: ids.arrowHead,
      viewBox: "0 0 10 10",
      refX: 5,
      refY: 5,
      markerWidth: 3.2,
      markerHeight: 3.2,
      orient: "auto-start-reverse",
    },
    [el("path", { d: "M0 0 L10 5 L0 10 Z", fill: COLOURS.arrow })],
  );
  return el("defs", {}, [stripes, head]);
}
