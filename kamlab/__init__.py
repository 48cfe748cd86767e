"""kamlab: Key Account Management Lab (大客户管理实验室).

A bilingual (中文 / English) teaching toolkit for the CRM chapter "Key Account
Management": simulated B2B customer data, analytics, models, plots and widgets.
Importing kamlab changes no global state; call :func:`kamlab.setup` at the top of a
notebook to choose the language and make Chinese render in plots.
"""

import importlib as _importlib

from . import analytics, datasets, plots, schema  # noqa: F401  (kamlab.datasets, kamlab.schema)
from ._version import __version__ as __version__  # (one place: kamlab/_version.py)
from .analytics import *  # noqa: F401,F403  (the analytics core's public names)
from .config import setup
from .datasets import (
    Company,
    make_accounts,
    make_company,
    make_contacts,
    make_k1_case,
    make_orders,
    make_staff,
    make_tickets,
)
from .display import show
from .errors import DataFileError, KamlabError, KamlabTypeError, KamlabValueError
from .i18n import get_lang, set_lang, t
from .io import (
    generate,
    load_accounts,
    load_company,
    load_contacts,
    load_k1_case,
    load_orders,
    load_staff,
    load_table,
    load_tickets,
)
from .plots.analytics import *  # noqa: F401,F403  (their plots)
from .terms import glossary

#: Subpackages imported on first use (``kamlab.widgets`` needs ipywidgets), so ``import kamlab`` stays light.
_ON_FIRST_USE = ("models", "widgets", "exercises", "fonts", "cli")


def __getattr__(name: str):
    """Import a heavier subpackage (:data:`_ON_FIRST_USE`) on first use (PEP 562)."""
    if name in _ON_FIRST_USE:
        return _importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'kamlab' has no attribute {name!r}")


__all__ = [
    "glossary",
    "Company",
    "make_accounts",
    "make_company",
    "make_contacts",
    "make_k1_case",
    "make_orders",
    "make_staff",
    "make_tickets",
    "DataFileError",
    "KamlabError",
    "KamlabTypeError",
    "KamlabValueError",
    "get_lang",
    "set_lang",
    "t",
    "generate",
    "load_accounts",
    "load_company",
    "load_contacts",
    "load_k1_case",
    "load_orders",
    "load_staff",
    "load_table",
    "load_tickets",
    "setup",
    "show",
    *analytics.__all__,
    *plots.analytics.__all__,
]
