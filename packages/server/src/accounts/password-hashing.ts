// Password hashing with argon2id (@node-rs/argon2) at OWASP's recommended minimum:
// 19 MiB memory, 2 iterations, 1 lane
// (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html).
// It must never log or return a password, and never compare hashes by hand.
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// @node-rs/argon2's Algorithm is a const enum (unusable under isolatedModules); 2 = Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password to a PHC string. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a malformed hash too. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when no account matches, so response time does not
 * reveal whether an e-mail is registered. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}
