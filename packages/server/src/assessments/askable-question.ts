// Decides whether a stored interview may take an answer to a question now: the question
// exists, has no answer yet (change an answer with undo), is one a patient answers, and
// applies to the answers so far (the engine's askIf: pregnancy is not asked of a man).
// Rejections are 400s naming body/questionId; the value itself is checked by the engine.
import { applies, type Answers, type KnowledgeBase, type Question } from "@ilio/core";
import { ApiError } from "../errors/api-error.ts";

function notAskable(message: string): ApiError {
  return new ApiError("ILIO_ERR_ASSESSMENT_ANSWERS_INVALID", "Invalid answers: body/questionId.", {
    errors: [{ field: "body/questionId", message }],
  });
}

/** The question `questionId` if it can be answered now; throws a 400 otherwise. */
export function askableQuestionOrThrow(
  kb: KnowledgeBase,
  answers: Answers,
  questionId: string,
): Question {
  const question = kb.questions.get(questionId);
  if (question === undefined) {
    throw notAskable(`unknown question "${questionId}"`);
  }
  if (answers[questionId] !== undefined) {
    throw notAskable(`"${questionId}" is already answered; undo to change it`);
  }
  if (question.audience !== "patient") {
    throw notAskable(`"${questionId}" is an examination finding, not part of this interview`);
  }
  if (!applies(question, answers)) {
    throw notAskable(`"${questionId}" does not apply to the answers so far`);
  }
  return question;
}
