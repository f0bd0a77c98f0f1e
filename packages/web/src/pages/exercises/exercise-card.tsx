// One result in the exercise library: a small static picture of the key pose, the name
// (a link to the full page), what it is for and a one-line dose. Shows the library's own
// words; it decides nothing about whether the exercise suits the reader.
import type { CheckedExercise } from "@ilio/core";
import { doseSummary } from "./dose-words.ts";
import { ExerciseIllustration } from "./exercise-illustration.tsx";
import { CATEGORY_LABELS } from "./exercise-words.ts";

/** A library card linking to `/exercises/:id`. */
export function ExerciseCard(props: { readonly exercise: CheckedExercise }) {
  const { exercise } = props;
  return (
    <li class="exercise-card">
      <ExerciseIllustration exercise={exercise} kind="key-pose" />
      <div class="exercise-card-body">
        <h2 class="exercise-card-name">
          <a class="exercise-card-link" href={`/exercises/${exercise.id}`}>
            {exercise.name}
          </a>
        </h2>
        <p class="exercise-card-purpose">{exercise.purpose}</p>
        <p class="exercise-card-meta">
          <span class="exercise-tag">{CATEGORY_LABELS[exercise.category]}</span>{" "}
          <span class="exercise-card-dose">{doseSummary(exercise.dose)}</span>
        </p>
      </div>
    </li>
  );
}
