import Link from "next/link";
import { TYPE_LABELS } from "@/components/lesson/type-labels";
import { QUESTION_TYPES, SKILL_LABELS, SKILLS } from "@/lib/content/schema";
import type { LibraryFilter } from "@/lib/content/library-filter";
import { buttonClass } from "../ui/button";

type SelectProps = {
  name: keyof LibraryFilter;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: { value: string; label: string }[];
};

function FilterSelect({ name, label, anyLabel, value, options }: SelectProps) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3"
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form, so filtering works without JavaScript and every filtered view has its own URL. */
export function LibraryFilterForm({ filter }: { filter: LibraryFilter }) {
  return (
    <form
      method="get"
      action="/teacher/lessons"
      role="search"
      aria-label="Filter lessons"
      className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-stone-300 bg-white p-4"
    >
      <FilterSelect
        name="skill"
        label="Skill"
        anyLabel="Any skill"
        value={filter.skill}
        options={SKILLS.map((s) => ({ value: s, label: SKILL_LABELS[s] }))}
      />
      <FilterSelect
        name="type"
        label="Question type"
        anyLabel="Any type"
        value={filter.type}
        options={QUESTION_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))}
      />
      <button type="submit" className={buttonClass("primary")}>
        Filter
      </button>
      {(filter.skill || filter.type) && (
        <Link href="/teacher/lessons" className="min-h-11 content-center underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
