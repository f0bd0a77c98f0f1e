// The library's search box and filters. Every change goes straight to the URL (through
// `onChange`), so the list, the count and a shared link always agree; there is no submit
// button to forget. Native selects keep it usable with a keyboard, a screen reader and a
// 360 px phone.
import type { CheckedExercise } from "@ilio/core";
import { NO_EQUIPMENT, type ExerciseFilters, type FilterKey } from "./exercise-filters.ts";
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  optionsOf,
  PHASE_LABELS,
  POSITION_LABELS,
  REGION_LABELS,
  type FilterOption,
} from "./exercise-words.ts";

/** Props of the FilterForm. */
export interface FilterFormProps {
  readonly filters: ExerciseFilters;
  /** The whole library, so that only values that occur are offered. */
  readonly exercises: readonly CheckedExercise[];
  readonly onChange: (key: FilterKey, value: string) => void;
}

interface SelectProps {
  readonly name: Exclude<FilterKey, "q">;
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly FilterOption<string>[];
  readonly onChange: (key: FilterKey, value: string) => void;
}

function FilterSelect(props: SelectProps) {
  const id = `filter-${props.name}`;
  return (
    <div class="field filter-field">
      <label class="field-label" for={id}>
        {props.label}
      </label>
      <select
        class="input filter-select"
        id={id}
        name={props.name}
        value={props.value ?? ""}
        onChange={(event) => props.onChange(props.name, event.currentTarget.value)}
      >
        <option value="">Any</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and five filters. */
export function FilterForm(props: FilterFormProps) {
  const { filters, exercises, onChange } = props;
  const present = (values: (e: CheckedExercise) => readonly string[]) =>
    new Set(exercises.flatMap(values));
  const equipment: readonly FilterOption<string>[] = [
    { value: NO_EQUIPMENT, label: "No equipment needed" },
    ...optionsOf(
      EQUIPMENT_LABELS,
      present((e) => e.equipment),
    ),
  ];
  return (
    <form
      class="filter-form"
      role="search"
      aria-label="Exercises"
      onSubmit={(event) => event.preventDefault()}
    >
      <div class="field">
        <label class="field-label" for="filter-q">
          Search by name or purpose
        </label>
        <input
          class="input"
          id="filter-q"
          name="q"
          type="search"
          value={filters.q}
          maxLength={100}
          onInput={(event) => onChange("q", event.currentTarget.value)}
        />
      </div>
      <div class="filter-grid">
        <FilterSelect
          name="category"
          label="Purpose"
          value={filters.category}
          options={optionsOf(
            CATEGORY_LABELS,
            present((e) => [e.category]),
          )}
          onChange={onChange}
        />
        <FilterSelect
          name="position"
          label="Position"
          value={filters.position}
          options={optionsOf(
            POSITION_LABELS,
            present((e) => [e.position]),
          )}
          onChange={onChange}
        />
        <FilterSelect
          name="equipment"
          label="Equipment"
          value={filters.equipment}
          options={equipment}
          onChange={onChange}
        />
        <FilterSelect
          name="region"
          label="Body region"
          value={filters.region}
          options={optionsOf(
            REGION_LABELS,
            present((e) => e.bodyRegions),
          )}
          onChange={onChange}
        />
        <FilterSelect
          name="phase"
          label="Phase"
          value={filters.phase}
          options={optionsOf(
            PHASE_LABELS,
            present((e) => e.phases),
          )}
          onChange={onChange}
        />
      </div>
    </form>
  );
}
