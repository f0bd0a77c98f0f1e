// Turns a solved skeleton into the ordered list of capsules ("strokes") that draw the body:
// far limbs behind the trunk, near limbs in front, each tagged with the tone it is painted
// in (worked side, near, far). The order depends only on the view and the highlight, so
// strokes of different frames line up one-to-one for animation. No markup here.
import { HEAD_RADIUS, SEGMENT_WIDTH } from "./body-model.ts";
import type { Skeleton } from "./kinematics.ts";
import type { BodyPart, BodyPose, Point } from "./pose.schema.ts";

/** How a stroke is painted: the worked part, the near or far side, or a band or strap prop. */
export type Tone = "worked" | "near" | "far" | "band" | "strap";

/** One capsule of the figure: a polyline with a round cap, drawn `width` thick. */
export interface Stroke {
  readonly key: string;
  readonly points: readonly Point[];
  readonly width: number;
  readonly tone: Tone;
}

type Side = "near" | "far";

/** The point a fraction `t` of the way from `a` to `b`. */
function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function legStrokes(s: Skeleton, side: Side, tone: Tone): Stroke[] {
  return [
    {
      key: `${side}.thigh`,
      points: [s[`${side}.hip`], s[`${side}.knee`]],
      width: SEGMENT_WIDTH.thigh,
      tone,
    },
    {
      key: `${side}.shank`,
      points: [s[`${side}.knee`], s[`${side}.ankle`]],
      width: SEGMENT_WIDTH.shank,
      tone,
    },
    {
      key: `${side}.foot`,
      points: [s[`${side}.heel`], s[`${side}.toe`]],
      width: SEGMENT_WIDTH.foot,
      tone,
    },
  ];
}

function armStrokes(s: Skeleton, side: Side, tone: Tone): Stroke[] {
  return [
    {
      key: `${side}.upperArm`,
      points: [s[`${side}.shoulder`], s[`${side}.elbow`]],
      width: SEGMENT_WIDTH.upperArm,
      tone,
    },
    {
      key: `${side}.forearm`,
      points: [s[`${side}.elbow`], s[`${side}.wrist`]],
      width: SEGMENT_WIDTH.forearm,
      tone,
    },
  ];
}

function coreStrokes(s: Skeleton, view: BodyPose["view"], tone: Tone): Stroke[] {
  const nudge = { x: s.head.x + 0.01, y: s.head.y };
  const strokes: Stroke[] = [
    { key: "trunk", points: [s.pelvis, s.neck], width: SEGMENT_WIDTH.trunk, tone },
    {
      key: "chest",
      points: [along(s.pelvis, s.neck, 0.55), along(s.pelvis, s.neck, 0.88)],
      width: SEGMENT_WIDTH.chest,
      tone,
    },
    {
      key: "head",
      points: [s.head, nudge],
      width: HEAD_RADIUS * 2,
      tone: tone === "worked" ? "near" : tone,
    },
  ];
  if (view === "front") {
    strokes.push(
      { key: "hips", points: [s["far.hip"], s["near.hip"]], width: SEGMENT_WIDTH.thigh, tone },
      {
        key: "shoulders",
        points: [s["far.shoulder"], s["near.shoulder"]],
        width: SEGMENT_WIDTH.upperArm,
        tone,
      },
    );
  }
  return strokes;
}

/**
 * The figure's strokes, in paint order, grouped in layers (each layer gets its outline
 * drawn before its fill so joints inside a layer blend, while layers overlap cleanly).
 */
export function figureLayers(
  s: Skeleton,
  view: BodyPose["view"],
  highlight: readonly BodyPart[],
): readonly (readonly Stroke[])[] {
  const tone = (part: BodyPart, side: Side): Tone => (highlight.includes(part) ? "worked" : side);
  const coreTone: Tone = highlight.includes("trunk") ? "worked" : "near";
  if (view === "front") {
    return [
      [
        ...legStrokes(s, "far", tone("far.leg", "near")),
        ...legStrokes(s, "near", tone("near.leg", "near")),
      ],
      coreStrokes(s, view, coreTone),
      [
        ...armStrokes(s, "far", tone("far.arm", "near")),
        ...armStrokes(s, "near", tone("near.arm", "near")),
      ],
    ];
  }
  return [
    [
      ...armStrokes(s, "far", tone("far.arm", "far")),
      ...legStrokes(s, "far", tone("far.leg", "far")),
    ],
    coreStrokes(s, view, coreTone),
    legStrokes(s, "near", tone("near.leg", "near")),
    armStrokes(s, "near", tone("near.arm", "near")),
  ];
}
