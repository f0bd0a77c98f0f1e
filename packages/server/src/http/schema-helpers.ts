// Small TypeBox builders that keep every boundary schema strict: objects reject unknown
// fields (`additionalProperties: false`) and string enums are plain `enum` lists, which
// read better in OpenAPI and in error messages than TypeBox's anyOf-of-literals.
import {
  Type,
  type TProperties,
  type TObject,
  type TUnsafe,
  type ObjectOptions,
} from "@sinclair/typebox";

/** An object schema that rejects fields it does not list. */
export function StrictObject<T extends TProperties>(
  properties: T,
  options: ObjectOptions = {},
): TObject<T> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

/** A string that must be one of `values`. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });
}
