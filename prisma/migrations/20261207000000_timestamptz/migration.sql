-- Every DateTime column becomes timestamptz(3), an instant rather than a wall-clock time. The values were stored
-- as UTC wall-clock times (Prisma's DateTime on "timestamp without time zone"), so each is read AT TIME ZONE 'UTC':
-- every stored instant is kept, whatever the session's TimeZone. PostgreSQL rewrites each table (one ALTER a table,
-- so once) under an ACCESS EXCLUSIVE lock. It would skip the rewrite only for timestamptz without a precision in a
-- UTC session. On the district (1.2 million responses) the ALTERs took 8 to 23 s on a busy 2-core machine, most
-- of it for "Response". Stop the app servers while it runs (README, Deploying beyond one machine).

ALTER TABLE "User"
  ALTER COLUMN "disabledAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "disabledAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "verifiedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "verifiedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Class"
  ALTER COLUMN "archivedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "archivedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Enrollment"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Article"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Lesson"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "Question"
  ALTER COLUMN "acceptedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "acceptedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "retiredAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "retiredAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Assignment"
  ALTER COLUMN "openAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "openAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "dueAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "dueAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "closedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "closedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "AssignmentAnswerRule"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "Attempt"
  ALTER COLUMN "startedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "startedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "deadlineAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "deadlineAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "submittedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "submittedAt" AT TIME ZONE 'UTC';

ALTER TABLE "Response"
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "GradeChange"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3)
    USING "createdAt" AT TIME ZONE 'UTC';
