-- When each account last signed in (issue 21): the class roster export shows it. Null until the first sign-in
-- after this release, since Lectern recorded no sign-in time before.

ALTER TABLE "User" ADD COLUMN "lastSignInAt" TIMESTAMPTZ(3);
