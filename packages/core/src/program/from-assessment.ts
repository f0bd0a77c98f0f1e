// programInputFromAssessment(result, answers, options): turns an assessment result (the shape
// `evaluate` returns, or at least its triage level and ranking) and, when given, the answers
// behind it into a ProgramInput. Irritability comes from worst pain, night and rest pain and
// ease of provocation; populations and cautions from age, activities, history and symptoms.
// Parses both at the boundary and lists every problem; never throws. Pure.
import { Type, type Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import type { Problem } from "../content/problem.ts";
import { ConditionId } from "./content.schema.ts";
import { TriageLevel, type ClinicianOverrides, type ProgramInput } from "./input.schema.ts";
import { irritabilityFromSigns } from "./irritability.ts";
import type { ProgramContent } from "./load-program-content.ts";
import { AnswerRecord, answerCautions, answerPopulations, answerSigns } from "./read-answers.ts";

/**
 * The part of an assessment result a program needs. Other fields of the result (reasons,
 * explanations, safety net) are allowed and ignored: this reads another module's output.
 */
export const AssessmentSummary = Type.Object({
  /** `{ level }` as `evaluate` returns it, or the bare level as `ilio assess --json` prints it. */
  triage: Type.Union([Type.Object({ level: TriageLevel }), TriageLevel]),
  ranking: Type.Array(
    Type.Object({ condition: ConditionId, probability: Type.Number({ minimum: 0, maximum: 1 }) }),
  ),
  answers: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type AssessmentSummary = Static<typeof AssessmentSummary>;

export interface FromAssessmentOptions {
  readonly content: ProgramContent;
  readonly startDate: string;
  readonly chosenCondition?: ProgramInput["chosenCondition"];
  readonly overrides?: ClinicianOverrides;
}

function problemsOf(
  schema: typeof AssessmentSummary | typeof AnswerRecord,
  raw: unknown,
  at: string,
): Problem[] {
  return [...Value.Errors(schema, raw)].map((e) => ({
    path: `${at}${e.path}` === "" ? "/" : `${at}${e.path}`,
    message: e.message,
  }));
}

/** The program input for an assessment result, or every problem with it. */
export function programInputFromAssessment(
  result: unknown,
  answers: unknown,
  options: FromAssessmentOptions,
):
  | { readonly ok: true; readonly input: ProgramInput }
  | { readonly ok: false; readonly problems: readonly Problem[] } {
  if (!Value.Check(AssessmentSummary, result)) {
    return { ok: false, problems: problemsOf(AssessmentSummary, result, "") };
  }
  const rawAnswers = answers ?? result.answers ?? {};
  if (!Value.Check(AnswerRecord, rawAnswers)) {
    return { ok: false, problems: problemsOf(AnswerRecord, rawAnswers, "/answers") };
  }
  const { content } = options;
  const irritability = irritabilityFromSigns(
    answerSigns(rawAnswers, content.classify),
    content.classify,
  );
  const populations = answerPopulations(rawAnswers, content.answers);
  const input: ProgramInput = {
    triage: typeof result.triage === "string" ? result.triage : result.triage.level,
    conditions: result.ranking.map((r) => ({ condition: r.condition, probability: r.probability })),
    irritability,
    populations,
    cautions: answerCautions(rawAnswers, content.answers, irritability),
    startDate: options.startDate,
    ...(options.chosenCondition === undefined ? {} : { chosenCondition: options.chosenCondition }),
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  };
  return { ok: true, input };
}
