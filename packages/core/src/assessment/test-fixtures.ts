// Shared by the assessment tests: the bundled knowledge base, loaded once, the answers of a
// person who ticks nothing on any safety checklist (so a test states only what its story adds),
// and the stories more than one test tells (the browser tests read them too).
import { rawKnowledgeBase } from "@ilio/content";
import { loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";

export const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);

export const screened = {
  "rf-nerve": [],
  "rf-general": [],
  "rf-history": [],
  "weight-bearing": "normal",
  onset: "gradual",
  "rf-belly": [],
  activities: [],
};

/** A footballer who felt a pull kicking two days ago: walking normally, settling. */
export const pulledHipFlexor = {
  age: 26,
  sex: "male",
  where: ["groin", "thigh-front"],
  ...screened,
  onset: "pop",
  activities: ["field-sport"],
  duration: 2,
  trend: "better",
  severity: 5,
  "worse-moves": ["lift-knee", "sprint-kick"],
  "check-hip-flexor": "yes",
};

/** A first stone-like attack at 56: the stone leads, and an aneurysm must be excluded. */
export const firstStoneAt56 = {
  age: 56,
  sex: "male",
  where: ["flank", "groin"],
  ...screened,
  onset: "sudden",
  "rf-belly": ["nausea"],
  duration: 0,
  trend: "worse",
  severity: 8,
  colic: "yes",
  urinary: ["blood"],
  "history-more": ["smoker"],
};
