"""kamlab's version: the one place it is written (pyproject.toml reads it; CHANGELOG.md says what changed)."""

__version__ = "0.2.0"
