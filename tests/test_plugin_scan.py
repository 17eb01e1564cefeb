"""The cached entry-point scan: no metadata scan per run, yet new plugins are found."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import cablelint.plugin_scan as plugin_scan
from cablelint.rules.registry import plugin_rules

RULE = '''
from cablelint.rules import Rule


class ZendaRule(Rule):
    """A subject naming Zenda.

    Why: a house style.
    Source: the plugin's authors.
    Bad: SUBJECT: ZENDA
    Good: SUBJECT: Strelsau
    Fix: rewrite the subject.
    """

    code = "CL702"
    name = "zenda-subject"
    summary = "The subject names Zenda"
    severity = "info"

    def check(self, context):
        return iter(())
'''


def _install(site: Path, version: str = "1.0") -> None:
    """A distribution the way pip leaves it: a package and a new ``*.dist-info``."""
    (site / "zenda_rules.py").write_text(RULE, encoding="utf-8")
    info = site / f"zenda_rules-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: zenda-rules\n"
                                   f"Version: {version}\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[cablelint.rules]\nzenda = zenda_rules:ZendaRule\n",
                                           encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setenv("CABLELINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "path", [*sys.path, str(site)])
    yield site
    sys.modules.pop("zenda_rules", None)


def _count_scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    scans: list[int] = []
    real = plugin_scan._scan

    def counted():
        scans.append(1)
        return real()

    monkeypatch.setattr(plugin_scan, "_scan", counted)
    return scans


def test_second_run_reads_the_cache(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scans = _count_scans(monkeypatch)
    assert plugin_scan.installed_entry_points() == []
    assert plugin_scan.installed_entry_points() == []
    assert len(scans) == 1
    assert plugin_rules() == ([], [])
    assert len(scans) == 1


def test_newly_installed_plugin_is_found(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scans = _count_scans(monkeypatch)
    assert plugin_rules() == ([], [])  # cached: nothing installed
    before = site.stat().st_mtime_ns
    _install(site)
    os.utime(site, ns=(before + 10**9, before + 10**9))  # coarse clocks: a visible change
    rules, problems = plugin_rules()
    assert [rule.code for rule in rules] == ["CL702"] and problems == []
    assert len(scans) == 2
    assert [rule.code for rule in plugin_rules()[0]] == ["CL702"]  # from the cache now
    assert len(scans) == 2


def test_damaged_cache_is_not_trusted(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(site)
    path = Path(os.environ["CABLELINT_CACHE_DIR"]) / \
        f"plugins-{plugin_scan.environment_key()}.txt"
    path.parent.mkdir(parents=True)
    path.write_text("zenda\tzenda_rules:Zen", encoding="utf-8")  # cut short: no last newline
    assert plugin_scan.installed_entry_points() == [("zenda", "zenda_rules:ZendaRule")]
    path.write_text("no tab here\n", encoding="utf-8")
    assert plugin_scan.installed_entry_points() == [("zenda", "zenda_rules:ZendaRule")]
