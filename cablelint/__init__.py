"""cablelint: a linter for US diplomatic cables in the 2010 Cablegate text format."""

__version__ = "0.1.0"
