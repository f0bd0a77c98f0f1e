// The shape of an assessment result: what the web app shows, the server stores (with its
// content version) and the CLI prints. Plain data, JSON-serializable, read-only.
import type { Level } from "../content/condition-ids.ts";
import type { AnswerValue } from "./answers.ts";

/** A red flag that fired, and whether it fired on an answer or on "not sure". */
export interface FiredRedFlag {
  readonly id: string;
  readonly level: Level;
  readonly text: string;
  readonly because: "answer" | "unsure";
}

/** Why triage is what it is. */
export type TriageReason =
  | {
      readonly kind: "red-flag";
      readonly level: Level;
      readonly text: string;
      readonly redFlag: string;
    }
  | {
      readonly kind: "serious-condition";
      readonly level: Level;
      readonly text: string;
      readonly condition: string;
      readonly probability: number;
    }
  | {
      readonly kind: "condition-care";
      readonly level: Level;
      readonly text: string;
      readonly condition: string;
    }
  | { readonly kind: "uncertain"; readonly level: Level; readonly text: string }
  | {
      readonly kind: "incomplete";
      readonly level: Level;
      readonly text: string;
      readonly questions: readonly string[];
    };

/** One answer's effect on a condition: its likelihood ratio against the reference population. */
export interface Evidence {
  readonly question: string;
  readonly answer: AnswerValue;
  /** P(answer | condition) / P(answer | people with this kind of pain); > 1 raises, < 1 lowers. */
  readonly effect: number;
}

/** An answer not given yet that would move this condition the most. */
export interface WouldChange {
  readonly question: string;
  readonly answer: string;
  /** This condition's probability if that were the answer. */
  readonly probability: number;
}

export interface RankedCondition {
  readonly condition: string;
  readonly probability: number;
  readonly why: readonly Evidence[];
  readonly wouldChange: readonly WouldChange[];
}

export interface AssessmentResult {
  readonly contentVersion: string;
  readonly triage: {
    readonly level: Level;
    readonly advice: string;
    readonly reasons: readonly TriageReason[];
  };
  /** All conditions, highest probability first (ties by contract order). */
  readonly ranking: readonly RankedCondition[];
  readonly redFlags: readonly FiredRedFlag[];
  /**
   * Serious conditions below the leading few that these answers cannot rule out (content
   * policy `notRuledOut`), highest first; empty for an emergency, which shows nothing else.
   */
  readonly notRuledOut: readonly { readonly condition: string; readonly probability: number }[];
  /** Question ids answered, in the order given. */
  readonly asked: readonly string[];
  /** True when every red-flag question that applies has an answer. */
  readonly complete: boolean;
  /** Red-flag questions that apply but have no answer yet. */
  readonly pendingRedFlags: readonly string[];
  readonly safetyNet: readonly string[];
  readonly notADiagnosis: string;
}
