// Shared by the assessment tests: the bundled knowledge base, loaded once, and the answers of a
// person who ticks nothing on any safety checklist (so a test states only what its story adds).
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
