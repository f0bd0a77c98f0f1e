// Endpoints of the assessment (/api/v1/assessments, /api/v1/me/assessments): the interview's
// next step and the evaluation (public and stateless: the wizard keeps the answers on the
// device), saving finished answers to the account, and reading saved ones back. Every
// response goes through a decoder here, so the screens only ever see checked values. It
// must not hold state or know about the screens.
import type { ApiClient } from "./client.ts";
import type { ApiResult } from "./result.ts";

/** One answer: an option id, option ids (`[]` = none of them), a number, or "unsure". */
export type AnswerValue = string | number | readonly string[];
/** Answers in the order given, as [question id, answer] pairs. */
export type AnswerPairs = readonly (readonly [string, AnswerValue])[];

/** The answer "not sure", allowed for every question. */
export const UNSURE = "unsure";

/**
 * Who the interview is for: "patient" asks what a person can tell about themselves;
 * "clinician" may also ask for examination findings (Thomas test, FABER…).
 */
export type Audience = "patient" | "clinician";

/** Triage levels, most urgent first. */
export const TRIAGE_LEVELS = ["emergency", "urgent", "routine", "self-care"] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export interface QuestionOption {
  readonly id: string;
  readonly text: string;
}

interface QuestionCommon {
  readonly id: string;
  readonly text: string;
  readonly help?: string;
  readonly howTo?: readonly string[];
  /** "clinician": an examination finding, asked only in clinician mode. */
  readonly audience: Audience;
  readonly redFlag: boolean;
}

/** A question as the API presents it; "unsure" is always a valid answer too. */
export type Question =
  | (QuestionCommon & { readonly kind: "single"; readonly options: readonly QuestionOption[] })
  | (QuestionCommon & {
      readonly kind: "multi";
      readonly options: readonly QuestionOption[];
      readonly noneText: string;
      /** A safety checklist: "not sure" is offered per item. */
      readonly unsurePerItem: boolean;
    })
  | (QuestionCommon & {
      readonly kind: "number";
      readonly min: number;
      readonly max: number;
      readonly unit: string;
      readonly integer: boolean;
    });

export interface Progress {
  readonly asked: number;
  readonly estimatedTotal: number;
}

export interface Evidence {
  readonly question: string;
  readonly answer: AnswerValue;
  /** Likelihood ratio of this answer for the condition: > 1 raises it, < 1 lowers it. */
  readonly effect: number;
}

export interface WouldChange {
  readonly question: string;
  readonly answer: string;
  readonly probability: number;
}

export interface RankedCondition {
  readonly condition: string;
  readonly probability: number;
  readonly why: readonly Evidence[];
  readonly wouldChange: readonly WouldChange[];
}

export interface TriageReason {
  readonly kind: string;
  readonly level: TriageLevel;
  readonly text: string;
}

export interface FiredRedFlag {
  readonly id: string;
  readonly level: TriageLevel;
  readonly text: string;
  readonly because: "answer" | "unsure";
}

/** A serious condition the answers cannot rule out, below the causes shown first. */
export interface NotRuledOut {
  readonly condition: string;
  readonly probability: number;
}

/** The engine's result for a set of answers. */
export interface AssessmentResult {
  readonly contentVersion: string;
  readonly triage: {
    readonly level: TriageLevel;
    readonly advice: string;
    readonly reasons: readonly TriageReason[];
  };
  readonly ranking: readonly RankedCondition[];
  readonly redFlags: readonly FiredRedFlag[];
  readonly notRuledOut: readonly NotRuledOut[];
  readonly complete: boolean;
  readonly safetyNet: readonly string[];
  readonly notADiagnosis: string;
}

/** The interview's next question, or its result. */
export type NextStep =
  | {
      readonly kind: "question";
      readonly question: Question;
      readonly progress: Progress;
      readonly contentVersion: string;
    }
  | { readonly kind: "done"; readonly result: AssessmentResult; readonly contentVersion: string };

/** One saved assessment in the account's list. */
export interface AssessmentSummary {
  readonly id: string;
  readonly status: string;
  readonly triage: TriageLevel;
  readonly topCondition: string | null;
  readonly createdAt: string;
}

/** A saved assessment with its stored result. */
export interface SavedAssessment {
  readonly assessment: AssessmentSummary;
  readonly result: AssessmentResult;
}

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Every item decoded, or undefined when any item does not fit. */
function listOf<T>(value: unknown, decode: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) {
    return undefined;
  }
  const out: T[] = [];
  for (const item of value) {
    const decoded = decode(item);
    if (decoded === undefined) {
      return undefined;
    }
    out.push(decoded);
  }
  return out;
}

