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
    de = first.get("DE_LINE")
    station, serial = parse_de(de.value) if de else (None, None)
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
    )
