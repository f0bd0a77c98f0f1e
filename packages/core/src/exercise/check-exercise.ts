// Checks on one schema-valid exercise that a schema cannot express: a no-equipment
// alternative, side guidance for one-sided work, a basis for every dose number, known
// source and variant ids, an illustration whose key poses, arrows and highlighted side
// agree with the dose. Returns problems with JSON-pointer paths; never throws.
import type { BodyPart } from "../illustration/pose.schema.ts";
import { DOSE_NUMBERS, type Dose } from "./dose.schema.ts";
import type { Exercise, VariantRef } from "./schema.ts";

/** One thing wrong with the library data, located by a JSON pointer. */
export interface ExerciseLibraryProblem {
  readonly path: string;
  readonly message: string;
}

/** The ids the library defines, for cross-reference checks. */
export interface KnownIds {
  readonly exercises: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

function checkDose(dose: Dose, path: string, known: KnownIds): ExerciseLibraryProblem[] {
  const problems: ExerciseLibraryProblem[] = [];
  const numbers = DOSE_NUMBERS.filter((key) => dose[key] !== undefined);
  for (const key of numbers) {
    const range = dose[key];
    if (range !== undefined && range.max < range.min) {
      problems.push({
        path: `${path}/${key}`,
        message: `max (${range.max}) is below min (${range.min})`,
      });
    }
  }
  if (numbers.length > 0 && dose.basis === undefined) {
    problems.push({
      path: `${path}/basis`,
      message: `Dose numbers (${numbers.join(", ")}) have no basis: cite a source id or mark them as an estimate with reasoning`,
    });
  }
  if (dose.basis?.kind === "source" && !known.sources.has(dose.basis.sourceId)) {
    problems.push({
      path: `${path}/basis/sourceId`,
      message: `Unknown source "${dose.basis.sourceId}"`,
    });
  }
  return problems;
}

function checkVariant(
  v: VariantRef,
  path: string,
  selfId: string,
  known: KnownIds,
): ExerciseLibraryProblem[] {
  if (v.kind === "inline") {
    return v.dose === undefined ? [] : checkDose(v.dose, `${path}/dose`, known);
  }
  if (v.id === selfId) {
    return [{ path: `${path}/id`, message: "An exercise cannot be its own variant" }];
  }
  return known.exercises.has(v.id)
    ? []
    : [{ path: `${path}/id`, message: `Unknown variant exercise "${v.id}"` }];
}

const ONE_SIDED: readonly BodyPart[] = ["near.leg", "far.leg", "near.arm", "far.arm"];

function checkHighlight(
  e: Exercise,
  highlight: readonly BodyPart[],
  path: string,
): ExerciseLibraryProblem[] {
  const limbs = highlight.filter((p) => ONE_SIDED.includes(p));
  const sides = new Set(limbs.map((p) => p.split(".")[0]));
  if (e.dose.sides === "each" && (limbs.length === 0 || sides.size !== 1)) {
    return [
      { path, message: "A one-sided exercise must highlight the worked limb on exactly one side" },
    ];
  }
  if (e.dose.sides === "both" && sides.size === 1 && !highlight.includes("trunk")) {
    return [{ path, message: "A two-sided exercise must not highlight one side only" }];
  }
  return [];
}

function checkIllustration(e: Exercise, path: string): ExerciseLibraryProblem[] {
  const spec = e.illustration;
  if (spec === undefined) {
    return [{ path, message: "Missing illustration: every exercise needs at least one key pose" }];
  }
  const problems: ExerciseLibraryProblem[] = [];
  const count = spec.keyPoses.length;
  if (e.motion === "moving" && count < 2) {
    problems.push({
      path: `${path}/keyPoses`,
      message: "A moving exercise needs at least two key poses",
    });
  }
  if (spec.stillPose !== undefined && spec.stillPose >= count) {
    problems.push({
      path: `${path}/stillPose`,
      message: `No key pose ${spec.stillPose} (there are ${count})`,
    });
  }
  spec.arrows.forEach((arrow, i) => {
    if (arrow.kind !== "path") {
      return;
    }
    const ends = [
      ["from", arrow.from ?? 0],
      ["to", arrow.to ?? 1],
    ] as const;
    for (const [key, index] of ends) {
      if (index >= count) {
        problems.push({
          path: `${path}/arrows/${i}/${key}`,
          message: `No key pose ${index} (there are ${count})`,
        });
      }
    }
  });
  return [...problems, ...checkHighlight(e, spec.highlight, `${path}/highlight`)];
}

/** Every problem with one exercise that passed the schema; `path` points at it. */
export function checkExercise(
  e: Exercise,
  path: string,
  known: KnownIds,
): ExerciseLibraryProblem[] {
  const problems: ExerciseLibraryProblem[] = [];
  if (e.noEquipment === undefined) {
    problems.push({
      path: `${path}/noEquipment`,
      message: "Missing no-equipment alternative: every exercise needs one",
    });
  }
  if (e.dose.sides === "each" && e.side === undefined) {
    problems.push({
      path: `${path}/side`,
      message:
        "One-sided exercise without side guidance: name the worked side by body position and say how to tell",
    });
  }
  e.sources.forEach((s, i) => {
    if (!known.sources.has(s)) {
      problems.push({ path: `${path}/sources/${i}`, message: `Unknown source "${s}"` });
    }
  });
  problems.push(...checkDose(e.dose, `${path}/dose`, known));
  for (const kind of ["easier", "harder"] as const) {
    e.variants[kind].forEach((v, i) =>
      problems.push(...checkVariant(v, `${path}/variants/${kind}/${i}`, e.id, known)),
    );
  }
  return [...problems, ...checkIllustration(e, `${path}/illustration`)];
}
