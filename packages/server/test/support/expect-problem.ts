// One assertion for error responses: the status, application/problem+json, the catalogue
// code, and the RFC 9457 members every problem carries. Returns the parsed body.
import { expect } from "vitest";
import type { LightMyRequestResponse } from "fastify";

/** A parsed problem document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly { field: string; message: string }[];
}

/** Asserts a problem response and returns its body. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code: string,
): Problem {
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body: Problem = response.json();
  expect({ status: response.statusCode, code: body.code }).toEqual({ status, code });
  expect(body).toMatchObject({ status, code, type: `urn:ilio:error:${code}` });
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  expect(typeof body.instance).toBe("string");
  return body;
}

/** The field names a validation problem reports. */
export function fieldsOf(problem: Problem): string[] {
  return (problem.errors ?? []).map((e) => e.field);
}
