"""CL904 markdown-link: hand-written cables."""

from __future__ import annotations

from artifacts_helpers import HEADER, REPO, cable, fixed_clean, on_line
from rule_helpers import apply_fixes, findings, where


def test_markdown_tags_are_one_finding_with_a_plain_fix() -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n",
                 header=HEADER.replace("TAGS: PREL PGOV RT", "TAGS: [PREL](#) [PGOV](#) [RT](#)"))
    [found] = findings(text, "CL904")
    line = text.splitlines().index("TAGS: [PREL](#) [PGOV](#) [RT](#)") + 1
    assert where(found) == (line, 7, line, 34)  # from the first '[' to the last ')'
    assert found.severity == "warning" and "PREL PGOV RT" in found.message
    assert "TAGS: PREL PGOV RT\n" in fixed_clean(text, "CL904")


def test_autolink_is_info_and_loses_its_angle_brackets() -> None:
    text = cable("\u00b61. (C) The coalition wobbles.\n\nVisit Strelsau's Classified Web Site at\n"
                 "<http://www.state.sgov.gov/p/eur/strelsau>\n")
    [found] = findings(text, "CL904")
    assert found.severity == "info"
    assert text[found.span.start:found.span.end] == "<http://www.state.sgov.gov/p/eur/strelsau>"
    assert "\nhttp://www.state.sgov.gov/p/eur/strelsau\n" in fixed_clean(text, "CL904",
                                                                       unsafe=True)


def test_plain_tags_and_comparisons_are_left_alone() -> None:
    text = cable("\u00b61. (C) Support fell to < 40 percent <b> of voters.\n")
    assert findings(text, "CL904") == []


def test_the_users_seed_cable_tags_and_footer_url() -> None:
    seed = (REPO / "examples" / "ottawa-1502.txt").read_text(encoding="utf-8")
    found = findings(seed, "CL904", path="examples/ottawa-1502.txt")
    assert [(d.span.line, d.severity) for d in found] == [(11, "warning"), (97, "info")]
    fixed = apply_fixes(seed, found[:1])
    assert on_line(fixed, 11) == "TAGS: PREL MARR PK IN CA"
