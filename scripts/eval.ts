// `npm run eval`: measures the assessment engine on the vignettes. For each vignette it
// reads eval/dev/<id>.json (answers taken only from the story) and scores two modes:
// "full" evaluates every answer; "interview" runs the adaptive interview with the file as
// the patient (unanswered questions are "not sure"). Prints top-1, top-3, exact triage,
// under-triage by gold level, over-triage, must-not-miss in top 5, questions asked, and
// every miss with its top 3 and triage reasons. Options: --vignettes FILE --answers DIR.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { knowledgeBase as kb } from "@ilio/content";
import {
  evaluate,
  levelRank,
  simulateInterview,
  validateAnswers,
  type AssessmentResult,
  type Level,
} from "@ilio/core";

interface Gold {
  readonly primary: string;
  readonly acceptable: readonly string[];
  readonly triage: Level;
  readonly mustNotMiss: readonly string[];
}
interface Vignette {
  readonly id: string;
  readonly gold: Gold;
}

const ROOT = join(import.meta.dirname, "..");
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const vignettePath = arg("--vignettes", join(ROOT, "..", "shared", "vignettes", "dev.json"));
const answersDir = arg("--answers", join(ROOT, "eval", "dev"));

function loadVignettes(): Vignette[] {
  const parsed: unknown = JSON.parse(readFileSync(vignettePath, "utf8"));
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("vignettes" in parsed) ||
    !Array.isArray(parsed.vignettes)
  ) {
    throw new Error(`${vignettePath}: expected { vignettes: [...] }`);
  }
  return parsed.vignettes.map((v: { id: string; gold: Gold }) => ({ id: v.id, gold: v.gold }));
}

interface Row {
  readonly v: Vignette;
  readonly result: AssessmentResult;
}

const pct = (n: number, d: number): string =>
  d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function report(mode: string, rows: readonly Row[]): void {
  const ok = (r: Row, k: number): boolean =>
    r.result.ranking
      .slice(0, k)
      .some((x) => x.condition === r.v.gold.primary || r.v.gold.acceptable.includes(x.condition));
  const under = (r: Row): boolean => levelRank(r.result.triage.level) > levelRank(r.v.gold.triage);
  const over = (r: Row): boolean => levelRank(r.result.triage.level) < levelRank(r.v.gold.triage);
  const mnm = rows.filter((r) => r.v.gold.mustNotMiss.length > 0);
  const mnmOk = (r: Row): boolean =>
    r.v.gold.mustNotMiss.every((c) => r.result.ranking.slice(0, 5).some((x) => x.condition === c));
  const asked = rows.map((r) => r.result.asked.length);
  console.log(`\n== ${mode} (${rows.length} vignettes) ==`);
  console.log(`top-1            ${pct(rows.filter((r) => ok(r, 1)).length, rows.length)}`);
  console.log(`top-3            ${pct(rows.filter((r) => ok(r, 3)).length, rows.length)}`);
  console.log(
    `exact triage     ${pct(rows.filter((r) => r.result.triage.level === r.v.gold.triage).length, rows.length)}`,
  );
  for (const level of ["emergency", "urgent", "routine", "self-care"] as const) {
    const g = rows.filter((r) => r.v.gold.triage === level);
    console.log(`under-triage ${level.padEnd(9)} ${pct(g.filter(under).length, g.length)}`);
  }
  console.log(`over-triage      ${pct(rows.filter(over).length, rows.length)}`);
  console.log(`mustNotMiss top5 ${pct(mnm.filter(mnmOk).length, mnm.length)}`);
  const shown = (r: Row): boolean =>
    r.v.gold.mustNotMiss.every(
      (c) =>
        r.result.ranking.slice(0, 5).some((x) => x.condition === c) ||
        r.result.notRuledOut.some((x) => x.condition === c),
    );
  console.log(
    `mustNotMiss top5 or named not ruled out ${pct(mnm.filter(shown).length, mnm.length)}`,
  );
  console.log(`questions asked  median ${median(asked)}, max ${Math.max(...asked)}`);
  for (const r of rows) {
    const problems = [
      ok(r, 1) ? "" : `top-1 ${r.result.ranking[0]?.condition ?? "?"} (gold ${r.v.gold.primary})`,
      r.result.triage.level === r.v.gold.triage
        ? ""
        : `triage ${r.result.triage.level} (gold ${r.v.gold.triage})`,
      mnmOk(r)
        ? ""
        : `mustNotMiss outside top 5: ${r.v.gold.mustNotMiss
            .filter((c) => !r.result.ranking.slice(0, 5).some((x) => x.condition === c))
            .map((c) => {
              const rank = r.result.ranking.findIndex((x) => x.condition === c) + 1;
              const named = r.result.notRuledOut.some((x) => x.condition === c);
              return `${c} (#${rank}${named ? ", named as not ruled out" : ""})`;
            })
            .join(", ")}`,
    ].filter((p) => p !== "");
    if (problems.length === 0) {
      continue;
    }
    const top3 = r.result.ranking
      .slice(0, 3)
      .map((x) => `${x.condition} ${(x.probability * 100).toFixed(1)}%`)
      .join(", ");
    const reasons = r.result.triage.reasons
      .filter((x) => x.level === r.result.triage.level)
      .map((x) => x.text)
      .slice(0, 3)
      .join(" | ");
    console.log(
      `  MISS ${r.v.id}: ${problems.join("; ")}\n       top 3: ${top3}\n       triage reasons: ${reasons}`,
    );
  }
}

function main(): number {
  const vignettes = loadVignettes();
  const full: Row[] = [];
  const interview: Row[] = [];
  for (const v of vignettes) {
    const file = join(answersDir, `${v.id}.json`);
    if (!existsSync(file)) {
      console.error(`missing answer file ${file}`);
      return 1;
    }
    const parsed = validateAnswers(kb, JSON.parse(readFileSync(file, "utf8")));
    if (!parsed.ok) {
      console.error(
        `${file}:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
      );
      return 1;
    }
    full.push({ v, result: evaluate(kb, parsed.answers) });
    interview.push({ v, result: simulateInterview(kb, parsed.answers) });
  }
  console.log(`Ilio engine evaluation, content ${kb.contentVersion}, vignettes ${vignettePath}`);
  report("full answers", full);
  report("simulated interview", interview);
  return 0;
}

process.exitCode = main();
