// The exercise library (/exercises, open to everyone, lazily loaded with the library): a
// search box and filters whose state lives in the URL query, a polite live count, and the
// matching exercises as cards. Browsing only: it recommends nothing; a program comes from
// an assessment.
import { exerciseLibrary } from "@ilio/content/exercises";
import { useLocation } from "preact-iso";
import { Page } from "../../layout/page.tsx";
import { ExerciseCard } from "./exercise-card.tsx";
import {
  filterExercises,
  filtersFromQuery,
  hasFilters,
  queryFromFilters,
  withFilter,
  type FilterKey,
} from "./exercise-filters.ts";
import { FilterForm } from "./filter-form.tsx";

const EXERCISES = exerciseLibrary.exercises;

/** The searchable, filterable library. */
export function ExerciseListPage() {
  const location = useLocation();
  const filters = filtersFromQuery(location.query);
  const results = filterExercises(EXERCISES, filters);
  const change = (key: FilterKey, value: string) => {
    // Replace, not push: each keystroke or choice is not a page of its own in the history.
    location.route(`/exercises${queryFromFilters(withFilter(filters, key, value))}`, true);
  };
  const count = results.length === 1 ? "1 exercise" : `${results.length} exercises`;
  return (
    <Page
      heading="Exercises"
      lead="Every exercise in Ilio, with steps, the side that works, how much to do and when to stop."
      width="wide"
    >
      <FilterForm filters={filters} exercises={EXERCISES} onChange={change} />
      <div class="exercise-results-bar">
        <p class="exercise-count" role="status">
          {hasFilters(filters) ? `${count} found` : count}
        </p>
        {hasFilters(filters) ? (
          <a class="exercise-clear" href="/exercises">
            Clear search and filters
          </a>
        ) : null}
      </div>
      {results.length === 0 ? (
        <p class="note">No exercise matches all of these. Try fewer filters or other words.</p>
      ) : (
        <ul class="exercise-grid">
          {results.map((exercise) => (
            <ExerciseCard key={exercise.id} exercise={exercise} />
          ))}
        </ul>
      )}
    </Page>
  );
}
