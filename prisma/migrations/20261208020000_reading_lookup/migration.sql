-- Reading lookup (issue 20): a teacher's glossary, per lesson on their own lessons and per assignment on shared
-- ones, which takes precedence over WordNet, and how often an assignment's students looked each word up.

CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT,
    "assignmentId" TEXT,
    "word" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "example" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "GlossaryEntry_lessonId_word_key" ON "GlossaryEntry"("lessonId", "word");
CREATE UNIQUE INDEX "GlossaryEntry_assignmentId_word_key" ON "GlossaryEntry"("assignmentId", "word");

ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "WordLookupCount" (
    "assignmentId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WordLookupCount_pkey" PRIMARY KEY ("assignmentId","word")
);

ALTER TABLE "WordLookupCount" ADD CONSTRAINT "WordLookupCount_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
