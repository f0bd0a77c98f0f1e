// One exercise in full (/exercises/:id, open to everyone, lazily loaded with the library):
// what it is for and who it suits, the animated illustration with its text alternative,
// starting position, numbered steps, the side that works, the dose in plain words, what to
// feel, easier and harder options, the no-equipment alternative, cautions, the stop card,
// and the evidence with its sources. Prints as a handout (app.css, "Exercise print").
import type { CheckedExercise } from "@ilio/core";
import { describeIllustration } from "@ilio/core";
import { exerciseLibrary } from "@ilio/content/exercises";
import { useRoute } from "preact-iso";
import { Page } from "../../layout/page.tsx";
import { ExerciseIllustration } from "./exercise-illustration.tsx";
import { DoseList, SideCard, StopCard, VariantLists } from "./exercise-sections.tsx";
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  EVIDENCE_LABELS,
  PHASE_LABELS,
  POPULATION_LABELS,
  POSITION_LABELS,
} from "./exercise-words.ts";

const BY_ID = new Map(exerciseLibrary.exercises.map((e) => [e.id, e]));
const SOURCES = new Map(exerciseLibrary.sources.map((s) => [s.id, s]));

function nameOf(id: string): string | undefined {
  return BY_ID.get(id)?.name;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join("");
  }
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

function NotFound() {
  return (
    <Page heading="We could not find this exercise" width="narrow">
      <p>The link may be old or mistyped.</p>
      <p>
        <a href="/exercises">See all exercises</a>
      </p>
    </Page>
  );
}

function Equipment(props: { readonly exercise: CheckedExercise }) {
  const { equipment, noEquipment } = props.exercise;
  return (
    <section class="exercise-section no-equipment" aria-labelledby="equipment-title">
      <h2 id="equipment-title">Equipment, or none</h2>
      <p>
        {equipment.length === 0
          ? "You need nothing but the floor or a chair you already have."
          : `Uses: ${listInWords(equipment.map((e) => EQUIPMENT_LABELS[e].toLowerCase()))}.`}
      </p>
      <p>
        <strong>Without equipment: </strong>
        {noEquipment}
      </p>
    </section>
  );
}

function Evidence(props: { readonly exercise: CheckedExercise }) {
  const { evidence, sources } = props.exercise;
  return (
    <section class="exercise-section evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence and sources</h2>
      <p>
        <strong>{EVIDENCE_LABELS[evidence.level]}.</strong> {evidence.note}
      </p>
      <ul class="source-list">
        {sources.map((id) => (
          <li key={id}>{SOURCES.get(id)?.citation ?? id}</li>
        ))}
      </ul>
    </section>
  );
}

function ExerciseDetail(props: { readonly exercise: CheckedExercise }) {
  const { exercise } = props;
  const who = listInWords(exercise.populations.map((p) => POPULATION_LABELS[p]));
  const phases = listInWords(exercise.phases.map((p) => PHASE_LABELS[p]));
  return (
    <Page heading={exercise.name} lead={exercise.purpose} width="wide">
      <div class="exercise-page">
        <p class="exercise-meta">
          <span class="exercise-tag">{CATEGORY_LABELS[exercise.category]}</span> Suits {who}.{" "}
          {phases}.
        </p>
        <div class="exercise-layout">
          <figure class="exercise-figure">
            <ExerciseIllustration exercise={exercise} kind="animated" />
            <figcaption class="exercise-figcaption">{describeIllustration(exercise)}</figcaption>
          </figure>
          <div class="exercise-main">
            <SideCard exercise={exercise} />
            <section class="exercise-section" aria-labelledby="start-title">
              <h2 id="start-title">Starting position</h2>
              <p>
                <strong>{POSITION_LABELS[exercise.position]}. </strong>
                {exercise.start}
              </p>
            </section>
            <section class="exercise-section" aria-labelledby="steps-title">
              <h2 id="steps-title">Steps</h2>
              <ol class="exercise-steps">
                {exercise.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </section>
          </div>
        </div>
        <section class="exercise-section" aria-labelledby="dose-title">
          <h2 id="dose-title">How much</h2>
          <DoseList dose={exercise.dose} />
          <p class="exercise-hint">A starting amount, to adjust to how your body responds.</p>
        </section>
        <section class="exercise-section" aria-labelledby="feel-title">
          <h2 id="feel-title">What you should feel</h2>
          <p>{exercise.feel}</p>
        </section>
        <Equipment exercise={exercise} />
        <VariantLists exercise={exercise} nameOf={nameOf} />
        {exercise.cautions.length === 0 ? null : (
          <section class="exercise-section" aria-labelledby="cautions-title">
            <h2 id="cautions-title">Take care</h2>
            <ul class="caution-list">
              {exercise.cautions.map((caution) => (
                <li key={caution}>{caution}</li>
              ))}
            </ul>
          </section>
        )}
        <StopCard lines={exerciseLibrary.stopCard} />
        <Evidence exercise={exercise} />
        <div class="button-row exercise-actions">
          <button class="button button--secondary" type="button" onClick={() => window.print()}>
            Print this exercise
          </button>
          <a class="button button--link" href="/exercises">
            All exercises
          </a>
        </div>
      </div>
    </Page>
  );
}

/** The exercise named by the route's `id`, or a not-found page. */
export function ExercisePage() {
  const { params } = useRoute();
  const exercise = BY_ID.get(params.id ?? "");
  return exercise === undefined ? <NotFound /> : <ExerciseDetail exercise={exercise} />;
}
