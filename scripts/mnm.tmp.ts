import { readFileSync } from "node:fs";
import { knowledgeBase as kb } from "@ilio/content";
import { evaluate, simulateInterview, validateAnswers } from "@ilio/core";
const vs = JSON.parse(readFileSync("../shared/vignettes/dev.json", "utf8")).vignettes;
for (const v of vs) {
  const p = validateAnswers(kb, JSON.parse(readFileSync(`eval/dev/${v.id}.json`, "utf8")));
  if (!p.ok) continue;
  for (const [mode, r] of [["full", evaluate(kb, p.answers)], ["sim", simulateInterview(kb, p.answers)]] as const) {
    const ranks = v.gold.mustNotMiss.map((c: string) => `${c}#${r.ranking.findIndex((x) => x.condition === c) + 1}`);
    if (ranks.some((s: string) => Number(s.split("#")[1]) > 5)) console.log(mode, v.id, ranks.join(" "), "|", r.ranking.slice(0, 7).map((x) => `${x.condition.slice(0, 12)} ${(x.probability * 100).toFixed(1)}`).join(", "));
  }
}
