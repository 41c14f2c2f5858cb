"""Checks that need code, one module per category. They register functions
(``type: function`` rules) or rule types; their wording lives in ``rules/``."""
