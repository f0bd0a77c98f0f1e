// Cross-checks of a knowledge base that already matches the schema: contract condition ids,
// duplicate ids, likelihood ratios (known condition, finite, > 0), base rates that add up,
// number bands that tile the range, source ids behind every basis, rule references, pages.
// Returns every problem with its path; never throws.
import type { Basis } from "./basis.schema.ts";
import { checkExpression } from "./check-expression.ts";
import { CONDITION_IDS } from "./condition-ids.ts";
import type { RawKnowledgeBase } from "./knowledge-base.schema.ts";
import type { Problem } from "./problem.ts";
import type { Band, Option, Question } from "./question.schema.ts";

const conditionSet: ReadonlySet<string> = new Set(CONDITION_IDS);

function duplicates(ids: readonly string[], path: string, what: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      out.push({ path: `${path}/${i}/id`, message: `duplicate ${what} id "${id}"` });
    }
    seen.add(id);
  });
  return out;
}

function checkBasis(basis: Basis, sources: ReadonlySet<string>, path: string): Problem[] {
  const ids = basis.kind === "source" ? [basis.source] : (basis.informedBy ?? []);
  return ids
    .filter((id) => !sources.has(id))
    .map((id) => ({
      path,
      message: `basis cites unknown source "${id}" (define it in sources.json)`,
    }));
}

/** Ids a likelihood table may name: conditions and `<condition>/<presentation>`. */
type RatioKeys = ReadonlySet<string>;

function unknownKey(c: string): string {
  return c.includes("/")
    ? `unknown condition presentation "${c}" (define it in the condition's presentations)`
    : `unknown condition id "${c}"`;
}

function checkFinding(
  f: Option | Band,
  sources: ReadonlySet<string>,
  keys: RatioKeys,
  path: string,
): Problem[] {
  const out = checkBasis(f.basis, sources, `${path}/basis`);
  for (const key of ["lr", "lrNo"] as const) {
    for (const [c, v] of Object.entries(f[key] ?? {})) {
      if (!keys.has(c)) {
        out.push({ path: `${path}/${key}/${c}`, message: unknownKey(c) });
      }
      if (!Number.isFinite(v) || v <= 0) {
        out.push({
          path: `${path}/${key}/${c}`,
          message: `likelihood ratio must be a finite number > 0, got ${v}`,
        });
      }
    }
  }
  for (const [c, b] of Object.entries(f.lrBasis ?? {})) {
    if (!keys.has(c)) {
      out.push({ path: `${path}/lrBasis/${c}`, message: unknownKey(c) });
    }
    out.push(...checkBasis(b, sources, `${path}/lrBasis/${c}`));
  }
  return out;
}

function checkQuestion(
  q: Question,
  sources: ReadonlySet<string>,
  keys: RatioKeys,
  path: string,
): Problem[] {
  const out: Problem[] = [];
  if (q.kind === "number") {
    if (q.min >= q.max) {
      out.push({ path: `${path}/max`, message: "max must be greater than min" });
    }
    q.bands.forEach((b, i) => out.push(...checkFinding(b, sources, keys, `${path}/bands/${i}`)));
    out.push(
      ...duplicates(
        q.bands.map((b) => b.id),
        `${path}/bands`,
        "band",
      ),
    );
    if (q.role === undefined && q.bands.length === 0) {
      out.push({ path: `${path}/bands`, message: "a number finding needs bands with base rates" });
    }
    let edge = q.min;
    q.bands.forEach((b, i) => {
      if ((b.gte ?? q.min) !== edge) {
        out.push({ path: `${path}/bands/${i}/gte`, message: `band must start at ${edge}` });
      }
      edge = b.lt ?? Number.POSITIVE_INFINITY;
    });
    if (q.bands.length > 0 && edge <= q.max) {
      out.push({ path: `${path}/bands`, message: `bands must cover up to ${q.max}` });
    }
  } else {
    q.options.forEach((o, i) =>
      out.push(...checkFinding(o, sources, keys, `${path}/options/${i}`)),
    );
    out.push(
      ...duplicates(
        q.options.map((o) => o.id),
        `${path}/options`,
        "option",
      ),
    );
    if (q.kind === "multi") {
      q.options.forEach((o, i) => {
        if (o.id === "none") {
          out.push({
            path: `${path}/options/${i}/id`,
            message: `"none" is reserved for the exclusive answer`,
          });
        }
      });
    } else {
      const total = q.options.reduce((s, o) => s + o.q, 0);
      if (Math.abs(total - 1) > 0.05) {
        out.push({
          path: `${path}/options`,
          message: `base rates of a single-choice question must add up to 1 (±0.05), got ${total.toFixed(3)}`,
        });
      }
    }
  }
  if (q.role === "age" && q.kind !== "number") {
    out.push({ path: `${path}/role`, message: "the age question must be a number" });
  }
  if (
    q.role === "sex" &&
    (q.kind !== "single" || !["female", "male"].every((s) => q.options.some((o) => o.id === s)))
  ) {
    out.push({
      path: `${path}/role`,
      message: 'the sex question must be single-choice with options "female" and "male"',
    });
  }
  return out;
}

