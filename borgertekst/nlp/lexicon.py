"""Word lists the language layer consults: the lemma lookup table from
spacy-lookups-data and small closed classes of Danish words."""

from __future__ import annotations

from functools import lru_cache

from spacy.lookups import load_lookups

# Verbs in -s that are active in meaning (deponents, reciprocals).
DEPONENTS = frozenset(
    """synes syntes lykkes lykkedes findes fandtes mindes mindedes færdes trives trivedes
    længes længtes skændes skændtes slås sloges enes enedes væmmes undres undredes kappes
    omgås omgikkes mødes mødtes følges fulgtes brydes tales hedes kedes ses sås ældes
    svedes fattes fornemmes lades""".split()
)


@lru_cache(maxsize=1)
def lemma_table():
    """spaCy's Danish lemma lookup ``Table`` (keys are hashed; ``get(str)`` works)."""
    return load_lookups("da", ["lemma_lookup"]).get_table("lemma_lookup")
