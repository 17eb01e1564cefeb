"""CL512 eo-line-format."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from cablelint.analysis.authority import add_years, cable_range, tables
from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext


class ExecutiveOrderLineFormat(Rule):
    """The E.O. line reads ``E.O. <order>: DECL: MM/DD/YYYY`` (or ``N/A``,
    ``OADR``, an exemption code).

    Reported: the keyword written with a digit zero (``E.0. 12958``), ``N/A``
    written without its slash (``NA``), a date
    written another way (``2019/07/29``, ``6/7/2017``,
    ``06/18/17``, ``2019-02-12``), a date with no ``DECL`` keyword, a misspelt
    keyword (``DECLl``), an impossible date.  ``EO 12958 DECL:`` and lower
    case alone are style and not reported.

    Why: one form keeps the line machine-readable; ``YYYY/MM/DD`` and
    two-digit years are easy to misread.  Info: the date means the same in
    any of these forms.

    Source: cable convention (the form of 246 of 268 dated E.O. lines).

    Bad:
        EO 12958 DECL: 2019/07/29
        E.O. 12958 03/24/2019

    Good:
        E.O. 12958: DECL: 07/29/2019
        E.O. 12958: DECL: 03/24/2019

    Fix: ``--fix`` writes the letter O for a digit zero in the keyword and the
    slash of ``N/A`` (safe);
    it rewrites the line as ``E.O. <order>: DECL: MM/DD/YYYY`` when the
    date is certain (safe); a two-digit year only when the 20YY reading falls
    after the cable date and within 25 years of it.
    """

    code = "CL512"
    name = "eo-line-format"
    summary = "The E.O. line is not written 'E.O. <order>: DECL: MM/DD/YYYY'"
    severity = "info"
    basis = "convention"
    fixable = FixAvailability.SAFE
    requires = frozenset({"eo"})

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        eo = context.document.eo
        if eo.zero_for_o is not None:
            yield context.report(
                eo.zero_for_o, f"'{eo.keyword}' has a digit zero for the letter O; write 'E.O.'",
                fix=context.fix("write the letter O", context.replace(eo.zero_for_o, "O")))
        if eo.order is None or eo.order_span is None:
            return
        declassification = eo.declassification
        keyword = eo.decl_keyword
        na = declassification.keyword_span if declassification.kind == "n/a" else None
        if na is not None and "/" not in (written := context.text[na.start:na.end]):
            yield context.report(na, f"'{written}' is N/A without its slash; write 'N/A'",
                                 fix=context.fix("write N/A", context.replace(na, "N/A")))
        # the common lines ("DECL: 03/14/2019", "E.O. 12958: N/A") decided without spans
        word = keyword.upper() if keyword is not None else None
        if declassification.kind != "date":
            if word is None or word in ("DECL", "GDS"):
                return
        elif word == "DECL" and declassification.date is not None \
                and declassification.date_format == "MM/DD/YYYY":
            return
        text = context.text
        keyword_span = eo.decl_keyword_span
        if declassification.kind != "date":
            if keyword_span is not None and keyword.upper() not in ("DECL", "GDS"):
                yield context.report(keyword_span, f"'{keyword}' is misspelt; write 'DECL:'",
                                     fix=context.fix("write DECL", context.replace(
                                         keyword_span, "DECL")))
            return
        date_span = declassification.date_span
        if date_span is None:
            return
        written = text[date_span.start:date_span.end]
        problems = []
        if keyword is None:
            problems.append((date_span, f"no 'DECL:' before the date '{written}'"))
        elif keyword.upper() != "DECL" and keyword_span is not None:
            problems.append((keyword_span, f"'{keyword}' is misspelt"))
        if declassification.date is None:
            yield context.report(date_span, f"'{written}' is not a calendar date; correct it")
            return
        if declassification.date_format != "MM/DD/YYYY":
            problems.append((date_span, f"date '{written}' is written "
                             f"{declassification.date_format}"))
        if not problems:
            return
        day = _dt.date.fromisoformat(declassification.date)
        canonical = f"E.O. {eo.order}: DECL: {day.month:02d}/{day.day:02d}/{day.year}"
        fix = None
        if eo.keyword_span is not None and _certain(context, declassification.date_format, day):
            fix = context.fix(f"write '{canonical}'",
                              Edit(eo.keyword_span.start, date_span.end, canonical))
        span, message = problems[0]
        more = "; ".join(m for _, m in problems[1:])
        yield context.report(span, f"{message}{'; ' + more if more else ''}; write "
                             f"'{canonical}'", fix=fix)


def _certain(context: RuleContext, date_format: str | None, day: _dt.date) -> bool:
    """The date is read without doubt: any form but a two-digit year, or a two-digit
    year whose 20YY reading falls after the cable and within 25 years (and slack)."""
    if date_format != "MM/DD/YY":
        return True
    bounds = cable_range(context)
    return bounds is not None and bounds[1] < day <= add_years(bounds[0], 25) + \
        tables(context).slack
