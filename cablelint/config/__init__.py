"""Configuration: what applies to each linted file, and where it came from.

Settings come from three places with ruff's precedence -- command-line flags
over the closest configuration file over the defaults.  The package is split
by job:

* :mod:`~cablelint.config.model` -- the data (Options, Overrides, Configuration, FilePlan);
* :mod:`~cablelint.config.reading` -- TOML files and the ``[tool.cablelint]`` table;
* :mod:`~cablelint.config.validation` -- JSON Schema checks with key paths and hints;
* :mod:`~cablelint.config.loading` -- a file into Options, checked against the rules;
* :mod:`~cablelint.config.finding` -- the closest configuration file, cached per directory;
* :mod:`~cablelint.config.metadata` -- ``metadata.jsonl`` files (``--metadata``);
* :mod:`~cablelint.config.resolver` -- per-file plans (rules, settings, severities);
* :mod:`~cablelint.config.effective` -- ``cablelint config`` output.
"""

from __future__ import annotations

from cablelint.config.effective import effective_text
from cablelint.config.loading import load_configuration
from cablelint.config.model import (
    DEFAULT_CUTOVER,
    ConfigError,
    Configuration,
    FilePlan,
    Options,
    Overrides,
)
from cablelint.config.reading import CONFIG_NAMES
from cablelint.config.resolver import ConfigResolver

__all__ = [
    "CONFIG_NAMES",
    "DEFAULT_CUTOVER",
    "ConfigError",
    "ConfigResolver",
    "Configuration",
    "FilePlan",
    "Options",
    "Overrides",
    "effective_text",
    "load_configuration",
]
