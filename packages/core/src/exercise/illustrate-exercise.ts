// Connects an exercise to the drawing system: builds the text alternative (position,
// which side is highlighted, direction of movement) from the exercise's own data and
// renders its illustration to an animated SVG with a reduced-motion still. Pure: returns
// strings; the caller decides where they go.
import {
  renderIllustration,
  type IllustrationOptions,
} from "../illustration/render-illustration.ts";
import type { CheckedExercise } from "./load-library.ts";
import type { Position } from "./schema.ts";

const POSITION_TEXT: Readonly<Record<Position, string>> = {
  supine: "lying on their back",
  prone: "lying face down",
  "side-lying": "lying on their side",
  kneeling: "kneeling",
  standing: "standing",
  sitting: "sitting",
  varied: "moving through the day",
};

/** The highlighted part in words, taken from the exercise's side guidance when it has one. */
function highlightText(e: CheckedExercise): string {
  const parts = e.illustration.highlight;
  if (parts.length === 0) {
    return "Nothing is highlighted: this is a daily habit.";
  }
  if (e.side !== undefined) {
    return `Highlighted in striped orange: ${lowerFirst(e.side.worked)}`;
  }
  return parts.includes("trunk")
    ? "Highlighted in striped orange: the trunk and hips, both sides together."
    : "Highlighted in striped orange: both legs, worked together.";
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The <desc> text for an exercise's illustration. */
export function describeIllustration(e: CheckedExercise): string {
  const view = e.illustration.keyPoses[0]?.view === "front" ? "Front view" : "Side view";
  const movement = e.illustration.arrows.map((a) => a.label);
  const arrows = movement.length === 0 ? "" : ` Arrow: ${movement.join("; ")}.`;
  return `${view} of a person ${POSITION_TEXT[e.position]}. ${highlightText(e)}${arrows}`;
}

/** Renders an exercise's illustration (animated, with a still for reduced motion and print). */
export function renderExerciseIllustration(
  e: CheckedExercise,
  options: Omit<IllustrationOptions, "title" | "desc"> = {},
): string {
  return renderIllustration(e.illustration, {
    idPrefix: `ilio-${e.id}`,
    ...options,
    title: e.name,
    desc: describeIllustration(e),
  });
}
