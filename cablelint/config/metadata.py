"""Cable metadata files (``metadata.jsonl``): what the release says about each cable.

Why in ``config``: a metadata file is named by the configuration (the
``metadata`` key) or by ``--metadata``, and is read by the resolver when it
makes a file's plan.  It used to live in ``cablelint.check``, which imports
``cablelint.config``: the resolver had to import it back lazily, a cycle.
"""

from __future__ import annotations

import json
from pathlib import Path


def load_metadata(path: str) -> dict[str, dict[str, str]]:
    """A ``metadata.jsonl`` file: one JSON object per line with at least ``id``.

    Raises ``OSError`` when the file cannot be read and ``ValueError`` (with
    the line number) for a line that is no such record or text that is not
    UTF-8.
    """
    records: dict[str, dict[str, str]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            records[record["id"]] = record
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a metadata record ({error})") from error
    return records
