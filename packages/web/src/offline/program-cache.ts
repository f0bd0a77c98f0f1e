// Keeps the last program and today's plan that were read online on this device, so the
// session player works with no network once the program page has been opened (DESIGN.md:
// the session player works offline). What is read back is decoded again with the API's own
// decoders, so a stale or tampered entry is ignored rather than trusted. Health data only,
// never who is signed in (the session cookie stays the only truth about that).
import {
  decodeProgramRecord,
  decodeTodayPlan,
  type ProgramRecord,
  type TodayPlan,
} from "../api/program-decoders.ts";

const PREFIX = "ilio.program.v1.";

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked (private mode): the app still works online.
  }
}

/** Remembers a program read from the server. */
export function cacheProgram(program: ProgramRecord): void {
  write(`${PREFIX}${program.id}`, program);
}

/** The program last read on this device, or undefined. */
export function cachedProgram(id: string): ProgramRecord | undefined {
  const program = decodeProgramRecord(read(`${PREFIX}${id}`));
  return program?.id === id ? program : undefined;
}

/** Remembers today's plan of a program. */
export function cacheTodayPlan(programId: string, plan: TodayPlan): void {
  write(`${PREFIX}${programId}.today`, plan);
}

/** The plan last read for a program, or undefined. */
export function cachedTodayPlan(programId: string): TodayPlan | undefined {
  return decodeTodayPlan(read(`${PREFIX}${programId}.today`));
}

/** Forgets every cached program and plan: called when the person signs out. */
export function forgetCachedPrograms(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX) === true) {
        keys.push(key);
      }
    }
    for (const key of keys) {
      localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: nothing was cached either.
  }
}
