// The parts of an exercise page that need more than a paragraph: the side card (which side
// works and how to tell, named by the body's position, REFERENCE §7.5), the dose as plain
// lines, the easier and harder variants, and the stop-and-seek-advice card shown on every
// exercise (REFERENCE §7.4). Content only: words come from the library.
import type { CheckedExercise, Dose, VariantRef } from "@ilio/core";
import { doseLines, doseSummary } from "./dose-words.ts";

/** Which side works and how to tell; for two-sided or unsided exercises, says so. */
export function SideCard(props: { readonly exercise: CheckedExercise }) {
  const { side, dose } = props.exercise;
  if (side === undefined && dose.sides === "none") {
    return null;
  }
  return (
    <section class="side-card" aria-labelledby="side-title">
      <h2 class="side-title" id="side-title">
        Which side works
      </h2>
      {side === undefined ? (
        <p class="side-worked">Both sides work together; there is no side to choose.</p>
      ) : (
        <>
          <p class="side-worked">{side.worked}</p>
          <p class="side-how">
            <strong>How to tell: </strong>
            {side.howToTell}
          </p>
        </>
      )}
    </section>
  );
}

/** The dose as a list of labelled lines. */
export function DoseList(props: { readonly dose: Dose }) {
  const lines = doseLines(props.dose);
  if (lines.length === 0) {
    return <p>No set amount: make it part of your day.</p>;
  }
  return (
    <dl class="dose-list">
      {lines.map((line) => (
        <div class="dose-line" key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Variant(props: {
  readonly variant: VariantRef;
  readonly nameOf: (id: string) => string | undefined;
}) {
  const { variant } = props;
  switch (variant.kind) {
    case "exercise":
      return (
        <li class="variant">
          <a href={`/exercises/${variant.id}`}>{props.nameOf(variant.id) ?? variant.id}</a>{" "}
          <span class="variant-note">(its own page)</span>
        </li>
      );
    case "inline":
      return (
        <li class="variant">
          <span class="variant-name">{variant.name}</span>
          <ol class="variant-steps">
            {variant.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {variant.dose === undefined ? null : (
            <p class="variant-dose">{doseSummary(variant.dose)}</p>
          )}
        </li>
      );
    default: {
      const unreachable: never = variant;
      return unreachable;
    }
  }
}

/** Easier and harder options, each a link to another exercise or its own short steps. */
export function VariantLists(props: {
  readonly exercise: CheckedExercise;
  readonly nameOf: (id: string) => string | undefined;
}) {
  const { easier, harder } = props.exercise.variants;
  const list = (title: string, variants: readonly VariantRef[]) =>
    variants.length === 0 ? null : (
      <div class="variant-group">
        <h3>{title}</h3>
        <ul class="variant-list">
          {variants.map((variant) => (
            <Variant
              key={variant.kind === "exercise" ? variant.id : variant.name}
              variant={variant}
              nameOf={props.nameOf}
            />
          ))}
        </ul>
      </div>
    );
  if (easier.length === 0 && harder.length === 0) {
    return null;
  }
  return (
    <section class="exercise-section" aria-labelledby="variants-title">
      <h2 id="variants-title">Easier and harder</h2>
      {list("Easier", easier)}
      {list("Harder", harder)}
    </section>
  );
}

/** The stop-and-seek-advice card from the library (library.json, stopCard). */
export function StopCard(props: { readonly lines: readonly string[] }) {
  return (
    <section class="stop-card" aria-labelledby="stop-title">
      <h2 class="stop-title" id="stop-title">
        Stop and seek advice
      </h2>
      <p>Stop the exercise, and ask a health professional before doing it again, if you have:</p>
      <ul class="stop-list">
        {props.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
