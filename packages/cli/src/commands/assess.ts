// `ilio assess`: the assessment from the terminal. Without --answers it runs the interactive
// interview. With --answers FILE it evaluates a saved answer set (docs/answer-format.md);
// with --simulate it runs the adaptive interview using FILE as the patient. Several files or
// a directory give one JSON object per line, each with its "file". Bad input: one plain
// sentence per problem on stderr naming the field, exit 1.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { knowledgeBase } from "@ilio/content";
import {
  evaluate,
  simulateInterview,
  validateAnswers,
  type AssessmentResult,
  type Audience,
} from "@ilio/core";
import { describeError, type Command, type CommandIo } from "../command.ts";
import { interview } from "./assess-interactive.ts";
import { resultJson, resultText } from "./assess-output.ts";

const usage = `Usage:
  ilio assess                              interactive interview in the terminal
  ilio assess --answers FILE [--json]      evaluate a saved answer set
  ilio assess --answers FILE --simulate    run the adaptive interview with FILE as the patient
  --audience clinician                     the interview may also ask examination findings
  FILE may be several files or a directory: one JSON object per line, each with its "file"
  (a file that cannot be used gives {"file", "errors": [...]} on its line).
Answers: "?" or "u" = not sure ("?3" = not sure about item 3), "b" = back, "q" = quit.
Format: docs/answer-format.md`;

interface Options {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly simulate: boolean;
  readonly audience: Audience;
}

function parseArgs(argv: readonly string[]): Options | string {
  const files: string[] = [];
  let json = false;
  let simulate = false;
  let inFiles = false;
  let audience: Audience = "patient";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--audience") {
      const value = argv[i + 1];
      if (value !== "patient" && value !== "clinician") {
        return "--audience must be patient or clinician";
      }
      audience = value;
      i++;
    } else if (arg === "--json") {
      json = true;
    } else if (arg === "--simulate") {
      simulate = true;
    } else if (arg === "--answers") {
      inFiles = true;
    } else if (arg.startsWith("--")) {
      return `unknown option ${arg}`;
    } else if (inFiles) {
      files.push(arg);
    } else {
      return `unexpected argument ${arg} (did you mean --answers ${arg}?)`;
    }
  }
  if (inFiles && files.length === 0) {
    return "--answers needs a file or directory";
  }
  if (simulate && files.length === 0) {
    return "--simulate needs --answers FILE";
  }
  if (audience === "clinician" && files.length > 0 && !simulate) {
    return "--audience applies to the interview: use it with --simulate or without --answers";
  }
  return { files, json, simulate, audience };
}

function expand(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
}

function assessFile(
  file: string,
  simulate: boolean,
  audience: Audience,
): { result: AssessmentResult; warnings: string[] } | { errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { errors: [`${file}: cannot read the answer file: ${describeError(error)}`] };
  }
  const parsed = validateAnswers(knowledgeBase, raw);
  if (!parsed.ok) {
    return {
      errors: parsed.problems.map(
        (p) => `${file}: ${p.path.replace(/^\/answers\//, "")}: ${p.message}`,
      ),
    };
  }
  const result = simulate
    ? simulateInterview(knowledgeBase, parsed.answers, { audience })
    : evaluate(knowledgeBase, parsed.answers);
  return { result, warnings: parsed.warnings.map((w) => `${file}: warning: ${w.message}`) };
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === "string") {
    io.stderr.write(`ilio assess: ${options}\n${usage}\n`);
    return 2;
  }
  if (options.files.length === 0) {
    const result = await interview(knowledgeBase, io, options.audience);
    if (result === null) {
      return 1;
    }
    io.stdout.write(
      options.json
        ? `${JSON.stringify(resultJson(result))}\n`
        : `\n${resultText(knowledgeBase, result)}`,
    );
    return 0;
  }
  let files: string[];
  try {
    files = expand(options.files);
  } catch (error) {
    io.stderr.write(
      `ilio assess: cannot read ${options.files.join(", ")}: ${describeError(error)}\n`,
    );
    return 1;
  }
  const many = files.length > 1 || options.files.some((p) => statSync(p).isDirectory());
  let code = 0;
  for (const file of files) {
    const outcome = assessFile(file, options.simulate, options.audience);
    if ("errors" in outcome) {
      for (const e of outcome.errors) {
        io.stderr.write(`${e}\n`);
      }
      if (many) {
        // keep one line per file, so a batch's output still lines up with its files
        const prefix = `${file}: `;
        const errors = outcome.errors.map((e) =>
          e.startsWith(prefix) ? e.slice(prefix.length) : e,
        );
        io.stdout.write(`${JSON.stringify({ file, errors })}\n`);
      }
      code = 1;
      continue;
    }
    for (const w of outcome.warnings) {
      io.stderr.write(`${w}\n`);
    }
    if (many) {
      io.stdout.write(`${JSON.stringify({ file, ...resultJson(outcome.result) })}\n`);
    } else if (options.json) {
      io.stdout.write(`${JSON.stringify(resultJson(outcome.result), null, 2)}\n`);
    } else {
      io.stdout.write(resultText(knowledgeBase, outcome.result));
    }
  }
  return code;
}

/** `ilio assess`. */
export const assessCommand: Command = {
  name: "assess",
  summary: "Assess hip, groin, buttock or back pain (interactive, or from a saved answer file)",
  usage,
  run,
};
