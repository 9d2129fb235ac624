-- OneRoster import (issue 21): the records a roster import made or matched keep their OneRoster sourcedId, so a
-- second import updates them instead of adding new ones. OneRoster makes a sourcedId unique among the records of
-- its kind, so each column is unique (null for records made in Lectern). An enrollment's sourcedId marks a
-- membership or a co-teacher the roster made: a later import that no longer lists it ends it.

ALTER TABLE "User" ADD COLUMN "sourcedId" TEXT;
ALTER TABLE "Class" ADD COLUMN "sourcedId" TEXT;
ALTER TABLE "Enrollment" ADD COLUMN "sourcedId" TEXT;
ALTER TABLE "ClassTeacher" ADD COLUMN "sourcedId" TEXT;

CREATE UNIQUE INDEX "User_sourcedId_key" ON "User"("sourcedId");
CREATE UNIQUE INDEX "Class_sourcedId_key" ON "Class"("sourcedId");
CREATE UNIQUE INDEX "Enrollment_sourcedId_key" ON "Enrollment"("sourcedId");
CREATE UNIQUE INDEX "ClassTeacher_sourcedId_key" ON "ClassTeacher"("sourcedId");
