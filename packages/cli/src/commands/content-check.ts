// `ilio content check [--json] [--dir DIR]`: validates the knowledge-base data files
// (packages/content/data by default) with core's loader, lists every problem with its path,
// and prints counts per kind. Exit 1 on any problem.
import { assembleKnowledgeBase, DATA_DIR } from "@ilio/content/assemble";
import { countKnowledgeBase } from "@ilio/content";
import { loadKnowledgeBase, type Problem } from "@ilio/core";
import { describeError, type Command, type CommandIo } from "../command.ts";

const usage = `Usage: ilio content check [--json] [--dir DIR]
Validates the clinical knowledge base and lists every problem with its path.`;

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] !== "check") {
    (argv[0] === "check" ? io.stdout : io.stderr).write(`${usage}\n`);
    return argv[0] === "check" ? 0 : 2;
  }
  const d = argv.indexOf("--dir");
  const dir = d >= 0 ? (argv[d + 1] ?? DATA_DIR) : DATA_DIR;
  let problems: Problem[];
  let counts: Readonly<Record<string, number>> = {};
  let contentVersion = "";
  try {
    const assembled = assembleKnowledgeBase(dir);
    const loaded = loadKnowledgeBase(assembled.raw);
    problems = [...assembled.problems, ...(loaded.ok ? [] : loaded.problems)];
    if (loaded.ok) {
      counts = countKnowledgeBase(loaded.kb);
      contentVersion = loaded.kb.contentVersion;
    }
  } catch (error) {
    io.stderr.write(`ilio content check: cannot read ${dir}: ${describeError(error)}\n`);
    return 1;
  }
  if (argv.includes("--json")) {
    io.stdout.write(
      `${JSON.stringify({ ok: problems.length === 0, contentVersion, counts, problems }, null, 2)}\n`,
    );
  } else {
    for (const p of problems) {
      io.stderr.write(`${p.path}: ${p.message}\n`);
    }
    if (problems.length === 0) {
      io.stdout.write(`knowledge base OK, content ${contentVersion}\n`);
    } else {
      io.stderr.write(`${problems.length} problem(s)\n`);
    }
    for (const [k, v] of Object.entries(counts)) {
      io.stdout.write(`  ${k}: ${v}\n`);
    }
  }
  return Promise.resolve(problems.length === 0 ? 0 : 1);
}

/** `ilio content check`. */
export const contentCommand: Command = {
  name: "content",
  summary: "Check the clinical knowledge base (content check)",
  usage,
  run,
};
