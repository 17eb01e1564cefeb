"""CL915 newspaper-dateline."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from cablelint.diagnostics import Diagnostic, Edit
from cablelint.rules.base import FixAvailability, Rule, RuleContext, cable_id_of


class NewspaperDateline(Rule):
    """A newspaper-style dateline (``Tuesday, 20 January 2004, 09:44``) before the banner.

    The line comes from the newspaper partners' copies, not from the
    telegram.  It is accepted (it even gives the cable date when there is no
    routing header) and checked: its date must agree with the routing DTG
    (one day of slack for time zones) and with the metadata date, and its
    weekday with its date; a disagreement is a warning.

    Why: the line is not part of the cable; when it disagrees with the cable's
    own date, one of them is wrong.  Info: a line that agrees does no harm
    (a disagreement is raised to a warning).

    Source: observed in extracted cables (cable-format.md, section 2).

    Bad:
        Tuesday, 29 April 2008, 15:30
        C O N F I D E N T I A L ZENDA 000417

    Good:
        C O N F I D E N T I A L ZENDA 000417

    Fix: ``--fix`` removes the line (safe).
    """

    code = "CL915"
    name = "newspaper-dateline"
    summary = "A newspaper-style dateline precedes the banner"
    severity = "info"
    basis = "extraction"
    fixable = FixAvailability.SAFE

    def check(self, context: RuleContext) -> Iterator[Diagnostic]:
        # a plain function, not a generator (few cables have a newspaper dateline):
        # a generator made for nothing costs the engine more than the whole test
        if context.document.dateline is None:
            return iter(())
        return self._dateline(context)

    def _dateline(self, context: RuleContext) -> Iterator[Diagnostic]:
        document = context.document
        dateline = document.dateline
        assert dateline is not None
        problems = []
        date = _dt.date.fromisoformat(dateline.date) if dateline.date else None
        if date is not None:
            if date.strftime("%A").lower() != dateline.weekday.lower():
                problems.append(f"{date.isoformat()} was a {date.strftime('%A')}")
            dtg = document.routing.dtg if document.routing else None
            if dtg is not None and dtg.date and \
                    abs((_dt.date.fromisoformat(dtg.date) - date).days) > 1:
                problems.append(f"the DTG says {dtg.date}")
            cable_id = cable_id_of(document)
            record = context.settings.metadata.get(cable_id) if cable_id else None
            created = (record or {}).get("created", "")[:10]
            if created and created != date.isoformat():
                problems.append(f"the metadata date is {created}")
        number = dateline.span.line
        texts, starts = context.source.texts, context.source.starts
        stop = starts[number] if number < len(texts) else len(context.text)
        fix = context.fix("remove the dateline", Edit(starts[number - 1], stop, ""))
        if problems:
            yield context.report(
                dateline.span,
                f"newspaper dateline '{dateline.text.strip()}' disagrees with the cable: "
                + "; ".join(problems) + "; check the date, then remove the line",
                severity="warning", fix=fix)
        else:
            yield context.report(
                dateline.span,
                "newspaper dateline is not part of the telegram; remove it", fix=fix)
