// "Your program" on the signed-in home screen: a link to the newest home program and the
// button to today's session, shown only when the person has a program. Also the place where
// sessions finished offline are sent on app start (the home screen is where the app opens).
import { useEffect, useState } from "preact/hooks";
import { fetchMyPrograms, type ProgramSummary } from "../../api/programs.ts";
import { ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { OutboxNotice } from "./outbox-notice.tsx";

function newest(programs: readonly ProgramSummary[]): ProgramSummary | undefined {
  return [...programs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The newest program, when there is one. */
export function YourProgram() {
  const { api } = useSessionOrThrow();
  const [program, setProgram] = useState<ProgramSummary | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void fetchMyPrograms(api).then((result) => {
      if (current) {
        setProgram(result.ok ? (newest(result.value) ?? null) : null);
      }
    });
    return () => {
      current = false;
    };
  }, [api]);
  if (program === undefined || program === null) {
    return null;
  }
  return (
    <section class="card your-program" aria-labelledby="your-program-title">
      <h2 id="your-program-title">Your program</h2>
      <p>Short sessions at home, one exercise at a time.</p>
      <OutboxNotice api={api} programId={program.id} />
      <ButtonRow>
        <ButtonLink href={`/programs/${program.id}/session`}>Start today's session</ButtonLink>
        <ButtonLink href={`/programs/${program.id}`} variant="secondary">
          See your program
        </ButtonLink>
      </ButtonRow>
    </section>
  );
}
