import Link from "next/link";
import { TYPE_LABELS } from "@/components/lesson/type-labels";
import { QUESTION_TYPES, SKILL_LABELS, SKILLS } from "@/lib/content/schema";
import type { LibraryFilter } from "@/lib/content/library-filter";
import { buttonClass } from "../ui/button";

const selectClass = "min-h-11 rounded-md border border-stone-400 bg-white px-3";

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
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-skill" className="font-medium">
          Skill
        </label>
        <select id="filter-skill" name="skill" defaultValue={filter.skill ?? ""} className={selectClass}>
          <option value="">Any skill</option>
          {SKILLS.map((s) => (
            <option key={s} value={s}>
              {SKILL_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-type" className="font-medium">
          Question type
        </label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={selectClass}>
          <option value="">Any type</option>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
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
