"""``cablelint server``: a language server over stdio.

The package is split by job:

* :mod:`~cablelint.server.positions` -- offsets <-> LSP positions in UTF-16 (or the
  negotiated) code units;
* :mod:`~cablelint.server.documents` -- the open documents and incremental changes;
* :mod:`~cablelint.server.convert` -- findings and edits as LSP diagnostics and text edits;
* :mod:`~cablelint.server.linting` -- configuration discovery, lint and fix-all of a text;
* :mod:`~cablelint.server.actions` -- quick fixes and ``source.fixAll.cablelint``;
* :mod:`~cablelint.server.hover` -- the rule's explanation over a finding;
* :mod:`~cablelint.server.server` -- the pygls wiring: when to lint, what to publish.
"""

from __future__ import annotations

import logging
import os
import sys


def run_server(log_file: str | None = None) -> int:
    """Serve LSP on stdin/stdout until ``exit``; 0 after a ``shutdown`` request, else 1.

    Python's ``sys.stdout`` is pointed at stderr while serving: a stray
    ``print`` (in a rule plugin, say) must not corrupt the protocol stream.
    After ``exit`` the process ends at once (``os._exit``): a lint still
    running in a worker thread (a plugin that loops with no time budget) must
    not keep it alive, or the editor could not restart it.
    """
    from cablelint.rules.registry import RuleLoadError, all_rules
    from cablelint.server.server import build_server, serve

    logging.basicConfig(
        level=logging.INFO if log_file else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        **({"filename": log_file} if log_file else {"stream": sys.stderr}))
    try:
        rules, problems = all_rules()
    except RuleLoadError as error:
        print(f"cablelint: internal error: {error}", file=sys.stderr)
        return 2
    server = build_server(rules, problems)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    serve(server, stdin, stdout)
    code = 0 if server.shut_down else 1
    logging.shutdown()
    sys.stderr.flush()
    os._exit(code)
