// Puts an exercise's drawing on the page: the animated SVG (with its reduced-motion and
// print still) on the exercise page, or one static key pose on a library card. The SVG
// comes from core's pure renderer and the validated exercise library, never from anything
// a person typed, which is why it may be injected as markup (see the comment below).
import type { CheckedExercise } from "@ilio/core";
import { describeIllustration, renderExerciseIllustration, renderPose } from "@ilio/core";
import { useMemo } from "preact/hooks";

/** Props of an ExerciseIllustration. */
export interface ExerciseIllustrationProps {
  readonly exercise: CheckedExercise;
  /** "animated" for the exercise page; "key-pose" for a small static picture on a card. */
  readonly kind: "animated" | "key-pose";
}

function keyPoseSvg(exercise: CheckedExercise): string {
  const spec = exercise.illustration;
  const index = Math.min(spec.stillPose ?? spec.keyPoses.length - 1, spec.keyPoses.length - 1);
  const pose = spec.keyPoses[index];
  if (pose === undefined) {
    return "";
  }
  return renderPose(pose, {
    title: exercise.name,
    desc: describeIllustration(exercise),
    highlight: spec.highlight,
    props: spec.props,
    idPrefix: `card-${exercise.id}`,
  });
}

/** An exercise's picture. The key-pose card picture is decorative (the card names it). */
export function ExerciseIllustration(props: ExerciseIllustrationProps) {
  const { exercise, kind } = props;
  const svg = useMemo(
    () =>
      kind === "animated"
        ? renderExerciseIllustration(exercise, { idPrefix: `ilio-${exercise.id}` })
        : keyPoseSvg(exercise),
    [exercise, kind],
  );
  // Injected as markup because it is SVG built by our own pure renderer
  // (packages/core/src/illustration) from the validated exercise library: no user input
  // reaches it, and core escapes every text it writes (svg-markup.ts, escapeXml). It holds
  // no scripts (the CSP forbids inline scripts anyway); its SMIL animation is allowed.
  // The SVG's own <style> is blocked by the CSP, so app.css repeats its motion rules.
  const markup = { __html: svg };
  return kind === "animated" ? (
    <div class="exercise-illustration" dangerouslySetInnerHTML={markup} />
  ) : (
    <div class="exercise-card-picture" aria-hidden="true" dangerouslySetInnerHTML={markup} />
  );
}
