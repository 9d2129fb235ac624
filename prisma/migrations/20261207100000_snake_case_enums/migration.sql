-- Every enum value takes the app's spelling, snake_case, so the database, Prisma, Kysely, SQL text and the JSON
-- formats say the same word and no converter is needed. RENAME VALUE changes only the label in pg_enum: rows store
-- an enum value's OID, so no table is rewritten or scanned and every stored row, column default and index keeps
-- its value. The order of each enum is unchanged (Attempt.skillPoints stores points by the Skill enum's position).
-- Nothing stores an enum label as text (no JSON, CHECK, partial index, view or function names one).
-- Application servers still running the previous release send the old labels and fail once this has run, so
-- replace them together with running it (README, Deploying).

ALTER TYPE "Role" RENAME VALUE 'TEACHER' TO 'teacher';
ALTER TYPE "Role" RENAME VALUE 'STUDENT' TO 'student';

ALTER TYPE "LessonStatus" RENAME VALUE 'DRAFT' TO 'draft';
ALTER TYPE "LessonStatus" RENAME VALUE 'PUBLISHED' TO 'published';

ALTER TYPE "QuestionType" RENAME VALUE 'SINGLE_CHOICE' TO 'single_choice';
ALTER TYPE "QuestionType" RENAME VALUE 'MULTIPLE_SELECT' TO 'multiple_select';
ALTER TYPE "QuestionType" RENAME VALUE 'TRUE_FALSE' TO 'true_false';
ALTER TYPE "QuestionType" RENAME VALUE 'SHORT_ANSWER' TO 'short_answer';
ALTER TYPE "QuestionType" RENAME VALUE 'ORDERING' TO 'ordering';
ALTER TYPE "QuestionType" RENAME VALUE 'OPEN_RESPONSE' TO 'open_response';
ALTER TYPE "QuestionType" RENAME VALUE 'EVIDENCE' TO 'evidence';

ALTER TYPE "Skill" RENAME VALUE 'MAIN_IDEA' TO 'main_idea';
ALTER TYPE "Skill" RENAME VALUE 'DETAIL' TO 'detail';
ALTER TYPE "Skill" RENAME VALUE 'VOCABULARY' TO 'vocabulary';
ALTER TYPE "Skill" RENAME VALUE 'SEQUENCE' TO 'sequence';
ALTER TYPE "Skill" RENAME VALUE 'PERSPECTIVE' TO 'perspective';
ALTER TYPE "Skill" RENAME VALUE 'CLAIM_VS_CRITICISM' TO 'claim_vs_criticism';
ALTER TYPE "Skill" RENAME VALUE 'INFERENCE' TO 'inference';
ALTER TYPE "Skill" RENAME VALUE 'FACT_OPINION' TO 'fact_opinion';

ALTER TYPE "LatePolicy" RENAME VALUE 'ACCEPT_LATE' TO 'accept_late';
ALTER TYPE "LatePolicy" RENAME VALUE 'CLOSE' TO 'close';

ALTER TYPE "ScoringRule" RENAME VALUE 'BEST' TO 'best';
ALTER TYPE "ScoringRule" RENAME VALUE 'LATEST' TO 'latest';

ALTER TYPE "ReleasePolicy" RENAME VALUE 'AFTER_SUBMIT' TO 'after_submit';
ALTER TYPE "ReleasePolicy" RENAME VALUE 'AFTER_DUE' TO 'after_due';
ALTER TYPE "ReleasePolicy" RENAME VALUE 'NEVER' TO 'never';

ALTER TYPE "AttemptStatus" RENAME VALUE 'IN_PROGRESS' TO 'in_progress';
ALTER TYPE "AttemptStatus" RENAME VALUE 'SUBMITTED' TO 'submitted';
