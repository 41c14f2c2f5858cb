"""borgertekst: a Danish written-communication assistant for municipalities (see README.md)."""
