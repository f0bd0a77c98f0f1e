// The home screen. Signed-out visitors learn what Ilio is and how to start; signed-in
// people are greeted by name and see their home program (when they have one) and their
// saved assessments. Both are offered the assessment first: it is where Ilio starts.
import { greetingName, type User } from "../api/user.ts";
import { ButtonLink, ButtonRow } from "../components/form/button.tsx";
import { Page } from "../layout/page.tsx";
import { LazySavedAssessments } from "./assessment/lazy-saved-assessments.tsx";
import { LazyYourProgram } from "./program/lazy-your-program.tsx";
import { useSessionOrThrow } from "../session/session-provider.tsx";

function SafetyNote() {
  return (
    <aside class="note" aria-labelledby="safety-title">
      <h2 class="note-title" id="safety-title">
        Ilio is not for emergencies
      </h2>
      <p>
        If your pain is sudden and severe, or you feel unwell, contact a doctor or your local
        emergency number now.
      </p>
    </aside>
  );
}

function Welcome() {
  return (
    <Page
      heading="Understand your hip, groin and back pain"
      lead="Ilio helps people with psoas (iliopsoas) syndrome, and the pain that is often mistaken for it, to make sense of their symptoms and look after themselves at home."
    >
      <ButtonRow>
        <ButtonLink href="/assessment">Start an assessment</ButtonLink>
      </ButtonRow>
      <p class="cta-note">No account needed. It takes about 5 minutes.</p>
      <ButtonRow>
        <ButtonLink href="/sign-up" variant="secondary">
          Sign up
        </ButtonLink>
        <ButtonLink href="/sign-in" variant="secondary">
          Sign in
        </ButtonLink>
      </ButtonRow>
      <h2 class="section-title">What Ilio does</h2>
      <ul class="feature-list">
        <li>
          <h3 class="feature-title">Find out what might be going on</h3>
          <p>A short questionnaire checks for warning signs first, then explains what is likely.</p>
        </li>
        <li>
          <h3 class="feature-title">Exercise safely at home</h3>
          <p>A gentle, step-by-step program that grows with you, with no equipment needed.</p>
        </li>
        <li>
          <h3 class="feature-title">See how you are doing</h3>
          <p>Quick daily check-ins show your progress and tell you when to see a professional.</p>
        </li>
        <li>
          <h3 class="feature-title">Share with your clinician</h3>
          <p>Your physical therapist can follow your progress and adjust your program.</p>
        </li>
      </ul>
      <SafetyNote />
    </Page>
  );
}

function Greeting(props: { readonly user: User }) {
  return (
    <Page heading={`Hello, ${greetingName(props.user)}`}>
      <p class="page-lead">Welcome to Ilio. Take things at your own pace.</p>
      <LazyYourProgram />
      <ButtonRow>
        <ButtonLink href="/assessment">Start an assessment</ButtonLink>
      </ButtonRow>
      <LazySavedAssessments />
      <p>
        You can change your password or delete your account on the{" "}
        <a href="/account">account page</a>.
      </p>
      <SafetyNote />
    </Page>
  );
}

/** The home screen for whoever is using the app. */
export function HomePage() {
  const { state } = useSessionOrThrow();
  return state.kind === "signed-in" ? <Greeting user={state.user} /> : <Welcome />;
}