function asString(value: unknown): string | undefined {
  return isString(value) ? value : undefined;
}

function isLevel(value: unknown): value is TriageLevel {
  return TRIAGE_LEVELS.some((level) => level === value);
}

function decodeOption(json: unknown): QuestionOption | undefined {
  return isRecord(json) && isString(json.id) && isString(json.text)
    ? { id: json.id, text: json.text }
    : undefined;
}

/** Decodes a question, or undefined when it is not one this app can show. */
export function decodeQuestion(json: unknown): Question | undefined {
  if (!isRecord(json) || !isString(json.id) || !isString(json.text)) {
    return undefined;
  }
  const howTo = listOf(json.howTo, asString);
  const common: QuestionCommon = {
    id: json.id,
    text: json.text,
    // Anything but "clinician" is a question for the person themselves.
    audience: json.audience === "clinician" ? "clinician" : "patient",
    redFlag: json.redFlag === true,
    ...(isString(json.help) ? { help: json.help } : {}),
    ...(howTo === undefined ? {} : { howTo }),
  };
  const options = listOf(json.options, decodeOption);
  if (json.kind === "single" && options !== undefined) {
    return { ...common, kind: "single", options };
  }
  if (json.kind === "multi" && options !== undefined) {
    const noneText = isString(json.noneText) ? json.noneText : "None of these";
    const unsurePerItem = json.unsurePerItem === true;
    return { ...common, kind: "multi", options, noneText, unsurePerItem };
  }
  if (json.kind === "number" && isNumber(json.min) && isNumber(json.max) && isString(json.unit)) {
    const integer = json.integer !== false;
    return { ...common, kind: "number", min: json.min, max: json.max, unit: json.unit, integer };
  }
  return undefined;
}

function decodeAnswer(json: unknown): AnswerValue | undefined {
  if (isString(json) || isNumber(json)) {
    return json;
  }
  return listOf(json, asString);
}

function decodeEvidence(json: unknown): Evidence | undefined {
  if (!isRecord(json) || !isString(json.question) || !isNumber(json.effect)) {
    return undefined;
  }
  const answer = decodeAnswer(json.answer);
  return answer === undefined
    ? undefined
    : { question: json.question, answer, effect: json.effect };
}

function decodeWouldChange(json: unknown): WouldChange | undefined {
  return isRecord(json) &&
    isString(json.question) &&
    isString(json.answer) &&
    isNumber(json.probability)
    ? { question: json.question, answer: json.answer, probability: json.probability }
    : undefined;
}

function decodeRanked(json: unknown): RankedCondition | undefined {
  if (!isRecord(json) || !isString(json.condition) || !isNumber(json.probability)) {
    return undefined;
  }
  const why = listOf(json.why, decodeEvidence);
  const wouldChange = listOf(json.wouldChange, decodeWouldChange);
  return why === undefined || wouldChange === undefined
    ? undefined
    : { condition: json.condition, probability: json.probability, why, wouldChange };
}

function decodeReason(json: unknown): TriageReason | undefined {
  return isRecord(json) && isString(json.kind) && isLevel(json.level) && isString(json.text)
    ? { kind: json.kind, level: json.level, text: json.text }
    : undefined;
}

function decodeRedFlag(json: unknown): FiredRedFlag | undefined {
  if (!isRecord(json) || !isString(json.id) || !isLevel(json.level) || !isString(json.text)) {
    return undefined;
  }
  const because = json.because === "unsure" ? "unsure" : "answer";
  return { id: json.id, level: json.level, text: json.text, because };
}

function decodeNotRuledOut(json: unknown): NotRuledOut | undefined {
  return isRecord(json) && isString(json.condition) && isNumber(json.probability)
    ? { condition: json.condition, probability: json.probability }
    : undefined;
}

