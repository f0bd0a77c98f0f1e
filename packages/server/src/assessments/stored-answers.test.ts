// The stored answer format: ordered pairs that round-trip in order, and a decoder that
// refuses anything else instead of guessing.
import { describe, expect, it } from "vitest";
import { answersFromPairs, decodeAnswersOrThrow, encodeAnswers } from "./stored-answers.ts";

describe("stored answers", () => {
  it("round-trips answers in the order given, including keys that look like numbers", () => {
    const text = encodeAnswers({ sex: "female", age: 34, where: ["groin"], trend: "unsure" });
    expect(text).toBe('[["sex","female"],["age",34],["where",["groin"]],["trend","unsure"]]');
    const pairs = decodeAnswersOrThrow(text);
    expect(Object.keys(answersFromPairs(pairs))).toEqual(["sex", "age", "where", "trend"]);
    expect(decodeAnswersOrThrow('[["10","a"],["b",1]]').map(([id]) => id)).toEqual(["10", "b"]);
  });

  it.each([
    ["an object", '{"age":34}'],
    ["a pair with a boolean", '[["age",true]]'],
    ["a pair of three", '[["age",34,1]]'],
    ["a list with a number", '[["where",["groin",1]]]'],
  ])("refuses %s", (_what, text) => {
    expect(() => decodeAnswersOrThrow(text)).toThrow(/answers_json/);
  });
});
