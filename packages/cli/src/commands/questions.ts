// `ilio questions [--json] [--audience patient|clinician|all]`: every question of the
// knowledge base with its id, text, answer type, options and whether it is a red-flag
// question, for people writing answer files and for the web team.
import { knowledgeBase } from "@ilio/content";
import type { Command, CommandIo } from "../command.ts";

const usage = `Usage: ilio questions [--json] [--audience patient|clinician|all]
Lists every question: id, text, answer type, options, red-flag or not. "unsure" is always allowed.`;

type Row = Record<string, unknown>;

function rows(audience: string): Row[] {
  return knowledgeBase.raw.questions
    .filter((q) => audience === "all" || q.audience === audience)
    .map((q) => {
      const base: Row = {
        id: q.id,
        text: q.text,
        type: q.kind,
        audience: q.audience,
        redFlag: q.redFlag,
        always: q.always,
      };
      if (q.askIf) {
        base.askIf = q.askIf;
      }
      if (q.howTo) {
        base.howTo = q.howTo;
      }
      switch (q.kind) {
        case "single":
          return { ...base, options: q.options.map((o) => ({ id: o.id, text: o.text })) };
        case "multi":
          return {
            ...base,
            options: [
              ...q.options.map((o) => ({ id: o.id, text: o.text })),
              { id: "none", text: q.noneText },
            ],
            unsurePerItem: q.unsurePerItem === true,
          };
        case "number":
          return { ...base, min: q.min, max: q.max, unit: q.unit, integer: q.integer };
        default: {
          const unreachable: never = q;
          return unreachable;
        }
      }
    });
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  const i = argv.indexOf("--audience");
  const audience = i >= 0 ? (argv[i + 1] ?? "") : "all";
  const unknown = argv.filter(
    (a, j) => a !== "--json" && a !== "--audience" && !(i >= 0 && j === i + 1),
  );
  if (!["patient", "clinician", "all"].includes(audience) || unknown.length > 0) {
    io.stderr.write(
      `ilio questions: ${unknown.length > 0 ? `unknown argument ${unknown[0] ?? ""}` : `--audience must be patient, clinician or all`}\n${usage}\n`,
    );
    return 2;
  }
  const list = rows(audience);
  if (argv.includes("--json")) {
    io.stdout.write(
      `${JSON.stringify({ contentVersion: knowledgeBase.contentVersion, questions: list }, null, 2)}\n`,
    );
    return 0;
  }
  for (const q of knowledgeBase.raw.questions.filter(
    (x) => audience === "all" || x.audience === audience,
  )) {
    const flag = q.redFlag ? " [red flag]" : "";
    const answer =
      q.kind === "number"
        ? `${q.min}-${q.max} ${q.unit}`
        : q.kind === "multi"
          ? `any of: ${q.options.map((o) => o.id).join(", ")} | none`
          : `one of: ${q.options.map((o) => o.id).join(", ")}`;
    io.stdout.write(
      `${q.id}${flag} (${q.kind}, ${q.audience}): ${q.text}\n    ${answer} | unsure\n`,
    );
  }
  return Promise.resolve(0);
}

/** `ilio questions`. */
export const questionsCommand: Command = {
  name: "questions",
  summary: "List the assessment questions and their answer ids",
  usage,
  run,
};
