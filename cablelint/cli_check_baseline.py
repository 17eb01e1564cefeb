"""``check --baseline`` and ``--write-baseline``: opening, filling and applying the
baseline for a run.

Why its own module: adopting cablelint on an existing archive is a concern of its
own (read or record the findings already known), separate from how the run is
driven (:mod:`cablelint.cli_check`) and reported (:mod:`cablelint.cli_check_report`);
:mod:`cablelint.baseline` itself is imported only when a baseline is named.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cablelint.cli_exit import EXIT_ERROR, EXIT_OK, usage


def open_baseline(arguments: argparse.Namespace):
    """The baseline filter or recorder of ``--baseline``, None without one, or an exit
    code when the baseline cannot be read."""
    if not arguments.baseline:
        return None
    from cablelint.baseline import BaselineError, BaselineFilter, BaselineRecorder

    path = Path(arguments.baseline)
    if arguments.write_baseline:
        return BaselineRecorder(path)
    try:
        return BaselineFilter(path)
    except BaselineError as error:
        return usage(str(error))


def finish_baseline(arguments: argparse.Namespace, recorder, errors: list) -> int:
    """``--write-baseline``: write what was recorded; exit 0, or 2 after an unreadable file."""
    from cablelint.baseline import BaselineError

    try:
        count = recorder.write()
    except BaselineError as error:
        return usage(str(error))
    if not arguments.quiet:
        print(f"cablelint: recorded {count} finding{'s' * (count != 1)} in {recorder.path}",
              file=sys.stderr)
    for error in errors:
        print(f"cablelint: {error}", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def apply_baseline(arguments: argparse.Namespace, run) -> int | None:
    """Write the baseline (and stop) or drop the findings it records."""
    from cablelint.baseline import BaselineError, filter_run, read_baseline, write_baseline

    path = Path(arguments.baseline)
    try:
        if arguments.write_baseline:
            count = write_baseline(path, run)
            if not arguments.quiet:
                print(f"cablelint: recorded {count} finding{'s' * (count != 1)} in {path}",
                      file=sys.stderr)
            for error in run.errors:
                print(f"cablelint: {error}", file=sys.stderr)
            return EXIT_ERROR if run.errors else EXIT_OK
        baseline = read_baseline(path)
    except BaselineError as error:
        return usage(str(error))
    filter_run(run, baseline, path)
    return None
