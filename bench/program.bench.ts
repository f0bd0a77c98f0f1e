// Program generator speed: the median time of one `generateProgram` call over a spread of
// realistic inputs (irritability levels, populations, cautions), engine only, after a warm-up.
// Target: < 5 ms median. Also times one `nextSessionPlan` over two weeks of logs. Exports a
// BenchModule (bench/run.ts) and, for direct use, `programBenchSection`.
import { performance } from "node:perf_hooks";
import { exerciseLibrary } from "../packages/content/src/exercises.ts";
import { programContent } from "../packages/content/src/programs.ts";
import {
  generateProgram,
  nextSessionPlan,
  type ProgramInput,
  type SessionLog,
} from "../packages/core/src/program/index.ts";
import type { BenchModule } from "./bench-module.ts";

const WARMUP = 200;
const RUNS = 2_000;
const TARGET_MS = 5;

const base: ProgramInput = {
  triage: "self-care",
  conditions: [
    { condition: "iliopsoas-syndrome", probability: 0.6 },
    { condition: "hip-flexor-strain", probability: 0.2 },
  ],
  irritability: "moderate",
  populations: [],
  cautions: [],
  startDate: "2025-03-03",
};

const inputs: readonly ProgramInput[] = [
  base,
  { ...base, irritability: "high", populations: ["runners"], cautions: ["kneeling-pain"] },
  { ...base, irritability: "low", populations: ["dancers", "teens"] },
  { ...base, populations: ["desk-workers", "pregnancy"], triage: "routine" },
  { ...base, populations: ["after-hip-replacement"], cautions: ["fall-risk"] },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: (i: number) => void): number {
  for (let i = 0; i < WARMUP; i += 1) {
    fn(i);
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function measure(): string {
  const generate = time((i) => {
    generateProgram(inputs[i % inputs.length] ?? base, programContent, exerciseLibrary);
  });
  const first = generateProgram(base, programContent, exerciseLibrary);
  if (!first.ok) {
    throw new Error(`bench: no program (${first.reason})`);
  }
  const sessions: SessionLog[] = Array.from({ length: 10 }, (_, d) => ({
    date: `2025-03-${String(d + 3).padStart(2, "0")}`,
    phase: "restore",
    level: 0,
    painDuring: 2,
    painBefore: 2,
    painNextMorning: 2,
  }));
  const checkIns = sessions.map((s) => ({ date: s.date, pain: 2 }));
  const plan = time(() => {
    nextSessionPlan(first.program, { sessions, checkIns }, "2025-03-14");
  });
  const verdict = generate < TARGET_MS ? "within" : "OVER";
  return `## Program generator

| what | median | target |
|---|---|---|
| \`generateProgram\` (${inputs.length} inputs, ${RUNS} runs) | ${generate.toFixed(3)} ms | < ${TARGET_MS} ms (${verdict}) |
| \`nextSessionPlan\` (10 sessions, 10 check-ins) | ${plan.toFixed(3)} ms | — |
`;
}

/** Runs the measurements; resolves to the markdown section. */
export function programBenchSection(): Promise<string> {
  return Promise.resolve(measure());
}

const bench: BenchModule = { name: "program", run: programBenchSection };
export default bench;
