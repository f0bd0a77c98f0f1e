// Public surface of the knowledge-base layer: schemas (the single source of the content
// types), the contract ids and the loader. Nothing here reads files.
export * from "./basis.schema.ts";
export * from "./condition.schema.ts";
export * from "./expression.schema.ts";
export * from "./knowledge-base.schema.ts";
export * from "./page.schema.ts";
export * from "./policy.schema.ts";
export * from "./question.schema.ts";
export * from "./red-flag.schema.ts";
export {
  CONDITION_IDS,
  TRIAGE_LEVELS,
  levelRank,
  moreUrgent,
  type ConditionId,
  type Level,
} from "./condition-ids.ts";
export type { Problem } from "./problem.ts";
export type {
  KnowledgeBase,
  CompiledQuestion,
  CompiledOutcome,
  CompiledBinary,
} from "./compile-knowledge-base.ts";
export {
  loadKnowledgeBase,
  loadKnowledgeBaseOrThrow,
  type LoadKnowledgeBaseResult,
} from "./load-knowledge-base.ts";
export { checkKnowledgeBase } from "./check-knowledge-base.ts";
