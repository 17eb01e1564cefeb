"""A misbehaving rule or plugin costs its own findings for one file, not the run.

Issue #13: a plugin that yielded a ``str`` or mutated the source crashed the
run; its ``print()`` corrupted JSON and SARIF on stdout; its ``sys.exit(3)``
exited 3 without a message; an endless generator grew memory without bound;
a looping plugin hung the CLI.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from containment_plugins import (
    CABLE,
    BuiltInMutates,
    Endless,
    Exits,
    Interrupted,
    Loops,
    MutatesSource,
    Prints,
    Sleeps,
    WellBehaved,
    YieldsText,
)

import cablelint.rules.registry as registry
from cablelint.cli import main
from cablelint.containment import MAX_FINDINGS_PER_RULE
from cablelint.engine import run_rules
from cablelint.parser import parse_source
from cablelint.rules.base import Settings
from cablelint.source import SourceText


def _lint(*rules, text: str = CABLE, timeout: float = 0.0):
    source = SourceText.from_text(text, "x.txt")
    return run_rules(parse_source(source), source, [rule() for rule in rules], Settings(),
                     timeout=timeout)


def _internal(found) -> list[str]:
    return [d.message for d in found if d.code == "CL000"]


def test_a_yielded_str_is_one_cl000_and_other_rules_are_kept() -> None:
    found = _lint(YieldsText, WellBehaved)
    [message] = _internal(found)
    assert "rule CL971 (yields-text) produced an invalid finding: str is not a Diagnostic" \
        in message
    assert [d.code for d in found if d.code != "CL000"] == ["CL970"]


def test_print_is_captured_and_named() -> None:
    found = _lint(Prints, WellBehaved)
    [message] = _internal(found)
    assert message.startswith("rule CL972 (prints) wrote to standard output ('debugging ZENDA')")
    assert sorted(d.code for d in found) == ["CL000", "CL970", "CL972"]


def test_sys_exit_is_one_cl000(capsys) -> None:
    found = _lint(Exits, WellBehaved)
    [message] = _internal(found)
    assert message.startswith("rule CL973 (exits) called sys.exit(3)")
    assert [d.code for d in found if d.code != "CL000"] == ["CL970"]


def test_an_endless_generator_is_capped() -> None:
    started = time.monotonic()
    found = _lint(Endless, WellBehaved)
    assert time.monotonic() - started < 5
    [message] = _internal(found)
    assert f"rule CL974 (endless) yielded more than {MAX_FINDINGS_PER_RULE:,} findings" \
        in message
    assert [d.code for d in found if d.code != "CL000"] == ["CL970"]


def test_a_mutated_source_is_restored_and_named() -> None:
    source = SourceText.from_text(CABLE, "x.txt")
    texts = list(source.texts)
    found = run_rules(parse_source(source), source, [MutatesSource(), WellBehaved()],
                      Settings())
    [message] = _internal(found)
    assert message.startswith("rule CL977 (mutates-source) changed the source")
    assert source.texts == texts  # the reports can still show the lines


def test_a_built_in_rule_that_changes_the_source_is_caught_per_file() -> None:
    source = SourceText.from_text(CABLE, "x.txt")
    texts = list(source.texts)
    found = run_rules(parse_source(source), source, [BuiltInMutates(), WellBehaved()],
                      Settings())
    [message] = _internal(found)
    assert message.startswith("a rule changed the source")
    assert source.texts == texts


@pytest.mark.parametrize("rule", [Loops, Sleeps])
def test_a_runaway_rule_is_stopped_by_the_budget(rule) -> None:
    started = time.monotonic()
    found = _lint(WellBehaved, rule, timeout=0.3)
    assert time.monotonic() - started < 3
    [message] = _internal(found)
    assert message.startswith(f"rule {rule.code} ({rule.name}) did not finish within the "
                              f"time budget of 0.3 s per file")
    assert [d.code for d in found if d.code != "CL000"] == ["CL970"]


def test_the_budget_is_disarmed_after_the_file() -> None:
    _lint(WellBehaved, timeout=0.05)
    time.sleep(0.2)  # a timer left armed would interrupt the test here


def test_ctrl_c_still_stops_the_run() -> None:
    with pytest.raises(KeyboardInterrupt):
        _lint(Interrupted, WellBehaved)


# ----------------------------------------------------------------- the CLI


@pytest.fixture
def plugins(monkeypatch):
    """Installs the given rules as plugins for ``main``."""
    def install(*rules):
        monkeypatch.setattr(registry, "plugin_rules", lambda: (list(rules), []))
    return install


def _files(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp_path / name
        path.write_text(CABLE, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("rule", [Prints, Exits, YieldsText, Endless, MutatesSource])
def test_json_on_stdout_stays_valid_and_every_file_is_reported(
        tmp_path: Path, capsys, plugins, rule) -> None:
    plugins(rule, WellBehaved)
    code = main(["check", "--isolated", "--select", "CL97", "--output-format", "json",
                 *_files(tmp_path)])
    out = capsys.readouterr().out
    report = json.loads(out)
    assert code == 1
    codes = [finding["code"] for file in report["files"] for finding in file["diagnostics"]]
    assert codes.count("CL000") == 2 and codes.count("CL970") == 2  # both files


def test_a_looping_plugin_does_not_hang_the_cli(tmp_path: Path, capsys, plugins) -> None:
    plugins(Loops, WellBehaved)
    started = time.monotonic()
    code = main(["check", "--isolated", "--select", "CL97", "--timeout-per-file", "0.2",
                 *_files(tmp_path)])
    out = capsys.readouterr().out
    assert time.monotonic() - started < 5
    assert code == 1
    assert out.count("CL000") == 2 and "did not finish within the time budget of 0.2 s" in out


# ----------------------------------------------------------------- configuration


def test_the_budget_is_configured_and_shown(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cablelint.toml").write_text("timeout-per-file = 2.5\n", encoding="utf-8")
    assert main(["config", "x.txt"]) == 0
    assert "timeout-per-file = 2.5" in capsys.readouterr().out
    assert main(["config", "--isolated", "x.txt"]) == 0
    assert "timeout-per-file = 10.0" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["-1", '"ten"', "true"])
def test_a_bad_budget_in_the_file_is_one_line_and_exit_2(tmp_path: Path, capsys, monkeypatch,
                                                         value: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cablelint.toml").write_text(f"timeout-per-file = {value}\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text(CABLE, encoding="utf-8")
    assert main(["check", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert "timeout-per-file: expected a number of seconds" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("value", ["-1", "ten", "inf"])
def test_a_bad_budget_on_the_command_line_is_a_usage_error(capsys, value: str) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", f"--timeout-per-file={value}", "x.txt"])
    assert exited.value.code == 2
    assert "expected a number of seconds" in capsys.readouterr().err
