// The assessment in progress on this device, kept in localStorage after every answer so
// that it survives a reload or a closed tab and works signed out. It holds the answers in
// the order given, the id the assessment will be saved under, the content version the
// questions came from, and the interview's audience (clinician mode asks for examination
// findings too). Nothing about the account is kept here, and the draft is removed once it
// has been saved to an account or the person starts again.
import type { AnswerPairs, AnswerValue, Audience } from "../../api/assessments.ts";
import { uuidV7 } from "./uuid-v7.ts";

const KEY = "ilio.assessment-draft.v1";

/** An assessment being answered on this device. */
export interface Draft {
  /** Client-made UUIDv7 the assessment is saved under. */
  readonly id: string;
  /** The knowledge-base version of the questions, once the server has said it. */
  readonly contentVersion: string | null;
  readonly answers: AnswerPairs;
  /** The answer removed by the last Back, to preselect when its question returns. */
  readonly undone: readonly [string, AnswerValue] | null;
  /** True once there is nothing more to ask (or a red flag ended the questions). */
  readonly finished: boolean;
  /** Who the interview is for; "clinician" also asks for examination findings. */
  readonly audience: Audience;
}

/** A new, empty draft for `audience` (a patient's interview unless said otherwise). */
export function newDraft(audience: Audience = "patient"): Draft {
  return {
    id: uuidV7(),
    contentVersion: null,
    answers: [],
    undone: null,
    finished: false,
    audience,
  };
}

function isAnswer(value: unknown): value is AnswerValue {
  return (
    typeof value === "string" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === "string"))
  );
}

function isPair(value: unknown): value is readonly [string, AnswerValue] {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && isAnswer(value[1])
  );
}

/** Checks a stored value; anything else (an older format, a hand edit) is ignored. */
export function parseDraft(json: unknown): Draft | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return null;
  }
  if (!("id" in json) || typeof json.id !== "string" || !("answers" in json)) {
    return null;
  }
  const answers = json.answers;
  if (!Array.isArray(answers) || !answers.every(isPair)) {
    return null;
  }
  const contentVersion =
    "contentVersion" in json && typeof json.contentVersion === "string"
      ? json.contentVersion
      : null;
  const undone = "undone" in json && isPair(json.undone) ? json.undone : null;
  const finished = "finished" in json && json.finished === true;
  // Drafts kept before clinician mode existed have no audience: they are patients' interviews.
  const audience = "audience" in json && json.audience === "clinician" ? "clinician" : "patient";
  return { id: json.id, contentVersion, answers, undone, finished, audience };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The draft on this device, or null. */
export function loadDraft(): Draft | null {
  const raw = storage()?.getItem(KEY);
  if (raw === null || raw === undefined) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    return parseDraft(parsed);
  } catch {
    return null;
  }
}

/** Keeps the draft (silently does nothing when storage is unavailable, e.g. private mode). */
export function saveDraft(draft: Draft): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the interview still works, it just cannot be resumed.
  }
}

/** Forgets the draft. */
export function clearDraft(): void {
  storage()?.removeItem(KEY);
}
