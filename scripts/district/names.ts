// Varied, plausible names make the gradebook look like a real roster when the benchmark renders it.
export const FIRST_NAMES = (
  "Aaliyah Aarav Amara Ben Camila Chen Daniel Diego Elena Emeka Fatima Finn Grace Hana Hugo Imani Isaac Jada " +
  "Jonas Kai Layla Leo Lucia Malik Maya Mei Nadia Noah Olivia Omar Priya Quinn Rafael Rosa Sami Sofia Tariq Uma Wei Zoe"
).split(" ");

export const LAST_NAMES = (
  "Abadi Andersen Bello Brooks Castillo Chowdhury Dubois Evans Fischer Garcia Hassan Hughes Ito Jensen Kim " +
  "Kowalski Lopez Mensah Morales Nguyen Novak Okafor Ortiz Patel Petrov Quispe Reyes Rossi Santos Schmidt Silva " +
  "Singh Tanaka Torres Usman Vargas Walker Wong Yilmaz Zhang"
).split(" ");

/** A teacher teaches one subject in each of their periods. */
export const SUBJECTS = ["Civics", "English", "World History", "Government", "Journalism", "Debate"];
