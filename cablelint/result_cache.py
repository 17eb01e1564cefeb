"""The persistent result cache of ``cablelint check``: one file's findings, kept on disk.

Why: an archive is checked again and again while little of it changes; like
ruff, a rerun looks up each file's findings instead of parsing it again.

**Key.**  An entry is named by a SHA-256 hash over

- the *run key* (:func:`run_key`): cablelint's version, the rule set (every
  rule's code and module, and for plugins their distribution, its version and
  the module file's size and mtime), a stamp of cablelint's own source files
  (so that an edited rule in a source checkout is never answered from an old
  entry), the vocabularies' content and the grammar tables' key;
- the *plan key* (:func:`plan_key`): the effective configuration of the file
  -- the rules run, the codes kept, the severities, every setting (rule
  options, vocabulary extensions, the EO 13526 cut-over) and a digest of the
  whole metadata given by ``--metadata`` or the configuration (the cable's
  id is only known after parsing, so the record that applies cannot be
  picked before; a changed metadata file re-checks every cable, which is
  rare and always sound);
- the path as reported (the parser reads a cable id from the file's name,
  :attr:`Document.cable_id`, so a renamed file is checked again) and the
  SHA-256 hash of the file's bytes.

**No (size, mtime) shortcut.**  Every file is read and hashed on every run:
the reports need its text anyway (edit positions, snippets, fingerprints),
reading and hashing a cable costs microseconds against a millisecond or more
to parse and check it, and a stat shortcut is unsound (an edit within the
file system's timestamp granularity, ``cp -p``, ``rsync -t`` or a checkout
that keeps the size and the mtime would be answered with the old findings).

**Layout.**  ``<directory>/<first two hex digits of the key>/<key>``: one small
file per entry, 256 shards, so nothing is held in memory across files and a
250k archive is ~1,000 entries a shard.  Entries are written to a temporary
file in the shard and moved into place with ``os.replace``: a reader sees a
whole entry or none, and of two processes writing the same key the last one
wins with the same content.

**Trust.**  An entry starts with a header line ``cablelint-result <format>
<checksum> <length>`` and repeats its key inside; an entry whose header,
format, length, checksum, key or structure is wrong (truncated, corrupt,
written by another version, damaged by a concurrent writer) is ignored, and
the file is checked and the entry written again.  Results holding a CL000
(a rule crashed or ran out of time) are never stored: they say nothing
lasting about the file.  Everything here is an optimisation: an unwritable
directory only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cablelint import __version__
from cablelint.diagnostics import Diagnostic, Edit, Fix, Span, new_tuple

if TYPE_CHECKING:
    from cablelint.config import FilePlan
    from cablelint.rules.base import Rule

#: Bumped whenever the entry layout or the meaning of its fields changes.
ENTRY_FORMAT = 2
MAGIC = "cablelint-result"
#: The directory of result caches under the cache directory; each project has its own.
RESULTS = "results"
#: The code that is never cached (see the module docstring).
INTERNAL_ERROR = "CL000"


def _digest(data: bytes) -> str:
    """SHA-256, first 128 bits in hex: fastest of hashlib's hashes where the CPU has
    SHA instructions (twice BLAKE2b's speed on a cable), and collision-free in practice."""
    return hashlib.sha256(data).hexdigest()[:32]


def project_directory(root: Path, base: Path | None = None) -> Path:
    """The result cache of the project rooted at ``root``.

    ``base`` is ``--cache-dir``; without it the directory rule of
    :func:`cablelint.cache.cache_dir` applies (``CABLELINT_CACHE_DIR``, else
    the platform's user cache directory).  The project's directory is named by
    its root's last component and a hash of its absolute path, so that two
    checkouts never share (or clean) each other's entries.
    """
    if base is None:
        from cablelint.cache import cache_dir

        base = cache_dir()
    absolute = os.path.abspath(root)
    name = os.path.basename(absolute.rstrip(os.sep)) or "root"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:40]
    return base / RESULTS / f"{safe}-{_digest(absolute.encode('utf-8', 'surrogatepass'))[:12]}"


# ------------------------------------------------------------------ keys


def _source_stamp(package: Path) -> list[str]:
    """Size and mtime of every file of the cablelint package (a checkout's edits show)."""
    parts = []
    for folder, directories, files in os.walk(package):
        directories[:] = sorted(d for d in directories if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".json", ".lark")):
                with contextlib.suppress(OSError):
                    status = os.stat(os.path.join(folder, name))
                    parts.append(f"{os.path.relpath(os.path.join(folder, name), package)}"
                                 f":{status.st_size}:{status.st_mtime_ns}")
    return parts


