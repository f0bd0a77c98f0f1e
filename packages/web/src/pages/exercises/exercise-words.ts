// Plain words for the exercise library's closed vocabularies (category, phase, position,
// equipment, body region, population, evidence level), shown on the library's filters,
// cards and exercise pages. Labels only: no clinical text lives here, and every label map
// is a full Record so a new value in the core schema fails the type check until named.
import type { Category, Equipment, Exercise, Phase, Population, Position } from "@ilio/core";

/** A body region an exercise works (core exports the schema, not a named type). */
export type BodyRegion = Exercise["bodyRegions"][number];
/** An evidence level. */
export type EvidenceLevel = Exercise["evidence"]["level"];

/** One choice of a filter: the value in the URL and the words on screen. */
export interface FilterOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

/** What an exercise is for, as the "Purpose" filter names it. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  stretch: "Stretch",
  "motor-control": "Control and breathing",
  strength: "Strength",
  mobility: "Mobility and warm-up",
  "daily-life": "Daily habits",
};

/** Program phases (DESIGN.md: calm, restore, strengthen, return to activity). */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  calm: "Phase 1: calm",
  restore: "Phase 2: restore",
  strengthen: "Phase 3: strengthen",
  return: "Phase 4: return to activity",
};

/** Starting positions. */
export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  supine: "Lying on your back",
  prone: "Lying face down",
  "side-lying": "Lying on your side",
  kneeling: "Kneeling",
  standing: "Standing",
  sitting: "Sitting",
  varied: "During the day",
};

/** Things an exercise may use. */
export const EQUIPMENT_LABELS: Readonly<Record<Equipment, string>> = {
  chair: "Chair",
  stool: "Stool",
  step: "Step",
  wall: "Wall",
  bed: "Bed",
  table: "Table",
  band: "Exercise band",
  pillow: "Pillow",
  cushion: "Cushion",
  towel: "Towel",
  strap: "Strap or belt",
  "ankle-weight": "Ankle weight",
  barre: "Barre",
  notebook: "Notebook",
  "car-seat": "Car seat",
};

/** Where in the body an exercise works. */
export const REGION_LABELS: Readonly<Record<BodyRegion, string>> = {
  "front-of-hip": "Front of the hip",
  groin: "Groin",
  "inner-thigh": "Inner thigh",
  "outer-hip": "Outer hip",
  buttock: "Buttock",
  "front-of-thigh": "Front of the thigh",
  "back-of-thigh": "Back of the thigh",
  "low-back": "Low back",
  abdomen: "Tummy (abdomen)",
  "whole-body": "Whole body",
};

/** Who an exercise suits. */
export const POPULATION_LABELS: Readonly<Record<Population, string>> = {
  everyone: "everyone",
  dancers: "dancers",
  runners: "runners",
  "desk-workers": "people who sit at a desk",
  drivers: "drivers",
  "after-hip-replacement": "people after a hip replacement",
  teens: "teenagers in sport",
  "older-adults": "older adults",
  pregnancy: "pregnant people",
};

/** How strong the evidence behind an exercise is, in plain words. */
export const EVIDENCE_LABELS: Readonly<Record<EvidenceLevel, string>> = {
  "meta-analysis": "Supported by a review of several trials",
  guideline: "Follows a published guideline",
  "case-series": "Reported in a small series of patients",
  "case-report": "Reported in a single case",
  "expert-opinion": "Expert opinion",
  "practical-default": "A practical starting point, not tested in studies",
  "untested-claim": "Untested: a common recommendation without studies behind it",
};

/** The options of a label map, in the map's order, limited to values in `present`. */
export function optionsOf<V extends string>(
  labels: Readonly<Record<V, string>>,
  present: ReadonlySet<string>,
): readonly FilterOption<V>[] {
  const isValue = (key: string): key is V => Object.hasOwn(labels, key);
  return Object.keys(labels)
    .filter(isValue)
    .filter((value) => present.has(value))
    .map((value) => ({ value, label: labels[value] }));
}

/** Whether `value` is one of the label map's keys. */
export function isLabelled<V extends string>(
  labels: Readonly<Record<V, string>>,
  value: string,
): value is V {
  return Object.hasOwn(labels, value);
}
