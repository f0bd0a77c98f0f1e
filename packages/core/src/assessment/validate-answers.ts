// Parses an answer set at the boundary (a saved file, an API body, the wizard's state).
// Errors (the set is rejected): not an object, unknown fields, a content-version mismatch,
// unknown question or option ids, wrong value types, numbers out of range, "none" mixed with
// options, and contradictions, which the content states as consistency rules (pregnancy for a
// male, post-menopausal at 20). Warnings (the set is accepted): red-flag questions that apply
// but are unanswered (evaluate gives a partial, marked-incomplete triage); a question the
// interview would not ask for these answers (used as given, or dropped when it states
// nothing: "none of these" or "not sure"). Every problem names its field.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Problem } from "../content/problem.ts";
import type { Question } from "../content/question.schema.ts";
import {
  isOptionList,
  NONE,
  UNSURE,
  UNSURE_ITEM,
  type AnswerValue,
  type Answers,
} from "./answers.ts";
import { applies, pendingRedFlagQuestions } from "./askable.ts";
import { evaluateExpression } from "./evaluate-expression.ts";

export type ValidateAnswersResult =
  | { readonly ok: true; readonly answers: Answers; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly warnings: readonly Problem[];
    };

const TOP_LEVEL = new Set(["contentVersion", "answers", "note"]);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseValue(
  q: Question,
  raw: unknown,
  path: string,
): { value?: AnswerValue; problem?: Problem } {
  if (raw === UNSURE) {
    return { value: UNSURE };
  }
  switch (q.kind) {
    case "single": {
      if (typeof raw !== "string") {
        return { problem: { path, message: `"${q.id}" takes one option id (or "unsure")` } };
      }
      if (!q.options.some((o) => o.id === raw)) {
        return {
          problem: {
            path,
            message: `"${q.id}" has no option "${raw}"; options: ${q.options.map((o) => o.id).join(", ")}`,
          },
        };
      }
      return { value: raw };
    }
    case "multi": {
      if (!Array.isArray(raw) || !raw.every((v): v is string => typeof v === "string")) {
        return { problem: { path, message: `"${q.id}" takes a list of option ids (or "unsure")` } };
      }
      // "unsure:<id>" marks one item as not sure; it names an option like a tick does.
      const item = (v: string): string =>
        v.startsWith(UNSURE_ITEM) ? v.slice(UNSURE_ITEM.length) : v;
      const unknown = raw.filter((v) => v !== NONE && !q.options.some((o) => o.id === item(v)));
      if (unknown.length > 0) {
        return {
          problem: {
            path,
            message: `"${q.id}" has no option ${unknown.map((u) => `"${u}"`).join(", ")}`,
          },
        };
      }
      if (raw.includes(NONE) && raw.length > 1) {
        return {
          problem: { path, message: `"${q.id}": "none" cannot be combined with other options` },
        };
      }
      if (new Set(raw.map(item)).size !== raw.length) {
        return {
          problem: {
            path,
            message: `"${q.id}" lists an option twice (an item is either ticked or "unsure:<id>", not both)`,
          },
        };
      }
      return { value: raw.filter((v) => v !== NONE) };
    }
    case "number": {
      if (typeof raw !== "number" || !Number.isFinite(raw)) {
        return {
          problem: { path, message: `"${q.id}" takes a number in ${q.unit} (or "unsure")` },
        };
      }
      if (raw < q.min || raw > q.max) {
        return {
          problem: {
            path,
            message: `"${q.id}" must be between ${q.min} and ${q.max} ${q.unit}, got ${raw}`,
          },
        };
      }
      if (q.integer && !Number.isInteger(raw)) {
        return { problem: { path, message: `"${q.id}" must be a whole number of ${q.unit}` } };
      }
      return { value: raw };
    }
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

/** Validate a raw answer set against the knowledge base. */
export function validateAnswers(kb: KnowledgeBase, raw: unknown): ValidateAnswersResult {
  const problems: Problem[] = [];
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [
        { path: "/", message: 'an answer set must be a JSON object with an "answers" object' },
      ],
      warnings: [],
    };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) {
      problems.push({
        path: `/${key}`,
        message: `unknown field "${key}" (allowed: contentVersion, answers, note)`,
      });
    }
  }
  const version = raw.contentVersion;
  if (version !== undefined && version !== kb.contentVersion) {
    problems.push({
      path: "/contentVersion",
      message: `these answers were recorded with content ${typeof version === "string" ? version : JSON.stringify(version)}, but this knowledge base is ${kb.contentVersion}; questions may have changed, so re-run the interview (or remove contentVersion to evaluate against the current content)`,
    });
  }
  if (raw.note !== undefined && typeof raw.note !== "string") {
    problems.push({ path: "/note", message: "note must be a string" });
  }
  const rawAnswers = raw.answers;
  if (!isRecord(rawAnswers)) {
    problems.push({
      path: "/answers",
      message: '"answers" must be an object from question id to answer',
    });
    return { ok: false, problems, warnings: [] };
  }
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(rawAnswers)) {
    const q = kb.questions.get(id);
    if (q === undefined) {
      problems.push({
        path: `/answers/${id}`,
        message: `unknown question "${id}" (see \`ilio questions --json\`)`,
      });
      continue;
    }
    const parsed = parseValue(q, value, `/answers/${id}`);
    if (parsed.problem) {
      problems.push(parsed.problem);
    }
    if (parsed.value !== undefined) {
      answers[id] = parsed.value;
    }
  }
  const droppedIds = new Set<string>();
  const unaskedIds = new Set<string>();
  for (const id of Object.keys(answers)) {
    const q = kb.questions.get(id);
    if (q !== undefined && !applies(q, answers) && statesNothing(answers[id])) {
      // "None of these" or "not sure" to a question that does not apply contradicts nothing
      // (e.g. a checklist a client kept after the question's precondition changed): ignore it.
      droppedIds.add(id);
    } else if (q !== undefined && !applies(q, answers)) {
      // The interview would not ask it, but the person said it (a footballer with pain on
      // hopping, "not pregnant" at 60): use it. Answers that contradict others are caught by
      // the content's consistency rules below.
      unaskedIds.add(id);
    }
  }
  const kept: Answers = Object.fromEntries(
    Object.entries(answers).filter(([id]) => !droppedIds.has(id)),
  );
  for (const rule of kb.raw.consistency) {
    if (evaluateExpression(rule.when, kept) === "yes") {
      problems.push({ path: `/answers/${rule.field}`, message: rule.message });
    }
  }
  const warnings = [
    ...[...droppedIds].map((id) => ({
      path: `/answers/${id}`,
      message: `"${id}" does not apply to the other answers; its empty answer is ignored`,
    })),
    ...[...unaskedIds].map((id) => ({
      path: `/answers/${id}`,
      message: `"${id}" would not be asked with the other answers; the answer is used as given`,
    })),
    ...pendingRedFlagQuestions(kb, kept).map((id) => ({
      path: `/answers/${id}`,
      message: `red-flag question "${id}" is not answered: triage is partial until it is`,
    })),
  ];
  return problems.length > 0
    ? { ok: false, problems, warnings }
    : { ok: true, answers: kept, warnings };
}

/** True for an answer with no positive content: "not sure", or a checklist with nothing ticked. */
function statesNothing(value: AnswerValue | undefined): boolean {
  return (
    value === UNSURE ||
    (isOptionList(value) && value.every((v) => v === NONE || v.startsWith(UNSURE_ITEM)))
  );
}
