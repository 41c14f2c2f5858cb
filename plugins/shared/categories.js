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

// The rubric the panel and the reviewers of the blind sets apply (the same in borgertekst/checks/panel_cues.yaml,
// RUBRIC): per element its question and what covered / weak / missing means, with one example each. Shown on the page
// under "Det skal borgeren kunne mærke", so a reader of the page judges by the same rubric as the product.
export const ELEMENT_RUBRIC = {
  indflydelse: {
    question: "Kan læseren svare, spørge og klage?",
    covered: ["En konkret vej, der passer til brevet: telefon, mail eller en navngiven person. Ved et nej også en hel klagevejledning (hvor, hvordan og fristen), ved en partshøring et sted at svare.",
      "Ring til mig på 72 53 20 18. Du kan klage til Ankestyrelsen inden 4 uger …"],
    weak: ["Der er en vej, men den er ikke hel: »kontakt os« uden hvordan, klagevejledning uden nogen at kontakte, en sms, der ikke kan besvares, eller kun et link.",
      "De er velkommen til at kontakte os. (uden telefon, mail eller adresse)"],
    missing: ["Ingen vej: et nej uden klagevejledning, døren lukket uden nogen at kontakte, eller et brev helt uden telefon, mail, adresse eller klagevejledning (også et venligt svar eller en bevilling).",
      "Yderligere henvendelser i sagen vil ikke blive besvaret."],
  },
  gennemskuelighed: {
    question: "Kan læseren se, hvad der sker, og hvorfor?",
    covered: ["Hvad der sker, og hvorfor, med ord og tal fra læserens egen sag.",
      "I tjener tilsammen 512.000 kr. om året, og grænsen er 468.000 kr."],
    weak: ["Grundlaget er tyndt eller gemt: kun en paragraf, kun reglen selv, en vurdering uden det, den bygger på, en påstand om, at sagen er behandlet korrekt, eller meget lange sætninger.",
      "Træet er bevaringsværdigt i lokalplanen. Det er de regler, der gælder."],
    missing: ["Et nej eller en afgørelse helt uden grund.",
      "Din ansøgning er afslået."],
  },
  tillid: {
    question: "Tager brevet læseren alvorligt?",
    covered: ["Brevet viser, at vi har hørt læseren (tak, forståelse, læserens egne ord eller situation, en undskyldning, hjælp), eller det er et sagligt og korrekt brev til læseren, der ikke siger nej, ikke presser og har en grund, man kan se, fx en venlig påmindelse eller et informationsbrev.",
      "Vi ved godt, at det er mange penge. Ring, så finder vi et beløb, du kan klare."],
    weak: ["Korrekt, men upersonligt: en kvittering, et påbud eller et nej med grund, men intet, der viser, at vi har hørt læseren. Et »jeg« alene er ikke nok.",
      "Vi har modtaget din ansøgning. Sagsbehandlingstiden er 6 uger."],
    missing: ["Et nej eller pres uden forståelse, en lukket dør, eller intet at gå videre med (ingen grund, ingen kontakt, intet næste skridt).",
      "Vi kan ikke hjælpe dig. Der kan ikke søges igen om samme udgift."],
  },
  vaerdighed: {
    question: "Taler brevet fra menneske til menneske?",
    covered: ["Venligt og i øjenhøjde. De-form alene er et register, ikke mangel på respekt, og at skrive lovens krav (»hvis man vidste eller burde have vidst«) er ikke en bebrejdelse.",
      "Tak for Deres svar. Fordi De har forklaret om Deres skulder, får De en længere frist."],
    weak: ["Koldt: myndighedens formler og intet venligt ord, De-form med kancellisprog, eller én formulering, der presser eller afviser. »De er velkommen til at kontakte os« uden nogen kontakt er ikke et venligt ord.",
      "Det meddeles hermed, at ansøgningen afslås."],
    missing: ["To formuleringer, der presser eller irettesætter, eller én i De-form.",
      "Jeg har svaret dig tre gange. Vi kan ikke bruge tid på at svare på det samme igen og igen."],
  },
};
