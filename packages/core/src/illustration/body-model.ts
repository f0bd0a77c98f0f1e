// Proportions of the 2-D body model: segment lengths and drawn thicknesses in body units,
// standing height = 100. Lengths follow the usual segment-length fractions of height used
// in biomechanics teaching (Drillis & Contini, as tabulated by Winter, "Biomechanics and
// Motor Control of Human Movement"), rounded; thicknesses are chosen for legibility at
// 320 px, not anatomy. These are drawing constants, not clinical numbers.

/** Length of each segment in body units. */
export const SEGMENT_LENGTH = {
  trunk: 29,
  neck: 3.5,
  thigh: 24.5,
  shank: 24.5,
  footBack: 3,
  footFront: 10.5,
  upperArm: 18.5,
  forearm: 24,
} as const;

/** Radius of the head circle. */
export const HEAD_RADIUS = 7.5;

/** Half the distance between the hip joints and between the shoulders (front view). */
export const HALF_WIDTH = { hips: 7.5, shoulders: 10 } as const;

/** Drawn thickness (stroke width) of each segment; capsule radius is half of it. */
export const SEGMENT_WIDTH = {
  trunk: 13,
  chest: 17,
  thigh: 10,
  shank: 7.5,
  foot: 5,
  upperArm: 6.5,
  forearm: 5.5,
} as const;

/** A body segment the renderer draws as one capsule. */
export type SegmentName = "thigh" | "shank" | "foot" | "upperArm" | "forearm";

/** Segments of a leg and of an arm, proximal first. */
export const LEG_SEGMENTS = ["thigh", "shank", "foot"] as const satisfies readonly SegmentName[];
export const ARM_SEGMENTS = ["upperArm", "forearm"] as const satisfies readonly SegmentName[];
