"""CL604 subject-defect: hand-written cables (fictional names)."""

from __future__ import annotations

from cable_snippets import where
from rule_helpers import findings
from rule_helpers import where as span_of
from tags_subject_ref_helpers import tagged


def test_cl604_truncated_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT: (C) MINISTER TAKES ACTION ON SHIPMENT OF ...")
    [found] = findings(text, "CL604")
    line, column, end = where(text, "...")
    assert span_of(found) == (line, column, line, end)


def test_cl604_empty_subject() -> None:
    text = tagged("TAGS: PREL ZI", "SUBJECT:")
    [found] = findings(text, "CL604")
    assert "empty" in found.message
    assert span_of(found)[:2] == where(text, "SUBJECT:")[:2]


def test_cl604_good_subjects() -> None:
    assert findings(tagged("TAGS: PREL ZI"), "CL604") == []
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: THE KING IS CROWNED\nIN STRELSAU"),
                    "CL604") == []
    # a doubled keyword is CL106's finding
    assert findings(tagged("TAGS: PREL ZI", "SUBJECT: SUBJECT: THE KING"), "CL604") == []


def test_cl604_subject_of_a_cut_first_copy_printed_complete_below() -> None:
    # fresh-10 05LIMA1254: the first copy of the header stops in its SUBJECT, the
    # viewer's record, then the whole header: the complete subject is the cable's
    head = "UNCLAS STRELSAU 000733\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL ZI\n"
    text = (head + "SUBJECT: MINISTER TAKES ACTION ON\nSHIPMENT OF ...\n\nid: 4711\n"
            "date: 3/30/2009 16:20\nheader:\n\n" + head
            + "SUBJECT: MINISTER TAKES ACTION ON\nSHIPMENT OF GRAIN TO ZENDA\n\n"
            "\u00b61. The minister went north.\n\nELPHBERG\n")
    assert findings(text, "CL604") == []
    [copy] = findings(text, "CL912")
    assert "cut off at line 8 ('...')" in copy.message
    assert "printed complete at lines 14-21" in copy.message
