// @ilio/core: the pure domain of Ilio. Knowledge-base schema and loader, the assessment
// engine, and the exercise library and its illustrations. Nothing here does I/O, reads the
// clock or draws random numbers (lint enforces it); content arrives as an argument.
export * from "./content/index.ts";
export * from "./assessment/index.ts";
export * from "./exercise/index.ts";
export * from "./illustration/index.ts";
export * from "./program/index.ts";