/** Every cross-reference problem in a schema-valid knowledge base. */
export function checkKnowledgeBase(kb: RawKnowledgeBase): Problem[] {
  const out: Problem[] = [];
  const sources = new Set(kb.sources.map((s) => s.id));
  const questions = new Map(kb.questions.map((q) => [q.id, q]));
  const bands = new Set(kb.ageBands.map((b) => b.id));
  out.push(
    ...duplicates(
      kb.sources.map((s) => s.id),
      "/sources",
      "source",
    ),
  );
  out.push(
    ...duplicates(
      kb.conditions.map((c) => c.id),
      "/conditions",
      "condition",
    ),
  );
  out.push(
    ...duplicates(
      kb.questions.map((q) => q.id),
      "/questions",
      "question",
    ),
  );
  const defined = new Set(kb.conditions.map((c) => c.id));
  for (const id of CONDITION_IDS) {
    if (!defined.has(id)) {
      out.push({ path: "/conditions", message: `contract condition "${id}" is missing` });
    }
  }
  kb.conditions.forEach((c, i) => {
    const p = `/conditions/${i}`;
    if (!conditionSet.has(c.id)) {
      out.push({
        path: `${p}/id`,
        message: `unknown condition id "${c.id}" (not in conditions.json)`,
      });
    }
    out.push(...checkBasis(c.prior.basis, sources, `${p}/prior/basis`));
    out.push(...checkBasis(c.triage.basis, sources, `${p}/triage/basis`));
    if (c.serious) {
      out.push(...checkBasis(c.serious.basis, sources, `${p}/serious/basis`));
    }
    for (const band of Object.keys(c.prior.age ?? {})) {
      if (!bands.has(band)) {
        out.push({ path: `${p}/prior/age/${band}`, message: `unknown age band "${band}"` });
      }
    }
    c.triage.raises.forEach((r, j) =>
      out.push(...checkExpression(r.when, questions, `${p}/triage/raises/${j}/when`)),
    );
    (c.priorFactors ?? []).forEach((f, j) => {
      out.push(...checkBasis(f.basis, sources, `${p}/priorFactors/${j}/basis`));
      out.push(...checkExpression(f.when, questions, `${p}/priorFactors/${j}/when`));
    });
    const presentations = c.presentations ?? [];
    presentations.forEach((pr, j) => {
      const pp = `${p}/presentations/${j}`;
      out.push(...checkBasis(pr.basis, sources, `${pp}/basis`));
      out.push(...checkBasis(pr.ratiosBasis, sources, `${pp}/ratiosBasis`));
      out.push(...checkExpression(pr.when, questions, `${pp}/when`));
      if (pr.serious) {
        out.push(...checkBasis(pr.serious.basis, sources, `${pp}/serious/basis`));
      }
    });
    out.push(
      ...duplicates(
        presentations.map((pr) => pr.id),
        `${p}/presentations`,
        "presentation",
      ),
    );
  });
  const keys = new Set<string>(CONDITION_IDS);
  for (const c of kb.conditions) {
    for (const pr of c.presentations ?? []) {
      keys.add(`${c.id}/${pr.id}`);
    }
  }
  kb.questions.forEach((q, i) => {
    out.push(...checkQuestion(q, sources, keys, `/questions/${i}`));
    if (q.askIf) {
      out.push(...checkExpression(q.askIf, questions, `/questions/${i}/askIf`));
    }
  });
  for (const role of ["age", "sex"] as const) {
    if (kb.questions.filter((q) => q.role === role).length !== 1) {
      out.push({ path: "/questions", message: `exactly one question must have role "${role}"` });
    }
  }
  out.push(
    ...duplicates(
      kb.redFlags.map((r) => r.id),
      "/redFlags",
      "red flag",
    ),
  );
  kb.redFlags.forEach((r, i) => {
    out.push(...checkExpression(r.when, questions, `/redFlags/${i}/when`));
    out.push(...checkBasis(r.basis, sources, `/redFlags/${i}/basis`));
    r.pointsTo.forEach((c, j) => {
      if (!conditionSet.has(c)) {
        out.push({ path: `/redFlags/${i}/pointsTo/${j}`, message: `unknown condition id "${c}"` });
      }
    });
  });
  kb.consistency.forEach((r, i) => {
    out.push(...checkExpression(r.when, questions, `/consistency/${i}/when`));
    if (!questions.has(r.field)) {
      out.push({ path: `/consistency/${i}/field`, message: `unknown question "${r.field}"` });
    }
  });
  out.push(...checkBasis(kb.policy.basis, sources, "/policy/basis"));
  const paged = new Set(kb.pages.map((p) => p.condition));
  kb.pages.forEach((p, i) => {
    if (!conditionSet.has(p.condition)) {
      out.push({ path: `/pages/${i}/condition`, message: `unknown condition id "${p.condition}"` });
    }
  });
  for (const id of CONDITION_IDS) {
    if (!paged.has(id)) {
      out.push({ path: "/pages", message: `condition "${id}" has no plain-language page` });
    }
  }
  out.push(
    ...duplicates(
      kb.pages.map((p) => p.condition),
      "/pages",
      "page",
    ),
  );
  return out;
}
