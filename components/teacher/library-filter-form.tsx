import Link from "next/link";
import { SKILL_OPTIONS, TYPE_OPTIONS } from "@/components/lesson/type-options";
import type { LibraryFilter } from "@/lib/content/library-filter";
import { buttonClass } from "../ui/button";
import { SelectField } from "../ui/select-field";

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
      <SelectField
        id="filter-skill"
        name="skill"
        label="Skill"
        placeholder="Any skill"
        defaultValue={filter.skill ?? ""}
        options={SKILL_OPTIONS}
      />
      <SelectField
        id="filter-type"
        name="type"
        label="Question type"
        placeholder="Any type"
        defaultValue={filter.type ?? ""}
        options={TYPE_OPTIONS}
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
