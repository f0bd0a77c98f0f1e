// The phases of a program in order (calm, restore, strengthen, return to activity), each with
// its goal, when it is expected to start and how long it lasts, and its exercises; the phase
// today's session belongs to is marked "Now".
import type { ProgramPhaseView } from "../../api/program-decoders.ts";
import type { Range } from "@ilio/core";

function span(range: Range, one: string, many: string): string {
  const unit = range.max === 1 ? one : many;
  return range.min === range.max ? `${range.min} ${unit}` : `${range.min}–${range.max} ${unit}`;
}

/** The program's phases. */
export function PhaseList(props: {
  readonly phases: readonly ProgramPhaseView[];
  readonly current: string | undefined;
}) {
  return (
    <ol class="phase-list">
      {props.phases.map((phase) => {
        const now = phase.phase === props.current;
        return (
          <li
            key={phase.phase}
            class={now ? "phase phase--current" : "phase"}
            aria-current={now ? "step" : undefined}
          >
            <h3 class="phase-title">
              {phase.title}
              {now ? <span class="phase-badge">Now</span> : null}
            </h3>
            <p class="phase-when">
              From week {phase.startWeek}, for {span(phase.weeks, "week", "weeks")};{" "}
              {span(phase.sessionsPerWeek, "session", "sessions")} a week.
            </p>
            <p>{phase.goal}</p>
            <ul class="phase-exercises">
              {phase.exercises.map((e) => (
                <li key={e.exerciseId}>{e.name}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
