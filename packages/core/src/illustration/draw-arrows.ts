// Movement arrows: a `path` arrow follows a joint from one key pose to another along a
// gentle curve set off the body, so it never hides the limb it describes; a `nudge` arrow
// is a short straight push for a hold. Geometry is computed here; the arrow head is the
// shared marker from the palette. Pure string output.
import type { Skeleton } from "./kinematics.ts";
import { COLOURS, LINE, defIds } from "./palette.ts";
import type { Point } from "./pose.schema.ts";
import type { Arrow } from "./scene.schema.ts";
import { el, num } from "./svg-markup.ts";

/** An arrow as three points: start, curve control, end (world units). */
export interface ArrowCurve {
  readonly start: Point;
  readonly control: Point;
  readonly end: Point;
}

const SET_OFF = 9;

function curveBetween(a: Point, b: Point, centre: Point): ArrowCurve | undefined {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length < 3) {
    return undefined;
  }
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const normal = { x: -dy / length, y: dx / length };
  const away = (mid.x - centre.x) * normal.x + (mid.y - centre.y) * normal.y >= 0 ? 1 : -1;
  const n = { x: normal.x * away, y: normal.y * away };
  const along = { x: dx / length, y: dy / length };
  const trim = Math.min(2.5, length / 6);
  return {
    start: { x: a.x + n.x * SET_OFF + along.x * trim, y: a.y + n.y * SET_OFF + along.y * trim },
    control: {
      x: mid.x + n.x * (SET_OFF + length * 0.22),
      y: mid.y + n.y * (SET_OFF + length * 0.22),
    },
    end: { x: b.x + n.x * SET_OFF - along.x * trim, y: b.y + n.y * SET_OFF - along.y * trim },
  };
}

/** The curve of each arrow, given the solved skeleton of every key pose. */
export function arrowCurves(arrows: readonly Arrow[], poses: readonly Skeleton[]): ArrowCurve[] {
  return arrows.flatMap((arrow): ArrowCurve[] => {
    if (arrow.kind === "nudge") {
      const base = poses[0]?.[arrow.joint];
      if (base === undefined) {
        return [];
      }
      const off = arrow.offset ?? { x: 0, y: 0 };
      const start = { x: base.x + off.x, y: base.y + off.y };
      const rad = (arrow.angle * Math.PI) / 180;
      const end = {
        x: start.x + Math.cos(rad) * arrow.length,
        y: start.y + Math.sin(rad) * arrow.length,
      };
      return [{ start, control: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, end }];
    }
    const from = poses[arrow.from ?? 0];
    const to = poses[arrow.to ?? 1];
    if (from === undefined || to === undefined) {
      return [];
    }
    const centre = { x: (from.pelvis.x + from.neck.x) / 2, y: (from.pelvis.y + from.neck.y) / 2 };
    const curve = curveBetween(from[arrow.joint], to[arrow.joint], centre);
    return curve === undefined ? [] : [curve];
  });
}

/** Markup for the arrows, with a pale halo so they read over props and limbs. */
export function drawArrows(curves: readonly ArrowCurve[], prefix: string): string {
  const d = (c: ArrowCurve): string =>
    `M${num(c.start.x)} ${num(-c.start.y)} Q${num(c.control.x)} ${num(-c.control.y)} ${num(c.end.x)} ${num(-c.end.y)}`;
  const paths = curves.flatMap((c) => [
    el("path", {
      d: d(c),
      stroke: "#ffffff",
      "stroke-width": LINE.arrow + 2.4,
      fill: "none",
      "stroke-linecap": "round",
    }),
    el("path", {
      d: d(c),
      stroke: COLOURS.arrow,
      "stroke-width": LINE.arrow,
      fill: "none",
      "stroke-linecap": "round",
      "marker-end": `url(#${defIds(prefix).arrowHead})`,
    }),
  ]);
  return el("g", { class: "ilio-arrows" }, paths);
}
