"""A progress bar on stderr for long runs on a terminal.

Why rich: a bar that adapts to the terminal width, shows rate and time left,
and erases itself when done is fiddly to get right by hand (resizes, wide
characters, redirected output); rich does it well and is imported only when
a bar is actually shown, so pipelines and CI pay nothing for it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(total: int, enabled: bool) -> Iterator[Callable[[str], None] | None]:
    """Yield a callback to call once per file, or None when no bar is shown."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr)
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("check", total=total)

        def advance(path: str) -> None:
            progress.advance(task)

        yield advance
