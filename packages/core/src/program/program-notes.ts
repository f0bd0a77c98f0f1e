// The parts of a program that are words rather than exercises: the daily-life section
// (sitting, driving, sleeping, activity, load) chosen for the person's populations, and the
// notes that go with the program (routine triage, surgical follow-up after hip replacement,
// clinician additions a caution ruled out, review dates). Pure.
import type { ExerciseLibrary } from "../exercise/load-library.ts";
import type { ContraindicationTag } from "../exercise/schema.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { ProgramContent } from "./load-program-content.ts";
import type { Program } from "./program.schema.ts";

/** Daily-life advice for the person's populations, leaving out items a caution rules out. */
export function dailyLifeSection(
  input: ProgramInput,
  content: ProgramContent,
  library: ExerciseLibrary,
  ruledOut: readonly ContraindicationTag[],
): Program["dailyLife"] {
  return content.dailyLife
    .filter((d) => d.populations.some((p) => p === "everyone" || input.populations.includes(p)))
    .filter((d) => {
      const e = library.exercises.find((x) => x.id === d.exerciseId);
      return e === undefined || !e.contraindications.some((tag) => ruledOut.includes(tag));
    })
    .map((d) =>
      d.exerciseId === undefined
        ? { topic: d.topic, advice: d.advice }
        : { topic: d.topic, advice: d.advice, exerciseId: d.exerciseId },
    );
}

/** Notes shown with the program, most important first. */
export function programNotes(
  input: ProgramInput,
  library: ExerciseLibrary,
  refused: readonly string[],
  emptyPhases: readonly string[],
): Program["notes"] {
  const notes: string[] = [
    "This program is education and decision support, not a diagnosis. Stop and seek advice if anything on the stop card happens.",
  ];
  if (input.triage === "routine") {
    notes.push(
      "Your assessment suggests seeing a doctor or physical therapist within 1–2 weeks. Use this program meanwhile and take it with you.",
    );
  }
  if (input.populations.includes("after-hip-replacement")) {
    notes.push(
      "After a hip replacement, show this program to your surgical team and follow their movement precautions first (REFERENCE §7.2).",
    );
  }
  for (const id of refused) {
    const name = library.exercises.find((e) => e.id === id)?.name ?? id;
    notes.push(`${name} was not added: one of this person's cautions rules it out.`);
  }
  for (const title of emptyPhases) {
    notes.push(
      `No exercise for the "${title}" phase suits these cautions: ask a physical therapist to choose them.`,
    );
  }
  notes.push(
    "Review at 2 weeks. See a provider if not clearly better after a week, sooner if the pain gets worse or changes (ES-01, ES-02).",
  );
  return notes;
}
