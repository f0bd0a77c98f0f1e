// Turns ajv validation errors into `{ field, message }` pairs that name the field the way a
// client can find it: request part plus JSON pointer ("body/email", "params/patientId").
// It must never echo the rejected value: a password could be in it.
import type { FastifySchemaValidationError } from "fastify";
import type { FieldError } from "../errors/api-error.ts";
import { messageForPattern } from "./text-patterns.ts";

function param(error: FastifySchemaValidationError, key: string): string {
  const value: unknown = error.params[key];
  if (typeof value === "string" || typeof value === "number") {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.map(String).join(", ");
  }
  return "";
}

function fieldOf(context: string, error: FastifySchemaValidationError): string {
  const base = `${context}${error.instancePath}`;
  switch (error.keyword) {
    case "required":
      return `${base}/${param(error, "missingProperty")}`;
    case "additionalProperties":
      return `${base}/${param(error, "additionalProperty")}`;
    default:
      return base;
  }
}

function messageOf(error: FastifySchemaValidationError): string {
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not an accepted field";
    case "minLength":
      return `must be at least ${param(error, "limit")} characters`;
    case "maxLength":
      return `must be at most ${param(error, "limit")} characters`;
    case "type":
      return `must be ${param(error, "type")}`;
    case "enum":
      return `must be one of: ${param(error, "allowedValues")}`;
    case "pattern":
      return messageForPattern(param(error, "pattern"));
    case "format":
      return `must be a valid ${param(error, "format")}`;
    default:
      return error.message ?? "is invalid";
  }
}

/** Maps ajv errors for one request part to field errors, one per field and message. */
export function toFieldErrors(
  context: string,
  errors: readonly FastifySchemaValidationError[],
): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    const entry = { field: fieldOf(context, error), message: messageOf(error) };
    const key = `${entry.field}\u0000${entry.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(entry);
    }
  }
  return result;
}
