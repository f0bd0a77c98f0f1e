// @ilio/content/texts: the knowledge base's display words only (condition names and pages,
// question and option texts, the general safety-net lines), for screens that show a result
// the server computed. scripts/build.ts derives generated/display-texts.json from the same
// validated data as generated/knowledge-base.json, and CI checks both are current. It must
// not import the knowledge base, core or anything with numbers: the point of this entry is
// that a browser route can name conditions without loading the engine's tables.
import texts from "../generated/display-texts.json" with { type: "json" };

/** What a condition's page says: the parts a result screen shows. */
export interface ConditionPageTexts {
  readonly whatItIs: string;
  readonly whatToDoNow: readonly string[];
  readonly whoToSee: string;
}

/** A condition's display words. */
export interface ConditionTexts {
  readonly name: string;
  readonly page?: ConditionPageTexts;
}

/**
 * A question's display words. `options` holds option texts (single and multi) or band texts
 * (number); `noneText` is present for multi-choice questions only, `unit` for number
 * questions only.
 */
export interface QuestionTexts {
  readonly text: string;
  readonly options: Readonly<Record<string, string>>;
  readonly noneText?: string;
  readonly unit?: string;
}

/** Every display text of one content version, keyed by condition and question id. */
export interface DisplayTexts {
  readonly contentVersion: string;
  readonly conditions: Readonly<Record<string, ConditionTexts>>;
  readonly questions: Readonly<Record<string, QuestionTexts>>;
  /** policy.safetyNet.always: the safety-net lines every result carries. */
  readonly safetyNetAlways: readonly string[];
}

/** The display texts of the bundled knowledge base (type-checked against the JSON). */
export const displayTexts: DisplayTexts = texts;
