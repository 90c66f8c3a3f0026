"""wirelint: a linter for news wire copy."""

__version__ = "0.1.0"
