// Category names and order for people (Danish); colours live in the CSS (class bt-<category>).
export const CATEGORIES = [
  ["klarsprog", "Klarsprog"],
  ["fagsprog", "Fagsprog"],
  ["tone", "Tone (TRYK → TRÆK)"],
  ["struktur", "Struktur"],
  ["stavning", "Stavning"],
];
export const CATEGORY_LABEL = Object.fromEntries(CATEGORIES);
export const SEVERITY_LABEL = { error: "fejl", warning: "advarsel", info: "info" };
export const ELEMENTS = [
  ["indflydelse", "Indflydelse", "Borgeren ved, hvad de kan gøre, og kan påvirke sagen."],
  ["gennemskuelighed", "Gennemskuelighed og neutralitet", "Afgørelsen er begrundet og til at forstå."],
  ["tillid", "Tillid", "Brevet viser, at kommunen har lyttet og vil hjælpe."],
  ["vaerdighed", "Værdighed og respekt", "Tonen er venlig og i øjenhøjde."],
];
