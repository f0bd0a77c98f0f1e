// The emergency result. It tells the person to get emergency help now, says why in the red
// flags' own plain words, and gives the practical lines for this level (not the general
// ones such as "repeat the assessment") and the not-a-diagnosis statement. It offers nothing else on purpose: no ranking, no exercises, no programs, no
// links away (REFERENCE.md §1: red flags always win).
import type { AssessmentResult } from "../../api/assessments.ts";
import { Page } from "../../layout/page.tsx";
import { levelSafetyNet } from "./content-texts.ts";
import { NotADiagnosis } from "./not-a-diagnosis.tsx";

const EMERGENCY_NOT_A_DIAGNOSIS =
  "This advice comes from the warning signs in your answers. Only the professionals who examine you can say what is wrong.";
import { SafetyNet } from "./safety-net.tsx";
import { decidingReasons, triageHeading } from "./triage-words.ts";

/** The whole screen for an emergency result. */
export function EmergencyResult(props: { readonly result: AssessmentResult }) {
  const { result } = props;
  const flags = result.redFlags.filter((flag) => flag.level === "emergency");
  const reasons =
    flags.length > 0
      ? flags.map((flag) => ({
          key: flag.id,
          text: flag.text,
          unsure: flag.because === "unsure",
        }))
      : // Without an emergency red flag: a serious condition's probability or a condition's
        // own raise, not the lower reasons such as "usually needs: urgent".
        decidingReasons(result.triage).map((reason) => ({
          key: reason.text,
          text: reason.text,
          unsure: false,
        }));
  return (
    <div class="assessment-result assessment-result--emergency" data-triage="emergency">
      <Page heading={triageHeading("emergency")} width="narrow">
        <div class="emergency-banner">
          <p class="emergency-instruction">{result.triage.advice}</p>
        </div>
        <section class="result-section" aria-labelledby="emergency-why-title">
          <h2 id="emergency-why-title">Why</h2>
          <ul class="reason-list">
            {reasons.map((reason) => (
              <li key={reason.key}>
                {reason.text}
                {reason.unsure ? (
                  <span class="reason-unsure">
                    {" "}
                    You answered “Not sure”. This is too important to leave to chance.
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        <SafetyNet lines={levelSafetyNet(result.safetyNet)} heading="While you get help" />
        {/* The general statement speaks of ranked causes, which this screen leaves out on purpose. */}
        <NotADiagnosis text={EMERGENCY_NOT_A_DIAGNOSIS} />
      </Page>
    </div>
  );
}
