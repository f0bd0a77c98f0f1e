// Forward kinematics for the 2-D body model: joint angles → joint positions in body units
// (x to the right, y upwards from the floor). Places the body by its root joint and, when
// no height is given, rests it on the floor. Pure arithmetic: no rendering, no I/O.
import { HALF_WIDTH, HEAD_RADIUS, SEGMENT_LENGTH, SEGMENT_WIDTH } from "./body-model.ts";
import type { BodyPose, JointName, LimbAngles, Point } from "./pose.schema.ts";

/** Position of every joint of a posed body. */
export type Joints = Readonly<Record<JointName, Point>>;

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Unit vector for an angle measured from straight up, positive towards +x when `sign` is 1. */
function dir(angle: number, sign: number): Point {
  return { x: sign * Math.sin(rad(angle)), y: Math.cos(rad(angle)) };
}

function step(from: Point, angle: number, sign: number, length: number): Point {
  const d = dir(angle, sign);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

type LimbJoints = Record<
  "hip" | "knee" | "ankle" | "toe" | "heel" | "shoulder" | "elbow" | "wrist",
  Point
>;

/**
 * One side's limbs. Angles are built in the body's own frame (`local`, mirrored by `side`
 * for the far limbs of a front view) and then turned with the trunk, so a tilted body
 * carries its limbs with it; `mirror` flips the whole figure to face left.
 */
function limb(
  hip: Point,
  shoulder: Point,
  trunk: number,
  mirror: number,
  side: number,
  a: LimbAngles,
): LimbJoints {
  const turn = (local: number): number => trunk + side * local;
  const thigh = 180 - a.hip;
  const knee = step(hip, turn(thigh), mirror, SEGMENT_LENGTH.thigh * (1 - (a.thighDepth ?? 0)));
  const shank = thigh + a.knee;
  const ankle = step(knee, turn(shank), mirror, SEGMENT_LENGTH.shank * (1 - (a.shankDepth ?? 0)));
  const foot = shank - 90 - a.ankle;
  const upper = 180 - a.shoulder;
  const elbow = step(shoulder, turn(upper), mirror, SEGMENT_LENGTH.upperArm);
  return {
    hip,
    knee,
    ankle,
    toe: step(ankle, turn(foot), mirror, SEGMENT_LENGTH.footFront),
    heel: step(ankle, turn(foot + 180), mirror, SEGMENT_LENGTH.footBack),
    shoulder,
    elbow,
    wrist: step(elbow, turn(upper - a.elbow), mirror, SEGMENT_LENGTH.forearm),
  };
}

/** Joint positions plus the heels, before the body is placed. */
export type Skeleton = Joints & { readonly "near.heel": Point; readonly "far.heel": Point };

function unplaced(pose: BodyPose): Skeleton {
  const mirror = pose.facing === "right" ? 1 : -1;
  const pelvis = { x: 0, y: 0 };
  const neck = step(pelvis, pose.trunk, mirror, SEGMENT_LENGTH.trunk);
  const head = step(neck, pose.trunk + pose.head, mirror, SEGMENT_LENGTH.neck + HEAD_RADIUS);
  const front = pose.view === "front";
  const hipAt = (side: number): Point =>
    front ? step(pelvis, pose.trunk + 90 * side, mirror, HALF_WIDTH.hips) : pelvis;
  const shoulderAt = (side: number): Point =>
    front
      ? step(
          step(neck, pose.trunk + 180, mirror, 2),
          pose.trunk + 90 * side,
          mirror,
          HALF_WIDTH.shoulders,
        )
      : neck;
  // In a front view the far limbs mirror the near ones, so abduction moves each limb outwards.
  const farSign = front ? -1 : 1;
  const n = limb(hipAt(1), shoulderAt(1), pose.trunk, mirror, 1, pose.near);
  const f = limb(hipAt(farSign), shoulderAt(farSign), pose.trunk, mirror, farSign, pose.far);
  return {
    pelvis,
    neck,
    head,
    "near.hip": n.hip,
    "near.knee": n.knee,
    "near.ankle": n.ankle,
    "near.toe": n.toe,
    "near.heel": n.heel,
    "near.shoulder": n.shoulder,
    "near.elbow": n.elbow,
    "near.wrist": n.wrist,
    "far.hip": f.hip,
    "far.knee": f.knee,
    "far.ankle": f.ankle,
    "far.toe": f.toe,
    "far.heel": f.heel,
    "far.shoulder": f.shoulder,
    "far.elbow": f.elbow,
    "far.wrist": f.wrist,
  };
}

/** The lowest point of the drawn body (joint minus the thickness drawn around it). */
function lowest(s: Skeleton): number {
  const r = (w: number): number => w / 2;
  const samples: readonly (readonly [Point, number])[] = [
    [s.pelvis, r(SEGMENT_WIDTH.trunk)],
    [s.neck, r(SEGMENT_WIDTH.trunk)],
    [s.head, HEAD_RADIUS],
    ...(["near", "far"] as const).flatMap((side) => [
      [s[`${side}.knee`], r(SEGMENT_WIDTH.thigh)] as const,
      [s[`${side}.ankle`], r(SEGMENT_WIDTH.shank)] as const,
      [s[`${side}.toe`], r(SEGMENT_WIDTH.foot)] as const,
      [s[`${side}.heel`], r(SEGMENT_WIDTH.foot)] as const,
      [s[`${side}.elbow`], r(SEGMENT_WIDTH.upperArm)] as const,
      [s[`${side}.wrist`], r(SEGMENT_WIDTH.forearm)] as const,
    ]),
  ];
  return Math.min(...samples.map(([p, radius]) => p.y - radius));
}

/** Computes where every joint of `pose` is, placed by its root and resting on the floor if no height is given. */
export function solveJoints(pose: BodyPose): Skeleton {
  const s = unplaced(pose);
  const anchor = s[pose.root.joint ?? "pelvis"];
  const dx = pose.root.x - anchor.x;
  const dy = pose.root.y === undefined ? -lowest(s) : pose.root.y - anchor.y;
  const moved = Object.fromEntries(
    Object.entries(s).map(([name, p]) => [name, { x: p.x + dx, y: p.y + dy }]),
  );
  return { ...s, ...moved };
}
