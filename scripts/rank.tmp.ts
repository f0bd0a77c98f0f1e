import { readFileSync } from "node:fs";
import { knowledgeBase as kb } from "@ilio/content";
import { evaluate, simulateInterview, validateAnswers } from "@ilio/core";
const sim = process.argv.includes("--sim");
for (const id of process.argv.slice(2).filter((a) => !a.startsWith("--"))) {
  const v = validateAnswers(kb, JSON.parse(readFileSync(`eval/dev/${id}.json`, "utf8")));
  if (!v.ok) { console.log(v.problems); continue; }
  const r = sim ? simulateInterview(kb, v.answers) : evaluate(kb, v.answers);
  console.log(id, r.triage.level, r.asked.length, r.ranking.slice(0, 8).map((x) => `${x.condition} ${(x.probability * 100).toFixed(2)}`).join(" | "));
  if (sim) console.log("   asked:", r.asked.join(","));
}
