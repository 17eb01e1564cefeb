"""A running command's process tree and its memory, read from /proc.

Why a module: ``jobs.py`` and ``scale.py`` both sample the resident memory of
a ``cablelint check`` and its worker processes while it runs; one reading of
/proc serves both (Linux only, as the benchmarks' machine).
"""

from __future__ import annotations

import os
from pathlib import Path


def parents() -> dict[int, int]:
    """pid -> parent pid of every process."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue  # it ended meanwhile
            found[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return found


def family(root: int) -> set[int]:
    """``root`` and every process descended from it, now."""
    tree = parents()
    members = {root}
    grew = True
    while grew:
        more = {pid for pid, parent in tree.items() if parent in members} - members
        members |= more
        grew = bool(more)
    return members


def status_kb(pid: int, field: str) -> int:
    """A kB field of /proc/PID/status ("VmRSS", "VmHWM"); 0 once the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