def _plugin_parts(rules: Iterable[type[Rule]]) -> list[str]:
    """Each plugin rule's distribution and version, and its module file's stamp."""
    plugins = sorted({rule.__module__ for rule in rules
                      if not rule.__module__.startswith("cablelint.")})
    if not plugins:
        return []
    from importlib.metadata import packages_distributions, version

    distributions = packages_distributions()
    parts = []
    for module_name in plugins:
        top = module_name.split(".")[0]
        for distribution in sorted(set(distributions.get(top, []))):
            try:
                parts.append(f"plugin:{distribution}=={version(distribution)}")
            except Exception:  # metadata without a version: the stamp below still counts
                parts.append(f"plugin:{distribution}")
        module = sys.modules.get(module_name)
        path = getattr(module, "__file__", None)
        if path:
            with contextlib.suppress(OSError):
                status = os.stat(path)
                parts.append(f"module:{module_name}:{status.st_size}:{status.st_mtime_ns}")
    return parts


def _vocabulary_parts() -> list[str]:
    """The content of every vocabulary and vocabulary schema under ``rules/``."""
    from cablelint.vocabulary import rules_dir

    directory = rules_dir()
    parts = []
    for path in sorted(directory.rglob("*.json")):
        with contextlib.suppress(OSError):
            parts.append(f"{path.relative_to(directory).as_posix()}:"
                         f"{_digest(path.read_bytes())}")
    return parts


def _grammar_part() -> str:
    from cablelint.syntax.grammar import grammar_path
    from cablelint.syntax.lalr import table_key

    return table_key(grammar_path().read_text(encoding="utf-8"))


def run_key(rules: Iterable[type[Rule]]) -> str:
    """What every entry of this run depends on besides the file and its configuration."""
    rules = list(rules)
    package = Path(__file__).resolve().parent
    parts = [f"format:{ENTRY_FORMAT}", f"cablelint:{__version__}",
             f"python:{sys.version_info[:2]}",
             *(f"rule:{rule.code}:{rule.__module__}.{rule.__qualname__}" for rule in rules),
             *_plugin_parts(rules), *_source_stamp(package), *_vocabulary_parts(),
             f"grammar:{_grammar_part()}"]
    return _digest("\0".join(parts).encode("utf-8", "surrogatepass"))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def plan_key(plan: FilePlan, metadata_digests: dict[int, tuple[Any, str]]) -> str:
    """The effective configuration of one file (see the module docstring).

    ``metadata_digests`` remembers the digest of each metadata mapping (by
    identity, holding the mapping so the identity stays its own): digesting a
    250k-record file once per plan rather than once per file.
    """
    settings = plan.settings
    metadata = settings.metadata
    held = metadata_digests.get(id(metadata))
    if held is None or held[0] is not metadata:
        held = metadata_digests[id(metadata)] = (
            metadata, _digest(_canonical(metadata).encode("utf-8", "surrogatepass")))
    parts = {
        "codes": sorted(plan.codes),
        "rules": [rule.code for rule in plan.rules],
        "severity": plan.severity,
        # every setting, so that one added later is part of the key without a change here
        "settings": {name: value for name, value in vars(settings).items()
                     if name != "metadata"},
        "metadata": held[1],
    }
    return _digest(_canonical(parts).encode("utf-8", "surrogatepass"))


# --------------------------------------------------------------- entries


def _diagnostic_data(diagnostic: Diagnostic) -> tuple[Any, ...]:
    fix = diagnostic.fix
    return (diagnostic.code, diagnostic.message, tuple(diagnostic.span), diagnostic.severity,
            diagnostic.rule,
            None if fix is None else (fix.message, fix.applicability,
                                      tuple(tuple(edit) for edit in fix.edits)))


def _diagnostic(data: tuple[Any, ...]) -> Diagnostic:
    """A finding as stored (a wrong shape raises: the entry is then not trusted).

    Field types are not checked one by one: the checksum already says that
    the payload is what this format version wrote.
    """
    code, message, span, severity, rule, fix = data
    if len(span) != 6:
        raise ValueError("not a span")
    if fix is not None:
        fix_message, applicability, edits = fix
        fix = new_tuple(Fix, (fix_message, tuple([new_tuple(Edit, (a, b, text))
                                                   for a, b, text in edits]), applicability))
    return new_tuple(Diagnostic, (code, message, new_tuple(Span, span), severity, rule, fix))


