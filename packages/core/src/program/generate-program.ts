// generateProgram(input, content, library): the phased home program for one person. No
// program after an emergency or urgent triage, or when the leading condition does not suit
// one; otherwise calm (high irritability only), restore, strengthen and return phases with
// exercises, adjusted doses, sessions per week, weeks, entry and exit criteria, the
// daily-life section and review dates (REFERENCE §7.3). Pure and deterministic: the start
// date and all content arrive as arguments; inputs are never changed.
import type { ExerciseLibrary } from "../exercise/load-library.ts";
import type { Phase } from "../exercise/schema.ts";
import { selectPhaseExercises } from "./build-phase.ts";
import { addDays, dayNumber } from "./dates.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { ProgramContent } from "./load-program-content.ts";
import { dailyLifeSection, programNotes } from "./program-notes.ts";
import type { GenerateProgramResult, ProgramPhase } from "./program.schema.ts";
import { progressionNumbers } from "./progression-rules.schema.ts";
import { resolveFocus } from "./resolve-focus.ts";
import { phaseTags, ruledOutTags } from "./rule-out.ts";

const TOO_URGENT =
  "Your assessment says to see a doctor first (urgently or as an emergency), so no home exercise program is given. Please seek care now; a program can be made once a doctor has seen you.";

const NONE_SUITABLE =
  "None of the program's exercises suit this combination of cautions, so no home program is given. A physical therapist can choose exercises that fit.";

function populationFactor(input: ProgramInput, content: ProgramContent): number {
  const factors = content.populations
    .filter((p) => input.populations.includes(p.population))
    .flatMap((p) => (p.volumeFactor === undefined ? [] : [p.volumeFactor.value]));
  return Math.min(1, ...factors);
}

function maxLevel(input: ProgramInput, content: ProgramContent): number {
  const caps = content.populations
    .filter((p) => input.populations.includes(p.population))
    .flatMap((p) => (p.maxLevel === undefined ? [] : [p.maxLevel.value]));
  return Math.min(content.progression.maxLevel.value, ...caps);
}

function unknownExercise(input: ProgramInput, library: ExerciseLibrary): string | undefined {
  const ids = [
    ...(input.overrides?.add ?? []).map((a) => a.exerciseId),
    ...(input.overrides?.remove ?? []),
  ];
  return ids.find((id) => !library.exercises.some((e) => e.id === id));
}

/** The program for this input, or why there is none. */
export function generateProgram(
  input: ProgramInput,
  content: ProgramContent,
  library: ExerciseLibrary,
): GenerateProgramResult {
  if (dayNumber(input.startDate) === undefined) {
    const message = `The start date "${input.startDate}" is not a calendar date.`;
    return { ok: false, reason: "invalid-input", message };
  }
  const unknown = unknownExercise(input, library);
  if (unknown !== undefined) {
    const message = `The clinician's change names an unknown exercise "${unknown}".`;
    return { ok: false, reason: "invalid-input", message };
  }
  if (input.triage === "emergency" || input.triage === "urgent") {
    return { ok: false, reason: "triage-too-urgent", message: TOO_URGENT };
  }
  const resolved = resolveFocus(input, content);
  if (!resolved.ok) {
    return resolved;
  }
  const { focus } = resolved;
  const level = content.levels.find((l) => l.irritability === input.irritability);
  const fixed = input.overrides?.fixedPhase;
  const phaseIds: readonly Phase[] = fixed === undefined ? (level?.phases ?? []) : [fixed];
  const ruledOut = ruledOutTags(input, content, focus);
  const popFactor = populationFactor(input, content);
  const startFactor = level?.startVolumeFactor.value ?? 1;
  const refused: string[] = [];
  const empty: string[] = [];
  let startWeek = 1;
  const phases: ProgramPhase[] = [];
  for (const [index, phase] of phaseIds.entries()) {
    const template = content.phases.find((p) => p.phase === phase);
    if (template === undefined) {
      continue;
    }
    const selected = selectPhaseExercises(
      {
        template,
        focus,
        populationItems:
          phase === "return"
            ? content.populations
                .filter((p) => input.populations.includes(p.population))
                .flatMap((p) => p.returnExercises)
            : [],
        populations: input.populations,
        ruledOut: phaseTags(phase, ruledOut),
        removed: input.overrides?.remove ?? [],
        added: (input.overrides?.add ?? [])
          .filter((a) => a.phase === phase)
          .map((a) => a.exerciseId),
        volumeFactor: Math.round((index === 0 ? startFactor : 1) * popFactor * 100) / 100,
      },
      library,
    );
    refused.push(...selected.refused);
    if (selected.exercises.length === 0) {
      empty.push(template.title);
      continue;
    }
    phases.push({
      phase,
      title: template.title,
      goal: template.goal,
      startWeek,
      weeks: { min: template.weeks.min, max: template.weeks.max },
      sessionsPerWeek: { min: template.sessionsPerWeek.min, max: template.sessionsPerWeek.max },
      exercises: [...selected.exercises],
      entry: [...template.entry],
      exit: [...template.exit],
    });
    startWeek += template.weeks.min;
  }
  if (phases.length === 0) {
    return { ok: false, reason: "no-suitable-exercises", message: NONE_SUITABLE };
  }
  const { plan } = content;
  return {
    ok: true,
    program: {
      contentVersion: `${content.version}+${library.version}`,
      startDate: input.startDate,
      reviewDate: addDays(input.startDate, plan.reviewAfterDays.value),
      noImprovementReviewDate: addDays(input.startDate, plan.noImprovementReviewWeeks.value * 7),
      weeks: { min: plan.weeks.min, max: plan.weeks.max },
      triage: input.triage,
      focus: {
        condition: focus.condition,
        chosenBy: resolved.chosenBy,
        label: focus.focus,
        note: focus.note,
      },
      irritability: input.irritability,
      populations: [...input.populations],
      ruledOut: [...ruledOut],
      phaseLocked: fixed !== undefined,
      phases,
      dailyLife: dailyLifeSection(input, content, library, ruledOut),
      advice: content.populations
        .filter((p) => input.populations.includes(p.population))
        .flatMap((p) => p.advice),
      notes: programNotes(input, library, refused, empty),
      stopCard: [...library.stopCard],
      progression: {
        ...progressionNumbers(content.progression),
        maxLevel: maxLevel(input, content),
      },
    },
  };
}
