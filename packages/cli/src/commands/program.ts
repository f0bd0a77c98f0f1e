// `ilio program --assessment FILE [--answers FILE] [--start YYYY-MM-DD] [--json]`: the home
// program for a saved assessment result (the JSON `ilio assess --json` prints, or `evaluate`'s
// result: `triage`, `ranking` and optional `answers`), with the answer set beside it if given.
// Prints the program as JSON, or a short text summary. Bad input: a plain sentence per problem on stderr, exit 1. Never prints a stack trace.
// Imports core's program module and the program content by path until their package
// exports exist (packages/core/src/index.ts, @ilio/content/programs).
import { readFile } from "node:fs/promises";
import { generateProgram, programInputFromAssessment, type Program } from "@ilio/core";
import { exerciseLibrary } from "../../../content/src/exercises.ts";
import { programContent } from "@ilio/content/programs";
import { describeError, type Command, type CommandIo } from "../command.ts";

const usage = `Usage:
  ilio program --assessment FILE [--answers FILE] [--start YYYY-MM-DD] [--json]
--assessment: an assessment result as JSON (ilio assess --answers a.json --json).
--answers: the answer set it came from (docs/answer-format.md), for irritability, populations
and cautions; or put "answers" inside the result. --start defaults to today.
--json prints the whole program; without it, a short summary.`;

interface Options {
  readonly file: string;
  readonly answers: string | undefined;
  readonly start: string | undefined;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  let file: string | undefined;
  let start: string | undefined;
  let answers: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--json") {
      json = true;
    } else if (arg === "--assessment" || arg === "--start" || arg === "--answers") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) {
        return `${arg} needs a value`;
      }
      if (arg === "--assessment") {
        file = value;
      } else if (arg === "--answers") {
        answers = value;
      } else {
        start = value;
      }
      i += 1;
    } else {
      return `unknown argument ${arg ?? ""}`;
    }
  }
  return file === undefined ? "--assessment FILE is required" : { file, answers, start, json };
}

function summary(program: Program): string {
  const lines = [
    `Home program for ${program.focus.condition} (${program.irritability} irritability), from ${program.startDate}; review on ${program.reviewDate}.`,
    ...program.phases.map(
      (p) =>
        `  Week ${p.startWeek}: ${p.title} (${p.sessionsPerWeek.min}–${p.sessionsPerWeek.max} sessions a week): ${p.exercises.map((e) => e.name).join(", ")}`,
    ),
    ...program.notes.map((n) => `Note: ${n}`),
  ];
  return `${lines.join("\n")}\n`;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  return JSON.parse(text);
}

/** The answers of an answer set file (`{ answers }`), or the file itself if it is bare answers. */
function answersOf(set: unknown): unknown {
  if (typeof set === "object" && set !== null && "answers" in set) {
    return set.answers;
  }
  return set;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === "string") {
    io.stderr.write(`ilio program: ${options}.\n${usage}\n`);
    return 1;
  }
  let raw: unknown;
  let answers: unknown;
  for (const file of [options.file, options.answers]) {
    if (file === undefined) {
      continue;
    }
    try {
      const value = await readJson(file);
      if (file === options.file) {
        raw = value;
      } else {
        answers = answersOf(value);
      }
    } catch (error) {
      io.stderr.write(`ilio program: cannot read ${file}: ${describeError(error)}.\n`);
      return 1;
    }
  }
  const startDate = options.start ?? new Date().toISOString().slice(0, 10);
  const parsed = programInputFromAssessment(raw, answers, { content: programContent, startDate });
  if (!parsed.ok) {
    for (const p of parsed.problems) {
      io.stderr.write(
        `ilio program: ${options.file} is not an assessment result with answers: ${p.path}: ${p.message}.\n`,
      );
    }
    return 1;
  }
  const result = generateProgram(parsed.input, programContent, exerciseLibrary);
  if (!result.ok) {
    io.stderr.write(`ilio program: no program (${result.reason}). ${result.message}\n`);
    return 1;
  }
  io.stdout.write(
    options.json ? `${JSON.stringify(result.program, null, 2)}\n` : summary(result.program),
  );
  return 0;
}

/** `ilio program`: a home program from a saved assessment result. */
export const programCommand: Command = {
  name: "program",
  summary: "make a home exercise program from a saved assessment result",
  usage,
  run,
};
