"""kamlab's exception types.

Every error kamlab raises on bad input is one of these. They subclass the built-in
``ValueError`` / ``TypeError`` so ordinary ``except ValueError`` code still works.
"""

from __future__ import annotations

__all__ = ["KamlabError", "KamlabValueError", "KamlabTypeError", "DataFileError"]


class KamlabError(Exception):
    """Base class of every kamlab error."""


class KamlabValueError(KamlabError, ValueError):
    """A value is out of range, missing, duplicated or inconsistent."""


class KamlabTypeError(KamlabError, TypeError):
    """A value has the wrong type (e.g. text where a number is expected)."""


class DataFileError(KamlabValueError):
    """A data file cannot be read or does not match kamlab's data dictionary."""
