// Sends every waiting outbox entry with PUT, one after the other, and applies the outcome:
// acknowledged entries are removed, refused ones are kept with their sentence, the rest wait
// for the next try. Called on app start, on the browser's `online` event and right after a
// session is finished. Only one flush runs at a time; a call during a flush waits for it and
// then runs again, so nothing saved meanwhile is missed. Replays are safe (idempotent PUT).
import type { ApiClient } from "../api/client.ts";
import { putSession } from "../api/programs.ts";
import { outboxEntries, putEntryOrThrow, removeEntry } from "./outbox-store.ts";
import { sendOutcome } from "./send-outcome.ts";

let running: Promise<void> | null = null;
let again = false;

async function sendAll(api: ApiClient): Promise<void> {
  for (const entry of outboxEntries()) {
    if (entry.state !== "waiting") {
      continue;
    }
    const result = await putSession(api, entry);
    const outcome = sendOutcome(result);
    switch (outcome.kind) {
      case "acknowledged":
        removeEntry(entry.sessionId);
        break;
      case "refused":
        try {
          putEntryOrThrow({ ...entry, state: "refused", message: outcome.message });
        } catch {
          // Kept as it was (waiting): it will be tried, and refused, again.
        }
        break;
      case "retry-later":
        if (!result.ok && result.problem.status === 0) {
          return; // offline: the rest would fail the same way
        }
        break;
      default: {
        const unknown: never = outcome;
        return unknown;
      }
    }
  }
}

/** Sends the waiting entries; resolves when this round (and any requested after it) ends. */
export function flushOutbox(api: ApiClient): Promise<void> {
  if (running !== null) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await sendAll(api);
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
