// What progression decides for the next session, as a discriminated union on `kind`: start,
// progress (more volume or the next phase), hold, regress (one level back), or refer (a
// routine provider visit, ES-06, with a step back). Every decision carries where the next
// session sits and a plain sentence saying why.
import type { Phase } from "../exercise/schema.ts";
import type { BrokenRule } from "./pain-monitoring.ts";

/** Where a session sits: a phase and a level within it (0 = the phase's starting dose). */
export interface Position {
  readonly phase: Phase;
  readonly level: number;
}

/** Why the dose stays where it is. */
export type HoldCause =
  "acceptable-pain" | "not-enough-sessions" | "baseline-unknown" | "low-adherence" | "top-of-phase";

/** Why the dose goes down: a pain-monitoring rule, or the session felt too hard. */
export type RegressCause = BrokenRule | "too-hard";

export type ProgressionDecision =
  | { readonly kind: "start"; readonly to: Position; readonly reason: string }
  | {
      readonly kind: "progress";
      readonly step: "volume" | "next-phase";
      readonly from: Position;
      readonly to: Position;
      readonly reason: string;
    }
  | {
      readonly kind: "hold";
      readonly cause: HoldCause;
      readonly from: Position;
      readonly to: Position;
      readonly reason: string;
    }
  | {
      readonly kind: "regress";
      readonly causes: readonly RegressCause[];
      readonly from: Position;
      readonly to: Position;
      readonly reason: string;
    }
  | {
      readonly kind: "refer";
      readonly level: "routine";
      readonly rule: "ES-06";
      readonly cause: "pain-despite-step-back" | "rising-trend";
      readonly from: Position;
      readonly to: Position;
      readonly reason: string;
    };
