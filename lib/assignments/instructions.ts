/** The longest instructions a teacher may give with an assignment (shown to students above the passage). */
export const INSTRUCTIONS_MAX = 1000;
