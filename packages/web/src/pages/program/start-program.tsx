// "Start your home program" under a saved routine or self-care result: creates the program
// from this assessment (POST with a client-made id, so a double tap creates one) and opens
// it. When no program fits, the server's plain sentence is shown instead. Never offered for
// urgent or emergency results: the caller checks the triage level.
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { createProgram } from "../../api/programs.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { uuidV7 } from "../assessment/uuid-v7.ts";

/** The offer to start a home program from a saved assessment. */
export function StartProgram(props: { readonly assessmentId: string }) {
  const { api } = useSessionOrThrow();
  const { route } = useLocation();
  const [id] = useState(() => uuidV7());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const start = async () => {
    setBusy(true);
    const result = await createProgram(api, { id, assessmentId: props.assessmentId });
    setBusy(false);
    if (result.ok) {
      route(`/programs/${result.value.id}`);
      return;
    }
    setProblem(result.problem.detail);
    setAttempt((n) => n + 1);
  };
  return (
    <section class="card start-program" aria-labelledby="start-program-title">
      <h2 id="start-program-title">Look after it at home</h2>
      <p>
        A gentle home exercise program made from this result: short daily sessions with pictures,
        timers and clear rules for when to stop.
      </p>
      <ErrorSummary
        items={problem === null ? [] : [{ message: problem }]}
        attempt={attempt}
        headingLevel={3}
      />
      <ButtonRow>
        <Button busy={busy} busyLabel="Making your program…" onClick={() => void start()}>
          Start your home program
        </Button>
      </ButtonRow>
    </section>
  );
}
