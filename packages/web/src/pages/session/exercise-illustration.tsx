// Shows an exercise's illustration: the SVG string made by core's renderExerciseIllustration
// from our own content (never from user input), so it is inserted as markup. It has a <title>
// and <desc>, moves with SMIL (no script, allowed by the CSP) and shows its still key pose
// when the person prefers reduced motion (CSS inside the SVG).
import { renderExerciseIllustration, type CheckedExercise } from "@ilio/core";
import { useMemo } from "preact/hooks";

/** The animated illustration of an exercise. */
export function ExerciseIllustration(props: { readonly exercise: CheckedExercise }) {
  const markup = useMemo(() => renderExerciseIllustration(props.exercise), [props.exercise]);
  return <div class="player-illustration" dangerouslySetInnerHTML={{ __html: markup }} />;
}