/** Decodes an assessment result, or undefined when it is not one. */
export function decodeResult(json: unknown): AssessmentResult | undefined {
  if (!isRecord(json) || !isRecord(json.triage) || !isString(json.notADiagnosis)) {
    return undefined;
  }
  const { level, advice } = json.triage;
  const reasons = listOf(json.triage.reasons, decodeReason);
  const ranking = listOf(json.ranking, decodeRanked);
  const redFlags = listOf(json.redFlags, decodeRedFlag);
  const safetyNet = listOf(json.safetyNet, asString);
  if (
    !isLevel(level) ||
    !isString(advice) ||
    reasons === undefined ||
    ranking === undefined ||
    redFlags === undefined ||
    safetyNet === undefined
  ) {
    return undefined;
  }
  return {
    contentVersion: isString(json.contentVersion) ? json.contentVersion : "",
    triage: { level, advice, reasons },
    ranking,
    redFlags,
    notRuledOut: listOf(json.notRuledOut, decodeNotRuledOut) ?? [],
    complete: json.complete !== false,
    safetyNet,
    notADiagnosis: json.notADiagnosis,
  };
}

function decodeNextStep(json: unknown): NextStep | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const contentVersion = isString(json.contentVersion) ? json.contentVersion : "";
  if (json.kind === "question" && isRecord(json.progress)) {
    const question = decodeQuestion(json.question);
    const { asked, estimatedTotal } = json.progress;
    return question === undefined || !isNumber(asked) || !isNumber(estimatedTotal)
      ? undefined
      : { kind: "question", question, progress: { asked, estimatedTotal }, contentVersion };
  }
  if (json.kind === "done") {
    const result = decodeResult(json.result);
    return result === undefined ? undefined : { kind: "done", result, contentVersion };
  }
  return undefined;
}

function decodeSummary(json: unknown): AssessmentSummary | undefined {
  if (!isRecord(json) || !isString(json.id) || !isLevel(json.triage)) {
    return undefined;
  }
  return {
    id: json.id,
    status: isString(json.status) ? json.status : "complete",
    triage: json.triage,
    topCondition: isString(json.topCondition) ? json.topCondition : null,
    createdAt: isString(json.createdAt) ? json.createdAt : "",
  };
}

function decodeList(json: unknown): readonly AssessmentSummary[] | undefined {
  return isRecord(json) ? listOf(json.assessments, decodeSummary) : undefined;
}

function decodeSaved(json: unknown): SavedAssessment | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const assessment = decodeSummary(json.assessment);
  const result = decodeResult(json.result);
  return assessment === undefined || result === undefined ? undefined : { assessment, result };
}

/** The answers as the API's ordered object (JSON keeps the order of non-numeric keys). */
export function answersObject(pairs: AnswerPairs): Record<string, AnswerValue> {
  return Object.fromEntries(pairs);
}

/**
 * The next question for these answers, or the result when there is nothing more to ask.
 * With the clinician audience the next question may be an examination finding.
 */
export function fetchNextStep(
  client: ApiClient,
  pairs: AnswerPairs,
  audience: Audience = "patient",
): Promise<ApiResult<NextStep>> {
  return client.send({
    method: "POST",
    path: "/assessments/next",
    body: { answers: answersObject(pairs), audience },
    decode: decodeNextStep,
  });
}

/**
 * The result for these answers (stores nothing). Partial: the wizard asks mid-interview (to
 * stop at an emergency) and after an interview that ended early, so pending safety questions
 * give a result marked incomplete rather than an error.
 */
export function evaluateAnswers(
  client: ApiClient,
  pairs: AnswerPairs,
): Promise<ApiResult<AssessmentResult>> {
  return client.send({
    method: "POST",
    path: "/assessments/evaluate",
    body: { answers: answersObject(pairs), partial: true },
    decode: decodeResult,
  });
}

/** Saves answers to the signed-in account under a client-made id (idempotent). */
export function saveAssessment(
  client: ApiClient,
  input: { readonly id: string; readonly contentVersion: string; readonly pairs: AnswerPairs },
): Promise<ApiResult<true>> {
  return client.send({
    method: "PUT",
    path: `/assessments/${encodeURIComponent(input.id)}`,
    body: { contentVersion: input.contentVersion, answers: answersObject(input.pairs) },
    decode: () => true,
  });
}

/** The signed-in person's saved assessments, newest first as the server orders them. */
export function fetchMyAssessments(
  client: ApiClient,
): Promise<ApiResult<readonly AssessmentSummary[]>> {
  return client.send({ method: "GET", path: "/me/assessments", decode: decodeList });
}

/** One saved assessment with its stored result. */
export function fetchAssessment(
  client: ApiClient,
  id: string,
): Promise<ApiResult<SavedAssessment>> {
  return client.send({
    method: "GET",
    path: `/assessments/${encodeURIComponent(id)}`,
    decode: decodeSaved,
  });
}
