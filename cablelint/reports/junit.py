"""``junit``: JUnit XML, one test case per checked file, for CI test-report views.

Why one case per file (not per finding): CI systems (GitLab's test report,
Jenkins, Azure) count and list test cases; "this cable passes or fails the
linter" is the unit a reviewer wants to see, with the findings in the failure
text.  A file that could not be read is an ``<error>``.

The XML is built with :mod:`xml.etree.ElementTree` so quoting is right; the
characters XML 1.0 cannot carry at all (most C0 controls, which extracted
cables do contain) are replaced first, since no escape exists for them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from cablelint.check import CheckRun, FileError, FileResult
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary, display_path
from cablelint.reports.stream import Report, Spool

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CLASSNAME = "cablelint"


def xml_text(text: str) -> str:
    """``text`` with characters XML 1.0 forbids shown as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def build(run: CheckRun, context: ReportContext) -> ET.Element:
    """``<testsuites>`` holding one ``<testsuite name="cablelint">``."""
    suites, suite = _suites(Summary.of(run), len(run.errors))
    for result in run.results:
        suite.append(result_case(result, context))
    for error in run.errors:
        suite.append(error_case(error, context))
    return suites


def _suites(summary: Summary, errors: int) -> tuple[ET.Element, ET.Element]:
    counts = {"tests": str(summary.files_checked + errors),
              "failures": str(summary.files_with_findings),
              "errors": str(errors), "skipped": "0"}
    suites = ET.Element("testsuites", name="cablelint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="cablelint", **counts)
    return suites, suite


def result_case(result: FileResult, context: ReportContext) -> ET.Element:
    """The test case of a checked file: a ``<failure>`` listing its findings, if any."""
    path = display_path(result.path, context.root)
    case = ET.Element("testcase", name=xml_text(path), classname=CLASSNAME,
                      file=xml_text(path))
    if result.diagnostics:
        count = len(result.diagnostics)
        lines = [f"{path}:{d.span.line}:{d.span.column}: {d.code} [{d.severity}] {d.message}"
                 for d in result.diagnostics]
        failure = ET.SubElement(case, "failure", type="cablelint",
                                message=xml_text(f"{count} finding{'s' * (count != 1)}"))
        failure.text = xml_text("\n".join(lines))
    return case


def error_case(error: FileError, context: ReportContext) -> ET.Element:
    """The test case of a file that could not be read: an ``<error>``."""
    path = display_path(error.path, context.root)
    case = ET.Element("testcase", name=xml_text(path), classname=CLASSNAME,
                      file=xml_text(path))
    problem = ET.SubElement(case, "error", type="unreadable", message=xml_text(error.message))
    problem.text = xml_text(error.message)
    return case


#: Indentation of a test case: ``<testsuites>`` / ``<testsuite>`` / ``<testcase>``.
_CASE_LEVEL = 2
_SPACE = "  "


class Writer(Report):
    """Test cases go to a spool as each file arrives; ``<testsuites>`` carries the
    counts, so it is written at the end, before them.  The text is what
    ``ET.indent`` and ``ElementTree.write`` give for the whole tree."""

    def __init__(self, context: ReportContext, stream: TextIO) -> None:
        super().__init__(context, stream)
        self.summary = Summary()
        self.spool = Spool()

    def file(self, result: FileResult) -> None:
        self.summary.add(result)
        self._case(result_case(result, self.context))

    def _case(self, case: ET.Element) -> None:
        ET.indent(case, _SPACE, _CASE_LEVEL)
        self.spool.write("\n" + _SPACE * _CASE_LEVEL + ET.tostring(case, encoding="unicode"))

    def close(self) -> None:
        for error in self.errors:
            self._case(error_case(error, self.context))
        suites, suite = _suites(self.summary, len(self.errors))
        stream = self.stream
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        if self.spool.empty:
            tree = ET.ElementTree(suites)
            ET.indent(tree)
            tree.write(stream, encoding="unicode")
        else:
            suite.text = _MARK
            text = ET.tostring(suites, encoding="unicode")
            head, tail = text.split(_MARK)
            stream.write(head.replace("><testsuite ", ">\n" + _SPACE + "<testsuite ", 1))
            self.spool.copy_to(stream)
            stream.write("\n" + _SPACE + tail.replace("</testsuite>", "</testsuite>\n", 1))
        stream.write("\n")


_MARK = "\x01cases\x01"
