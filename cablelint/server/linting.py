"""Linting an editor's text: configuration, the lint itself, fix-all.

Why apart from the LSP wiring: this is the part that calls cablelint (the
same :func:`~cablelint.check.lint_source` and configuration discovery as the
CLI) and must never raise into the message loop; everything here is plain
data in, plain data out, and runs on the server's lint thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.uris import to_fs_path

from cablelint.config import CONFIG_NAMES, ConfigError, ConfigResolver, FilePlan
from cablelint.diagnostics import Diagnostic
from cablelint.fixer.edits import dominant_newline
from cablelint.rules.base import Rule
from cablelint.server.convert import lsp_diagnostic, note_at_start
from cablelint.server.positions import UTF16, LineIndex
from cablelint.source import SourceText, is_binary

logger = logging.getLogger(__name__)
BOM = "\ufeff"
CONFIG_CODE = "config-error"
INTERNAL_CODE = "internal-error"


def path_of(uri: str) -> str | None:
    """The file-system path of a ``file:`` URI; None for ``untitled:`` and the like."""
    try:
        return to_fs_path(uri)
    except Exception:  # a malformed URI is not a file
        return None


def is_config_file(uri: str) -> bool:
    """A cablelint configuration file name (linted as configuration, never as a cable)."""
    path = path_of(uri)
    return path is not None and os.path.basename(path) in CONFIG_NAMES


@dataclass
class Lint:
    """The findings for one version of one document, in both forms.

    ``findings[i]`` and ``published[i]`` are the same finding; notes (a
    configuration error) come after them in ``published`` only.
    """

    uri: str
    version: int | None
    text: str
    index: LineIndex
    shift: int = 0  # 1 when the text starts with a BOM that SourceText drops
    newline: str = "\n"
    findings: list[Diagnostic] = field(default_factory=list)
    published: list[types.Diagnostic] = field(default_factory=list)
    plan: FilePlan | None = None
    config_error: str | None = None

    def pairs(self) -> list[tuple[Diagnostic, types.Diagnostic]]:
        return list(zip(self.findings, self.published, strict=False))


class Linter:
    """Turns document texts into :class:`Lint` results with the CLI's configuration.

    One resolver serves every document (its caches make the second lint in a
    directory free); :meth:`reset` drops it when a configuration file changes.
    """

    def __init__(self, rules: Sequence[type[Rule]]) -> None:
        self.rules = list(rules)
        self._resolver: ConfigResolver | None = None
        self._defaults = ConfigResolver(self.rules, isolated=True)

    def reset(self) -> None:
        """Forget every configuration read so far (a configuration file changed)."""
        self._resolver = None

    def plan_for(self, path: str | None) -> tuple[FilePlan, str | None]:
        """The plan for ``path`` and, when its configuration is broken, why.

        A broken configuration falls back to the defaults: the user still
        sees findings while fixing the file, and the error beside them.
        """
        target = path or "-"
        try:
            if self._resolver is None:
                self._resolver = ConfigResolver(self.rules)
            return self._resolver.plan_for(target), None
        except ConfigError as error:
            return self._defaults.plan_for(target), str(error)

    def excluded(self, path: str) -> bool:
        """Whether the configuration's ``exclude``/``extend-exclude`` globs cover ``path``.

        An editor opens any file, so, as ruff's server does, exclusions always
        apply here (with or without ``force-exclude``): an excluded draft
        shows no findings.
        """
        if self._resolver is None:
            return False
        directory = os.path.dirname(path) or "."
        return self._resolver.file_filter(directory).excludes_with_parents(path)

    def lint(self, uri: str, text: str, version: int | None, encoding: str = UTF16) -> Lint:
        """Lint one text; never raises (an internal error becomes a diagnostic)."""
        index = LineIndex(text, encoding)
        lint = Lint(uri, version, text, index)
        if is_config_file(uri):
            return lint
        if "\x00" in text or is_binary(text[:8192].encode("utf-8", "surrogatepass")):
            logger.info("%s: looks binary; not linted", uri)
            return lint
        try:
            self._lint_into(lint)
        except Exception as error:  # a bug must show up in the editor, not kill the server
            logger.exception("linting %s failed", uri)
            lint.findings = []
            lint.published = [note_at_start(
                f"cablelint failed on this text: {type(error).__name__}: {error}; "
                "please report this", INTERNAL_CODE, types.DiagnosticSeverity.Error)]
        return lint

    def _lint_into(self, lint: Lint) -> None:
        from cablelint.check import lint_source

        path = path_of(lint.uri)
        plan, lint.config_error = self.plan_for(path)
        if path is not None and lint.config_error is None and self.excluded(path):
            return  # the configuration's exclude globs hold in the editor too
        lint.plan = plan
        source = SourceText.from_text(lint.text, path or lint.uri)
        lint.shift = 1 if lint.text.startswith(BOM) else 0
        lint.newline = dominant_newline(lint.text)
        result = lint_source(source, plan)
        lint.findings = list(result.diagnostics)
        lint.published = [lsp_diagnostic(d, lint.index, lint.shift, lint.newline, lint.version)
                          for d in lint.findings]
        if lint.config_error:
            lint.published.append(note_at_start(
                f"{lint.config_error} (linted with the default settings until it is fixed)",
                CONFIG_CODE, types.DiagnosticSeverity.Error))

    def fix_all(self, lint: Lint) -> str | None:
        """The text with every safe fix applied, or None when there is nothing to do.

        Like ``cablelint check --fix`` without ``--allow-parse-errors``: a text
        with structural parse errors or without a banner is left alone.
        """
        from cablelint.fixer.loop import fix_source

        if lint.plan is None or not any(
                d.fix is not None and d.fix.applicability == "safe" for d in lint.findings):
            return None
        source = SourceText.from_text(lint.text, path_of(lint.uri) or lint.uri)
        try:
            outcome = fix_source(source, lint.plan, unsafe=False, allow_parse_errors=False)
        except Exception:
            logger.exception("fix-all of %s failed", lint.uri)
            return None
        if outcome.skipped_reason or not outcome.changed:
            return None
        return (BOM if lint.shift else "") + outcome.text
