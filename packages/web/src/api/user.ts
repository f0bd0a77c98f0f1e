// The signed-in person as the API presents them, and the decoder that checks a response
// really is one. The web app trusts a User only after it went through `decodeUser`.

/** Roles the API knows today; an unknown role is kept as text rather than rejected. */
export type Role = "patient" | "clinician" | "admin" | (string & {});

/** A user as returned by /auth/sign-in, /auth/sign-up and /me. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string | null;
  readonly role: Role;
  readonly createdAt: string;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Decodes a User, or returns undefined when the value is not one. */
export function decodeUser(json: unknown): User | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const { id, email, displayName, role, createdAt } = json;
  if (typeof id !== "string" || typeof email !== "string" || typeof role !== "string") {
    return undefined;
  }
  return {
    id,
    email,
    displayName: typeof displayName === "string" && displayName !== "" ? displayName : null,
    role,
    createdAt: typeof createdAt === "string" ? createdAt : "",
  };
}

/** Decodes the `{ user }` envelope the auth and /me endpoints answer with. */
export function decodeUserEnvelope(json: unknown): User | undefined {
  return isRecord(json) ? decodeUser(json.user) : undefined;
}

/** The name to greet someone by: their display name, else the part of the email before "@". */
export function greetingName(user: User): string {
  if (user.displayName !== null) {
    return user.displayName;
  }
  const local = user.email.split("@")[0];
  return local !== undefined && local !== "" ? local : user.email;
}
