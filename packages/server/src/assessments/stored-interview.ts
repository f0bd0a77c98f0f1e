// The bridge between a stored row and the engine for the interview routes: the answers of
// a row that can still be continued (same content version as this server's knowledge
// base), and the columns to store for a new set of answers. An interview started under
// other content cannot be continued: its questions may have changed.
import type { Answers, KnowledgeBase } from "@ilio/core";
import { ApiError } from "../errors/api-error.ts";
import type { AssessmentRow } from "../storage/database-schema.ts";
import type { AssessmentOutcome } from "./assessment-outcome.ts";
import type { AssessmentState } from "./assessments.repository.ts";
import { encodeAnswers, decodeAnswersOrThrow, type AnswerPair } from "./stored-answers.ts";
import { encodeResult } from "./stored-result.ts";

/** The row's answer pairs, oldest first; throws a 400 if the row's content is not current. */
export function continuablePairsOrThrow(row: AssessmentRow, kb: KnowledgeBase): AnswerPair[] {
  if (row.content_version !== kb.contentVersion) {
    throw new ApiError(
      "ILIO_ERR_ASSESSMENT_CONTENT_VERSION",
      "This assessment was started with another version of the questions; start a new one.",
      {
        errors: [
          {
            field: "params/id",
            message: `was started with content ${row.content_version}; the questions are now ${kb.contentVersion}`,
          },
        ],
      },
    );
  }
  return decodeAnswersOrThrow(row.answers_json);
}

/** The columns to store for `answers` and the engine's outcome for them. */
export function storedState(
  kb: KnowledgeBase,
  answers: Answers,
  outcome: AssessmentOutcome,
): AssessmentState {
  return {
    contentVersion: kb.contentVersion,
    answersJson: encodeAnswers(answers),
    resultJson: encodeResult(outcome.result),
    triage: outcome.triage,
    topCondition: outcome.topCondition,
    status: outcome.status,
  };
}
