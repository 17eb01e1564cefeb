"""Shared fixtures: the development corpus and its metadata.

The corpus lives outside the repository (``../shared/corpus/wikileaks-dev``
next to the checkout).  Where it is missing the corpus tests skip with the
reason; ``CABLELINT_REQUIRE_CORPUS=1`` (set by ``.ci/run``) makes that a
failure instead, so CI can never pass by not testing the real cables.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikileaks-dev"


def corpus_dir() -> Path:
    return Path(os.environ.get("CABLELINT_CORPUS", DEFAULT_CORPUS))


def shared_corpus(name: str) -> Path:
    """``../shared/corpus/NAME``, or skip (fail when CABLELINT_REQUIRE_CORPUS is set)."""
    directory = REPO.parent / "shared" / "corpus" / name
    if not (directory / "metadata.jsonl").is_file():
        reason = f"corpus {name} not found at {directory} (expected ../shared next to the checkout)"
        if os.environ.get("CABLELINT_REQUIRE_CORPUS"):
            pytest.fail(reason + "; CABLELINT_REQUIRE_CORPUS is set")
        pytest.skip(reason)
    return directory


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus directory, or skip (fail when CABLELINT_REQUIRE_CORPUS is set)."""
    directory = corpus_dir()
    if not (directory / "metadata.jsonl").is_file():
        reason = (f"development corpus not found at {directory} (expected ../shared next to "
                  "the checkout, or set CABLELINT_CORPUS)")
        if os.environ.get("CABLELINT_REQUIRE_CORPUS"):
            pytest.fail(reason + "; CABLELINT_REQUIRE_CORPUS is set")
        pytest.skip(reason)
    return directory


SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="session")
def sarif_validator():
    """The official SARIF 2.1.0 schema (from ../shared) as a Draft 4 validator.

    Skipped with the reason outside the workspace, a failure under
    CABLELINT_REQUIRE_CORPUS, like the corpus.
    """
    import jsonschema

    if not SARIF_SCHEMA.is_file():
        reason = (f"SARIF schema not found at {SARIF_SCHEMA} (expected ../shared next to "
                  "the checkout)")
        if os.environ.get("CABLELINT_REQUIRE_CORPUS"):
            pytest.fail(reason + "; CABLELINT_REQUIRE_CORPUS is set")
        pytest.skip(reason)
    return jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_metadata(corpus: Path) -> dict[str, dict[str, str]]:
    lines = (corpus / "metadata.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, filter(None, lines))}


@pytest.fixture(scope="session")
def corpus_documents(corpus_files: list[Path]):
    from cablelint.parser import parse_file

    return {path.stem: parse_file(path) for path in corpus_files}


@pytest.fixture(scope="session")
def corpus_findings(corpus_files: list[Path]):
    """Every rule (default-off ones too) over every corpus cable, computed once.

    Maps cable id to its diagnostics.  Metadata is given, as it would be with
    ``cablelint check --metadata``.
    """
    from cablelint.config.metadata import load_metadata
    from cablelint.engine import run_rules
    from cablelint.parser import parse_source
    from cablelint.rules.base import Settings
    from cablelint.rules.registry import all_rules
    from cablelint.source import SourceText

    rules = [rule() for rule in all_rules()[0]]
    settings = Settings(metadata=load_metadata(str(corpus_dir() / "metadata.jsonl")))
    results = {}
    for path in corpus_files:
        source = SourceText.from_path(path)
        results[path.stem] = run_rules(parse_source(source), source, rules, settings)
    return results


@pytest.fixture(autouse=True, scope="session")
def _private_table_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests build the LALR tables into their own cache, never the user's."""
    os.environ["CABLELINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cablelint-cache"))
