"""Every rule's documented Bad example is reported by it, and its Good example is not.

Why: ``cablelint explain`` shows these examples as the rule's contract; an
example that the rule does not actually judge that way misleads users.  The
examples are fragments completed into cables by :func:`doc_examples.as_cable`.
"""

from __future__ import annotations

import pytest
from doc_examples import EXAMPLE_SETTINGS, as_cable, examples
from rule_helpers import findings

from cablelint.rules.registry import builtin_rules

#: rules without Bad/Good examples: the parser's own findings (CL0xx) are
#: documented by what the parser cannot read, which no fragment shows.
WITHOUT_EXAMPLES = {"CL000", "CL001", "CL002"}

RULES = [rule for rule in builtin_rules() if rule.code not in WITHOUT_EXAMPLES]


def _params(section: str):
    for rule in RULES:
        for index, example in enumerate(examples(rule.documentation(), section)):
            yield pytest.param(rule.code, example, id=f"{rule.code}-{index}")


def test_every_rule_has_examples() -> None:
    for rule in RULES:
        documentation = rule.documentation()
        assert examples(documentation, "Bad:"), rule.code
        assert examples(documentation, "Good:"), rule.code


@pytest.mark.parametrize(("code", "example"), list(_params("Bad:")))
def test_bad_example_is_reported(code: str, example: str) -> None:
    path, settings = EXAMPLE_SETTINGS.get(code, ("<example>", None))
    assert findings(as_cable(example), code, path=path, settings=settings), as_cable(example)


@pytest.mark.parametrize(("code", "example"), list(_params("Good:")))
def test_good_example_passes(code: str, example: str) -> None:
    path, settings = EXAMPLE_SETTINGS.get(code, ("<example>", None))
    assert findings(as_cable(example), code, path=path, settings=settings) == [], \
        as_cable(example)
