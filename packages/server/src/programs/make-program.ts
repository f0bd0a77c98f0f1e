// Makes a program's plan with core's generator: from a stored assessment (its result and
// answers, through programInputFromAssessment), or again from the stored input with a
// clinician's overrides. The generator's "no program" is a 422 with its own plain sentence
// as the detail; an override naming an exercise the library lacks is a 400 naming the
// field. Nothing here reads or writes the database; the routes store what it returns.
import {
  generateProgram,
  programInputFromAssessment,
  type ClinicianOverrides,
  type ExerciseLibrary,
  type Program,
  type ProgramContent,
  type ProgramInput,
} from "@ilio/core";
import { answersFromPairs, decodeAnswersOrThrow } from "../assessments/stored-answers.ts";
import { decodeResultOrThrow } from "../assessments/stored-result.ts";
import { ApiError, type FieldError } from "../errors/api-error.ts";
import type { AssessmentRow } from "../storage/database-schema.ts";

/** The program content and exercise library the generator works from. */
export interface ProgramSources {
  readonly content: ProgramContent;
  readonly library: ExerciseLibrary;
}

/** The plan for `input`, or throws the generator's refusal as a 422. */
function planOrThrow(input: ProgramInput, sources: ProgramSources): Program {
  const generated = generateProgram(input, sources.content, sources.library);
  if (!generated.ok) {
    throw new ApiError("ILIO_ERR_PROGRAM_NOT_SUITABLE", generated.message);
  }
  return generated.program;
}

/** The generator's input and plan for a finished assessment of the caller's. */
export function programFromAssessmentOrThrow(
  assessment: AssessmentRow,
  startDate: string,
  sources: ProgramSources,
): { readonly input: ProgramInput; readonly plan: Program } {
  if (assessment.status !== "complete") {
    throw new ApiError(
      "ILIO_ERR_PROGRAM_ASSESSMENT_INCOMPLETE",
      "Finish the assessment first: a program is made only once every safety question is answered.",
    );
  }
  const result = decodeResultOrThrow(assessment.result_json);
  const answers = answersFromPairs(decodeAnswersOrThrow(assessment.answers_json));
  const made = programInputFromAssessment(result, answers, {
    content: sources.content,
    startDate,
  });
  if (!made.ok) {
    // The server stored this result itself, so a mismatch is its fault, not the client's.
    throw new Error(`assessment ${assessment.id} does not make a program input`);
  }
  return { input: made.input, plan: planOrThrow(made.input, sources) };
}

function unknownExercises(overrides: ClinicianOverrides, library: ExerciseLibrary): FieldError[] {
  const known = new Set(library.exercises.map((e) => e.id));
  const problems: FieldError[] = [];
  (overrides.add ?? []).forEach((add, index) => {
    if (!known.has(add.exerciseId)) {
      problems.push({
        field: `body/overrides/add/${index}/exerciseId`,
        message: `"${add.exerciseId}" is not in the exercise library`,
      });
    }
  });
  (overrides.remove ?? []).forEach((id, index) => {
    if (!known.has(id)) {
      problems.push({
        field: `body/overrides/remove/${index}`,
        message: `"${id}" is not in the exercise library`,
      });
    }
  });
  return problems;
}

/** The plan for the stored input with `overrides` applied; throws 400 or 422. */
export function planWithOverridesOrThrow(
  input: ProgramInput,
  overrides: ClinicianOverrides,
  sources: ProgramSources,
): Program {
  const problems = unknownExercises(overrides, sources.library);
  if (problems.length > 0) {
    const fields = problems.map((p) => p.field).join(", ");
    throw new ApiError("ILIO_ERR_REQUEST_VALIDATION", `Invalid fields: ${fields}.`, {
      errors: problems,
    });
  }
  return planOrThrow({ ...input, overrides }, sources);
}

/** True for a real calendar date (`2025-02-30` is not). */
export function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00.000Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}
