"""spaCy components of the Danish language layer, registered by name on import.

Each component reads only tokens and writes token attributes, so it runs the
same on a Doc from the tokenizer and on ``Doc(vocab, words=…, spaces=…)``:

- ``borgertekst_sentences`` (sentences.py)
- ``borgertekst_lemmas`` (lemmas.py)
- ``borgertekst_morph`` (morphology.py)
"""

from .lemmas import Lemmatizer
from .morphology import Morphologizer, WordMorphology
from .sentences import sentence_ends, sentence_starts, set_sentences

__all__ = ["Lemmatizer", "Morphologizer", "WordMorphology", "sentence_ends", "sentence_starts", "set_sentences"]
