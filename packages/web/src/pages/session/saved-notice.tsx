// Says where a finished session is: sent to the account, saved on this device and waiting for
// a connection, or refused by the server (kept on the device, with the reason in a sentence).
// It follows the outbox, so the words change by themselves when the phone comes back online.
import type { ApiClient } from "../../api/client.ts";
import { StatusMessage } from "../../components/form/status-message.tsx";
import { useOutbox } from "../../offline/use-outbox.ts";

/** Where one finished session is. */
export function SavedNotice(props: {
  readonly api: ApiClient;
  readonly programId: string;
  readonly sessionId: string;
}) {
  const entries = useOutbox(props.api, props.programId);
  const entry = entries.find((e) => e.sessionId === props.sessionId);
  if (entry === undefined) {
    return <StatusMessage message="Your session is saved to your account." />;
  }
  if (entry.state === "refused") {
    return (
      <p class="field-error" role="alert">
        {entry.message ?? "This session was not saved by the server. It is kept on this device."}
      </p>
    );
  }
  return (
    <StatusMessage message="Your session is saved on this device. It will be sent to your account when you are back online." />
  );
}
