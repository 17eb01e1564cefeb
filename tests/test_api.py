"""The Python API: ``lint_text`` / ``lint_file`` give what ``cablelint check`` gives."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import cablelint
from cablelint.config import ConfigError

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ottawa-1502.txt"
DEV_CABLE = REPO.parent / "shared" / "corpus" / "wikileaks-dev" / "04AMMAN1288.txt"

CABLE = """C O N F I D E N T I A L ZENDA 000123

SIPDIS

E.O. 12958: DECL: 01/01/2019
TAGS: PREL AU
SUBJECT: THE CORONATION

Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)

1. The king was crowned.

RASSENDYLL
"""


def _cli_findings(path: Path, *flags: str) -> list[tuple]:
    flags = flags or ("--isolated",)  # the defaults, as lint_text without a config
    run = subprocess.run([sys.executable, "-m", "cablelint", "check",
                          "--output-format", "json", *flags, str(path)],
                         capture_output=True, text=True, cwd=REPO, check=False)
    [file] = json.loads(run.stdout)["files"]
    return [(d["code"], d["severity"], d["message"], d["line"], d["column"], d["end_line"],
             d["end_column"], d["fix"] is not None) for d in file["diagnostics"]]


def _shown(findings: list) -> list[tuple]:
    return [(d.code, d.severity, d.message, d.span.line, d.span.column, d.span.end_line,
             d.span.end_column, d.fix is not None) for d in findings]


@pytest.mark.parametrize("path", [EXAMPLE, DEV_CABLE], ids=["example", "dev-cable"])
def test_same_findings_as_the_command_line(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not available")
    expected = _cli_findings(path)
    assert expected  # the comparison says something
    text = path.read_bytes().decode("utf-8")
    assert _shown(cablelint.lint_text(text, str(path))) == expected
    assert _shown(cablelint.lint_file(path)) == expected


def test_config_mapping_and_file_match_the_command_line(tmp_path: Path) -> None:
    settings = 'select = ["CL9"]\nignore = ["CL901"]\n[severity]\nCL904 = "error"\n'
    (tmp_path / "cablelint.toml").write_text(settings, encoding="utf-8")
    expected = _cli_findings(EXAMPLE, "--config", str(tmp_path / "cablelint.toml"))
    assert {finding[0] for finding in expected} == {"CL904", "CL908", "CL910", "CL913"}
    mapping = {"select": ["CL9"], "ignore": ["CL901"], "severity": {"CL904": "error"}}
    assert _shown(cablelint.lint_file(EXAMPLE, config=mapping)) == expected
    assert _shown(cablelint.lint_file(EXAMPLE, config=tmp_path / "cablelint.toml")) == expected
    assert _shown(cablelint.lint_file(EXAMPLE, config=str(tmp_path / "cablelint.toml"))) == \
        expected


def test_invalid_configuration_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"<config>: select\[0\]: unknown rule selector"):
        cablelint.lint_text(CABLE, config={"select": ["CL999"]})
    with pytest.raises(ConfigError, match="unknown key 'selct'"):
        cablelint.lint_text(CABLE, config={"selct": ["CL2"]})


def test_no_state_between_calls_and_no_discovery(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    default = cablelint.lint_text(CABLE, "zenda.txt")
    assert default
    assert cablelint.lint_text(CABLE, "zenda.txt", config={"select": ["CL1"]}) != default
    assert cablelint.lint_text(CABLE, "zenda.txt") == default
    # a configuration file where the call is made is not looked for
    (tmp_path / "cablelint.toml").write_text('select = ["CL1"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cablelint.lint_text(CABLE, "zenda.txt") == default


def test_arguments_and_results_pickle() -> None:
    arguments = (CABLE, "zenda.txt", {"ignore": ["CL913"]})
    assert pickle.loads(pickle.dumps(arguments)) == arguments
    findings = cablelint.lint_text(*arguments)
    assert findings and pickle.loads(pickle.dumps(findings)) == findings


def test_maps_over_worker_processes() -> None:
    texts = [CABLE, CABLE.replace("ZENDA", "STRELSAU")]
    with ProcessPoolExecutor(max_workers=1) as pool:
        mapped = list(pool.map(cablelint.lint_text, texts))
    assert mapped == [cablelint.lint_text(text) for text in texts]


def test_import_cablelint_stays_light() -> None:
    code = "import sys, cablelint; print(sorted(m for m in sys.modules if 'cablelint' in m))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ), check=True)
    assert run.stdout.strip() == "['cablelint']"
