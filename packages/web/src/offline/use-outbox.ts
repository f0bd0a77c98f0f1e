// The outbox as a Preact hook: sends what is waiting when the screen opens and whenever the
// browser comes back online, and re-renders with the entries after every change, so a screen
// can say "1 session saved on this device" or show a refusal in a plain sentence.
import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "../api/client.ts";
import { flushOutbox } from "./flush-outbox.ts";
import { onOutboxChange, outboxEntries, type OutboxEntry } from "./outbox-store.ts";

/** The outbox entries (for one program when `programId` is given), kept up to date. */
export function useOutbox(api: ApiClient, programId?: string): readonly OutboxEntry[] {
  const pick = () =>
    outboxEntries().filter((e) => programId === undefined || e.programId === programId);
  const [entries, setEntries] = useState<readonly OutboxEntry[]>(pick);
  useEffect(() => {
    const refresh = () => setEntries(pick());
    const unsubscribe = onOutboxChange(refresh);
    const online = () => void flushOutbox(api);
    window.addEventListener("online", online);
    void flushOutbox(api);
    refresh();
    return () => {
      unsubscribe();
      window.removeEventListener("online", online);
    };
  }, [api, programId]);
  return entries;
}
