// "Question 4 of about 16" with a bar. The total is the engine's estimate and changes as
// answers come in, so the words say "about"; the bar is a native <progress> element named
// by that sentence, so screen readers get the same words and a value.

/** Props of the progress indicator. */
export interface ProgressIndicatorProps {
  /** The number of the question on screen, from 1. */
  readonly current: number;
  readonly estimatedTotal: number;
}

/** The interview's progress as words and a bar. */
export function ProgressIndicator(props: ProgressIndicatorProps) {
  const total = Math.max(props.current, props.estimatedTotal);
  const words = `Question ${props.current} of about ${total}`;
  return (
    <div class="assessment-progress">
      <p class="assessment-progress-text" id="assessment-progress-text">
        {words}
      </p>
      <progress
        class="assessment-progress-bar"
        max={total}
        value={props.current}
        aria-labelledby="assessment-progress-text"
      />
    </div>
  );
}
