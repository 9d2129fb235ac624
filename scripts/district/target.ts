import { TARGET } from "./plan";

/** Every district account signs in with this password (documented in `npm run seed:district -- --help`). */
export const DISTRICT_PASSWORD = "lectern-district";

/**
 * What the results benchmark measures, at any scale: class 1 (35 students, 40 assignments), its teacher and
 * its first student. The seed's ids are deterministic, so these are known without asking the database.
 */
export const DISTRICT_TARGET = {
  classId: "dc_1",
  teacherEmail: "district-teacher-1@lectern.test",
  studentUsername: "d-student-1",
  assignmentIds: Array.from({ length: TARGET.assignments }, (_, i) => `da_${i + 1}`),
};
