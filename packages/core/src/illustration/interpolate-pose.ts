// Smooth movement between two key poses: joint angles and the root are blended linearly,
// so every in-between frame is itself a valid pose (segment lengths never stretch, as they
// would if joint positions were blended). Easing belongs to the caller. Pure: no rendering.
import { solveJoints } from "./kinematics.ts";
import type { BodyPose, LimbAngles, PoseRoot } from "./pose.schema.ts";

/** Blends two numbers; exact at t = 0 and t = 1. */
function mix(a: number, b: number, t: number): number {
  return a * (1 - t) + b * t;
}

function mixDepth(a: number | undefined, b: number | undefined, t: number): { value?: number } {
  return a === undefined && b === undefined ? {} : { value: mix(a ?? 0, b ?? 0, t) };
}

function mixLimb(a: LimbAngles, b: LimbAngles, t: number): LimbAngles {
  const thigh = mixDepth(a.thighDepth, b.thighDepth, t).value;
  const shank = mixDepth(a.shankDepth, b.shankDepth, t).value;
  return {
    ...(thigh === undefined ? {} : { thighDepth: thigh }),
    ...(shank === undefined ? {} : { shankDepth: shank }),
    hip: mix(a.hip, b.hip, t),
    knee: mix(a.knee, b.knee, t),
    ankle: mix(a.ankle, b.ankle, t),
    shoulder: mix(a.shoulder, b.shoulder, t),
    elbow: mix(a.elbow, b.elbow, t),
  };
}

function mixRoot(a: BodyPose, b: BodyPose, t: number): PoseRoot {
  const sameJoint = (a.root.joint ?? "pelvis") === (b.root.joint ?? "pelvis");
  if (sameJoint && a.root.y === undefined && b.root.y === undefined) {
    return { ...a.root, x: mix(a.root.x, b.root.x, t) };
  }
  if (sameJoint && a.root.y !== undefined && b.root.y !== undefined) {
    return { ...a.root, x: mix(a.root.x, b.root.x, t), y: mix(a.root.y, b.root.y, t) };
  }
  // Roots described differently: blend where the pelvis actually is in each pose.
  const pa = solveJoints(a).pelvis;
  const pb = solveJoints(b).pelvis;
  return { joint: "pelvis", x: mix(pa.x, pb.x, t), y: mix(pa.y, pb.y, t) };
}

/**
 * The pose a fraction `t` (0–1, clamped) of the way from `a` to `b`. Returns `a` at 0 and
 * `b` at 1 exactly. Poses drawn from different views cannot be blended and switch halfway.
 */
export function interpolatePose(a: BodyPose, b: BodyPose, t: number): BodyPose {
  const k = Math.min(1, Math.max(0, t));
  if (k === 0) {
    return a;
  }
  if (k === 1) {
    return b;
  }
  if (a.view !== b.view || a.facing !== b.facing) {
    return k < 0.5 ? a : b;
  }
  return {
    view: a.view,
    facing: a.facing,
    root: mixRoot(a, b, k),
    trunk: mix(a.trunk, b.trunk, k),
    head: mix(a.head, b.head, k),
    near: mixLimb(a.near, b.near, k),
    far: mixLimb(a.far, b.far, k),
  };
}

/** Smoothstep easing for animation frames: slow start and end, no overshoot. */
export function easeInOut(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return k * k * (3 - 2 * k);
}
