"""A real editor: Neovim's built-in LSP client against ``cablelint server``.

``tests/nvim/lsp_check.lua`` opens a copy of the example cable in a headless
Neovim, attaches ``vim.lsp`` to ``python -m cablelint server``, records the
diagnostics, deletes the misread pilcrow of '17.' and records them again.

Skipped when ``nvim`` is not installed, unless CABLELINT_REQUIRE_NVIM is set
(CI installs Debian's neovim and sets it): then a missing nvim fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_server import PILCROWS

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "ottawa-1502.txt"
SCRIPT = HERE / "nvim" / "lsp_check.lua"


@pytest.fixture
def nvim() -> str:
    found = shutil.which("nvim")
    if found is None:
        if os.environ.get("CABLELINT_REQUIRE_NVIM"):
            pytest.fail("CABLELINT_REQUIRE_NVIM is set but nvim is not installed "
                        "(apt-get install neovim)")
        pytest.skip("nvim is not installed (apt-get install neovim); "
                    "set CABLELINT_REQUIRE_NVIM=1 to make this a failure")
    return found


def pilcrow_positions(diagnostics: list[dict]) -> list[tuple[int, int, int]]:
    return [(d["line"], d["col"], d["end_col"]) for d in diagnostics if d["code"] == "CL901"]


def test_neovim_shows_the_pilcrow_findings_and_updates_them(nvim: str, tmp_path: Path) -> None:
    cable = tmp_path / "ottawa-1502.txt"
    shutil.copyfile(EXAMPLE, cable)
    out = tmp_path / "result.json"
    edit_line = PILCROWS[0][0]  # '17. (C) ...' -> '7. (C) ...'
    env = {**os.environ,
           "CABLELINT_PYTHON": sys.executable, "CABLELINT_CABLE": str(cable),
           "CABLELINT_EDIT_LINE": str(edit_line), "CABLELINT_OUT": str(out),
           # keep Neovim's state, log and swap files out of the user's home
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    completed = subprocess.run(
        [nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", f"luafile {SCRIPT}"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL)
    assert out.exists(), f"nvim wrote no result (exit {completed.returncode}): " \
                         f"{completed.stdout[-2000:]} {completed.stderr[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in result, result.get("error")
    assert completed.returncode == 0

    # the example's lines are ASCII up to each number: byte columns == UTF-16 units
    expected = [(line, 0, len(number)) for line, number in PILCROWS]
    assert pilcrow_positions(result["first"]) == expected
    first = next(d for d in result["first"] if d["code"] == "CL901")
    assert first["message"].startswith("paragraph number '17.' follows ¶6")
    # the edit fixed '17.': that finding is gone, the others stay where they were
    assert pilcrow_positions(result["after_edit"]) == expected[1:]
    others = [(d["line"], d["col"], d["code"]) for d in result["after_edit"]
              if d["code"] != "CL901"]
    assert others == [(d["line"], d["col"], d["code"]) for d in result["first"]
                      if d["code"] != "CL901"]
