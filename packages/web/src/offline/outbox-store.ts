// The outbox: finished sessions kept on this device until the server has acknowledged them
// ("nothing acknowledged is ever lost"). Each entry carries its client-made session id, so
// sending it again is a no-op on the server. Entries live in localStorage, are decoded again
// when read (anything that does not fit is left alone, not deleted), and are removed only by
// `removeEntry`, which the sender calls after a 200 or 201. Listeners hear every change.
import type { SessionBody, SessionExerciseBody } from "../api/programs.ts";
import { isNumber, isRecord, isString, listOf } from "../api/json-decode.ts";

const KEY = "ilio.outbox.v1";

/** One finished session waiting to be sent, or one the server refused. */
export interface OutboxEntry {
  readonly programId: string;
  readonly sessionId: string;
  readonly body: SessionBody;
  /** "waiting": will be sent when online; "refused": the server said no, shown as an error. */
  readonly state: "waiting" | "refused";
  /** A plain sentence for the person when the server refused it. */
  readonly message?: string;
}

const listeners = new Set<() => void>();

function decodeExercise(value: unknown): SessionExerciseBody | undefined {
  if (!isRecord(value) || !isString(value.exerciseId) || !isNumber(value.setsDone)) {
    return undefined;
  }
  const side = value.side === "left" || value.side === "right" ? value.side : undefined;
  return {
    exerciseId: value.exerciseId,
    setsDone: value.setsDone,
    skipped: value.skipped === true,
    ...(side === undefined ? {} : { side }),
    ...(isNumber(value.repsDone) ? { repsDone: value.repsDone } : {}),
    ...(isNumber(value.holdSecondsDone) ? { holdSecondsDone: value.holdSecondsDone } : {}),
    ...(isString(value.swappedFor) ? { swappedFor: value.swappedFor } : {}),
  };
}

function decodeFeedback(value: unknown): SessionBody["feedback"] {
  return value === "too-easy" || value === "right" || value === "too-hard" ? value : undefined;
}

function decodeBody(value: unknown): SessionBody | undefined {
  if (
    !isRecord(value) ||
    !isString(value.startedAt) ||
    !isString(value.completedAt) ||
    !isString(value.phase) ||
    !isNumber(value.level) ||
    !isNumber(value.painBefore) ||
    !isNumber(value.painDuring) ||
    !isNumber(value.painAfter)
  ) {
    return undefined;
  }
  const exercises = listOf(value.exercises, decodeExercise);
  const feedback = decodeFeedback(value.feedback);
  return exercises === undefined
    ? undefined
    : {
        startedAt: value.startedAt,
        completedAt: value.completedAt,
        phase: value.phase,
        level: value.level,
        painBefore: value.painBefore,
        painDuring: value.painDuring,
        painAfter: value.painAfter,
        ...(feedback === undefined ? {} : { feedback }),
        exercises,
      };
}

function decodeEntry(value: unknown): OutboxEntry | undefined {
  if (!isRecord(value) || !isString(value.programId) || !isString(value.sessionId)) {
    return undefined;
  }
  const body = decodeBody(value.body);
  if (body === undefined) {
    return undefined;
  }
  const state = value.state === "refused" ? "refused" : "waiting";
  return {
    programId: value.programId,
    sessionId: value.sessionId,
    body,
    state,
    ...(isString(value.message) ? { message: value.message } : {}),
  };
}

function readRaw(): unknown[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Writes the raw list; throws when the device cannot store it (the caller must say so). */
function writeRawOrThrow(entries: readonly unknown[]): void {
  localStorage.setItem(KEY, JSON.stringify(entries));
  listeners.forEach((listener) => listener());
}

/** Every entry that decodes, oldest first. */
export function outboxEntries(): OutboxEntry[] {
  return readRaw().flatMap((raw) => {
    const entry = decodeEntry(raw);
    return entry === undefined ? [] : [entry];
  });
}

function sameId(raw: unknown, sessionId: string): boolean {
  return isRecord(raw) && raw.sessionId === sessionId;
}

/** Adds or replaces an entry (by session id). Throws when the device's storage refuses it. */
export function putEntryOrThrow(entry: OutboxEntry): void {
  const others = readRaw().filter((raw) => !sameId(raw, entry.sessionId));
  writeRawOrThrow([...others, entry]);
}

/** Removes an entry after the server acknowledged it. */
export function removeEntry(sessionId: string): void {
  try {
    writeRawOrThrow(readRaw().filter((raw) => !sameId(raw, sessionId)));
  } catch {
    // Could not write: the entry stays and is sent again, which the server ignores.
  }
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
