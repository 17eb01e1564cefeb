"""``json-lines``: one JSON object per finding per line, for streaming tools.

Each line is a finding of the ``json`` format plus its ``path``.  A file that
could not be read is a line ``{"path": ..., "error": ...}`` instead, so a
consumer never mistakes an unreadable file for a clean one.  The line shape is
``$defs/json_line`` of ``cablelint schema report``.
"""

from __future__ import annotations

import json
from typing import TextIO

from cablelint.check import CheckRun
from cablelint.reports import ReportContext
from cablelint.reports.common import diagnostic_data, findings


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    for result, diagnostic in findings(run):
        rule = context.rules.get(diagnostic.code)
        data = {"path": result.path,
                **diagnostic_data(diagnostic, result.source, rule.name if rule else None)}
        stream.write(json.dumps(data, ensure_ascii=False) + "\n")
    for error in run.errors:
        stream.write(json.dumps({"path": error.path, "error": error.message},
                                ensure_ascii=False) + "\n")
