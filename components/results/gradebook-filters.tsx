import { STATUS_LABELS } from "@/lib/assignments/status";
import type { GradebookView } from "@/lib/results/schema";
import { WORK_STATUSES } from "@/lib/results/schema";
import { buttonClass } from "../ui/button";

/** A plain GET form: filtering works without JavaScript and every view has a shareable address. */
export function GradebookFilters({ view }: { view: GradebookView }) {
  return (
    <form method="get" className="mb-3 flex flex-wrap items-end gap-3" aria-label="Filter students">
      <input type="hidden" name="sort" value={view.sort} />
      <input type="hidden" name="dir" value={view.dir} />
      <input type="hidden" name="cols" value={view.cols} />
      <div className="flex flex-col gap-1">
        <label htmlFor="gradebook-q" className="font-medium">
          Student name
        </label>
        <input
          id="gradebook-q"
          name="q"
          type="search"
          defaultValue={view.q}
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="gradebook-status" className="font-medium">
          Has an assignment that is
        </label>
        <select
          id="gradebook-status"
          name="status"
          defaultValue={view.status ?? ""}
          className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2"
        >
          <option value="">Any status</option>
          {WORK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-h-11 items-center gap-2 self-end">
        <input
          id="gradebook-provisional"
          name="provisional"
          type="checkbox"
          value="include"
          defaultChecked={view.provisional === "include"}
          className="size-5"
        />
        <label htmlFor="gradebook-provisional">Count provisional scores in averages</label>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Apply
      </button>
    </form>
  );
}
