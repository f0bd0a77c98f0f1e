// Turns plain signs into an irritability level (high, moderate, low): how bad the pain is,
// whether it wakes the person or is there at rest, and how easily it is provoked. The
// cut-offs are content (data/programs/irritability.json); this is the rule that applies
// them. Takes numbers and booleans so any caller (assessment adapter, clinician form) can use it.
import type { Irritability, IrritabilityRules } from "./content.schema.ts";

/** The signs that decide irritability. */
export interface IrritabilitySigns {
  /** Worst pain in the last few days, 0–10 (NPRS). */
  readonly worstPain: number;
  /** Pain wakes the person at night whatever position they are in, or in the early hours. */
  readonly nightPain: boolean;
  /** Pain at rest, without moving. */
  readonly restPain: boolean;
  /** Almost any movement brings the pain on, or nothing eases it. */
  readonly easilyProvoked: boolean;
}

/**
 * The irritability level: high with severe pain or enough signs, low with mild pain and no
 * signs, moderate otherwise.
 */
export function irritabilityFromSigns(
  signs: IrritabilitySigns,
  rules: IrritabilityRules,
): Irritability {
  const count = [signs.nightPain, signs.restPain, signs.easilyProvoked].filter(Boolean).length;
  if (signs.worstPain >= rules.highPainMin.value || count >= rules.highSignsMin.value) {
    return "high";
  }
  if (signs.worstPain <= rules.lowPainMax.value && count === 0) {
    return "low";
  }
  return "moderate";
}
