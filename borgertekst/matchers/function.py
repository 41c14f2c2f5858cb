"""``type: function`` – a rule whose matching is a registered Python check."""

from __future__ import annotations


class UnknownFunction(ValueError):
    pass


class FunctionMatcher:
    @staticmethod
    def scope(rule) -> str:
        from .registry import LETTER_FUNCTIONS

        # polite "De" reads the paragraph around it; structure checks read the letter
        return "letter" if rule.function in LETTER_FUNCTIONS else "paragraph"

    def __init__(self, rule, nlp):
        from .registry import FUNCTIONS

        if rule.function not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise UnknownFunction(f"ukendt funktion '{rule.function}' (kendte: {known})")
        self.rule = rule
        self.fn = FUNCTIONS[rule.function]
        setup = getattr(self.fn, "setup", None)
        self.state = setup(rule, nlp) if setup else None

    def find(self, analysis):
        return self.fn(analysis, self.rule, self.state)
