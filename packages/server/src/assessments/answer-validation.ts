// Parses answers at the API boundary with the engine's validateAnswers and turns its problems
// (`{ path: "/answers/<id>", message }`) into the API's 400: ILIO_ERR_ASSESSMENT_CONTENT_VERSION
// when the answers were made with another knowledge base, ILIO_ERR_ASSESSMENT_ANSWERS_INVALID
// otherwise. Each problem keeps the engine's message and names its request field.
import {
  pendingRedFlagQuestions,
  validateAnswers,
  type Answers,
  type KnowledgeBase,
  type Problem,
} from "@ilio/core";
import { ApiError, type FieldError } from "../errors/api-error.ts";

/** Where an engine path points in the request: a prefix plus the engine's JSON pointer. */
export type FieldNamer = (enginePath: string) => string;

/** Names fields of a body shaped like the engine's answer set (`{ contentVersion, answers }`). */
export const bodyField: FieldNamer = (path) => `body${path === "/" ? "" : path}`;

/** The error for answers the engine rejected; `problems` must not be empty. */
export function answersRejected(
  problems: readonly Problem[],
  fieldFor: FieldNamer = bodyField,
): ApiError {
  const errors: FieldError[] = problems.map((p) => ({
    field: fieldFor(p.path),
    message: p.message,
  }));
  const fields = [...new Set(errors.map((e) => e.field))].join(", ");
  if (problems.some((p) => p.path === "/contentVersion")) {
    return new ApiError(
      "ILIO_ERR_ASSESSMENT_CONTENT_VERSION",
      "These answers were made with another version of the questions; start the interview again.",
      { errors },
    );
  }
  return new ApiError("ILIO_ERR_ASSESSMENT_ANSWERS_INVALID", `Invalid answers: ${fields}.`, {
    errors,
  });
}

/**
 * Parses an answer set (`{ contentVersion?, answers }`) with the engine's validateAnswers
 * and returns the normalized answers; throws the 400 above when the engine rejects them.
 * With `complete`, an unanswered red-flag question that applies is rejected too (a complete
 * answer set was promised); otherwise it is only a warning and the engine's result carries a
 * partial triage marked incomplete (an interview in progress).
 */
export function validAnswersOrThrow(
  kb: KnowledgeBase,
  answerSet: {
    readonly contentVersion?: string;
    readonly answers: Readonly<Record<string, unknown>>;
  },
  fieldFor: FieldNamer = bodyField,
  { complete = false }: { readonly complete?: boolean } = {},
): Answers {
  const validated = validateAnswers(kb, answerSet);
  if (!validated.ok) {
    throw answersRejected(validated.problems, fieldFor);
  }
  const missing = complete ? pendingRedFlagQuestions(kb, validated.answers) : [];
  if (missing.length > 0) {
    throw answersRejected(
      missing.map((id) => ({
        path: `/answers/${id}`,
        message: `red-flag question "${id}" is not answered; answer it ("unsure" is allowed), or send "partial": true for a partial triage`,
      })),
      fieldFor,
    );
  }
  return validated.answers;
}
