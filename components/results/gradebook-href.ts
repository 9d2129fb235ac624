import type { GradebookView } from "@/lib/results/schema";

/** The address of this gradebook with some view options changed; defaults are left out to keep links short. */
export function gradebookHref(base: string, view: GradebookView, change: Partial<GradebookView>): string {
  const next = { ...view, ...change };
  const params = new URLSearchParams();
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.status) params.set("status", next.status);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.cols > 1) params.set("cols", String(next.cols));
  if (next.provisional !== "exclude") params.set("provisional", next.provisional);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
