// The contract ids of shared/clinical/conditions.json: the 30 conditions the assessment
// ranks and the four triage levels, most urgent first. The knowledge base must define
// exactly these conditions; an id is never renamed (vignettes, stored results and the web
// app refer to them).

/** Every condition id the engine ranks, in contract order. */
export const CONDITION_IDS = [
  "iliopsoas-syndrome",
  "snapping-hip-internal",
  "hip-flexor-strain",
  "adductor-strain",
  "inguinal-hernia",
  "athletic-pubalgia",
  "osteitis-pubis",
  "greater-trochanteric-pain",
  "hip-labral-tear-fai",
  "hip-osteoarthritis",
  "femoral-stress-fracture",
  "hip-fracture",
  "septic-arthritis-hip",
  "scfe",
  "apophyseal-avulsion",
  "mechanical-low-back-pain",
  "lumbar-radiculopathy",
  "si-joint-dysfunction",
  "piriformis-syndrome",
  "axial-spondyloarthritis",
  "vertebral-fracture",
  "cauda-equina-syndrome",
  "spinal-malignancy",
  "meralgia-paresthetica",
  "psoas-abscess",
  "appendicitis",
  "kidney-stone",
  "prostatitis",
  "gynecologic-emergency",
  "abdominal-aortic-aneurysm",
] as const;

export type ConditionId = (typeof CONDITION_IDS)[number];

/** Triage levels, most urgent first. */
export const TRIAGE_LEVELS = ["emergency", "urgent", "routine", "self-care"] as const;
export type Level = (typeof TRIAGE_LEVELS)[number];

/** Lower rank = more urgent. */
export function levelRank(level: Level): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/** The more urgent of two levels. */
export function moreUrgent(a: Level, b: Level): Level {
  return levelRank(a) <= levelRank(b) ? a : b;
}
