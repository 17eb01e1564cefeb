"""Hatchling build hook: the LALR tables of ``cable.lark``, built into the wheel.

Why: computing the tables needs Lark (~55 ms to import, plus the table
construction), and a cold, read-only or throw-away user cache (CI runners,
containers, pre-commit environments) would pay that on every run.  With the
tables inside the wheel, next to the grammar it force-includes, an installed
cablelint never imports Lark.  The file is named by the same key the runtime
computes (``cablelint.syntax.lalr.table_file_name``), so a grammar that does
not match its tables is never used with them.

The tables are built in a child process running this checkout's code (not
whatever cablelint the build environment may have installed), with a fixed
hash seed: Lark numbers its states in set order, and a fixed seed makes the
wheel reproducible.  Editable installs get no tables; they run from the
source tree and use the user cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_BUILD = """
import sys
from pathlib import Path
from cablelint.syntax.building import build_tables
from cablelint.syntax.lalr import table_file_name, to_json
grammar = Path(sys.argv[1]).read_text(encoding="utf-8")
target = Path(sys.argv[2]) / table_file_name(grammar)
target.write_text(to_json(build_tables(grammar)), encoding="utf-8")
print(target)
"""


class CustomBuildHook(BuildHookInterface):
    """Adds ``cablelint/_data/tables/cable-<key>.json`` to regular (not editable) wheels."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        self._temporary = tempfile.mkdtemp(prefix="cablelint-tables-")
        root = Path(self.root)
        env = dict(os.environ, PYTHONHASHSEED="0",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(root),
                                                            os.environ.get("PYTHONPATH")])))
        result = subprocess.run(
            [sys.executable, "-c", _BUILD, str(root / "grammar" / "cable.lark"),
             self._temporary], env=env, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"building the LALR tables failed:\n{result.stderr}")
        built = Path(result.stdout.strip().splitlines()[-1])
        build_data["force_include"][str(built)] = f"cablelint/_data/tables/{built.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        temporary = getattr(self, "_temporary", None)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
