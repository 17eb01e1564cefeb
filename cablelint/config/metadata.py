"""Cable metadata files (``metadata.jsonl``): what the release says about each cable.

Why in ``config``: a metadata file is named by the configuration (the
``metadata`` key) or by ``--metadata``, and is read by the resolver when it
makes a file's plan.  It used to live in ``cablelint.check``, which imports
``cablelint.config``: the resolver had to import it back lazily, a cycle.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cablelint.config.validation import key_path, problems
from cablelint.schemas import load_schema


def load_metadata(path: str) -> dict[str, dict[str, str]]:
    """A ``metadata.jsonl`` file: one JSON object per line with at least ``id``.

    Raises ``OSError`` when the file cannot be read and ``ValueError`` (with
    the line number) for a line that is no such record or text that is not
    UTF-8.  The records are checked against the metadata schema (a string
    ``id``; ``created``, ``classification`` ... strings): a value of the wrong
    type is the user's to correct, not a rule's to trip over.
    """
    lines: list[int] = []  # the line number of each record
    found: list[Any] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            found.append(json.loads(line))
        except ValueError as error:
            raise ValueError(f"{path}:{number}: not a metadata record ({error})") from error
        lines.append(number)
    wrong = problems(load_schema("metadata"), found)
    if wrong:
        where, message = wrong[0]
        index, *keys = where
        raise ValueError(f"{path}:{lines[int(index)]}: not a metadata record: "
                         f"{key_path('', keys) if keys else 'the line'}: {message}")
    return {record["id"]: record for record in found}
