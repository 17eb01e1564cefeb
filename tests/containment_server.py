"""``cablelint server`` with the misbehaving plugin of the containment tests installed.

Run as a script by tests/test_server_containment.py (a plugin installed
through an entry point would need a virtual environment per test run).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from containment_plugins import LoopsOnMarker

import cablelint.rules.registry as registry
from cablelint.cli import main

registry.plugin_rules = lambda: ([LoopsOnMarker], [])
sys.exit(main(["server"]))
