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

from cablelint.check import CheckRun
from cablelint.reports import ReportContext
from cablelint.reports.common import Summary, display_path

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CLASSNAME = "cablelint"


def xml_text(text: str) -> str:
    """``text`` with characters XML 1.0 forbids shown as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def build(run: CheckRun, context: ReportContext) -> ET.Element:
    """``<testsuites>`` holding one ``<testsuite name="cablelint">``."""
    summary = Summary.of(run)
    counts = {"tests": str(len(run.results) + len(run.errors)),
              "failures": str(summary.files_with_findings),
              "errors": str(len(run.errors)), "skipped": "0"}
    suites = ET.Element("testsuites", name="cablelint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="cablelint", **counts)
    for result in run.results:
        path = display_path(result.path, context.root)
        case = ET.SubElement(suite, "testcase", name=xml_text(path), classname=CLASSNAME,
                             file=xml_text(path))
        if not result.diagnostics:
            continue
        count = len(result.diagnostics)
        lines = [f"{path}:{d.span.line}:{d.span.column}: {d.code} [{d.severity}] {d.message}"
                 for d in result.diagnostics]
        failure = ET.SubElement(case, "failure", type="cablelint",
                                message=xml_text(f"{count} finding{'s' * (count != 1)}"))
        failure.text = xml_text("\n".join(lines))
    for error in run.errors:
        path = display_path(error.path, context.root)
        case = ET.SubElement(suite, "testcase", name=xml_text(path), classname=CLASSNAME,
                             file=xml_text(path))
        problem = ET.SubElement(case, "error", type="unreadable", message=xml_text(error.message))
        problem.text = xml_text(error.message)
    return suites


def write(run: CheckRun, context: ReportContext, stream: TextIO) -> None:
    tree = ET.ElementTree(build(run, context))
    ET.indent(tree)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(stream, encoding="unicode")
    stream.write("\n")
