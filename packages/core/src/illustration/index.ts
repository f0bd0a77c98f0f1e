// Public entry point of the illustration module: the pose and scene schemas, forward
// kinematics, pose interpolation and the pure SVG renderers (one pose, or an animated
// illustration with a reduced-motion still). Re-exported by packages/core/src/index.ts.
export { BodyPart, BodyPose, JointName, LimbAngles, Point, PoseRoot } from "./pose.schema.ts";
export { Arrow, IllustrationSpec, Prop } from "./scene.schema.ts";
export { solveJoints, type Joints, type Skeleton } from "./kinematics.ts";
export { easeInOut, interpolatePose } from "./interpolate-pose.ts";
export { renderPose, type RenderOptions } from "./render-pose.ts";
export { renderIllustration, type IllustrationOptions } from "./render-illustration.ts";
