// Fastify type provider for @sinclair/typebox 0.34: route handlers get `Static<schema>`
// for body, params, querystring and replies. (@fastify/type-provider-typebox 6 targets the
// `typebox` 1.x package instead; docs/adr/0001-validation-library.md.) Types only.
import type { Static, TSchema } from "@sinclair/typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyTypeProvider,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";

/** Maps a TypeBox schema to its static type for validation and serialization. */
export interface TypeBoxProvider extends FastifyTypeProvider {
  validator: this["schema"] extends TSchema ? Static<this["schema"]> : unknown;
  serializer: this["schema"] extends TSchema ? Static<this["schema"]> : unknown;
}

/** The Fastify instance type every route plugin receives. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxProvider
>;
