"""The routing header's model, from its line tokens (VZCZC, precedence, DE, ZN,
DTG, FM, TO and INFO lines and the text that continues them).

Kept apart from :mod:`cablelint.syntax.builder`: the routing lines are read
field by field (:mod:`cablelint.fields.routing`) and only gathered here.
"""

from __future__ import annotations

from cablelint.fields.routing import parse_de, parse_dtg, parse_zn
from cablelint.model import RoutingHeader
from cablelint.source import SourceText
from cablelint.syntax.lalr import Token

#: the lines a routing header opens with, before its DE line
_OPENING = frozenset({"VZCZC_LINE", "PRECEDENCE_LINE", "RI_LINE"})


def build_routing(source: SourceText, tokens: list[Token]) -> RoutingHeader | None:
    """The routing header made of ``tokens`` (the prologue's routing lines, in
    order), or None when the cable has none.

    One pass over the tokens: the lines of a kind read once are taken at their
    first occurrence, the addressee lines gathered as they come (a cable has a
    few dozen routing lines, a corpus thousands).
    """
    if not tokens:
        return None
    first: dict[str, Token] = {}
    de_again = False  # a second DE line: another cable's header, or a copy
    precedence_lines: list[Token] = []
    ri_lines: list[Token] = []
    to: list[str] = []
    info: list[str] = []
    target = None
    other: list[str] = []
    for token in tokens:
        kind = token.type
        if kind == "ROUTING_TEXT":
            (other if target is None else target).append(token.value)
        elif kind == "TO_LINE":
            target = to
            to.append(token.value[3:].strip())
        elif kind == "INFO_LINE":
            target = info
            if token.value[4:].strip():
                info.append(token.value[4:].strip())
        elif kind == "DISTRIBUTION_LINE":
            other.append(token.value)
        elif kind == "PRECEDENCE_LINE":
            precedence_lines.append(token)
        elif kind == "RI_LINE":
            ri_lines.append(token)
        elif kind not in first:
            first[kind] = token
        elif kind == "DE_LINE":
            de_again = True
    split = _second_cable(tokens) if de_again else None
    if split is not None:
        header = build_routing(source, tokens[:split])
        if header is not None:
            return header._replace(  # the span still covers every routing line
                span=source.span(tokens[0].start_pos, tokens[-1].end_pos),
                second=build_routing(source, tokens[split:]))
    de = first.get("DE_LINE")
    station, serial, section = parse_de(de.value) if de else (None, None, None)
    zn = first.get("ZN_LINE")
    dtg_token = first.get("DTG_LINE")
    dtg = parse_dtg(source, dtg_token.value, dtg_token.start_pos) if dtg_token else None
    fm = first.get("FM_LINE")
    indicators: list[str] = []
    for token in precedence_lines + ri_lines:
        words = token.value.split()
        indicators.extend(w for w in words if len(w) > 2)
    vzczc = first.get("VZCZC_LINE")
    return RoutingHeader(
        span=source.span(tokens[0].start_pos, tokens[-1].end_pos),
        start_of_message=vzczc.value if vzczc else None,
        precedence=precedence_lines[0].value.split()[0] if precedence_lines else None,
        routing_indicators=tuple(indicators),
        station=station,
        transmission_serial=serial,
        zn_classification=parse_zn(zn.value) if zn else None,
        dtg=dtg,
        origin=fm.value[3:].strip() if fm else None,
        to=tuple(to),
        info=tuple(info),
        other_lines=tuple(other),
        transmission_section=section,
    )


def _second_cable(tokens: list[Token]) -> int | None:
    """Where a second cable's routing header starts in ``tokens``, or None.

    A DE line naming another serial than the first DE line opens another
    cable's header (a file holding two cables: the web page printed a second
    telegram's metadata and routing below the first's routing lines, issue #12);
    its opening lines (VZCZC, precedence) go with it.  A DE line repeating the
    first serial is the same header printed again (CL912's copy).  Asked only
    when the header has two DE lines."""
    des = [index for index, token in enumerate(tokens) if token.type == "DE_LINE"]
    serial = parse_de(tokens[des[0]].value)[1]
    for index in des[1:]:
        if parse_de(tokens[index].value)[1] not in (serial, None):
            while index - 1 > des[0] and tokens[index - 1].type in _OPENING:
                index -= 1
            return index
    return None
