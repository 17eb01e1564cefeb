"""``python -m cablelint`` runs the command-line interface."""

import sys

from cablelint.cli import main

sys.exit(main())
