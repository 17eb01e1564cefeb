"""``json-lines``: one JSON object per finding per line, for streaming tools.

Each line is a finding of the ``json`` format plus its ``path``.  A file that
could not be read is a line ``{"path": ..., "error": ...}`` instead, so a
consumer never mistakes an unreadable file for a clean one.  The line shape is
``$defs/json_line`` of ``cablelint schema report``.
"""

from __future__ import annotations

import json

from cablelint.check import FileResult
from cablelint.reports.common import diagnostic_data
from cablelint.reports.stream import Report


class Writer(Report):
    def file(self, result: FileResult) -> None:
        rules = self.context.rules
        for diagnostic in result.diagnostics:
            rule = rules.get(diagnostic.code)
            data = {"path": result.path,
                    **diagnostic_data(diagnostic, result.source, rule.name if rule else None)}
            self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")

    def close(self) -> None:
        for error in self.errors:
            self.stream.write(json.dumps({"path": error.path, "error": error.message},
                                         ensure_ascii=False) + "\n")
