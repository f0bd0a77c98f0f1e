// The picture frame: the smallest box holding every key pose, prop and arrow, padded and
// widened or heightened to a fixed 4:3 card so all illustrations line up in a grid and
// stay readable at 320 px. Returns world units (y up) plus the SVG viewBox (y down).
import { HEAD_RADIUS } from "./body-model.ts";
import type { ArrowCurve } from "./draw-arrows.ts";
import { propBox, type Box } from "./draw-props.ts";
import type { Skeleton } from "./kinematics.ts";
import type { Prop } from "./scene.schema.ts";
import { num } from "./svg-markup.ts";

const PAD = 6;
const ASPECT = 4 / 3;

/** The frame of an illustration in world units, and its viewBox attribute. */
export interface Frame extends Box {
  readonly viewBox: string;
  readonly aspect: number;
}

/** Frames the given skeletons, props and arrows. */
export function frameFor(
  poses: readonly Skeleton[],
  props: readonly Prop[],
  arrows: readonly ArrowCurve[],
): Frame {
  const r = HEAD_RADIUS + 2;
  const boxes: Box[] = [
    ...poses.flatMap((s) =>
      Object.values(s).map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r })),
    ),
    ...props.flatMap((p) => {
      const b = propBox(p);
      return b === undefined ? [] : [b];
    }),
    ...arrows.flatMap((a) =>
      [a.start, a.control, a.end].map((p) => ({
        x0: p.x - 4,
        y0: p.y - 4,
        x1: p.x + 4,
        y1: p.y + 4,
      })),
    ),
  ];
  let x0 = Math.min(...boxes.map((b) => b.x0)) - PAD;
  let x1 = Math.max(...boxes.map((b) => b.x1)) + PAD;
  const y0 = Math.min(-3, ...boxes.map((b) => b.y0)) - 1;
  let y1 = Math.max(...boxes.map((b) => b.y1)) + PAD;
  const width = x1 - x0;
  const height = y1 - y0;
  if (width / height < ASPECT) {
    const extra = (height * ASPECT - width) / 2;
    x0 -= extra;
    x1 += extra;
  } else {
    y1 += width / ASPECT - height;
  }
  return {
    x0,
    y0,
    x1,
    y1,
    aspect: ASPECT,
    viewBox: [x0, -y1, x1 - x0, y1 - y0].map(num).join(" "),
  };
}
