import { describe, expect, it } from "vitest";
import { interpolatePose } from "./interpolate-pose.ts";
import { solveJoints } from "./kinematics.ts";
import type { BodyPose } from "./pose.schema.ts";
import { renderIllustration } from "./render-illustration.ts";
import { renderPose } from "./render-pose.ts";

const limb = { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0 };
const standing: BodyPose = {
  view: "side",
  facing: "right",
  root: { x: 0 },
  trunk: 0,
  head: 0,
  near: limb,
  far: limb,
};
const kneeUp: BodyPose = { ...standing, root: { x: 4 }, near: { ...limb, hip: 90, knee: 90 } };

describe("solveJoints", () => {
  it("stands a neutral body on the floor, head on top", () => {
    const s = solveJoints(standing);
    expect(Math.min(s["near.heel"].y, s["near.toe"].y)).toBeGreaterThan(0);
    expect(s.head.y).toBeGreaterThan(s.neck.y);
    expect(s.neck.y).toBeGreaterThan(s.pelvis.y);
  });

  it("puts a flexed knee in front of the hip when facing right", () => {
    const s = solveJoints(kneeUp);
    expect(s["near.knee"].x).toBeGreaterThan(s["near.hip"].x + 20);
  });
});

describe("interpolatePose", () => {
  it("returns the key poses exactly at t = 0 and t = 1", () => {
    expect(interpolatePose(standing, kneeUp, 0)).toEqual(standing);
    expect(interpolatePose(standing, kneeUp, 1)).toEqual(kneeUp);
  });

  it("blends joint angles halfway", () => {
    expect(interpolatePose(standing, kneeUp, 0.5).near.hip).toBe(45);
  });

  it("keeps segment lengths constant in between", () => {
    const s = solveJoints(interpolatePose(standing, kneeUp, 0.37));
    const thigh = Math.hypot(
      s["near.knee"].x - s["near.hip"].x,
      s["near.knee"].y - s["near.hip"].y,
    );
    expect(thigh).toBeCloseTo(24.5, 6);
  });
});

describe("renderPose", () => {
  const options = {
    title: "Knee lift",
    desc: "Side view; the near leg is highlighted.",
    highlight: ["near.leg"] as const,
  };

  it("is deterministic", () => {
    expect(renderPose(kneeUp, options)).toBe(renderPose(kneeUp, options));
  });

  it("produces an SVG with a title, a description and the worked-side paint", () => {
    const svg = renderPose(kneeUp, options);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain('<title id="ilio-title">Knee lift</title>');
    expect(svg).toContain('<desc id="ilio-desc">');
    expect(svg).toContain('stroke="url(#ilio-worked)"');
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it("escapes text in the text alternative", () => {
    expect(renderPose(standing, { title: "A & B <c>", desc: "d" })).toContain(
      "A &amp; B &lt;c&gt;",
    );
  });
});

describe("renderIllustration", () => {
  const spec = {
    keyPoses: [standing, kneeUp],
    highlight: ["near.leg" as const],
    props: [],
    arrows: [{ kind: "path" as const, joint: "near.knee" as const, label: "the knee lifts" }],
  };

  it("animates between key poses and keeps a reduced-motion still", () => {
    const svg = renderIllustration(spec, { title: "t", desc: "d" });
    expect(svg).toContain("<animate");
    expect(svg).toContain("prefers-reduced-motion: reduce");
    expect(svg).toContain('class="ilio-still"');
    expect(svg).toContain('class="ilio-ghost"');
  });

  it("draws a single still for a one-pose hold, with no animation", () => {
    const svg = renderIllustration(
      { ...spec, keyPoses: [kneeUp], arrows: [] },
      { title: "t", desc: "d" },
    );
    expect(svg).not.toContain("<animate");
  });
});
