import { describe, expect, it } from "vitest";
import { evaluateExpression } from "./evaluate-expression.ts";

describe("evaluateExpression", () => {
  const rule = {
    all: [
      { q: "age", gte: 50 },
      {
        any: [
          { q: "rf-belly", is: "pulsing" },
          { q: "rf-belly", is: "faint" },
        ],
      },
    ],
  };

  it("is yes, no, unsure or missing as the answers allow", () => {
    expect(evaluateExpression(rule, { age: 70, "rf-belly": ["faint"] })).toBe("yes");
    expect(evaluateExpression(rule, { age: 40, "rf-belly": ["faint"] })).toBe("no");
    expect(evaluateExpression(rule, { age: 70, "rf-belly": "unsure" })).toBe("unsure");
    expect(evaluateExpression(rule, { age: 70 })).toBe("missing");
  });

  it("lets a definite no win over an unknown in all, and a yes win in any", () => {
    expect(evaluateExpression(rule, { age: 40, "rf-belly": "unsure" })).toBe("no");
    expect(
      evaluateExpression(
        {
          any: [
            { q: "a", is: "x" },
            { q: "b", is: "y" },
          ],
        },
        { a: "unsure", b: "y" },
      ),
    ).toBe("yes");
  });

  it("negates yes and no but keeps unknowns unknown", () => {
    expect(evaluateExpression({ not: { q: "sex", is: "male" } }, { sex: "female" })).toBe("yes");
    expect(evaluateExpression({ not: { q: "sex", is: "male" } }, { sex: "unsure" })).toBe("unsure");
  });

  it("treats an empty multi answer as 'none'", () => {
    expect(evaluateExpression({ q: "where", is: "none" }, { where: [] })).toBe("yes");
    expect(evaluateExpression({ q: "where", answered: true }, { where: "unsure" })).toBe("no");
  });

  it("reads one checklist item marked not sure as unsure, leaving the other items answered", () => {
    const answers = { "rf-general": ["unsure:weight-loss"] };
    expect(evaluateExpression({ q: "rf-general", is: "weight-loss" }, answers)).toBe("unsure");
    expect(evaluateExpression({ q: "rf-general", is: "fever" }, answers)).toBe("no");
    expect(evaluateExpression({ q: "rf-general", is: "none" }, answers)).toBe("unsure");
    expect(
      evaluateExpression(
        { q: "rf-general", is: "none" },
        { "rf-general": ["fever", "unsure:weight-loss"] },
      ),
    ).toBe("no");
  });
});
