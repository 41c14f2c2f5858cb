"""How each rule type finds its matches.

A matcher is compiled once per rule (``cls(rule, nlp)``) and then called per
analysis (``find(analysis)``), yielding ``Hit``s (``hit.py``). The engine turns
hits into findings. Which class serves which ``type:``, and which Python check
serves which ``function:``, is the explicit table in ``registry.py``.
"""
