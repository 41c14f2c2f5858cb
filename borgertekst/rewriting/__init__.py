"""Building blocks for TRÆK rewrites (see ``borgertekst/rewrite.py``):
word substitutions from findings, sentence rewrites from ``sentences.yaml``,
and passive → active with "vi"."""
