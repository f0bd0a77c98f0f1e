// Request and response schemas of the assessment routes: one TypeBox schema per boundary
// gives validation, the handler's types and the OpenAPI document. Objects reject unknown
// fields. Answer VALUES are deliberately left to the engine's validateAnswers (they depend
// on the question), so every wrong answer gets the same code and a message that names the
// question's options or range; the schema only fixes the shape around them.
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject, StringEnum } from "../http/schema-helpers.ts";
import { AnswerValue, AssessmentResult, TriageLevel } from "./assessment-result.schema.ts";
import { NextStepView } from "./next-step.schema.ts";

/** More answers than any interview has questions; bounds the work one request can cause. */
export const MAX_ANSWERS = 200;

const Uuid = Type.String({ format: "uuid" });
const QuestionId = Type.String({ minLength: 1, maxLength: 100 });
const ContentVersion = Type.String({
  minLength: 1,
  maxLength: 100,
  description: "The knowledge-base version the answers were given under, e.g. 0.1.0+7d202be08542.",
});
const AnswerInput = Type.Unknown({
  description:
    'An option id, a list of option ids ([] or ["none"] for none of them), a number, or ' +
    '"unsure"; checked against the question by the engine.',
});
const AnswersInput = Type.Record(QuestionId, AnswerInput, {
  maxProperties: MAX_ANSWERS,
  description: "Question id to answer, in the order the questions were answered.",
});

export const PatientParams = StrictObject({ patientId: Uuid });
export type PatientParams = Static<typeof PatientParams>;

export const AssessmentParams = StrictObject({ id: Uuid });
export type AssessmentParams = Static<typeof AssessmentParams>;

export const EvaluateBody = StrictObject({
  contentVersion: Type.Optional(ContentVersion),
  answers: AnswersInput,
  partial: Type.Optional(
    Type.Boolean({
      description:
        "true: accept an unfinished answer set and return a partial triage marked incomplete. " +
        'Default false: every red-flag question that applies must be answered ("unsure" counts).',
    }),
  ),
});
export type EvaluateBody = Static<typeof EvaluateBody>;

export const NextBody = StrictObject({
  contentVersion: Type.Optional(ContentVersion),
  answers: AnswersInput,
  audience: Type.Optional(
    StringEnum(["patient", "clinician"] as const, {
      description: "clinician: examination findings may be asked too. Default patient.",
    }),
  ),
});
export type NextBody = Static<typeof NextBody>;

export const CreateBody = StrictObject({
  id: Type.Optional(
    Type.String({
      format: "uuid",
      description: "Client-generated id (UUIDv7) so a retried request creates nothing twice.",
    }),
  ),
});
export type CreateBody = Static<typeof CreateBody>;

export const AnswerBody = StrictObject({ questionId: QuestionId, value: AnswerInput });
export type AnswerBody = Static<typeof AnswerBody>;

export const SaveBody = StrictObject({ contentVersion: ContentVersion, answers: AnswersInput });
export type SaveBody = Static<typeof SaveBody>;

const Status = StringEnum(["in-progress", "complete"] as const, {
  description: "complete: the interview has nothing more to ask.",
});
const Timestamp = Type.String({ description: "ISO-8601 UTC" });

export const AssessmentSummary = StrictObject({
  id: Type.String(),
  patientId: Type.String(),
  status: Status,
  contentVersion: Type.String(),
  triage: TriageLevel,
  topCondition: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AssessmentSummary = Static<typeof AssessmentSummary>;

export const AssessmentView = StrictObject({
  id: Type.String(),
  patientId: Type.String(),
  status: Status,
  contentVersion: Type.String(),
  answers: Type.Record(Type.String(), AnswerValue, {
    description: "Question id to answer; keys in the order answered (undo removes the last).",
  }),
  triage: TriageLevel,
  topCondition: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AssessmentView = Static<typeof AssessmentView>;

export const AssessmentList = StrictObject({ assessments: Type.Array(AssessmentSummary) });

/** A stored interview and its next step. */
export const InterviewResponse = StrictObject({ assessment: AssessmentView, next: NextStepView });
export type InterviewResponse = Static<typeof InterviewResponse>;

/** A stored assessment and the engine's result for its answers. */
export const AssessmentResponse = StrictObject({
  assessment: AssessmentView,
  result: AssessmentResult,
});
export type AssessmentResponse = Static<typeof AssessmentResponse>;
