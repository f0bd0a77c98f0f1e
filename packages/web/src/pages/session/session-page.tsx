// Today's session (/programs/:id/session, signed in, lazily loaded): pain before, the player,
// pain during and after with how it felt, then the session is put in the outbox on this
// device under a client-made id and sent at once; without a network it is sent later, and the
// screen says so in plain words. Works offline once the program page has been opened.
import { exerciseLibrary } from "@ilio/content/exercises";
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { Button, ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Page } from "../../layout/page.tsx";
import { flushOutbox } from "../../offline/flush-outbox.ts";
import { putEntryOrThrow } from "../../offline/outbox-store.ts";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { uuidV7 } from "../assessment/uuid-v7.ts";
import { LoadingPage } from "../loading-page.tsx";
import { FinishForm, type FinishAnswers } from "./finish-form.tsx";
import { loadSession, type LoadedSession } from "./load-session.ts";
import { PainScale } from "./pain-scale.tsx";
import { toPlayerExercise } from "./player-exercise.ts";
import { startPlayer, type PlayerState } from "./player-state.ts";
import { SavedNotice } from "./saved-notice.tsx";
import { sessionBody } from "./session-body.ts";
import { SessionPlayer } from "./session-player.tsx";
import { StopCard } from "./stop-card.tsx";

type Stage =
  | { readonly kind: "before" }
  | { readonly kind: "playing"; readonly startedAt: number }
  | {
      readonly kind: "after";
      readonly startedAt: number;
      readonly state: PlayerState;
      readonly at: number;
    }
  | { readonly kind: "saved"; readonly sessionId: string }
  | {
      readonly kind: "not-kept";
      readonly startedAt: number;
      readonly state: PlayerState;
      readonly at: number;
      readonly answers: FinishAnswers;
    };

/** Today's session of a program. */
export function SessionPage() {
  const { api } = useSessionOrThrow();
  const { params } = useRoute();
  const programId = params.id ?? "";
  const [loaded, setLoaded] = useState<LoadedSession | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "before" });
  const [painBefore, setPainBefore] = useState<number | null>(null);
  const [tried, setTried] = useState(0);

  useEffect(() => {
    let current = true;
    void loadSession(api, programId).then((result) => {
      if (current) {
        setLoaded(result);
      }
    });
    return () => {
      current = false;
    };
  }, [api, programId]);

  if (loaded === null) {
    return <LoadingPage />;
  }
  if (loaded.kind === "unavailable") {
    return (
      <Page heading="Today's session is not available" width="narrow">
        <ErrorSummary items={[{ message: loaded.detail }]} />
        <ButtonRow>
          <ButtonLink href={`/programs/${programId}`}>Back to your program</ButtonLink>
        </ButtonRow>
      </Page>
    );
  }
  const { plan } = loaded;
  const stopRules = loaded.program?.plan.stopCard ?? exerciseLibrary.stopCard;
  const programPath = `/programs/${programId}`;

  const save = (startedAt: number, state: PlayerState, at: number, answers: FinishAnswers) => {
    const sessionId = uuidV7(at);
    const body = sessionBody(state, {
      startedAt,
      completedAt: at,
      phase: plan.phase,
      level: plan.level,
      painBefore: painBefore ?? 0,
      ...answers,
    });
    try {
      putEntryOrThrow({ programId, sessionId, body, state: "waiting" });
    } catch {
      setStage({ kind: "not-kept", startedAt, state, at, answers });
      return;
    }
    setStage({ kind: "saved", sessionId });
    void flushOutbox(api);
  };

  switch (stage.kind) {
    case "before":
      return (
        <Page
          heading="Today's session"
          width="narrow"
          lead={`${plan.exercises.length} exercises. Go at your own pace; you can pause at any time.`}
        >
          {loaded.offline ? (
            <p class="note">
              You are offline. The session works; it is saved on this device and sent later.
            </p>
          ) : null}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setTried((n) => n + 1);
              if (painBefore !== null) {
                setStage({ kind: "playing", startedAt: Date.now() });
              }
            }}
          >
            <ErrorSummary
              items={
                tried > 0 && painBefore === null
                  ? [{ message: "Choose how much pain you have now.", fieldId: "pain-before" }]
                  : []
              }
              attempt={tried}
              focusOnShow
            />
            <PainScale
              id="pain-before"
              legend="Pain right now, before you start"
              value={painBefore}
              onValue={setPainBefore}
              error={
                tried > 0 && painBefore === null ? "Choose how much pain you have now." : undefined
              }
            />
            <ButtonRow>
              <Button type="submit">Start the session</Button>
            </ButtonRow>
          </form>
          <StopCard rules={stopRules} />
        </Page>
      );
    case "playing":
      return (
        <Page heading="Today's session" width="wide">
          <SessionPlayer
            initial={startPlayer(plan.exercises.map(toPlayerExercise))}
            doses={plan.exercises.map((e) => e.dose)}
            library={exerciseLibrary}
            stopRules={stopRules}
            onFinished={(state, at) =>
              setStage({ kind: "after", startedAt: stage.startedAt, state, at })
            }
          />
        </Page>
      );
    case "after":
      return (
        <Page
          heading="Session finished"
          width="narrow"
          lead="Well done. Three quick questions, then it is saved."
        >
          <FinishForm onDone={(answers) => save(stage.startedAt, stage.state, stage.at, answers)} />
        </Page>
      );
    case "saved":
      return (
        <Page heading="Session saved" width="narrow">
          <SavedNotice api={api} programId={programId} sessionId={stage.sessionId} />
          <ButtonRow>
            <ButtonLink href={programPath}>Back to your program</ButtonLink>
          </ButtonRow>
        </Page>
      );
    case "not-kept":
      return (
        <Page heading="Your session is not saved yet" width="narrow">
          <ErrorSummary
            items={[
              {
                message:
                  "This device could not store the session (its storage may be full or blocked). Try again, or free some space first.",
              },
            ]}
          />
          <ButtonRow>
            <Button onClick={() => save(stage.startedAt, stage.state, stage.at, stage.answers)}>
              Try saving again
            </Button>
          </ButtonRow>
        </Page>
      );
  }
}
