// Turns a checked raw knowledge base into the tables the engine reads: for every finding,
// the log-likelihood of each answer under each condition and under the reference population.
// Single options and number bands: P(o|c) = LR_c(o)·q_o / Σ LR_c(o')·q_o'. Multi options
// are yes/no findings: P(yes|c) = LR·q / (LR·q + LRno·(1−q)). Each is then mixed with the
// reference rate by policy.answerNoise (unreliable answers). Same tables drive the update
// and the expected information gain, so both use proper likelihoods. The tables have one row
// per hypothesis: the 30 conditions in contract order, then each condition presentation.
import { CONDITION_IDS, type ConditionId } from "./condition-ids.ts";
import type { Condition, Presentation } from "./condition.schema.ts";
import type { RawKnowledgeBase } from "./knowledge-base.schema.ts";
import type { Band, Option, Question } from "./question.schema.ts";

/** log P(outcome | hypothesis) for each hypothesis in `KnowledgeBase.hypotheses` order. */
export type LogVector = Float64Array;

/**
 * One row of the likelihood tables: a condition (the first 30, in contract order, standing for
 * its usual presentation) or one of a condition's other presentations.
 */
export interface Hypothesis {
  readonly condition: ConditionId;
  /** Index of `condition` in `conditionIds`. */
  readonly conditionIndex: number;
  readonly presentation?: Presentation;
  /** Its key in likelihood tables: the condition id, or `<condition>/<presentation>`. */
  readonly key: string;
}

/** Likelihood tables of one mutually exclusive outcome (single option or number band). */
export interface CompiledOutcome {
  readonly id: string;
  readonly logLik: LogVector;
  /** P(outcome | condition): `exp(logLik)`, kept so the information-gain search needs no exp. */
  readonly lik: Float64Array;
  readonly logRef: number;
}

/** Likelihood tables of one yes/no finding (a multi option). */
export interface CompiledBinary {
  readonly id: string;
  readonly logYes: LogVector;
  readonly logNo: LogVector;
  /** P(yes | condition): `exp(logYes)`, kept for the information-gain search. */
  readonly yes: Float64Array;
  readonly logRefYes: number;
  readonly logRefNo: number;
}

export type CompiledQuestion =
  | {
      readonly kind: "single" | "number";
      readonly question: Question;
      readonly outcomes: readonly CompiledOutcome[];
    }
  | {
      readonly kind: "multi";
      readonly question: Question;
      readonly options: readonly CompiledBinary[];
    };

/** A validated, compiled knowledge base: read-only, shared by every evaluation. */
export interface KnowledgeBase {
  readonly contentVersion: string;
  readonly raw: RawKnowledgeBase;
  readonly conditionIds: readonly ConditionId[];
  readonly conditions: ReadonlyMap<string, Condition>;
  /** Rows of every likelihood table: conditions first, then presentations. */
  readonly hypotheses: readonly Hypothesis[];
  readonly questions: ReadonlyMap<string, Question>;
  /** Findings (questions without a demographic role), by question id. */
  readonly findings: ReadonlyMap<string, CompiledQuestion>;
}

/** A presentation's own ratio when the table names it, else its condition's, else 1. */
function ratio(table: Readonly<Record<string, number>> | undefined, h: Hypothesis): number {
  return table?.[h.key] ?? table?.[h.condition] ?? 1;
}

/** Mix a likelihood with the reference rate: (1 − noise)·p + noise·ref. */
function withNoise(p: number, ref: number, noise: number): number {
  return (1 - noise) * p + noise * ref;
}

function compileExclusive(
  outcomes: readonly (Option | Band)[],
  noise: number,
  hypotheses: readonly Hypothesis[],
): CompiledOutcome[] {
  const n = hypotheses.length;
  const totalQ = outcomes.reduce((s, o) => s + o.q, 0);
  const logLik = outcomes.map(() => new Float64Array(n));
  hypotheses.forEach((c, ci) => {
    const denom = outcomes.reduce((s, o) => s + ratio(o.lr, c) * o.q, 0);
    outcomes.forEach((o, oi) => {
      const row = logLik[oi];
      if (row) {
        row[ci] = Math.log(withNoise((ratio(o.lr, c) * o.q) / denom, o.q / totalQ, noise));
      }
    });
  });
  return outcomes.map((o, oi) => {
    const row = logLik[oi] ?? new Float64Array(n);
    return { id: o.id, logLik: row, lik: row.map(Math.exp), logRef: Math.log(o.q / totalQ) };
  });
}

function compileBinary(
  o: Option,
  noise: number,
  hypotheses: readonly Hypothesis[],
): CompiledBinary {
  const logYes = new Float64Array(hypotheses.length);
  const logNo = new Float64Array(hypotheses.length);
  hypotheses.forEach((c, ci) => {
    const yes = ratio(o.lr, c) * o.q;
    const no = ratio(o.lrNo, c) * (1 - o.q);
    logYes[ci] = Math.log(withNoise(yes / (yes + no), o.q, noise));
    logNo[ci] = Math.log(withNoise(no / (yes + no), 1 - o.q, noise));
  });
  return {
    id: o.id,
    logYes,
    logNo,
    yes: logYes.map(Math.exp),
    logRefYes: Math.log(o.q),
    logRefNo: Math.log(1 - o.q),
  };
}

function compileQuestion(
  q: Question,
  noise: number,
  hyps: readonly Hypothesis[],
): CompiledQuestion {
  switch (q.kind) {
    case "single":
      return { kind: "single", question: q, outcomes: compileExclusive(q.options, noise, hyps) };
    case "number":
      return { kind: "number", question: q, outcomes: compileExclusive(q.bands, noise, hyps) };
    case "multi": {
      const options = q.options.map((o) => compileBinary(o, noise, hyps));
      return { kind: "multi", question: q, options };
    }
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

/** Compile a raw knowledge base that passed checkKnowledgeBase. */
export function compileKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const conditions = new Map(raw.conditions.map((c) => [c.id, c]));
  const hypotheses: Hypothesis[] = CONDITION_IDS.map((condition, conditionIndex) => ({
    condition,
    conditionIndex,
    key: condition,
  }));
  CONDITION_IDS.forEach((condition, conditionIndex) => {
    for (const presentation of conditions.get(condition)?.presentations ?? []) {
      hypotheses.push({
        condition,
        conditionIndex,
        presentation,
        key: `${condition}/${presentation.id}`,
      });
    }
  });
  const findings = new Map<string, CompiledQuestion>();
  for (const q of raw.questions) {
    if (q.role === undefined) {
      findings.set(q.id, compileQuestion(q, raw.policy.answerNoise, hypotheses));
    }
  }
  return {
    contentVersion: raw.contentVersion,
    raw,
    conditionIds: CONDITION_IDS,
    conditions,
    hypotheses,
    questions: new Map(raw.questions.map((q) => [q.id, q])),
    findings,
  };
}
