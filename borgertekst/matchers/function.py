"""``type: function`` – a rule whose matching is a registered Python check."""

from __future__ import annotations


class UnknownFunction(ValueError):
    pass


class FunctionMatcher:
    @staticmethod
    def scope(rule, letter_functions=frozenset()) -> str:
        # polite "De" reads the paragraph around it; structure checks read the letter
        return "letter" if rule.function in letter_functions else "paragraph"

    def __init__(self, rule, nlp, functions: dict):
        """``functions``: the table of checks by name (``registry.FUNCTIONS``)."""
        if rule.function not in functions:
            known = ", ".join(sorted(functions))
            raise UnknownFunction(f"ukendt funktion '{rule.function}' (kendte: {known})")
        self.rule = rule
        self.fn = functions[rule.function]
        setup = getattr(self.fn, "setup", None)
        self.state = setup(rule, nlp) if setup else None

    def find(self, analysis):
        return self.fn(analysis, self.rule, self.state)
