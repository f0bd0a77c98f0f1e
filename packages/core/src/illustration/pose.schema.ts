// The data an illustration is made of: a 2-D body pose given as joint angles, the props
// drawn around it, the arrows that show the direction of movement and the highlighted
// (worked) body parts. One TypeBox schema is both the validator and the TypeScript type.
// Angles are anatomical and in degrees; lengths are in body units (standing height = 100).
// This module only describes data: it must not compute geometry or render anything.
import { Type, type Static } from "@sinclair/typebox";

const strict = { additionalProperties: false } as const;

/** Joints whose positions the body model computes; `near`/`far` are the limbs nearer to and further from the viewer. */
export const JointName = Type.Union([
  Type.Literal("pelvis"),
  Type.Literal("neck"),
  Type.Literal("head"),
  ...(["near", "far"] as const).flatMap((limb) =>
    (["hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist"] as const).map((joint) =>
      Type.Literal(`${limb}.${joint}`),
    ),
  ),
]);
export type JointName = Static<typeof JointName>;

/**
 * Joint angles of one side of the body. Hip and shoulder: flexion positive, extension
 * negative (in a front view: abduction positive). Knee and elbow: flexion positive.
 * Ankle: dorsiflexion positive, plantarflexion negative. `thighDepth` / `shankDepth`:
 * the fraction of the segment hidden because it points towards or away from the viewer
 * (a seated person seen from the front), 0 when absent.
 */
export const LimbAngles = Type.Object(
  {
    hip: Type.Number({ minimum: -60, maximum: 150 }),
    knee: Type.Number({ minimum: -10, maximum: 160 }),
    ankle: Type.Number({ minimum: -60, maximum: 40 }),
    shoulder: Type.Number({ minimum: -90, maximum: 200 }),
    elbow: Type.Number({ minimum: 0, maximum: 160 }),
    thighDepth: Type.Optional(Type.Number({ minimum: 0, maximum: 0.95 })),
    shankDepth: Type.Optional(Type.Number({ minimum: 0, maximum: 0.95 })),
  },
  strict,
);
export type LimbAngles = Static<typeof LimbAngles>;

/**
 * Where the body is placed: the named joint (default the pelvis) sits at `x`, and at
 * height `y` above the floor; without `y` the body rests on the floor (lowest point at 0).
 */
export const PoseRoot = Type.Object(
  {
    joint: Type.Optional(JointName),
    x: Type.Number(),
    y: Type.Optional(Type.Number()),
  },
  strict,
);
export type PoseRoot = Static<typeof PoseRoot>;

/**
 * One key pose. `trunk` is the trunk's tilt from upright, positive towards the face:
 * 0 standing or sitting tall, -90 lying on the back, 90 lying face down. In a front view
 * it is the sideways tilt (-90 lying on one side, head to the left). `head` is neck
 * flexion relative to the trunk.
 */
export const BodyPose = Type.Object(
  {
    view: Type.Union([Type.Literal("side"), Type.Literal("front")]),
    facing: Type.Union([Type.Literal("left"), Type.Literal("right")]),
    root: PoseRoot,
    trunk: Type.Number({ minimum: -180, maximum: 180 }),
    head: Type.Number({ minimum: -60, maximum: 60 }),
    near: LimbAngles,
    far: LimbAngles,
  },
  strict,
);
export type BodyPose = Static<typeof BodyPose>;

/** A body part that can be highlighted as the worked side. */
export const BodyPart = Type.Union([
  Type.Literal("near.leg"),
  Type.Literal("far.leg"),
  Type.Literal("near.arm"),
  Type.Literal("far.arm"),
  Type.Literal("trunk"),
]);
export type BodyPart = Static<typeof BodyPart>;

/** A point in body units, y upwards from the floor. */
export const Point = Type.Object({ x: Type.Number(), y: Type.Number() }, strict);
export type Point = Static<typeof Point>;
