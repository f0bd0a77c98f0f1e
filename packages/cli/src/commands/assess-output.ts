// Turns an assessment result into the two shapes the CLI prints: the compact JSON of
// `ilio assess --json` (docs/answer-format.md) and a readable terminal report that always
// ends with the not-a-diagnosis statement.
import type { AssessmentResult, KnowledgeBase } from "@ilio/core";

/** The JSON shape of `ilio assess --json`. */
export function resultJson(result: AssessmentResult): Record<string, unknown> {
  return {
    contentVersion: result.contentVersion,
    triage: result.triage.level,
    triageReasons: result.triage.reasons,
    ranking: result.ranking.map((r) => ({
      condition: r.condition,
      probability: Math.round(r.probability * 1e6) / 1e6,
    })),
    redFlags: result.redFlags,
    notRuledOut: result.notRuledOut.map((n) => ({
      condition: n.condition,
      probability: Math.round(n.probability * 1e6) / 1e6,
    })),
    asked: result.asked,
    complete: result.complete,
    pendingRedFlags: result.pendingRedFlags,
  };
}

function questionText(kb: KnowledgeBase, id: string): string {
  return kb.questions.get(id)?.text ?? id;
}

/** A readable report of the result. */
export function resultText(kb: KnowledgeBase, result: AssessmentResult): string {
  const lines: string[] = [];
  lines.push(`Triage: ${result.triage.level.toUpperCase()}: ${result.triage.advice}`);
  for (const r of result.triage.reasons.filter(
    (x) => x.level === result.triage.level && x.kind !== "incomplete",
  )) {
    lines.push(`  - ${r.text}`);
  }
  if (!result.complete) {
    lines.push(`  ! Safety questions not answered: ${result.pendingRedFlags.join(", ")}`);
  }
  lines.push("", "Possible causes (most likely first):");
  for (const r of result.ranking.slice(0, 5)) {
    const name = kb.conditions.get(r.condition)?.name ?? r.condition;
    lines.push(`  ${(r.probability * 100).toFixed(0).padStart(3)}%  ${name}`);
    for (const w of r.why.slice(0, 3)) {
      const dir = w.effect >= 1 ? "raised" : "lowered";
      lines.push(
        `        ${dir} by: ${questionText(kb, w.question)} -> ${Array.isArray(w.answer) ? w.answer.join(", ") || "none" : String(w.answer)}`,
      );
    }
  }
  if (result.notRuledOut.length > 0) {
    lines.push("", "Serious causes these answers cannot rule out (a professional should check):");
    for (const n of result.notRuledOut) {
      const name = kb.conditions.get(n.condition)?.name ?? n.condition;
      lines.push(`  ${(n.probability * 100).toFixed(0).padStart(3)}%  ${name}`);
    }
  }
  if (result.redFlags.length > 0) {
    lines.push("", "Red flags:");
    for (const f of result.redFlags) {
      lines.push(`  [${f.level}] ${f.text}`);
    }
  }
  lines.push(
    "",
    "Safety net:",
    ...result.safetyNet.map((s) => `  - ${s}`),
    "",
    result.notADiagnosis,
  );
  return `${lines.join("\n")}\n`;
}
