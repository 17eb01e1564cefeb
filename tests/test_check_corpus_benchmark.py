"""benchmarks/check_corpus.py runs to its end (it reports speed; nothing here is timed).

Why: its per-rule timing called every rule on every cable, bypassing the
engine's applicability (``Rule.requires``), and crashed on the first cable
without a routing header after printing its main figures; nothing noticed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_check_corpus_finishes_on_cables_without_every_part(tmp_path: Path) -> None:
    # the example has a routing header; a defects file without one is what crashed
    for name in ("ottawa-1502.txt", "structure-defects.txt", "printout-wrapper.txt"):
        shutil.copy(REPO / "examples" / name, tmp_path / name)
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "check_corpus.py"), "--rounds", "1",
         "--corpus", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "corpus: 3 cables" in done.stdout
    assert "slowest rules (us per cable): CL" in done.stdout
