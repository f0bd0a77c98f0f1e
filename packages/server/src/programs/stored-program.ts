// How a program's JSON columns are read back: `plan_json` must be a core Program,
// `input_json` a core ProgramInput and `overrides_json` core ClinicianOverrides, each checked
// against its schema at this boundary. A row that does not match is a server fault (500),
// never passed to a client or to the generator unchecked.
import { ClinicianOverrides, Program, ProgramInput } from "@ilio/core";
import type { TSchema, Static } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";

function decodeOrThrow<T extends TSchema>(schema: T, text: string, column: string): Static<T> {
  const parsed: unknown = JSON.parse(text);
  if (!Value.Check(schema, parsed)) {
    throw new Error(`programs.${column} does not match its schema`);
  }
  return parsed;
}

/** Parses `plan_json`; throws when it is not a Program. */
export function decodePlanOrThrow(text: string): Program {
  return decodeOrThrow(Program, text, "plan_json");
}

/** Parses `input_json`; throws when it is not a ProgramInput. */
export function decodeInputOrThrow(text: string): ProgramInput {
  return decodeOrThrow(ProgramInput, text, "input_json");
}

/** Parses `overrides_json`; throws when it is not ClinicianOverrides. */
export function decodeOverridesOrThrow(text: string): ClinicianOverrides {
  return decodeOrThrow(ClinicianOverrides, text, "overrides_json");
}
