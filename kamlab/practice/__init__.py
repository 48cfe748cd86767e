"""Deprecated old path of :mod:`kamlab.models.kam_in_practice` (see :data:`kamlab._deprecated.MOVED`)."""

from .._deprecated import warn_moved

warn_moved(__name__, "kamlab.models.kam_in_practice")

from ..models.kam_in_practice import *  # noqa: E402,F401,F403
from ..models.kam_in_practice import __all__  # noqa: E402,F401
