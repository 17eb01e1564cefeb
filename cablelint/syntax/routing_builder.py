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
    order), or None when the cable has none."""
    if not tokens:
        return None
    by_type: dict[str, list[Token]] = {}
    for token in tokens:
        by_type.setdefault(token.type, []).append(token)

    def first(kind: str) -> Token | None:
        found = by_type.get(kind)
        return found[0] if found else None

    de = first("DE_LINE")
    station, serial = parse_de(de.value) if de else (None, None)
    zn = first("ZN_LINE")
    dtg_token = first("DTG_LINE")
    dtg = parse_dtg(source, dtg_token.value, dtg_token.start_pos) if dtg_token else None
    fm = first("FM_LINE")
    to: list[str] = []
    info: list[str] = []
    target = None
    other: list[str] = []
    for token in tokens:
        text = token.value
        if token.type == "TO_LINE":
            target = to
            to.append(text[3:].strip())
        elif token.type == "INFO_LINE":
            target = info
            if text[4:].strip():
                info.append(text[4:].strip())
        elif token.type == "ROUTING_TEXT" and target is not None:
            target.append(text)
        elif token.type in ("ROUTING_TEXT", "DISTRIBUTION_LINE"):
            other.append(text)
    precedence_lines = by_type.get("PRECEDENCE_LINE", [])
    indicators: list[str] = []
    for token in precedence_lines + by_type.get("RI_LINE", []):
        words = token.value.split()
        indicators.extend(w for w in words if len(w) > 2)
    vzczc = first("VZCZC_LINE")
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
