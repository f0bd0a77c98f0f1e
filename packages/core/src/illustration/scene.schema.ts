// The scene around a body pose: props (floor furniture drawn simply), movement arrows and
// the illustration spec that ties key poses, highlight, props and arrows together. Props
// are a discriminated union on `kind` so the renderer can switch exhaustively.
// Data only: no geometry and no rendering here.
import { Type, type Static } from "@sinclair/typebox";
import { BodyPart, BodyPose, JointName, Point } from "./pose.schema.ts";

const strict = { additionalProperties: false } as const;
const box = {
  x: Type.Number(),
  width: Type.Number({ exclusiveMinimum: 0 }),
  height: Type.Number({ exclusiveMinimum: 0 }),
};

/** Something drawn beside the body. Positions are in body units; furniture stands on the floor. */
export const Prop = Type.Union([
  Type.Object({ kind: Type.Literal("wall"), x: Type.Number() }, strict),
  Type.Object(
    {
      kind: Type.Literal("chair"),
      ...box,
      back: Type.Union([Type.Literal("left"), Type.Literal("right"), Type.Literal("none")]),
    },
    strict,
  ),
  Type.Object({ kind: Type.Literal("stool"), ...box }, strict),
  Type.Object({ kind: Type.Literal("step"), ...box }, strict),
  Type.Object({ kind: Type.Literal("bed"), ...box }, strict),
  Type.Object({ kind: Type.Literal("pillow"), ...box, y: Type.Number() }, strict),
  Type.Object({ kind: Type.Literal("barre"), x: Type.Number(), height: Type.Number() }, strict),
  Type.Object({ kind: Type.Literal("wheel"), at: Point }, strict),
  Type.Object({ kind: Type.Literal("book"), at: Point }, strict),
  Type.Object({ kind: Type.Literal("band"), from: JointName, to: Point }, strict),
  Type.Object({ kind: Type.Literal("strap"), from: JointName, to: JointName }, strict),
]);
export type Prop = Static<typeof Prop>;

/**
 * A movement arrow. `path`: follows `joint` from key pose `from` to key pose `to`
 * (defaults 0 → 1). `nudge`: a straight arrow at `joint` pointing `angle` degrees
 * (0 = right, 90 = up), starting `offset` away from the joint, for holds that have one key
 * pose. `label` feeds the text alternative.
 */
export const Arrow = Type.Union([
  Type.Object(
    {
      kind: Type.Literal("path"),
      joint: JointName,
      from: Type.Optional(Type.Integer({ minimum: 0 })),
      to: Type.Optional(Type.Integer({ minimum: 0 })),
      label: Type.String({ minLength: 3 }),
    },
    strict,
  ),
  Type.Object(
    {
      kind: Type.Literal("nudge"),
      joint: JointName,
      angle: Type.Number(),
      length: Type.Number({ exclusiveMinimum: 0 }),
      offset: Type.Optional(Point),
      label: Type.String({ minLength: 3 }),
    },
    strict,
  ),
]);
export type Arrow = Static<typeof Arrow>;

/**
 * Everything needed to draw one exercise: key poses, the still pose (default the last),
 * highlight, props, arrows, and `floor: false` for views from above (no floor line).
 */
export const IllustrationSpec = Type.Object(
  {
    keyPoses: Type.Array(BodyPose, { minItems: 1 }),
    stillPose: Type.Optional(Type.Integer({ minimum: 0 })),
    highlight: Type.Array(BodyPart),
    props: Type.Array(Prop),
    arrows: Type.Array(Arrow),
    floor: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type IllustrationSpec = Static<typeof IllustrationSpec>;
