"""cablelint: a linter for US diplomatic cables in the 2010 Cablegate text format.

The Python API is :func:`lint_text` and :func:`lint_file` (see :mod:`cablelint.api`);
they are imported on first use, so that ``import cablelint`` (and every start of
the command line) stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "lint_file", "lint_text"]


def __getattr__(name: str) -> Any:
    if name in ("lint_text", "lint_file"):
        from cablelint import api

        return getattr(api, name)
    raise AttributeError(f"module 'cablelint' has no attribute {name!r}")
