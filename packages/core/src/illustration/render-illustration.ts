// Renders an exercise's illustration spec to one SVG string that moves and also stands
// still: an animated figure (SMIL, looping through the key poses and back, eased) and a
// still picture (the still pose, earlier key poses as pale ghosts, arrows). CSS shows the
// still picture instead of the animation when the reader prefers reduced motion, and in print.
import { arrowCurves, drawArrows } from "./draw-arrows.ts";
import { drawFigure, drawGhost, type Layers, type Timing } from "./draw-figure.ts";
import { attachmentStrokes, drawFurniture } from "./draw-props.ts";
import { figureLayers } from "./figure-strokes.ts";
import { frameFor } from "./frame.ts";
import { easeInOut, interpolatePose } from "./interpolate-pose.ts";
import { solveJoints } from "./kinematics.ts";
import type { BodyPose } from "./pose.schema.ts";
import { svgOpen, type RenderOptions } from "./render-pose.ts";
import type { IllustrationSpec } from "./scene.schema.ts";
import { el } from "./svg-markup.ts";

/** Options for the animated illustration; props, arrows and highlight come from the spec. */
export type IllustrationOptions = Omit<RenderOptions, "props" | "arrows" | "highlight"> & {
  /** Seconds to move from one key pose to the next (default 1.6). */
  readonly moveSeconds?: number;
  /** Seconds to rest at each key pose (default 0.8). */
  readonly holdSeconds?: number;
};

const STEPS_PER_MOVE = 8;

const MOTION_CSS =
  ".ilio-still{display:none}" +
  "@media (prefers-reduced-motion: reduce){.ilio-anim{display:none}.ilio-still{display:inline}}" +
  "@media print{.ilio-anim{display:none}.ilio-still{display:inline}}";

/** The frames of one loop through the key poses (0 → 1 → … → last → 0) and their times. */
function loop(
  keyPoses: readonly BodyPose[],
  move: number,
  hold: number,
): { poses: BodyPose[]; times: number[] } {
  const poses: BodyPose[] = [];
  const times: number[] = [];
  let clock = 0;
  keyPoses.forEach((from, i) => {
    const to = keyPoses[(i + 1) % keyPoses.length] ?? from;
    poses.push(from);
    times.push(clock);
    clock += hold;
    for (let k = 0; k < STEPS_PER_MOVE; k += 1) {
      poses.push(interpolatePose(from, to, easeInOut(k / STEPS_PER_MOVE)));
      times.push(clock + (move * k) / STEPS_PER_MOVE);
    }
    clock += move;
  });
  const [first] = keyPoses;
  if (first !== undefined) {
    poses.push(first);
    times.push(clock);
  }
  return { poses, times: times.map((t) => t / clock) };
}

/** Renders the illustration as an animated SVG with a reduced-motion still. */
export function renderIllustration(spec: IllustrationSpec, options: IllustrationOptions): string {
  const prefix = options.idPrefix ?? "ilio";
  const skeletons = spec.keyPoses.map(solveJoints);
  const curves = arrowCurves(spec.arrows, skeletons);
  const stillIndex = Math.min(spec.stillPose ?? spec.keyPoses.length - 1, spec.keyPoses.length - 1);
  const layersOf = (pose: BodyPose): Layers => {
    const s = solveJoints(pose);
    return [...figureLayers(s, pose.view, spec.highlight), attachmentStrokes(spec.props, s)];
  };
  const frame = frameFor(
    [
      ...skeletons,
      ...spec.keyPoses
        .slice(1)
        .map((p, i) => solveJoints(interpolatePose(spec.keyPoses[i] ?? p, p, 0.5))),
    ],
    spec.props,
    curves,
  );
  const stillPose = spec.keyPoses[stillIndex];
  const ghosts = spec.keyPoses
    .filter((_, i) => i !== stillIndex)
    .map((p) => drawGhost(layersOf(p)));
  const still = stillPose === undefined ? "" : drawFigure([layersOf(stillPose)], prefix);
  const moving = spec.keyPoses.length > 1;
  const animated = (): string => {
    const { poses, times } = loop(
      spec.keyPoses,
      options.moveSeconds ?? 1.6,
      options.holdSeconds ?? 0.8,
    );
    const seconds =
      spec.keyPoses.length * ((options.moveSeconds ?? 1.6) + (options.holdSeconds ?? 0.8));
    const timing: Timing = { seconds, keyTimes: times };
    return drawFigure(poses.map(layersOf), prefix, timing);
  };
  return (
    svgOpen(frame.viewBox, frame.aspect, options) +
    el("style", {}, [MOTION_CSS]) +
    drawFurniture(spec.props, frame, spec.floor ?? true) +
    (moving
      ? el("g", { class: "ilio-anim" }, [animated()]) +
        el("g", { class: "ilio-still" }, [...ghosts, still])
      : still) +
    drawArrows(curves, prefix) +
    "</svg>"
  );
}
