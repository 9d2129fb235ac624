import { describe, expect, it } from "vitest";
import { districtPlan } from "../../scripts/district/plan";

describe("districtPlan", () => {
  it("at scale 1 is 60 teachers with 5 classes each, 10,200 students and 2,000 assignments", () => {
    const plan = districtPlan(1);
    expect(plan).toMatchObject({ teachers: 60, classesPerTeacher: 5, students: 10_200, assignments: 2000 });
    expect(plan.classes).toHaveLength(300);
    expect(plan.classes[0]).toEqual({ n: 1, students: 35, assignments: 40 });
    const others = plan.classes.slice(1);
    expect(new Set(others.map((c) => c.students))).toEqual(new Set([33, 34, 35]));
    expect(new Set(others.map((c) => c.assignments))).toEqual(new Set([6, 7]));
    expect(plan.classes.reduce((sum, c) => sum + c.assignments, 0)).toBe(2000);
  });

  it("keeps the target class whole and every class assigned at a tiny scale", () => {
    const plan = districtPlan(0.01);
    expect(plan).toMatchObject({ teachers: 1, students: 102, assignments: 42 });
    expect(plan.classes.map((c) => c.assignments)).toEqual([40, 1, 1]);
  });
});
