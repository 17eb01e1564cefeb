"""``benchmarks/audit.py``: the blinded precision audit of issue #12.

The sampling must be reproducible and cover every rule that fired, the
worksheet must show the cable and nothing of the rules' internals, the
scoring must be right (Wilson intervals, weighting by how often a rule
fires), a bad verdict file must be refused with its reasons, and the
labels it exports must be read by ``tests/test_labelled_findings.py``.
Synthetic cables (ZENDA, RASSENDYLL) in ``tmp_path`` keep it fast.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import EXAMPLES, REPO

from cablelint.rules.registry import all_rules

_SPEC = importlib.util.spec_from_file_location("audit", REPO / "benchmarks" / "audit.py")
audit = importlib.util.module_from_spec(_SPEC)
sys.modules["audit"] = audit
_SPEC.loader.exec_module(audit)

HEADER = ("C O N F I D E N T I A L ZENDA 000{n}\n\nE.O. 12958: DECL: 06/10/2019\n"
          "TAGS: PREL {tag} AU\nSUBJECT: CORONATION {n}\n\n"
          "Classified By: Ambassador Rudolf Rassendyll for reasons 1.4 (b) and (d).\n\n")
BODIES = (  # an unmarked paragraph, a mark above the banner, a gap, a lower-case mark ...
    "1. (C) The king was crowned.\n\n2. The harbour stayed calm.\n\n"
    "3. (C) Zenda,s castle is quiet.\n\nRASSENDYLL\n",
    "1. (C) The king was crowned.\n\n3. (C) The harbour stayed calm.\n\n"
    "4. (S) Troops moved.\n\nRASSENDYLL\n",
    "1. (c) The king was crowned.\n\n2. (C) The harbour stayed calm and the\n\n"
    "river rose.\n\nRASSENDYLL\n",
    "1. (C) The king was crowned.\n\n2. The harbour stayed calm.\n\n"
    "3. Sapt,s men waited.\n\nRASSENDYLL\n",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "zenda"
    directory.mkdir()
    for index, body in enumerate(BODIES, 1):
        serial = f"10{index}"
        (directory / f"08ZENDA{serial}.txt").write_text(
            HEADER.format(n=serial, tag="PQXZ" if index % 2 else "PGOV") + body,
            encoding="utf-8")
    return directory


def _sample(corpus: Path, out: Path, *options: str) -> dict:
    if "--select" not in options:  # every rule, those off by default too
        options = (*options, "--select", "ALL")
    assert audit.main(["sample", str(corpus), "--out", str(out), *options]) == 0
    return json.loads(audit.key_path(out).read_text(encoding="utf-8"))


def _verdicts(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- sampling


def test_sampling_is_reproducible_and_covers_every_stratum(corpus, tmp_path, capsys) -> None:
    first = _sample(corpus, tmp_path / "a.md", "--total", "12", "--seed", "7")
    again = _sample(corpus, tmp_path / "b.md", "--total", "12", "--seed", "7")
    assert first["findings"] == again["findings"]
    assert ((tmp_path / "a.md").read_text(encoding="utf-8")
            == (tmp_path / "b.md").read_text(encoding="utf-8"))
    findings, _ = audit.collect([corpus], ["ALL"])
    strata = Counter((finding.severity, finding.code) for finding in findings)
    assert len(strata) == 9 and len(findings) == 19  # the synthetic corpus, as written
    assert len(first["findings"]) == 12  # the total is respected
    sampled = Counter((row["severity"], row["code"]) for row in first["findings"].values())
    assert set(sampled) == set(strata)  # every rule that fired, at every severity
    # the key's population is the whole corpus, not the sample: it weights the score
    population = Counter()
    for code, counts in first["population"].items():
        for severity, count in counts.items():
            population[(severity, code)] = count
    assert population == strata


def test_a_small_total_reaches_the_error_rules_first(corpus, tmp_path) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--total", "3")
    assert len(key["findings"]) == 3
    severities = sorted(row["severity"] for row in key["findings"].values())
    assert severities == ["error", "error", "warning"]  # both error rules, then a warning
    assert len({row["code"] for row in key["findings"].values()}) == 3


def test_a_total_above_the_population_takes_everything(corpus, tmp_path) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--total", "500", "--per-rule-max", "50")
    assert len(key["findings"]) == 19


def test_excluded_findings_are_not_drawn_again(corpus, tmp_path) -> None:
    first = _sample(corpus, tmp_path / "a.md", "--total", "5")
    second = _sample(corpus, tmp_path / "b.md", "--total", "500", "--per-rule-max", "50",
                     "--exclude-ids", str(audit.key_path(tmp_path / "a.md")))

    def identity(row: dict) -> tuple:
        return (row["cable"], row["line"], row["code"], row["message"])

    assert len(second["findings"]) == 19 - 5
    assert not {identity(r) for r in first["findings"].values()} & {
        identity(r) for r in second["findings"].values()}


def test_allocation_keeps_minimums_caps_and_the_total() -> None:
    population = {("error", "CL401"): 2, ("error", "CL301"): 40, ("warning", "CL909"): 400,
                  ("warning", "CL602"): 20, ("info", "CL907"): 300, ("info", "CL205"): 1}
    counts = audit.allocate(population, 60, per_stratum_max=25, minimum=3)
    assert sum(counts.values()) == 60
    assert counts[("error", "CL401")] == 2 and counts[("info", "CL205")] == 1  # all there is
    assert all(count <= 25 for count in counts.values())
    assert counts[("error", "CL301")] >= 9  # errors get three times the minimum
    assert counts[("warning", "CL909")] > counts[("warning", "CL602")] >= 3
    assert audit.allocate(population, 60, 25) == counts  # deterministic
    assert sum(audit.allocate(population, 1000, 25).values()) == 2 + 25 + 25 + 20 + 25 + 1


def test_select_limits_the_rules(corpus, tmp_path) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--select", "CL301,CL909")
    assert {row["code"] for row in key["findings"].values()} == {"CL301", "CL909"}
    assert set(key["population"]) == {"CL301", "CL909"}


def test_by_default_the_rules_cablelint_check_runs(corpus, tmp_path) -> None:
    out = tmp_path / "w.md"
    assert audit.main(["sample", str(corpus), "--out", str(out), "--total", "500",
                       "--per-rule-max", "50"]) == 0
    everything = _sample(corpus, tmp_path / "all.md", "--total", "500", "--per-rule-max", "50")
    default = json.loads(audit.key_path(out).read_text(encoding="utf-8"))
    off = {rule.code for rule in all_rules()[0] if not rule.enabled}
    assert set(everything["population"]) & off  # the corpus has off-by-default findings
    assert not set(default["population"]) & off
    assert set(default["population"]) == set(everything["population"]) - off


def test_the_held_out_layout_is_read_with_its_metadata(corpus, tmp_path) -> None:
    # cables/ beside metadata.jsonl (benchmarks/heldout, the fresh audit sets)
    held_out = tmp_path / "fresh"
    (held_out / "cables").mkdir(parents=True)
    for cable in corpus.glob("*.txt"):
        cable.rename(held_out / "cables" / cable.name)
    (held_out / "metadata.jsonl").write_text(json.dumps(
        {"id": "08ZENDA101", "created": "2008-01-02 10:00", "classification": "SECRET",
         "origin": "Embassy Zenda"}) + "\n", encoding="utf-8")
    key = _sample(held_out, tmp_path / "w.md", "--total", "500", "--per-rule-max", "50")
    assert {row["corpus"] for row in key["findings"].values()} == {"fresh"}
    assert "CL403" in key["population"]  # the metadata rule ran: the banner says C
    assert str(held_out / "cables") in (tmp_path / "w.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------- worksheet


def test_the_worksheet_shows_the_cable_and_no_internals(corpus, tmp_path) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--select", "CL401")
    sheet = (tmp_path / "w.md").read_text(encoding="utf-8")
    assert sheet.startswith("# Blinded audit worksheet")
    assert '{"id": "A001", "verdict": "TRUE", "reason":' in sheet  # the instructions
    assert list(key["findings"]) == ["A001"]
    entry = sheet[sheet.index("## A001"):]
    assert f"`{corpus / '08ZENDA102.txt'}`, line 13" in entry
    assert "CL401: A portion is marked above the banner's classification (error)" in entry
    assert "'(S)' is SECRET, above the CONFIDENTIAL banner" in entry
    lines = entry.splitlines()
    marked = next(index for index, line in enumerate(lines) if line.startswith(">"))
    assert lines[marked] == "> 13 | 4. (S) Troops moved."
    assert lines[marked + 1] == "     |    ^^^"  # the span, columns 4-6
    assert "   8 | " in entry and "  15 | RASSENDYLL" in entry  # five lines either side
    for internal in ("basis", "marking-rule", "Why:", "Source:", "Fix:", ".py", "fix["):
        assert internal not in sheet, internal


def test_context_is_cut_at_the_ends_and_marks_every_line_of_a_long_span() -> None:
    finding = audit.Finding("c", "x.txt", 2, 3, 3, 2, "CL999", "info", "m")
    block = audit.context_block(["first", "second line", "third", "fourth"], finding)
    assert block.splitlines()[1:-1] == [
        "  1 | first", "> 2 | second line", "    |   ^^^^^^^^^", "> 3 | third",
        "    | ^", "  4 | fourth"]


# ---------------------------------------------------------------- scoring


@pytest.mark.parametrize(("successes", "trials", "low", "high"), [
    (8, 10, 0.4902, 0.9433), (10, 10, 0.7225, 1.0), (0, 10, 0.0, 0.2775),
    (297, 300, 0.9710, 0.9966)])
def test_wilson_interval_matches_known_values(successes, trials, low, high) -> None:
    bounds = audit.wilson(successes, trials)
    assert bounds == pytest.approx((low, high), abs=5e-4)


def _key(findings: dict, population: dict, corpus: str = "heldout-x") -> dict:
    return {"format": "cablelint-audit-key/1", "population": population,
            "findings": {identifier: {"corpus": corpus, "cable": "08ZENDA101.txt",
                                      "line": index + 1, "column": 1, "end_line": index + 1,
                                      "end_column": 2, "code": code, "severity": severity,
                                      "message": f"finding {index}"}
                         for index, (identifier, (code, severity)) in
                         enumerate(findings.items())}}


def test_weighting_by_how_often_each_rule_fires() -> None:
    findings = {f"A{i:03d}": ("CL901" if i < 10 else "CL909", "warning") for i in range(20)}
    key = _key(findings, {"CL901": {"warning": 90}, "CL909": {"warning": 10}})
    verdicts = {identifier: {"verdict": "FALSE" if identifier >= "A015" else "TRUE",
                             "reason": "r"} for identifier in findings}
    result = audit.score(key, verdicts)
    warning = result["severities"]["warning"]
    assert warning["precision"] == pytest.approx(15 / 20)  # the sample as drawn
    heavy = warning["weighted"]
    assert heavy["precision"] == pytest.approx(0.9 * 1.0 + 0.1 * 0.5)
    assert heavy["effective_n"] == pytest.approx(100 ** 2 / (90 ** 2 / 10 + 10 ** 2 / 10))
    assert heavy["interval"] == pytest.approx(audit.wilson(0.95 * heavy["effective_n"],
                                                           heavy["effective_n"]))
    assert heavy["coverage"] == 1.0
    assert result["rules"]["CL909"]["precision"] == 0.5
    assert result["rules"]["CL909"]["flagged"]  # 10 sampled, below 90%
    assert not result["rules"]["CL901"]["flagged"]


def test_debatable_is_reported_apart_and_targets_are_checked() -> None:
    findings = {"A001": ("CL301", "error"), "A002": ("CL301", "error"),
                "A003": ("CL301", "error"), "A004": ("CL907", "info")}
    key = _key(findings, {"CL301": {"error": 3}, "CL907": {"info": 50}}, corpus="wikileaks-dev")
    verdicts = {"A001": "TRUE", "A002": "TRUE", "A003": "DEBATABLE", "A004": "TRUE"}
    result = audit.score(key, {i: {"verdict": v, "reason": "r"} for i, v in verdicts.items()})
    rule = result["rules"]["CL301"]
    assert (rule["true"], rule["false"], rule["debatable"]) == (2, 0, 1)
    assert rule["precision"] == 1.0 and rule["precision_debatable_false"] == pytest.approx(2 / 3)
    assert not rule["flagged"]  # under five sampled
    checks = {check["check"]: check["pass"] for check in result["targets"]}
    assert checks["at least 300 findings audited"] is False
    assert checks["drawn from cables in neither dev corpus"] is False
    assert checks["error precision >= 99% (weighted)"] is True
    assert checks["warning precision >= 97% (weighted)"] is None  # nothing sampled
    markdown = audit.markdown(result)
    assert "| error precision >= 99% (weighted) | 100.0% | pass |" in markdown
    assert "| CL301 | 3 | 3 | 2 | 0 | 1 | 100.0% |" in markdown


def test_score_command_prints_markdown_and_json(corpus, tmp_path, capsys) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--total", "5")
    verdicts = _verdicts(tmp_path / "v.jsonl", [
        {"id": identifier, "verdict": "TRUE", "reason": "as shown"}
        for identifier in key["findings"]])
    capsys.readouterr()
    assert audit.main(["score", str(audit.key_path(tmp_path / "w.md")), str(verdicts)]) == 0
    assert capsys.readouterr().out.startswith("# Audit score (5 findings)")
    assert audit.main(["score", str(audit.key_path(tmp_path / "w.md")), str(verdicts),
                       "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == 5


def test_a_bad_verdict_file_is_refused_with_every_reason(corpus, tmp_path, capsys) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--total", "4")
    ids = sorted(key["findings"])
    verdicts = tmp_path / "v.jsonl"
    verdicts.write_text("\n".join([
        json.dumps({"id": ids[0], "verdict": "TRUE", "reason": "fine"}),
        json.dumps({"id": ids[0], "verdict": "FALSE", "reason": "again"}),
        json.dumps({"id": "Z999", "verdict": "TRUE", "reason": "who?"}),
        json.dumps({"id": ids[1], "verdict": "maybe", "reason": "unsure"}),
        json.dumps({"id": ids[2], "verdict": "TRUE", "reason": " "}),
        "{not json",
    ]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert audit.main(["score", str(audit.key_path(tmp_path / "w.md")), str(verdicts)]) == 2
    error = capsys.readouterr().err
    assert f"v.jsonl:2: duplicate id '{ids[0]}'" in error
    assert "v.jsonl:3: unknown id 'Z999'" in error
    assert "v.jsonl:4: verdict 'maybe' is not one of TRUE, FALSE, DEBATABLE" in error
    assert f"v.jsonl:5: no reason given for '{ids[2]}'" in error
    assert "v.jsonl:6: not JSON" in error
    assert f"no verdict for 1 id(s): {ids[3]}" in error
    assert audit.main(["score", str(verdicts), str(verdicts)]) == 2
    assert "cannot read the key file" in capsys.readouterr().err


# ---------------------------------------------------------------- labels


def test_labels_round_trip_through_the_labelled_findings_reader(tmp_path, capsys) -> None:
    from test_labelled_findings import test_labelled_finding

    out = tmp_path / "examples.md"
    key = _sample(EXAMPLES, out, "--total", "6", "--select", "CL301,CL401,CL901")
    verdicts = _verdicts(tmp_path / "v.jsonl", [
        {"id": identifier, "verdict": "TRUE", "reason": "the cable shows it"}
        for identifier in key["findings"]])
    labels = tmp_path / "findings.jsonl"
    labels.write_text(audit.LABELS.read_text(encoding="utf-8").splitlines()[0] + "\n",
                      encoding="utf-8")
    arguments = ["labels", str(audit.key_path(out)), str(verdicts), "--labels", str(labels),
                 "--review", "test review"]
    assert audit.main(arguments) == 0
    assert audit.main(arguments) == 0  # a second export adds nothing
    assert "0 row(s) added" in capsys.readouterr().out
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 1 + 6
    existing = json.loads(audit.LABELS.read_text(encoding="utf-8").splitlines()[0])
    for row in rows[1:]:
        assert list(row) == list(existing)  # the labelled set's own row format
        assert row["corpus"] == "examples" and row["review"] == "test review"
        test_labelled_finding(row)  # the reader finds each TRUE finding where it says


def test_labels_refuse_cables_outside_the_dev_corpora(corpus, tmp_path, capsys) -> None:
    key = _sample(corpus, tmp_path / "w.md", "--total", "2")
    verdicts = _verdicts(tmp_path / "v.jsonl", [
        {"id": identifier, "verdict": "TRUE", "reason": "r"} for identifier in key["findings"]])
    labels = tmp_path / "findings.jsonl"
    capsys.readouterr()
    assert audit.main(["labels", str(audit.key_path(tmp_path / "w.md")), str(verdicts),
                       "--labels", str(labels), "--review", "r"]) == 2
    assert "findings from zenda: the labelled set holds only" in capsys.readouterr().err
    assert not labels.exists()


def test_help_names_the_subcommands(capsys) -> None:
    with pytest.raises(SystemExit):
        audit.main(["--help"])
    out = capsys.readouterr().out
    assert all(command in out for command in ("sample", "score", "labels"))
