"""The Python API: lint one cable's text and get its findings.

Why a function of its inputs only: an archive that outgrows one machine is
linted by mapping :func:`lint_text` over its texts (``map``,
``multiprocessing``, a Dask bag, a Spark RDD).  That needs every call to
depend on its arguments alone -- no configuration discovered from the working
directory, nothing carried from one call to the next -- and arguments and
results that pickle.  The findings are the ones ``cablelint check`` reports
for the same text and configuration (``lint_file`` reads a file the way the
command line does).  The rule classes are loaded once per process: they are
code, not state.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cablelint.diagnostics import Diagnostic
    from cablelint.rules.base import Rule

#: what a mapping configuration is called in error messages
MAPPING_LABEL = "<config>"

Config = Mapping[str, Any] | str | os.PathLike[str] | None


def lint_text(text: str, path: str = "<string>", config: Config = None) -> list[Diagnostic]:
    """The findings for one cable's ``text``, as ``cablelint check`` reports them.

    ``path`` names the text in the findings and is matched against
    ``per-file-ignores``; nothing is read from it.  ``config`` is a mapping
    with the keys of ``[tool.cablelint]`` (``{"select": ["CL2"]}``), or the
    path of a ``pyproject.toml`` / ``cablelint.toml``, or None for the
    defaults; no configuration file is looked for.  Raises
    :class:`cablelint.config.ConfigError` for an invalid configuration.
    """
    from cablelint.source import SourceText

    return _lint(SourceText.from_text(text, path), config)


def lint_file(path: str | os.PathLike[str], config: Config = None) -> list[Diagnostic]:
    """The findings for the cable in file ``path``, decoded as ``cablelint check`` does.

    Raises ``OSError`` if it cannot be read and
    :class:`cablelint.source.BinaryFileError` if it is not text.
    """
    from cablelint.source import SourceText

    name = os.fspath(path)
    return _lint(SourceText.from_bytes(Path(name).read_bytes(), name), config)


def _lint(source: Any, config: Config) -> list[Diagnostic]:
    from cablelint.check import lint_source
    from cablelint.config import ConfigResolver

    rules = _rules()
    configuration = _configuration(config, rules)
    resolver = ConfigResolver(rules, isolated=configuration is None, configuration=configuration)
    return lint_source(source, resolver.plan_for(source.path)).diagnostics


def _configuration(config: Config, rules: list[type[Rule]]) -> Any:
    """The Configuration ``config`` describes (checked against the rules), or None."""
    from cablelint.config import Configuration, Options, load_configuration
    from cablelint.config.loading import check_against_rules, options_from
    from cablelint.config.validation import plain

    if config is None:
        return None
    if isinstance(config, Mapping):
        configuration = Configuration(Options(), Path(MAPPING_LABEL), Path.cwd())
        configuration.options = options_from(plain(dict(config)), configuration)
    else:
        configuration = load_configuration(Path(config))
    check_against_rules(configuration, rules)
    return configuration


@lru_cache(maxsize=1)
def _rules() -> list[type[Rule]]:
    """Built-in and plugin rule classes; a plugin that failed to load is a warning."""
    from cablelint.rules.registry import all_rules

    rules, problems = all_rules()
    for problem in problems:
        warnings.warn(f"cablelint: {problem}", RuntimeWarning, stacklevel=4)
    return rules
