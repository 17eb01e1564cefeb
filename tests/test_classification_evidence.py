"""The document's classification on the real corpora (issue #12).

Acceptance figure: the cable's level is established on at least 99.5% of the
cables of each development corpus -- from the banner, or, where the banner was
lost or damaged past reading, from the other evidence the cable holds (ZNY
line, page-break banners, pseudo banner, closing line; the metadata record is
left out here, since the level is compared with it) -- and it agrees with the
``classification`` of ``metadata.jsonl`` except in the cables listed below,
each with the reason read in the cable: three files carry another cable's
text, and two consistent CONFIDENTIAL cables have a SECRET record.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_corpus

from cablelint.analysis.overall_level import overall_level
from cablelint.fields.banner import read_label
from cablelint.parser import parse_source
from cablelint.rules.base import RuleContext, Settings
from cablelint.source import SourceText

#: U and SBU are one level for this comparison (the viewer labels SBU cables
#: UNCLASSIFIED): the metadata's level word for each level code
_NAMES = {"U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "C": "CONFIDENTIAL", "S": "SECRET",
          "TS": "TOP SECRET"}

#: cable -> (level established, metadata level): where the cable and the metadata
#: disagree, the cable's own fault, read in each one
KNOWN_DISAGREEMENTS = {
    "wikileaks-dev": {
        # the file carries a Moscow cable's text (banner MOSCOW 000512)
        "09HAVANA132": ("CONFIDENTIAL", "SECRET"),
        # banner, ZNY CCCCC and all 14 portion marks say CONFIDENTIAL: the record
        # (SECRET//NOFORN) disagrees with a consistent cable
        "09TBILISI1123": ("CONFIDENTIAL", "SECRET"),
    },
    "wikileaks-dev2": {
        # the file carries a Moscow cable's text (banner MOSCOW 005154)
        "07PARIS2725": ("SECRET", "CONFIDENTIAL"),
        # banner, ZNY CCCCC and every portion mark say CONFIDENTIAL: the record
        # disagrees with a consistent cable
        "08RABAT727": ("CONFIDENTIAL", "SECRET"),
        # the file carries an Islamabad cable's text (banner ISLAMABAD 000416)
        "10MEXICO614": ("SECRET", "UNCLASSIFIED"),
    },
}
MIN_RATE = 0.995


def _levels(corpus_name: str) -> tuple[int, dict[str, tuple[str | None, str, bool]]]:
    """Cable count, and per cable (level, metadata level, from the banner)."""
    directory = shared_corpus(corpus_name)
    metadata = {}
    with open(directory / "metadata.jsonl", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            metadata[record["id"]] = read_label(record["classification"]).level
    found = {}
    files = sorted(directory.glob("*.txt"))
    settings = Settings()  # no metadata: the level must come from the cable
    for path in files:
        source = SourceText.from_path(path)
        overall = overall_level(RuleContext(parse_source(source), source, settings))
        level = _NAMES.get(overall.level or "")
        found[path.stem] = (level, metadata.get(path.stem, ""), overall.from_banner)
    return len(files), found


@pytest.mark.parametrize("corpus_name", ["wikileaks-dev", "wikileaks-dev2"])
def test_classification_established_and_agrees_with_metadata(corpus_name: str) -> None:
    count, found = _levels(corpus_name)
    established = [cable for cable, (level, _, _) in found.items() if level is not None]
    assert len(established) / count >= MIN_RATE, sorted(set(found) - set(established))
    disagreements = {cable: (level, wanted) for cable, (level, wanted, _) in found.items()
                     if level is not None and level != wanted}
    assert disagreements == KNOWN_DISAGREEMENTS[corpus_name]
