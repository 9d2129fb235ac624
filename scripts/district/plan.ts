/** How big the district is at scale 1; `--scale` multiplies these, keeping the benchmark's target class whole. */
const FULL = { teachers: 60, classes: 300, assignments: 2000 };

/** The class the results benchmark targets: always class 1, whatever the scale. */
export const TARGET = { students: 35, assignments: 40 };

export type ClassPlan = { n: number; students: number; assignments: number };

export type DistrictPlan = {
  teachers: number;
  classesPerTeacher: number;
  classes: ClassPlan[];
  students: number;
  assignments: number;
};

/** Spreads `total` over `parts` as evenly as whole numbers allow, larger shares first. */
function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

export function districtPlan(scale: number): DistrictPlan {
  const classCount = Math.max(1, Math.round(FULL.classes * scale));
  const teachers = Math.min(classCount, Math.max(1, Math.round(FULL.teachers * scale)));
  // Every other class gets at least one assignment, so no class is empty in the gradebook.
  const assignments = Math.max(TARGET.assignments + classCount - 1, Math.round(FULL.assignments * scale));
  const others = spread(assignments - TARGET.assignments, classCount - 1);
  const classes = Array.from({ length: classCount }, (_, i) => ({
    n: i + 1,
    // 35, 34, 33, 35, …: classes of 33-35 students, 34 on average.
    students: i === 0 ? TARGET.students : 35 - (i % 3),
    assignments: i === 0 ? TARGET.assignments : others[i - 1]!,
  }));
  return {
    teachers,
    classesPerTeacher: Math.ceil(classCount / teachers),
    classes,
    students: classes.reduce((sum, c) => sum + c.students, 0),
    assignments,
  };
}
