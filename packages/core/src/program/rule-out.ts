// Which contraindication tags a program rules out: the assessment's cautions, the cautions a
// population implies (after hip replacement: the surgeon's precautions; pregnancy: no prone
// lying, and no lying flat on the back after the first trimester, REFERENCE §7.6) and those of
// the leading condition. The calm phase also rules out what an irritable tissue should not do.
import type { ContraindicationTag, Phase } from "../exercise/schema.ts";
import type { ConditionFocus } from "./content.schema.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { ProgramContent } from "./load-program-content.ts";

/** Every tag ruled out for the whole program, sorted and without repeats. */
export function ruledOutTags(
  input: ProgramInput,
  content: ProgramContent,
  focus: ConditionFocus & { kind: "program" },
): readonly ContraindicationTag[] {
  const fromPopulations = content.populations
    .filter((p) => input.populations.includes(p.population))
    .flatMap((p) => p.cautions)
    .filter((tag) => !(tag === "pregnancy-supine" && input.pregnancyTrimester === 1));
  const all = new Set<ContraindicationTag>([
    ...input.cautions,
    ...fromPopulations,
    ...focus.cautions,
  ]);
  return [...all].sort();
}

/** The tags ruled out in one phase: the program's, plus "irritable-phase" while calming. */
export function phaseTags(
  phase: Phase,
  program: readonly ContraindicationTag[],
): readonly ContraindicationTag[] {
  return phase === "calm" ? [...program, "irritable-phase"] : program;
}
