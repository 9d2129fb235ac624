-- Reading preferences (issue 20): each student's own display and read-aloud choices, and a teacher's reading
-- defaults for a student of a class. A null preference means the student has not chosen, so the class default
-- or the app's applies.

CREATE TYPE "ReadingFont" AS ENUM ('standard', 'dyslexic');

CREATE TYPE "ReadingTheme" AS ENUM ('light', 'dark', 'high_contrast');

CREATE TABLE "ReadingPreference" (
    "userId" TEXT NOT NULL,
    "textSize" INTEGER,
    "lineSpacing" INTEGER,
    "font" "ReadingFont",
    "lineFocus" BOOLEAN,
    "theme" "ReadingTheme",
    "readAloud" BOOLEAN,
    "speechRate" INTEGER,
    "voiceName" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReadingPreference_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "ClassReadingDefault" (
    "classId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "readAloud" BOOLEAN NOT NULL DEFAULT false,
    "dyslexicFont" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClassReadingDefault_pkey" PRIMARY KEY ("classId","studentId")
);

CREATE INDEX "ClassReadingDefault_studentId_idx" ON "ClassReadingDefault"("studentId");

ALTER TABLE "ReadingPreference" ADD CONSTRAINT "ReadingPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClassReadingDefault" ADD CONSTRAINT "ClassReadingDefault_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClassReadingDefault" ADD CONSTRAINT "ClassReadingDefault_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
