"""Start-up: a one-file check and ``--version`` import only what they use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cablelint import __version__

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ottawa-1502.txt"

# Runs main() the way the console script does, then lists what got imported.
PROBE = """
import sys
from cablelint.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
print("\\nIMPORTED", *sorted(sys.modules), file=sys.stderr)
"""


def _imported(tmp_path: Path, *args: str) -> tuple[str, set[str]]:
    env = dict(os.environ, CABLELINT_CACHE_DIR=str(tmp_path / "cache"))
    quiet = tmp_path / "cwd"  # sys.path[0]: a directory nothing is written to
    quiet.mkdir()
    for _ in range(2):  # the first run writes the table cache and the plugin scan
        run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                             text=True, env=env, cwd=quiet, check=False)
    return run.stdout, set(run.stderr.rpartition("IMPORTED")[2].split())


def test_version_imports_almost_nothing(tmp_path: Path) -> None:
    output, modules = _imported(tmp_path, "--version")
    assert output == f"cablelint {__version__}\n"
    assert {"argparse", "cablelint.reports", "cablelint.check", "cablelint.rules"} & modules \
        == set()


def test_one_file_check_skips_what_it_does_not_use(tmp_path: Path) -> None:
    output, modules = _imported(tmp_path, "check", str(EXAMPLE))
    assert "CL" in output  # it did check
    unused = {"lark", "jsonschema", "importlib.metadata", "multiprocessing",
              "cablelint.server", "cablelint.reports.sarif", "cablelint.reports.junit",
              "cablelint.reports.json_report", "cablelint.baseline"}
    assert unused & modules == set()
