// Paints the figure's strokes as SVG paths: per layer, dark outlines first and coloured
// fills on top. Given several frames of the same figure, it animates each path's `d`
// through them with SMIL, so one markup serves both the still and the moving picture.
// Ghosts (earlier key poses in a still) are drawn as pale silhouettes without outline.
import type { Stroke } from "./figure-strokes.ts";
import { COLOURS, OUTLINE, toneFill } from "./palette.ts";
import { el, linePath } from "./svg-markup.ts";

/** Strokes in paint order, grouped in layers (see `figureLayers`). */
export type Layers = readonly (readonly Stroke[])[];

/** SMIL timing shared by every animated attribute of one illustration. */
export interface Timing {
  readonly seconds: number;
  readonly keyTimes: readonly number[];
}

function animate(values: readonly string[], timing: Timing | undefined): string[] {
  if (timing === undefined || values.every((v) => v === values[0])) {
    return [];
  }
  return [
    el("animate", {
      attributeName: "d",
      dur: `${timing.seconds}s`,
      repeatCount: "indefinite",
      calcMode: "linear",
      keyTimes: timing.keyTimes.map((k) => k.toFixed(4)).join(";"),
      values: values.join(";"),
    }),
  ];
}

function strokePath(
  frames: readonly Stroke[],
  paint: string,
  extra: number,
  timing: Timing | undefined,
): string {
  const [first] = frames;
  if (first === undefined) {
    return "";
  }
  const values = frames.map((s) => linePath(s.points));
  const width = first.width + extra;
  return el(
    "path",
    {
      d: values[0],
      stroke: paint,
      "stroke-width": width,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      fill: "none",
    },
    animate(values, timing),
  );
}

/** Collects, for one stroke index of one layer, that stroke in every frame. */
function across(frames: readonly Layers[], layer: number, index: number): Stroke[] {
  return frames.flatMap((f) => {
    const s = f[layer]?.[index];
    return s === undefined ? [] : [s];
  });
}

/** Draws the figure; with more than one frame and a timing, it moves through the frames. */
export function drawFigure(frames: readonly Layers[], prefix: string, timing?: Timing): string {
  const [base] = frames;
  if (base === undefined) {
    return "";
  }
  const layers = base.map((strokes, li) => {
    const outlines = strokes.map((s, si) =>
      strokePath(
        across(frames, li, si),
        COLOURS.outline,
        s.tone === "worked" ? OUTLINE.worked : OUTLINE.normal,
        timing,
      ),
    );
    const fills = strokes.map((s, si) =>
      strokePath(across(frames, li, si), toneFill(s.tone, prefix), 0, timing),
    );
    return el("g", { "data-layer": li }, [...outlines, ...fills]);
  });
  return el("g", { class: "ilio-figure" }, layers);
}

/** Draws a pale silhouette of a pose, used to show where a movement starts. */
export function drawGhost(layers: Layers): string {
  const paths = layers.flat().map((s) =>
    el("path", {
      d: linePath(s.points),
      stroke: COLOURS.ghost,
      "stroke-width": s.width,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      fill: "none",
    }),
  );
  return el("g", { class: "ilio-ghost", opacity: 0.85 }, paths);
}
