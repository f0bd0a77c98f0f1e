// Short headings for the four triage levels. The advice under each heading is the
// knowledge base's own text (the result's `triage.advice`); these headings only name the
// level in a few plain words.
import type { AssessmentResult, TriageLevel } from "../../api/assessments.ts";

/** The banner heading for a triage level. */
export function triageHeading(level: TriageLevel): string {
  switch (level) {
    case "emergency":
      return "Get emergency help now";
    case "urgent":
      return "See a doctor soon";
    case "routine":
      return "Book a visit with a professional";
    case "self-care":
      return "You can look after this at home";
  }
}

/** A short label for lists of saved results. */
export function triageLabel(level: TriageLevel): string {
  switch (level) {
    case "emergency":
      return "Emergency";
    case "urgent":
      return "Urgent";
    case "routine":
      return "See a professional";
    case "self-care":
      return "Self-care";
  }
}

/**
 * The reasons that set the result's level; lower ones ("usually needs: self-care") under a
 * higher level would only confuse. All of them when none is at that level.
 */
export function decidingReasons(
  triage: AssessmentResult["triage"],
): AssessmentResult["triage"]["reasons"] {
  const deciding = triage.reasons.filter((reason) => reason.level === triage.level);
  return deciding.length > 0 ? deciding : triage.reasons;
}
