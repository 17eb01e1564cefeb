"""CL914 unbalanced-redaction: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import cable
from rule_helpers import findings


def test_unbalanced_redaction_bracket() -> None:
    text = cable("\u00b61. (C) The [XXXXXXXXXXXX account matches ours; [XXXXXXXXXXXX] and "
                 "XXXXXXXXXXXX agree.\n")
    [found] = findings(text, "CL914")
    assert text[found.span.start:found.span.end] == "["
    assert found.span.column == 13 and found.fix is None
