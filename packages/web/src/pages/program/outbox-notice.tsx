// On the program page: sessions finished on this device that are not on the server yet
// ("1 session is saved on this device…") and any the server refused, each in a plain
// sentence. Sending is retried whenever this is on screen and the browser comes online.
import type { ApiClient } from "../../api/client.ts";
import { useOutbox } from "../../offline/use-outbox.ts";

/** The outbox's state for one program; nothing when it is empty. */
export function OutboxNotice(props: { readonly api: ApiClient; readonly programId: string }) {
  const entries = useOutbox(props.api, props.programId);
  const waiting = entries.filter((e) => e.state === "waiting").length;
  const refused = entries.filter((e) => e.state === "refused");
  if (entries.length === 0) {
    return null;
  }
  return (
    <div class="note outbox-notice" role="status">
      {waiting === 0 ? null : (
        <p>
          {waiting === 1 ? "1 session is" : `${waiting} sessions are`} saved on this device and will
          be sent to your account when you are back online.
        </p>
      )}
      {refused.map((e) => (
        <p key={e.sessionId} class="field-error">
          {e.message ?? "A session was not saved by the server. It is kept on this device."}
        </p>
      ))}
    </div>
  );
}
