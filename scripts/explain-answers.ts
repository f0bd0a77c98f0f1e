// `npx tsx scripts/explain-answers.ts FILE [condition ...]`: a content author's view of why the
// ranking came out as it did. Prints the log prior and each answer's weighted log-likelihood
// contribution for the named conditions (default: the top 8), so a surprising ranking can be
// traced to the numbers in packages/content/data.
import { readFileSync } from "node:fs";
import { knowledgeBase as kb } from "@ilio/content";
import { evaluate, rankingState, validateAnswers } from "@ilio/core";

const [file, ...wanted] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: tsx scripts/explain-answers.ts FILE [condition ...]");
  process.exit(2);
}
const parsed = validateAnswers(kb, JSON.parse(readFileSync(file, "utf8")));
if (!parsed.ok) {
  console.error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  process.exit(1);
}
const result = evaluate(kb, parsed.answers);
const ids = wanted.length > 0 ? wanted : result.ranking.slice(0, 8).map((r) => r.condition);
const w = kb.raw.policy.evidenceWeight;
const index = (id: string): number => (kb.conditionIds as readonly string[]).indexOf(id);
const base = rankingState(kb, parsed.answers);
const pad = (s: string, n: number): string => s.padEnd(n).slice(0, n);
console.log(pad("", 22) + ids.map((id) => pad(id, 14)).join(" "));
console.log(
  pad("log prior", 22) +
    ids.map((id) => pad((base.prior[index(id)] ?? 0).toFixed(2), 14)).join(" "),
);
for (const q of kb.raw.questions) {
  const value = parsed.answers[q.id];
  if (value === undefined || !kb.findings.has(q.id)) {
    continue;
  }
  const only = rankingState(kb, { [q.id]: value });
  const row = ids.map((id) => pad((w * (only.evidence[index(id)] ?? 0)).toFixed(2), 14));
  console.log(pad(`${q.id}=${JSON.stringify(value)}`, 22) + row.join(" "));
}
const rank = (id: string): number => result.ranking.findIndex((r) => r.condition === id) + 1;
console.log(
  pad("rank / probability", 22) +
    ids
      .map((id) =>
        pad(`#${rank(id)} ${(result.ranking[rank(id) - 1]?.probability ?? 0).toPrecision(2)}`, 14),
      )
      .join(" "),
);
