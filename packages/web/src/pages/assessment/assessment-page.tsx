// The assessment wizard at /assessment (lazily loaded). It keeps the answers on the device
// (draft-store.ts) and asks the stateless API for the next question after every answer, so
// it works signed out and resumes after a reload. After each answer it also asks for the
// result: when a red flag makes it an emergency the questions stop at once and the result
// screen says what to do (red flags always win; nobody is kept answering). Back removes the
// last answer and shows that question again with the answer preselected. A signed-in
// clinician may choose clinician mode on the start screen: it is kept in the draft and every
// next-step request then asks for the clinician audience, so examination findings are asked
// too. Anyone else starts, and resumes, a patient's interview.
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import {
  evaluateAnswers,
  fetchNextStep,
  type AnswerValue,
  type Audience,
  type Progress,
  type Question,
} from "../../api/assessments.ts";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { clearDraft, loadDraft, newDraft, saveDraft, type Draft } from "./draft-store.ts";
import { focusMainHeading } from "./focus-heading.ts";
import { QuestionForm } from "./question-form.tsx";
import { StartScreen } from "./start-screen.tsx";

/** Where the finished wizard goes. */
export const RESULT_PATH = "/assessment/result";

type Screen =
  | { readonly kind: "start" }
  | { readonly kind: "question"; readonly question: Question; readonly progress: Progress };

/** The one-question-per-screen assessment. */
export function AssessmentPage() {
  const { api, state: session } = useSessionOrThrow();
  const { route } = useLocation();
  const [draft, setDraft] = useState<Draft | null>(() => loadDraft());
  const [audience, setAudience] = useState<Audience>(() => draft?.audience ?? "patient");
  const isClinician = session.kind === "signed-in" && session.user.role === "clinician";
  const [screen, setScreen] = useState<Screen>({ kind: "start" });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const questionId = screen.kind === "question" ? screen.question.id : null;
  const asked = draft?.answers.length ?? 0;

  useEffect(() => {
    if (questionId !== null) {
      focusMainHeading();
    }
  }, [questionId, asked]);

  function keep(next: Draft): void {
    saveDraft(next);
    setDraft(next);
  }

  function finish(next: Draft, contentVersion: string): void {
    keep({ ...next, finished: true, contentVersion: contentVersion || next.contentVersion });
    route(RESULT_PATH);
  }

  async function advance(next: Draft, checkRedFlags: boolean): Promise<void> {
    keep(next);
    setBusy(true);
    setProblem(null);
    const [step, check] = await Promise.all([
      fetchNextStep(api, next.answers, next.audience),
      checkRedFlags && next.answers.length > 0 ? evaluateAnswers(api, next.answers) : null,
    ]);
    setBusy(false);
    if (check?.ok === true && check.value.triage.level === "emergency") {
      finish(next, check.value.contentVersion);
      return;
    }
    if (check?.ok === false) {
      // Never move on without the emergency check: the answer is kept on the device and
      // Continue tries again.
      setProblem(check.problem.detail);
      return;
    }
    if (!step.ok) {
      setProblem(step.problem.detail);
      return;
    }
    const contentVersion = step.value.contentVersion || (next.contentVersion ?? "");
    if (step.value.kind === "done") {
      finish(next, contentVersion);
      return;
    }
    keep({ ...next, contentVersion });
    setScreen({ kind: "question", question: step.value.question, progress: step.value.progress });
  }

  function start(): void {
    clearDraft();
    void advance(newDraft(isClinician ? audience : "patient"), false);
  }

  function resume(): void {
    if (draft === null) {
      start();
    } else if (draft.finished) {
      route(RESULT_PATH);
    } else {
      // Only a clinician continues in clinician mode (a shared device may hold a
      // clinician's draft): anyone else carries on with the person's own questions.
      void advance({ ...draft, audience: isClinician ? audience : "patient" }, true);
    }
  }

  function answer(value: AnswerValue): void {
    if (draft === null || screen.kind !== "question" || busy) {
      return;
    }
    const id = screen.question.id;
    const answers = [...draft.answers.filter(([q]) => q !== id), [id, value] as const];
    void advance({ ...draft, answers, undone: null }, true);
  }

  function back(): void {
    if (draft === null || busy) {
      return;
    }
    const last = draft.answers.at(-1);
    if (last === undefined) {
      return;
    }
    void advance({ ...draft, answers: draft.answers.slice(0, -1), undone: last }, false);
  }

  if (screen.kind === "start") {
    return (
      <StartScreen
        draft={draft}
        busy={busy}
        problem={problem}
        onStart={start}
        onContinue={resume}
        audience={isClinician ? { value: audience, onValue: setAudience } : null}
      />
    );
  }
  const undone = draft?.undone;
  const initial =
    undone !== undefined && undone !== null && undone[0] === screen.question.id
      ? undone[1]
      : undefined;
  return (
    <QuestionForm
      key={`${screen.question.id}:${asked}`}
      question={screen.question}
      progress={screen.progress}
      initial={initial}
      busy={busy}
      canGoBack={asked > 0}
      onAnswer={answer}
      onBack={back}
      problem={problem}
    />
  );
}
