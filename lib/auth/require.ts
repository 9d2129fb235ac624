import { AppError } from "../errors";
import type { Viewer } from "./viewer-types";

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("unauthorized");
  return viewer;
}

export function requireTeacher(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== "teacher") throw new AppError("forbidden", "Only teachers can do this.");
  return v;
}

export function requireStudent(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.role !== "student") throw new AppError("forbidden", "Only students can do this.");
  return v;
}
