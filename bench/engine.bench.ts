// Engine benchmark: one `evaluate` (with explanations) over the dev answer files, and one
// `nextStep` choice at the point where screening is done and information gain decides
// (the most expensive step). Reports median and p99 against the DESIGN.md budget (< 1 ms
// per assessment) and the assessment issue's (< 5 ms per next question). Runs under
// bench/run.ts, or alone: `npx tsx bench/engine.bench.ts`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { knowledgeBase as kb } from "@ilio/content";
import {
  evaluate,
  nextStep,
  pendingRedFlagQuestions,
  validateAnswers,
  type Answers,
} from "@ilio/core";
import type { BenchModule } from "./bench-module.ts";

const DIR = join(import.meta.dirname, "..", "eval", "dev");

function answerSets(): Answers[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => {
      const parsed = validateAnswers(kb, JSON.parse(readFileSync(join(DIR, f), "utf8")));
      return parsed.ok ? [parsed.answers] : [];
    });
}

/** Screening answers only: the state in which nextStep runs its information-gain search. */
function screeningOnly(answers: Answers): Answers {
  const screening = new Set(kb.raw.questions.filter((q) => q.redFlag || q.always).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => screening.has(id)));
}

function measure(
  samples: readonly Answers[],
  runs: number,
  fn: (a: Answers) => unknown,
): { median: number; p99: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const answers = samples[i % samples.length] ?? {};
    const t0 = performance.now();
    fn(answers);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99) };
}

async function run(): Promise<string> {
  const sets = answerSets();
  const screened = sets
    .map(screeningOnly)
    .filter((a) => pendingRedFlagQuestions(kb, a).length === 0);
  measure(sets, 200, (a) => evaluate(kb, a));
  const ev = measure(sets, 4000, (a) => evaluate(kb, a));
  const evBare = measure(sets, 4000, (a) => evaluate(kb, a, { explain: false }));
  measure(screened, 100, (a) => nextStep(kb, a));
  const ns = measure(screened, 2000, (a) => nextStep(kb, a));
  const ms = (x: number): string => `${x.toFixed(3)} ms`;
  const ok = (x: number, budget: number): string => (x < budget ? "within budget" : "OVER BUDGET");
  return Promise.resolve(`## Assessment engine

Measured by bench/engine.bench.ts on ${sets.length} dev answer files (eval/dev), content ${kb.contentVersion}, Node ${process.version}.

| operation | median | p99 | budget |
|---|---|---|---|
| evaluate (ranking, triage, explanations) | ${ms(ev.median)} | ${ms(ev.p99)} | < 1 ms median: ${ok(ev.median, 1)} |
| evaluate without explanations | ${ms(evBare.median)} | ${ms(evBare.p99)} | — |
| nextStep after screening (information-gain search) | ${ms(ns.median)} | ${ms(ns.p99)} | < 5 ms: ${ok(ns.median, 5)} |
`);
}

const bench: BenchModule = { name: "engine", run };
export default bench;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.stdout.write(await run());
}
