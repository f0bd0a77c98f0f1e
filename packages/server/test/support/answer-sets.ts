// Answer sets for tests, made by running the engine's own interview: every question it asks
// gets the profile's answer, or a harmless default (none of a list's options, "unsure"
// otherwise). Built from the knowledge base in use, so tests follow the content as it
// grows instead of hard-coding every question id.
import {
  nextStep,
  UNSURE,
  withAnswer,
  type Answers,
  type Audience,
  type KnowledgeBase,
} from "@ilio/core";

/** A person with groin pain in their thirties, no red flags (the usual iliopsoas picture). */
export const GROIN_PAIN_PROFILE: Answers = {
  age: 34,
  sex: "female",
  where: ["groin", "thigh-front"],
  pregnancy: "not-possible",
  "vaginal-bleeding": "none",
  activities: ["dance"],
  onset: "gradual",
  "weight-bearing": "normal",
  duration: 42,
  trend: "same",
  "worse-moves": ["lift-knee"],
};

/** Answers as a finished interview would hold them, in the order the engine asked. */
export function interviewAnswers(
  kb: KnowledgeBase,
  profile: Answers = GROIN_PAIN_PROFILE,
  audience: Audience = "patient",
): Answers {
  let answers: Answers = {};
  for (let guard = 0; guard <= kb.raw.questions.length; guard += 1) {
    const step = nextStep(kb, answers, { audience });
    if (step.kind === "done") {
      return answers;
    }
    const { question } = step;
    const value = profile[question.id] ?? (question.kind === "multi" ? [] : UNSURE);
    answers = withAnswer(answers, question.id, value);
  }
  return answers;
}
