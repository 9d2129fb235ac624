/**
 * Tests whose fix has not landed yet call `test.fixme(pending, "<the finding>")` first: skipped in every run, they
 * run (and fail until the fix lands) with SECURITY_PENDING=1, which is how to check a fix before enabling its test.
 */
export const pending = !process.env.SECURITY_PENDING;
