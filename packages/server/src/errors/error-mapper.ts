// The one mapper from anything thrown during a request to a catalogue code. Pure: it reads
// the error and returns an ApiError; the Fastify wiring is in error-handler.ts. Anything it
// does not recognise becomes ILIO_ERR_SERVER_INTERNAL with a generic detail (no message, no stack).
import type { FastifyError } from "fastify";
import { ApiError } from "./api-error.ts";
import { toFieldErrors } from "../http/validation-errors.ts";

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && "code" in error;
}

/** Maps a thrown value to the ApiError the client will see. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  if (error instanceof Error && "validation" in error && isFastifyError(error)) {
    const errors = toFieldErrors(error.validationContext ?? "body", error.validation ?? []);
    const fields = errors.map((e) => e.field).join(", ");
    return new ApiError("ILIO_ERR_REQUEST_VALIDATION", `Invalid fields: ${fields}.`, { errors });
  }
  if (error instanceof SyntaxError && "statusCode" in error && error.statusCode === 400) {
    return new ApiError("ILIO_ERR_REQUEST_MALFORMED_JSON", "The request body is not valid JSON.");
  }
  if (isFastifyError(error)) {
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return new ApiError(
          "ILIO_ERR_REQUEST_MALFORMED_JSON",
          "The request body is not valid JSON.",
        );
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return new ApiError("ILIO_ERR_REQUEST_BODY_TOO_LARGE", "The request body is too large.");
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return new ApiError(
          "ILIO_ERR_REQUEST_UNSUPPORTED_MEDIA_TYPE",
          "Send the body as application/json.",
        );
      default:
        if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
          return new ApiError("ILIO_ERR_REQUEST_VALIDATION", "The request could not be read.");
        }
    }
  }
  return new ApiError(
    "ILIO_ERR_SERVER_INTERNAL",
    "Something went wrong on our side. Try again later.",
  );
}
