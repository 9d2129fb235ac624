-- Classes and rosters (issue 17): a class may have no join code, students leave a class without losing their
-- enrollment (endedAt), teachers share a class with co-teachers, reset a student's password with a one-time code,
-- and every roster change is logged. Accounts a teacher creates must choose their own password at first sign-in.

ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Class" ALTER COLUMN "joinCode" DROP NOT NULL;

ALTER TABLE "Enrollment" ADD COLUMN "endedAt" TIMESTAMPTZ(3);

CREATE TABLE "ClassTeacher" (
    "classId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassTeacher_pkey" PRIMARY KEY ("classId","teacherId")
);

CREATE INDEX "ClassTeacher_teacherId_idx" ON "ClassTeacher"("teacherId");

ALTER TABLE "ClassTeacher" ADD CONSTRAINT "ClassTeacher_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClassTeacher" ADD CONSTRAINT "ClassTeacher_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PasswordResetCode" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetCode_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PasswordResetCode_studentId_expiresAt_idx" ON "PasswordResetCode"("studentId", "expiresAt");

ALTER TABLE "PasswordResetCode" ADD CONSTRAINT "PasswordResetCode_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PasswordResetCode" ADD CONSTRAINT "PasswordResetCode_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "RosterEvent" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "studentId" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "RosterEvent_classId_createdAt_idx" ON "RosterEvent"("classId", "createdAt");
CREATE INDEX "RosterEvent_studentId_idx" ON "RosterEvent"("studentId");

ALTER TABLE "RosterEvent" ADD CONSTRAINT "RosterEvent_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RosterEvent" ADD CONSTRAINT "RosterEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RosterEvent" ADD CONSTRAINT "RosterEvent_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
