// The terminal interview of `ilio assess`: asks what nextStep chooses, with numbered
// options; "?" or "u" answers "not sure", "b" goes back one question, "q" quits. Multi-choice
// questions take several numbers ("1,3") or "0" for none; "?3" marks item 3 as not sure. Uses node:readline on the given
// streams, so tests drive it with in-memory streams.
import { createInterface } from "node:readline/promises";
import {
  nextStep,
  UNSURE,
  unsureItem,
  withAnswer,
  withoutLast,
  type AnswerValue,
  type Answers,
  type AssessmentResult,
  type Audience,
  type KnowledgeBase,
} from "@ilio/core";
import type { CommandIo } from "../command.ts";

type Parsed =
  | { kind: "answer"; value: AnswerValue }
  | { kind: "back" }
  | { kind: "quit" }
  | { kind: "invalid"; message: string };

type Question = Extract<ReturnType<typeof nextStep>, { kind: "question" }>["question"];

function prompt(q: Question): string {
  const lines = [q.text];
  if (q.howTo) {
    lines.push(...q.howTo.map((s, i) => `   ${i + 1}. ${s}`));
  }
  switch (q.kind) {
    case "single":
      lines.push(...q.options.map((o, i) => `  ${i + 1}) ${o.text}`));
      break;
    case "multi":
      lines.push(
        ...q.options.map((o, i) => `  ${i + 1}) ${o.text}`),
        `  0) ${q.noneText}`,
        "  (several numbers separated by commas; ?N if you are not sure about item N)",
      );
      break;
    case "number":
      lines.push(`  (a number from ${q.min} to ${q.max} ${q.unit})`);
      break;
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
  lines.push("  ? not sure   b back   q quit");
  return `${lines.join("\n")}\n> `;
}

function parse(q: Question, input: string): Parsed {
  const text = input.trim().toLowerCase();
  if (text === "?" || text === "u") {
    return { kind: "answer", value: UNSURE };
  }
  if (text === "b") {
    return { kind: "back" };
  }
  if (text === "q") {
    return { kind: "quit" };
  }
  if (q.kind === "number") {
    const n = Number(text);
    const ok =
      text !== "" &&
      Number.isFinite(n) &&
      n >= q.min &&
      n <= q.max &&
      (!q.integer || Number.isInteger(n));
    return ok
      ? { kind: "answer", value: n }
      : {
          kind: "invalid",
          message: `Please type a ${q.integer ? "whole " : ""}number from ${q.min} to ${q.max}.`,
        };
  }
  const tokens = text.split(/[ ,]+/).filter((s) => s !== "");
  const doubtful = new Set(
    q.kind === "multi"
      ? tokens.filter((s) => s.startsWith("?")).map((s) => Number(s.slice(1)))
      : [],
  );
  const picks = tokens.map((s) => Number(q.kind === "multi" && s.startsWith("?") ? s.slice(1) : s));
  if (
    picks.length === 0 ||
    picks.some((p) => !Number.isInteger(p) || p < 0 || p > q.options.length)
  ) {
    return {
      kind: "invalid",
      message: `Please type an option number from 1 to ${q.options.length}.`,
    };
  }
  if (q.kind === "single") {
    const option = picks.length === 1 ? q.options[(picks[0] ?? 0) - 1] : undefined;
    return option
      ? { kind: "answer", value: option.id }
      : { kind: "invalid", message: "Please choose one option." };
  }
  if (picks.includes(0)) {
    return picks.length === 1
      ? { kind: "answer", value: [] }
      : { kind: "invalid", message: "0 (none) cannot be combined with other options." };
  }
  const ids = [...new Set(picks)].map((p) => {
    const id = q.options[p - 1]?.id ?? "";
    return doubtful.has(p) ? unsureItem(id) : id;
  });
  return { kind: "answer", value: ids };
}

/** Run the interview; resolves to the result, or null if the person quit. */
export async function interview(
  kb: KnowledgeBase,
  io: CommandIo,
  audience: Audience = "patient",
): Promise<AssessmentResult | null> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let answers: Answers = {};
  try {
    for (;;) {
      const step = nextStep(kb, answers, { audience });
      if (step.kind === "done") {
        return step.result;
      }
      const q = step.question;
      io.stdout.write(
        `\n[${step.progress.asked + 1}/~${step.progress.estimatedTotal}] ${prompt(q)}`,
      );
      const next = await lines.next();
      if (next.done === true) {
        return null;
      }
      const parsed = parse(q, next.value);
      switch (parsed.kind) {
        case "answer":
          answers = withAnswer(answers, q.id, parsed.value);
          break;
        case "back":
          answers = withoutLast(answers);
          break;
        case "quit":
          return null;
        case "invalid":
          io.stdout.write(`${parsed.message}\n`);
          break;
        default: {
          const unreachable: never = parsed;
          return unreachable;
        }
      }
    }
  } finally {
    rl.close();
  }
}
