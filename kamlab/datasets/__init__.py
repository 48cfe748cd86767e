"""Simulated B2B customer data of "Company A", the hydraulic-fittings maker of case K1.

Company A sells hydraulic fittings to car makers, construction-machinery and
packaging-machinery builders and the other machine builders of the chapter's case
K1 (runaway horse). :func:`make_accounts` simulates one row per customer account; :func:`make_company`
adds the related tables with consistent keys (A's staff, orders, contacts between
A's people and the customer's people, complaint tickets); :func:`make_k1_case` builds
the 2007 customer base of case K1, in which customer B bought 3,000,000 yuan, 13% of
A's sales, all through Manager Lu. Every column is documented in
:mod:`kamlab.schema` and in ``data/data_dictionary.md``.

How the numbers are made (a simulation, not real data):

* Current-year revenue is log-normal, ``revenue = c * exp(sigma * z)`` with ``z``
  standard normal. ``sigma`` is solved (Newton's method) so that the top 20% of
  accounts hold exactly ``concentration`` of revenue: 0.80 by default, the chapter's
  80/20 rule (Pareto principle). For a log-normal the top-q share is
  ``Phi(sigma - Phi^-1(1 - q))`` (Lorenz curve of the log-normal; Aitchison & Brown,
  *The Lognormal Distribution*, 1957), which gives the starting value.
* Relationship stage (exploratory -> integrated: the stage names of McDonald, Millman &
  Rogers 1997, after the stage model of Millman & Wilson 1995), share of wallet, years as customer, contacts and
  strategic importance rise with the account's size, with noise.
* Large accounts get larger volume discounts and promotion support, and demanding
  accounts cost more to serve, so that (with the cost rates of the analytics module)
  the largest accounts are not automatically the most profitable (chapter, point I4).

Randomness only comes through ``seed`` (an ``int``, a ``numpy.random.Generator`` or
``None``); the same integer seed gives identical frames on every machine.

The package, one module per table (and two of shared helpers):

* :mod:`.accounts`: :func:`make_accounts`, the revenue calibrated to ``concentration``;
* :mod:`.staff`: :func:`make_staff`;
* :mod:`.company`: :class:`Company`, :func:`make_orders`, :func:`make_contacts`, :func:`make_tickets`,
  :func:`make_company` and :func:`make_k1_case`;
* :mod:`.names`: the customers' company names; :mod:`._draw`: seeded generators, ids, categoricals.

"""

from . import accounts, company, staff
from ._draw import _category  # noqa: F401  (kamlab.io: the same categorical dtypes as these tables)
from .accounts import *  # noqa: F401,F403
from .accounts import _check_concentration  # noqa: F401  (kamlab.io.generate checks it the same way)
from .company import *  # noqa: F401,F403
from .staff import *  # noqa: F401,F403

__all__: list[str] = [
    *staff.__all__,
    *accounts.__all__,
    *company.__all__,
]
