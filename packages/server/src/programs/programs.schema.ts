// Request and response schemas of the program routes: one TypeBox schema per boundary gives
// validation, the handler's types and the OpenAPI document. Objects reject unknown fields.
// The plan is core's Program schema as is, and overrides are core's ClinicianOverrides, so
// the API documents exactly what the generator makes and takes.
import { ClinicianOverrides, IsoDate, Program } from "@ilio/core";
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject } from "../http/schema-helpers.ts";

const Uuid = Type.String({ format: "uuid" });
const Timestamp = Type.String({ description: "ISO-8601 UTC" });

export const ProgramParams = StrictObject({ id: Uuid });
export type ProgramParams = Static<typeof ProgramParams>;

export const CreateProgramBody = StrictObject({
  id: Type.Optional(
    Type.String({
      format: "uuid",
      description: "Client-generated id (UUIDv7) so a retried request creates nothing twice.",
    }),
  ),
  assessmentId: Type.String({
    format: "uuid",
    description: "One of the caller's own finished assessments.",
  }),
  startDate: Type.Optional(
    Type.String({ ...IsoDate, description: "YYYY-MM-DD; defaults to today (UTC)." }),
  ),
});
export type CreateProgramBody = Static<typeof CreateProgramBody>;

export const OverridesBody = StrictObject({ overrides: ClinicianOverrides });
export type OverridesBody = Static<typeof OverridesBody>;

const programFields = {
  id: Type.String(),
  patientId: Type.String(),
  assessmentId: Type.String(),
  contentVersion: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  overrides: ClinicianOverrides,
};

/** A stored program with its plan (the generator's Program, unchanged). */
export const ProgramView = StrictObject({ ...programFields, plan: Program });
export type ProgramView = Static<typeof ProgramView>;

/** A stored program in a list: no plan, but its start date and focus. */
export const ProgramSummary = StrictObject({
  ...programFields,
  startDate: IsoDate,
  focus: Type.Object({ condition: Type.String(), label: Type.String() }),
});
export type ProgramSummary = Static<typeof ProgramSummary>;

export const ProgramResponse = StrictObject({ program: ProgramView });
export type ProgramResponse = Static<typeof ProgramResponse>;

export const ProgramList = StrictObject({ programs: Type.Array(ProgramSummary) });
