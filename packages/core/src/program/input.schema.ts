// What the program generator needs to know, in TypeBox: the triage level, the leading
// conditions (or the clinician's choice), irritability, populations, cautions, the start date
// and optional clinician overrides. The assessment adapter and the server build this; the
// generator trusts it once parsed. Unknown fields are rejected.
import { Type, type Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { TRIAGE_LEVELS } from "../content/condition-ids.ts";
import type { Problem } from "../content/problem.ts";
import { ContraindicationTag, Phase, Population } from "../exercise/schema.ts";
import { ConditionId, Irritability } from "./content.schema.ts";

const strict = { additionalProperties: false } as const;
const exerciseId = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });

/** A calendar date, `YYYY-MM-DD` (the program has no time of day). */
export const IsoDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

export const TriageLevel = Type.Union(TRIAGE_LEVELS.map((l) => Type.Literal(l)));
export type TriageLevel = Static<typeof TriageLevel>;

/** A condition and its probability from the assessment ranking. */
export const RankedConditionInput = Type.Object(
  { condition: ConditionId, probability: Type.Number({ minimum: 0, maximum: 1 }) },
  strict,
);

/** Changes a clinician makes to the generated program. */
export const ClinicianOverrides = Type.Object(
  {
    add: Type.Optional(Type.Array(Type.Object({ exerciseId, phase: Phase }, strict))),
    remove: Type.Optional(Type.Array(exerciseId)),
    fixedPhase: Type.Optional(Phase),
  },
  strict,
);
export type ClinicianOverrides = Static<typeof ClinicianOverrides>;

export const ProgramInput = Type.Object(
  {
    triage: TriageLevel,
    conditions: Type.Array(RankedConditionInput),
    chosenCondition: Type.Optional(ConditionId),
    irritability: Irritability,
    populations: Type.Array(Population),
    /** 1, 2 or 3 when pregnant and known; lying on the back is allowed only in the first. */
    pregnancyTrimester: Type.Optional(
      Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]),
    ),
    cautions: Type.Array(ContraindicationTag),
    startDate: IsoDate,
    overrides: Type.Optional(ClinicianOverrides),
  },
  strict,
);
export type ProgramInput = Static<typeof ProgramInput>;

/** Parses untrusted input (an API body, a file) into a ProgramInput, or lists every problem. */
export function parseProgramInput(
  raw: unknown,
):
  | { readonly ok: true; readonly input: ProgramInput }
  | { readonly ok: false; readonly problems: readonly Problem[] } {
  if (Value.Check(ProgramInput, raw)) {
    return { ok: true, input: raw };
  }
  const problems = [...Value.Errors(ProgramInput, raw)].map((e) => ({
    path: e.path === "" ? "/" : e.path,
    message: e.message,
  }));
  return { ok: false, problems };
}
