// Reads `assessments.result_json` back: the engine's result as it was computed when the
// answers were stored, checked against the result schema before it leaves the server
// again. A row that does not match is a server fault (500), never passed on unchecked.
import { Value } from "@sinclair/typebox/value";
import { AssessmentResult } from "./assessment-result.schema.ts";

/** Serializes a result for `result_json`. */
export function encodeResult(result: AssessmentResult): string {
  return JSON.stringify(result);
}

/** Parses `result_json`; throws when it is not an assessment result. */
export function decodeResultOrThrow(text: string): AssessmentResult {
  const parsed: unknown = JSON.parse(text);
  if (!Value.Check(AssessmentResult, parsed)) {
    throw new Error("assessments.result_json does not match the result schema");
  }
  return parsed;
}
