// A home program (/programs/:id, signed in, lazily loaded): what it focuses on, the button to
// today's session with today's exercises, the phases, the stop rules and any sessions still
// waiting on this device. Opening it online keeps a copy of the program and today's plan on
// the device, which is what lets the session player work with no network later.
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Page } from "../../layout/page.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { formatDate } from "../assessment/format-date.ts";
import { LoadingPage } from "../loading-page.tsx";
import { doseWords } from "../session/step-words.ts";
import { toPlayerExercise } from "../session/player-exercise.ts";
import { StopCard } from "../session/stop-card.tsx";
import { loadProgram, type LoadedProgram } from "./load-program.ts";
import { OutboxNotice } from "./outbox-notice.tsx";
import { PhaseList } from "./phase-list.tsx";

/** One program. */
export function ProgramPage() {
  const { api } = useSessionOrThrow();
  const { params } = useRoute();
  const id = params.id ?? "";
  const [loaded, setLoaded] = useState<LoadedProgram | null>(null);

  useEffect(() => {
    let current = true;
    void loadProgram(api, id).then((result) => {
      if (current) {
        setLoaded(result);
      }
    });
    return () => {
      current = false;
    };
  }, [api, id]);

  if (loaded === null) {
    return <LoadingPage />;
  }
  if (loaded.kind === "failed") {
    return (
      <Page heading="We could not open your program" width="narrow">
        <ErrorSummary items={[{ message: loaded.detail }]} />
        <ButtonRow>
          <ButtonLink href="/">Go to your home screen</ButtonLink>
        </ButtonRow>
      </Page>
    );
  }
  const { program, today } = loaded;
  const { plan } = program;
  const started = formatDate(plan.startDate);
  const review = formatDate(plan.reviewDate);
  return (
    <Page
      heading="Your home program"
      lead="Short sessions at home, one exercise at a time. Go gently."
    >
      {loaded.offline ? (
        <p class="note">You are offline: this is the copy kept on this device.</p>
      ) : null}
      <OutboxNotice api={api} programId={program.id} />
      <section class="card program-today" aria-labelledby="today-title">
        <h2 id="today-title">Today's session</h2>
        {today === undefined ? (
          <p>
            Today's session could not be loaded. Check your connection and open this page again.
          </p>
        ) : (
          <>
            {today.seeProvider ? (
              <p class="note note--warning">
                Your pain has not settled as expected. Book a visit with a physical therapist or
                doctor; until then, keep to the gentler sessions.
              </p>
            ) : null}
            <ul class="today-list">
              {today.exercises.map((e) => (
                <li key={e.exerciseId}>
                  <span class="today-name">{e.name}</span>
                  <span class="today-dose">{doseWords(toPlayerExercise(e))}</span>
                </li>
              ))}
            </ul>
            <ButtonRow>
              <ButtonLink href={`/programs/${program.id}/session`}>
                Start today's session
              </ButtonLink>
            </ButtonRow>
          </>
        )}
      </section>
      <StopCard rules={plan.stopCard} />
      <h2 class="section-title">The plan</h2>
      <p>
        {started === "" ? null : `Started on ${started}. `}
        {review === ""
          ? null
          : `Check how it is going on ${review}: if you are not getting better, see a professional.`}
      </p>
      <PhaseList phases={plan.phases} current={today?.phase} />
      {plan.advice.length === 0 ? null : (
        <>
          <h2 class="section-title">Good to know</h2>
          <ul class="program-advice">
            {plan.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
