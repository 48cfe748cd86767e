"""Deprecated old path (see :data:`kamlab._deprecated.MOVED`): importing it warns, then aliases the new module."""

from .._deprecated import moved

moved(__name__)
