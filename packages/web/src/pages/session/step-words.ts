// The words of the player: side names, the dose in a sentence, "Set 2 of 3", what comes next
// and the spoken cue of each step. Plain and short for someone in pain on the floor. Pure.
import type { PlayerExercise, Side } from "./player-exercise.ts";
import type { Step } from "./player-steps.ts";

/** "Left side" / "Right side", or null when the exercise is not done per side. */
export function sideLabel(side: Side | null): string | null {
  switch (side) {
    case "left":
      return "Left side";
    case "right":
      return "Right side";
    case null:
      return null;
    default: {
      const unknown: never = side;
      return unknown;
    }
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "45 seconds", "5 minutes", "1 minute 30 seconds". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) {
    return plural(rest, "second", "seconds");
  }
  return rest === 0
    ? plural(minutes, "minute", "minutes")
    : `${plural(minutes, "minute", "minutes")} ${plural(rest, "second", "seconds")}`;
}

/** What one set is: "hold for 30 seconds", "10 repetitions, hold each for 5 seconds". */
export function setWords(exercise: PlayerExercise): string {
  if (exercise.setSeconds !== null) {
    return `hold for ${duration(exercise.setSeconds)}`;
  }
  const reps =
    exercise.reps === null
      ? "as many as feel right"
      : plural(exercise.reps, "repetition", "repetitions");
  return exercise.holdEachRep === null
    ? reps
    : `${reps}, hold each for ${duration(exercise.holdEachRep)}`;
}

/** The whole dose: "3 sets on each side: hold for 30 seconds". */
export function doseWords(exercise: PlayerExercise): string {
  const sets = plural(exercise.sets, "set", "sets");
  const sides = exercise.sides.length > 1 ? " on each side, left first" : "";
  return `${sets}${sides}: ${setWords(exercise)}.`;
}

/** A short line for the next step, e.g. "Set 2 of 3, left side". */
export function nextWords(step: Step | undefined, exercises: readonly PlayerExercise[]): string {
  if (step === undefined) {
    return "Then you are done.";
  }
  const side = "side" in step ? sideLabel(step.side) : null;
  const sideText = side === null ? "" : `, ${side.toLowerCase()}`;
  switch (step.kind) {
    case "intro":
      return `Next exercise: ${exercises[step.exercise]?.name ?? ""}`;
    case "ready":
      return step.switching
        ? `Next: change to the ${step.side ?? "other"} side`
        : "Next: get ready";
    case "work":
      return `Next: set ${step.set} of ${step.sets}${sideText}`;
    case "rest":
      return "Next: rest";
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}

/** What the voice says on entering a step. */
export function spokenCue(step: Step, exercises: readonly PlayerExercise[]): string {
  const exercise = exercises[step.exercise];
  const name = exercise?.name ?? "";
  switch (step.kind) {
    case "intro":
      return `Next exercise: ${name}.`;
    case "ready": {
      const side = sideLabel(step.side);
      if (step.switching) {
        return `Change sides. ${side ?? ""}.`;
      }
      return `Get ready. ${side ?? ""}.`;
    }
    case "work":
      return exercise === undefined
        ? `Set ${step.set}.`
        : `Set ${step.set} of ${step.sets}. ${setWords(exercise)}.`;
    case "rest":
      return `Rest. Next, set ${step.nextSet}.`;
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}