def encode_entry(key: str, diagnostics: list[Diagnostic],
                 summary: dict[str, Any] | None) -> bytes:
    """The bytes of an entry: header line, then the payload.

    The payload is :mod:`marshal` data (tuples, strings, numbers, a dict):
    four times faster to load than JSON, which is most of a warm run's time
    per file.  Its format depends on the Python version, which is part of
    every key (:func:`run_key`); only data whose checksum matches reaches
    ``marshal.loads``.
    """
    payload = marshal.dumps((key, tuple(_diagnostic_data(d) for d in diagnostics), summary), 4)
    header = f"{MAGIC} {ENTRY_FORMAT} {_digest(payload)} {len(payload)}\n".encode("ascii")
    return header + payload


def decode_entry(key: str, data: bytes) -> tuple[list[Diagnostic], dict[str, Any] | None] | None:
    """The findings and summary an entry holds, or None when it is not to be trusted."""
    newline = data.find(b"\n", 0, 200)
    if newline < 0:
        return None
    fields = data[:newline].split(b" ")
    if len(fields) != 4 or fields[0] != _MAGIC or fields[1] != _FORMAT:
        return None
    payload = data[newline + 1:]
    try:
        if int(fields[3]) != len(payload) or fields[2].decode("ascii") != _digest(payload):
            return None
        stored_key, diagnostics, summary = marshal.loads(payload)
        if stored_key != key or not (summary is None or isinstance(summary, dict)):
            return None
        return [_diagnostic(item) for item in diagnostics], summary
    except (ValueError, EOFError, TypeError, IndexError):
        return None


_MAGIC = MAGIC.encode("ascii")
_FORMAT = str(ENTRY_FORMAT).encode("ascii")


@dataclass(frozen=True)
class ResultCache:
    """The result cache of one run: where entries live and what the run's key is.

    Picklable, so that ``--jobs`` workers use the same cache as the parent.
    """

    directory: str
    run: str

    def key(self, path: str, data: bytes, plan_part: str) -> str:
        return _digest(f"{self.run}\0{plan_part}\0{path}\0{_digest(data)}"
                       .encode("utf-8", "surrogatepass"))

    def entry_path(self, key: str) -> str:
        return f"{self.directory}{os.sep}{key[:2]}{os.sep}{key}"

    def get(self, key: str) -> tuple[list[Diagnostic], dict[str, Any] | None] | None:
        try:
            with open(self.entry_path(key), "rb") as stream:
                data = stream.read()
        except OSError:
            return None
        return decode_entry(key, data)

    def put(self, key: str, diagnostics: list[Diagnostic],
            summary: dict[str, Any] | None) -> None:
        """Store an entry atomically; results with a CL000 are not stored."""
        if any(d.code == INTERNAL_ERROR for d in diagnostics):
            return
        target = self.entry_path(key)
        temporary = f"{self.directory}{os.sep}{key[:2]}{os.sep}.{key}.{os.getpid()}.tmp"
        try:
            data = encode_entry(key, diagnostics, summary)
            try:
                stream = open(temporary, "wb")  # noqa: SIM115 -- closed below
            except FileNotFoundError:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                stream = open(temporary, "wb")  # noqa: SIM115
            with stream:
                stream.write(data)
            os.replace(temporary, target)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def clean(directory: Path) -> tuple[int, int]:
    """Remove a project's result cache: (entries, bytes) removed.

    Only what this module writes is removed -- shard directories of two hex
    digits holding entries and temporary files -- so a mistaken ``--cache-dir``
    never deletes anything else.
    """
    entries = size = 0
    if not directory.is_dir():
        return 0, 0
    for shard in directory.iterdir():
        if not (shard.is_dir() and len(shard.name) == 2
                and all(c in "0123456789abcdef" for c in shard.name)):
            continue
        for entry in shard.iterdir():
            with contextlib.suppress(OSError):
                status = entry.stat()
                entry.unlink()
                if not entry.name.startswith("."):
                    entries += 1
                size += status.st_size
        with contextlib.suppress(OSError):
            shard.rmdir()
    with contextlib.suppress(OSError):
        directory.rmdir()  # only when nothing else is left in it
    return entries, size


class PlanKeys:
    """:func:`plan_key` of each plan of a run, computed once per plan.

    The resolver makes one :class:`FilePlan` per configuration and set of
    per-file ignores and hands the same object back for every file it applies
    to; the plan is held here so that its identity stays its own.
    """

    def __init__(self) -> None:
        self._keys: dict[int, tuple[FilePlan, str]] = {}
        self._metadata: dict[int, tuple[Any, str]] = {}

    def of(self, plan: FilePlan) -> str:
        held = self._keys.get(id(plan))
        if held is None or held[0] is not plan:
            held = self._keys[id(plan)] = (plan, plan_key(plan, self._metadata))
        return held[1]
