-- Cause-and-effect items ("why did … ?") were filed under "sequence", which a reviewer marked a wrong skill label.
ALTER TYPE "Skill" ADD VALUE 'cause_effect';
