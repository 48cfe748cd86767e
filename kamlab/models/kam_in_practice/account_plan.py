"""A CRM-style account plan for one key account (chapter P1 and P4).

The chapter (P1) asks firms to "set a vision and strategic goals for KAM and turn them
into workable key-account strategies and *action plans*", and to link the key-account
plan with the company's market and business plans; P4 asks for the information system
(CRM) behind KAM. :func:`build_account_plan` fills such a plan for one account of a
:class:`kamlab.datasets.Company` from its five tables:

* **value**: revenue, gross profit, cost to serve, customer profit and margin
  (:func:`kamlab.analytics.customer_profit`), share of wallet and category spend,
  lifetime value (:func:`kamlab.analytics.customer_lifetime_value`), the portfolio
  quadrant and stance (:func:`kamlab.analytics.portfolio_matrix`), its revenue rank and
  share of total revenue (:func:`kamlab.analytics.dependence_flags`);
* **contacts**: who at the customer knows whom at A, and how well (the contacts map);
* **risks**, each from one documented rule (:data:`RISK_RULES`);
* **goals**: share of wallet now -> target by the end of the horizon, the revenue that
  implies, the customer profit that follows, the number of A's people with a strong tie;
* **actions**: one default action per risk with an owner from the staff table and a
  due date, or the student's own list.

An :class:`AccountPlan` exports itself as Markdown (:meth:`AccountPlan.to_markdown`,
:meth:`AccountPlan.to_markdown_file`), as a tidy table (:meth:`AccountPlan.to_frame`)
and as CSV (:meth:`AccountPlan.to_csv`); :meth:`AccountPlan.save` writes both files.
Writing never overwrites an existing file unless ``overwrite=True``.

Rules and thresholds (teaching assumptions unless a source is named)
-------------------------------------------------------------------
* dependence: the account's share of A's revenue >= 10% (the disclosure line of
  :func:`kamlab.analytics.dependence_flags`; case K1's customer B was 13%); level
  "high" above 50% (major dependence), else "medium";
* single-threaded: every contact goes through at most one of A's staff (case K1, the
  "runaway horse": when manager Lu left, customer B left with him); "high";
* weak ties: mean contact strength below 2.5 on the 1-5 scale; "medium";
* unprofitable: customer profit < 0 (chapter I4); "high";
* service trouble: at least one escalated ticket, or tickets taking more than 5 days
  to resolve on average; "medium";
* low share of wallet: below 30% of the account's category spend: an opportunity; "low".

The default target share of wallet is the current share plus 10 percentage points
(capped at 1); the target customer profit adds the extra revenue at the account's
gross margin net of its discount rate, cost to serve unchanged, and is at least 0 for
an unprofitable account (break even first); the target number of strong ties (strength
>= 4) is at least 2. All teaching assumptions.

References
----------
Chapter 4, P1 and P4. McDonald, M. & Woodburn, D. (2007). Key Account Management: the
definitive guide (2nd ed.). Butterworth-Heinemann (key-account plans: analysis of the
account, objectives, strategies, action plans). McDonald, M., Millman, T. & Rogers, B.
(1997). Key account management: theory, practice and challenges. Journal of Marketing
Management, 13(8), 737-757. Millman, T. & Wilson, K. (1995). From key account selling
to key account management. Journal of Marketing Practice, 1(1), 9-21 (relational
development: from single contacts to many).
"""

from __future__ import annotations

import datetime as _dt
import math
import os
from dataclasses import dataclass, field

import pandas as pd

from ..._validate import check_choice, check_fraction, check_int, require_columns, require_frame
from ...analytics import customer_lifetime_value, customer_profit, dependence_flags, portfolio_matrix
from ...datasets import Company
from ...errors import KamlabTypeError, KamlabValueError
from ...i18n import check_lang, t

__all__ = [
    "RISK_KINDS",
    "RISK_LEVELS",
    "ACTION_STATUSES",
    "RISK_RULES",
    "Goal",
    "Risk",
    "Action",
    "AccountPlan",
    "build_account_plan",
    "check_company",
]

#: The risk kinds, in the order a plan lists them.
RISK_KINDS = ("dependence", "single_threaded", "weak_ties", "unprofitable", "service_trouble", "low_share_of_wallet")
#: Risk levels.
RISK_LEVELS = ("high", "medium", "low")
#: Action statuses.
ACTION_STATUSES = ("planned", "in_progress", "done")

#: Thresholds of the risk rules (see the module notes; all but ``dependence`` are teaching assumptions).
RISK_RULES = {
    "dependence_share": 0.10,
    "major_dependence_share": 0.50,
    "weak_tie_mean_strength": 2.5,
    "slow_resolution_days": 5.0,
    "low_share_of_wallet": 0.30,
    "strong_tie": 4,
}

#: Default action per risk: (staff role of the owner, days after the start).
_DEFAULT_ACTIONS = {
    "dependence": ("vice_president", 90),
    "single_threaded": ("key_account_manager", 30),
    "weak_ties": ("key_account_manager", 60),
    "unprofitable": ("sales_manager", 45),
    "service_trouble": ("customer_service", 30),
    "low_share_of_wallet": ("engineer", 90),
    "review": ("key_account_manager", 90),
}

_VALUE_KEYS = (
    "revenue",
    "gross_profit",
    "discounts_rebates",
    "cost_to_serve",
    "customer_profit",
    "profit_margin",
    "share_of_wallet",
    "category_spend",
    "clv",
    "quadrant",
    "stance",
    "revenue_rank",
    "share_of_total_revenue",
    "n_accounts",
)
_MONEY = ("revenue", "gross_profit", "discounts_rebates", "cost_to_serve", "customer_profit", "category_spend", "clv")
_SHARES = ("profit_margin", "share_of_wallet", "share_of_total_revenue")


def _date(value, name: str, func: str) -> _dt.date:
    if isinstance(value, bool) or not isinstance(value, (str, _dt.date, pd.Timestamp)):
        raise KamlabTypeError(
            f"{func}: parameter '{name}' must be a date or an ISO date string "
            f"(e.g. '2027-03-31'), got {type(value).__name__} {value!r}."
        )
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise KamlabValueError(
            f"{func}: parameter '{name}' = {value!r} is not a date; expected e.g. '2027-03-31'."
        ) from exc
    if pd.isna(ts):
        raise KamlabValueError(f"{func}: parameter '{name}' = {value!r} is not a date; expected e.g. '2027-03-31'.")
    return ts.date()


def _text(value, name: str, func: str) -> str:
    if not isinstance(value, str):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a str, got {type(value).__name__} {value!r}.")
    if not value.strip():
        raise KamlabValueError(f"{func}: parameter '{name}' is empty; expected some text.")
    return value


def _finite(value, name: str, func: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
        raise KamlabTypeError(f"{func}: parameter '{name}' must be a number, got {type(value).__name__} {value!r}.")
    x = float(value)
    if not math.isfinite(x):
        raise KamlabValueError(f"{func}: parameter '{name}' must be a finite number, got {x!r}.")
    return x


@dataclass(frozen=True)
class Goal:
    """A goal: ``metric`` goes from ``current`` to ``target`` by ``due`` (a date).

    Examples
    --------
    >>> Goal("share_of_wallet", 0.4, 0.5, "2029-12-31").due
    datetime.date(2029, 12, 31)
    """

    metric: str
    current: float
    target: float
    due: _dt.date

    def __post_init__(self):
        func = "Goal"
        _text(self.metric, "metric", func)
        object.__setattr__(self, "current", _finite(self.current, "current", func))
        object.__setattr__(self, "target", _finite(self.target, "target", func))
        object.__setattr__(self, "due", _date(self.due, "due", func))


@dataclass(frozen=True)
class Risk:
    """A risk: its ``kind`` (:data:`RISK_KINDS`), ``level`` (:data:`RISK_LEVELS`) and a ``detail`` text.

    Examples
    --------
    >>> Risk("weak_ties", "medium", "mean strength 2.0").level
    'medium'
    """

    kind: str
    level: str
    detail: str

    def __post_init__(self):
        func = "Risk"
        check_choice(self.kind, "kind", func, RISK_KINDS)
        check_choice(self.level, "level", func, RISK_LEVELS)
        _text(self.detail, "detail", func)


@dataclass(frozen=True)
class Action:
    """An action: ``what``, its ``owner`` (a staff id), ``due`` (a date) and ``status``.

    Examples
    --------
    >>> Action("Add a second contact owner", "S28", "2027-01-31").status
    'planned'
    """

    what: str
    owner: str
    due: _dt.date
    status: str = "planned"

    def __post_init__(self):
        func = "Action"
        _text(self.what, "what", func)
        _text(self.owner, "owner", func)
        object.__setattr__(self, "due", _date(self.due, "due", func))
        check_choice(self.status, "status", func, ACTION_STATUSES)


def _fmt_value(key: str, value, lang: str) -> str:
    if key in _MONEY:
        return f"{value:,.0f}"
    if key in _SHARES:
        return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1%}"
    if key == "quadrant":
        return t(f"portfolio.{value}", lang)
    if key == "stance":
        return t(f"portfolio.stance.{value}", lang)
    return str(value)


def _fmt_goal(metric: str, value: float) -> str:
    if metric == "share_of_wallet":
        return f"{value:.1%}"
    if metric == "strong_ties":
        return f"{value:.0f}"
    return f"{value:,.0f}"


def _csv_number(key: str, value) -> str:
    """A number for the CSV: money to the fen (2 decimals), anything else to 4 decimals, no float noise."""
    value = float(value)
    text = f"{value:.2f}" if key in _MONEY else f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "-0.00") else text


def _md_table(header, rows) -> str:
    def cell(x):
        return str(x).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def _refuse(path, overwrite: bool, func: str) -> str:
    if not isinstance(path, (str, os.PathLike)):
        raise KamlabTypeError(f"{func}: parameter 'path' must be a str or a path, got {type(path).__name__}.")
    if not isinstance(overwrite, bool):
        raise KamlabTypeError(f"{func}: parameter 'overwrite' must be True or False, got {overwrite!r}.")
    path = os.fspath(path)
    if os.path.exists(path) and not overwrite:
        raise FileExistsError(f"{func}: file '{path}' already exists; pass overwrite=True to replace it.")
    return path


@dataclass(frozen=True)
class AccountPlan:
    """A plan for one key account (build it with :func:`build_account_plan`).

    Parameters
    ----------
    account_id, name : str
    year : int
        The plan's first year.
    goals : tuple of Goal
    contacts : pandas.DataFrame
        The contacts map: ``contact_id``, ``customer_person``, ``customer_role`` (code),
        ``strength`` (1-5), ``since_year``, ``staff_id``, ``staff_name``, ``staff_role`` (code).
    risks : tuple of Risk
    value : dict
        Keys ``revenue``, ``gross_profit``, ``discounts_rebates``, ``cost_to_serve``,
        ``customer_profit``, ``profit_margin``, ``share_of_wallet``, ``category_spend``,
        ``clv``, ``quadrant``, ``stance``, ``revenue_rank``, ``share_of_total_revenue``,
        ``n_accounts`` (yuan per year, shares as fractions).
    actions : tuple of Action
    lang : {"zh", "en"}
    owner_names : dict
        Staff id -> name, for the reports.
    """

    account_id: str
    name: str
    year: int
    goals: tuple
    contacts: pd.DataFrame
    risks: tuple
    value: dict
    actions: tuple
    lang: str = "zh"
    owner_names: dict = field(default_factory=dict)

    def __post_init__(self):
        func = "AccountPlan"
        _text(self.account_id, "account_id", func)
        _text(self.name, "name", func)
        check_int(self.year, "year", func, minimum=1900, maximum=2200)
        require_frame(self.contacts, func, "contacts")
        check_lang(self.lang, func)
        for attr, cls in (("goals", Goal), ("risks", Risk), ("actions", Action)):
            items = tuple(getattr(self, attr))
            for i, item in enumerate(items):
                if not isinstance(item, cls):
                    raise KamlabTypeError(
                        f"{func}: parameter '{attr}[{i}]' must be a {cls.__name__}, got {type(item).__name__}."
                    )
            object.__setattr__(self, attr, items)
        if not isinstance(self.value, dict):
            raise KamlabTypeError(f"{func}: parameter 'value' must be a dict, got {type(self.value).__name__}.")

    # ---- views -----------------------------------------------------------------------------------------
    def __repr__(self) -> str:
        """One line in the plan's language (its title); a notebook shows :meth:`to_markdown`."""
        return t("kam_in_practice.plan.md_title", self.lang, name=self.name, account_id=self.account_id, year=self.year)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def goal(self, metric: str) -> Goal:
        """The goal of ``metric`` (e.g. ``"share_of_wallet"``).

        Parameters
        ----------
        metric : str
            The goal's metric, one of the ``metric`` of :attr:`goals`.

        Returns
        -------
        Goal
            The first goal with that metric.

        Raises
        ------
        KamlabValueError
            If no goal has that metric (the message lists the metrics).
        """
        for g in self.goals:
            if g.metric == metric:
                return g
        raise KamlabValueError(
            f"AccountPlan.goal: parameter 'metric' = {metric!r}; expected one of "
            f"{', '.join(repr(g.metric) for g in self.goals)}."
        )

    @property
    def risk_kinds(self) -> tuple[str, ...]:
        """The kinds of the risks found."""
        return tuple(r.kind for r in self.risks)

    def _owner(self, staff_id: str) -> str:
        name = self.owner_names.get(staff_id)
        if not name:
            return staff_id
        return t("format.name_id", self.lang, name=name, id=staff_id)

    def to_frame(self) -> pd.DataFrame:
        """The plan as one tidy table: ``section``, ``item``, ``value``, ``detail``, ``owner``, ``due``.

        Sections: ``value`` (one row per value key; money in yuan to 2 decimals, shares
        and other numbers to 4), ``goal``
        (value = target, detail = current), ``contact`` (item = customer person, value =
        strength, detail = customer role code, owner = staff id), ``risk`` (item = kind,
        value = level, detail = text), ``action`` (item = what, value = status, owner =
        staff id, due). ``value`` is text so that one column holds numbers and codes.

        Returns
        -------
        pandas.DataFrame
            One row per value key, goal, contact, risk and action, in that order; all six
            columns are text (``""`` where a section has nothing; dates as ISO text).
        """
        rows = []
        for key, v in self.value.items():
            rows.append(("value", key, _csv_number(key, v) if isinstance(v, float) else str(v), "", "", ""))
        for g in self.goals:
            rows.append(
                (
                    "goal",
                    g.metric,
                    _csv_number(g.metric, g.target),
                    _csv_number(g.metric, g.current),
                    "",
                    g.due.isoformat(),
                )
            )
        for c in self.contacts.itertuples(index=False):
            rows.append(
                ("contact", str(c.customer_person), str(int(c.strength)), str(c.customer_role), str(c.staff_id), "")
            )
        for r in self.risks:
            rows.append(("risk", r.kind, r.level, r.detail, "", ""))
        for a in self.actions:
            rows.append(("action", a.what, a.status, "", a.owner, a.due.isoformat()))
        return pd.DataFrame(rows, columns=["section", "item", "value", "detail", "owner", "due"])

    def to_csv(self, path=None, *, overwrite: bool = False) -> str:
        """The tidy table (:meth:`to_frame`) as CSV text, or written to ``path`` (UTF-8).

        Refuses to replace an existing file unless ``overwrite=True`` (``FileExistsError``
        naming the path). Returns the CSV text either way.

        Parameters
        ----------
        path : str or path-like, optional
            File to write; default None (only return the text).
        overwrite : bool, default False
            Replace an existing file.

        Returns
        -------
        str
            The CSV text (header line, ``\\n`` line ends, no index).

        Raises
        ------
        KamlabTypeError
            If ``path`` is not a str or path, or ``overwrite`` is not a bool.
        FileExistsError
            If ``path`` exists and ``overwrite`` is False.
        """
        text = self.to_frame().to_csv(index=False, lineterminator="\n")
        if path is not None:
            path = _refuse(path, overwrite, "AccountPlan.to_csv")
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        return text

    def to_markdown(self) -> str:
        """A report in the plan's language: value, goals, contacts map, risks, actions.

        Returns
        -------
        str
            Markdown: a title, then one section with a table per part (a "none" line for
            a part without contacts or risks), ending with a newline.
        """
        lang = self.lang
        p = "kam_in_practice.plan."
        out = [f"# {t(p + 'md_title', lang, name=self.name, account_id=self.account_id, year=self.year)}", ""]
        out += [f"## {t(p + 'md_value', lang)}", ""]
        out.append(
            _md_table(
                [t(p + "col.item", lang), t(p + "col.value", lang)],
                [(t(p + f"value.{k}", lang), _fmt_value(k, v, lang)) for k, v in self.value.items()],
            )
        )
        out += ["", f"## {t(p + 'md_goals', lang)}", ""]
        out.append(
            _md_table(
                [
                    t(p + "col.metric", lang),
                    t(p + "col.current", lang),
                    t(p + "col.target", lang),
                    t(p + "col.due", lang),
                ],
                [
                    (
                        t(p + f"goal.{g.metric}", lang),
                        _fmt_goal(g.metric, g.current),
                        _fmt_goal(g.metric, g.target),
                        g.due.isoformat(),
                    )
                    for g in self.goals
                ],
            )
        )
        out += ["", f"## {t(p + 'md_contacts', lang)}", ""]
        if len(self.contacts):
            out.append(
                _md_table(
                    [
                        t(p + "col.customer_person", lang),
                        t(p + "col.customer_role", lang),
                        t(p + "col.strength", lang),
                        t(p + "col.staff", lang),
                        t(p + "col.staff_role", lang),
                    ],
                    [
                        (
                            c.customer_person,
                            t(f"customer_role.{c.customer_role}", lang),
                            int(c.strength),
                            self._owner(c.staff_id) if c.staff_id in self.owner_names else c.staff_id,
                            t(f"staff_role.{c.staff_role}", lang),
                        )
                        for c in self.contacts.itertuples(index=False)
                    ],
                )
            )
        else:
            out.append(t(p + "md_none", lang))
        out += ["", f"## {t(p + 'md_risks', lang)}", ""]
        if self.risks:
            out.append(
                _md_table(
                    [t(p + "col.risk", lang), t(p + "col.level", lang), t(p + "col.detail", lang)],
                    [(t(p + f"risk.{r.kind}", lang), t(p + f"level.{r.level}", lang), r.detail) for r in self.risks],
                )
            )
        else:
            out.append(t(p + "md_none", lang))
        out += ["", f"## {t(p + 'md_actions', lang)}", ""]
        out.append(
            _md_table(
                [
                    t(p + "col.action", lang),
                    t(p + "col.owner", lang),
                    t(p + "col.due", lang),
                    t(p + "col.status", lang),
                ],
                [
                    (a.what, self._owner(a.owner), a.due.isoformat(), t(p + f"status.{a.status}", lang))
                    for a in self.actions
                ],
            )
        )
        return "\n".join(out) + "\n"

    def to_markdown_file(self, path, *, overwrite: bool = False) -> str:
        """Write :meth:`to_markdown` to ``path`` (UTF-8); refuses to overwrite unless ``overwrite=True``.

        Returns the path written.

        Parameters
        ----------
        path : str or path-like
            File to write.
        overwrite : bool, default False
            Replace an existing file.

        Returns
        -------
        str
            ``path``, as a str.

        Raises
        ------
        KamlabTypeError
            If ``path`` is not a str or path, or ``overwrite`` is not a bool.
        FileExistsError
            If ``path`` exists and ``overwrite`` is False.
        """
        path = _refuse(path, overwrite, "AccountPlan.to_markdown_file")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(self.to_markdown())
        return path

    def save(self, directory, *, overwrite: bool = False) -> tuple[str, str]:
        """Write ``{account_id}_plan.md`` and ``{account_id}_plan.csv`` into ``directory`` (created if needed).

        Neither file is written if either exists and ``overwrite`` is False. Returns the two paths.

        Parameters
        ----------
        directory : str or path-like
            Folder to write into; created (with its parents) if missing.
        overwrite : bool, default False
            Replace existing files.

        Returns
        -------
        tuple of (str, str)
            Paths of the Markdown file and of the CSV file.

        Raises
        ------
        KamlabTypeError
            If ``directory`` is not a str or path, or ``overwrite`` is not a bool.
        FileExistsError
            If either file exists and ``overwrite`` is False.
        """
        func = "AccountPlan.save"
        if not isinstance(directory, (str, os.PathLike)):
            raise KamlabTypeError(
                f"{func}: parameter 'directory' must be a str or a path, got {type(directory).__name__}."
            )
        os.makedirs(directory, exist_ok=True)
        md = os.path.join(os.fspath(directory), f"{self.account_id}_plan.md")
        csv = os.path.join(os.fspath(directory), f"{self.account_id}_plan.csv")
        for path in (md, csv):
            _refuse(path, overwrite, func)
        self.to_markdown_file(md, overwrite=overwrite)
        self.to_csv(csv, overwrite=overwrite)
        return md, csv


# ---- building a plan ------------------------------------------------------------------------------------
#: The tables and columns of a company an account plan reads.
_COMPANY_COLUMNS = (
    (
        "accounts",
        (
            "account_id",
            "name_zh",
            "name_en",
            "revenue",
            "share_of_wallet",
            "category_spend",
            "gross_margin",
            "sales_rep",
        ),
    ),
    ("staff", ("staff_id", "name_zh", "name_en", "role")),
    (
        "contacts",
        (
            "contact_id",
            "account_id",
            "staff_id",
            "customer_person_zh",
            "customer_person_en",
            "customer_role",
            "strength",
            "since_year",
        ),
    ),
    ("tickets", ("ticket_id", "account_id", "days_to_resolve", "escalated")),
)


def check_company(company, *, func: str = "check_company"):
    """Check that ``company`` is a kamlab Company with the tables and columns an account plan reads.

    Parameters
    ----------
    company : kamlab.datasets.Company
        ``kamlab.make_company()`` (any seed) or ``kamlab.io.load_company()``.
    func : str, default "check_company"
        Name of the calling function for error messages (an explorer passes its own).

    Returns
    -------
    kamlab.datasets.Company
        ``company`` itself.

    Raises
    ------
    TypeError
        If ``company`` is not a Company, or one of its tables is not a DataFrame.
    ValueError
        For a missing column (the message lists the columns present) or no accounts.

    Examples
    --------
    >>> import kamlab
    >>> check_company(kamlab.make_company(30, seed=1)).accounts.shape[0]
    30
    """
    if not isinstance(company, Company):
        raise KamlabTypeError(
            f"{func}: parameter 'company' must be a kamlab Company (kamlab.make_company() or "
            f"kamlab.io.load_company()), got {type(company).__name__}."
        )
    for name, cols in _COMPANY_COLUMNS:
        frame = require_frame(getattr(company, name), func, f"company.{name}")
        require_columns(frame, cols, func)
    if company.accounts.empty:
        raise KamlabValueError(f"{func}: company.accounts has no rows; expected at least one account.")
    return company


def _owner_for(role: str, staff: pd.DataFrame, fallback: str) -> str:
    ids = sorted(staff.loc[staff["role"].astype(str) == role, "staff_id"].astype(str))
    return ids[0] if ids else fallback


def _user_actions(actions, staff_ids, func) -> tuple[Action, ...]:
    if isinstance(actions, (str, bytes)) or not hasattr(actions, "__iter__"):
        raise KamlabTypeError(
            f"{func}: parameter 'actions' must be a list of (what, owner_staff_id, due) "
            f"tuples, got {type(actions).__name__}."
        )
    out = []
    for i, item in enumerate(actions):
        if isinstance(item, Action):
            what, owner, due = item.what, item.owner, item.due
        elif isinstance(item, (tuple, list)) and len(item) == 3:
            what, owner, due = item
        else:
            raise KamlabTypeError(
                f"{func}: parameter 'actions[{i}]' must be a (what, owner_staff_id, due) tuple "
                f"or an Action, got {item!r}."
            )
        what = _text(what, f"actions[{i}].what", func)
        owner = _text(owner, f"actions[{i}].owner", func)
        if owner not in staff_ids:
            raise KamlabValueError(
                f"{func}: parameter 'actions[{i}]' has owner {owner!r}, not in the staff table "
                f"({len(staff_ids)} staff, e.g. {sorted(staff_ids)[0]!r})."
            )
        due = _date(due, f"actions[{i}].due", func)
        out.append(Action(what, owner, due, item.status if isinstance(item, Action) else "planned"))
    return tuple(out)


def _account_row(accounts: pd.DataFrame, account_id, func: str) -> pd.Series:
    """Section 0: the account's row (default: the largest by revenue); a clear error for an unknown id."""
    ids = accounts["account_id"].astype(str)
    if account_id is None:
        account_id = str(accounts.loc[accounts["revenue"].idxmax(), "account_id"])
    elif not isinstance(account_id, str):
        raise KamlabTypeError(
            f"{func}: parameter 'account_id' must be a str such as {ids.iloc[0]!r}, "
            f"got {type(account_id).__name__} {account_id!r}."
        )
    elif account_id not in set(ids):
        raise KamlabValueError(
            f"{func}: parameter 'account_id' = {account_id!r} is not among the "
            f"{len(ids)} accounts (e.g. {ids.iloc[0]!r})."
        )
    return accounts.loc[ids == account_id].iloc[0]


def _target_share(target_share_of_wallet, sow: float, account_id: str, func: str) -> float:
    """The target share of wallet: default current + 0.10 (capped at 1); never below the current share."""
    if target_share_of_wallet is None:
        return min(1.0, sow + 0.10)
    target = check_fraction(target_share_of_wallet, "target_share_of_wallet", func)
    if target < sow - 1e-12:
        raise KamlabValueError(
            f"{func}: parameter 'target_share_of_wallet' = {target!r} is below the current "
            f"share of wallet {sow:.4f} of {account_id}; expected a value in [{sow:.4f}, 1]."
        )
    return target


def _plan_value(accounts: pd.DataFrame, row: pd.Series) -> tuple[dict, pd.Series]:
    """Section 1, value: the plan's value dict (:data:`_VALUE_KEYS`) and the account's dependence flags."""
    account_id = str(row["account_id"])

    def own(frame):
        return frame.loc[frame["account_id"].astype(str) == account_id].iloc[0]

    prow = own(customer_profit(accounts))
    clv_value = float(own(customer_lifetime_value(accounts))["clv"])
    mrow = own(portfolio_matrix(accounts))
    frow = own(
        dependence_flags(
            accounts, disclosure=RISK_RULES["dependence_share"], major=RISK_RULES["major_dependence_share"]
        )
    )
    value = {
        "revenue": float(prow["revenue"]),
        "gross_profit": float(prow["gross_profit"]),
        "discounts_rebates": float(prow["discounts_rebates"]),
        "cost_to_serve": float(prow["cost_to_serve"]),
        "customer_profit": float(prow["profit"]),
        "profit_margin": float(prow["profit_margin"]),
        "share_of_wallet": float(row["share_of_wallet"]),
        "category_spend": float(row["category_spend"]),
        "clv": clv_value,
        "quadrant": str(mrow["quadrant"]),
        "stance": str(mrow["stance"]),
        "revenue_rank": int(frow["rank"]),
        "share_of_total_revenue": float(frow["share"]),
        "n_accounts": int(len(accounts)),
    }
    return value, frow


def _contacts_map(company, account_id: str, staff: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Section 2, contacts map: who at the customer knows whom at A, and how well."""
    sname = staff.set_index("staff_id")[f"name_{lang}"].astype(str)
    srole = staff.set_index("staff_id")["role"].astype(str)
    c = company.contacts.loc[company.contacts["account_id"].astype(str) == account_id]
    contacts = pd.DataFrame(
        {
            "contact_id": c["contact_id"].astype(str).to_numpy(),
            "customer_person": c[f"customer_person_{lang}"].astype(str).to_numpy(),
            "customer_role": c["customer_role"].astype(str).to_numpy(),
            "strength": c["strength"].astype(int).to_numpy(),
            "since_year": c["since_year"].astype(int).to_numpy(),
            "staff_id": c["staff_id"].astype(str).to_numpy(),
        }
    )
    contacts["staff_name"] = contacts["staff_id"].map(sname).fillna("?")
    contacts["staff_role"] = contacts["staff_id"].map(srole).fillna("sales_rep")
    return contacts


def _plan_risks(
    value: dict, flags: pd.Series, contacts: pd.DataFrame, tickets: pd.DataFrame, lang: str
) -> tuple[Risk, ...]:
    """Section 3, risks: one :class:`Risk` per rule of :data:`RISK_RULES` that fires, in :data:`RISK_KINDS` order.

    ``flags`` is the account's row of :func:`kamlab.analytics.dependence_flags`; ``tickets``
    are the account's tickets.
    """
    p = "kam_in_practice.plan.detail."
    risks = []
    if bool(flags["disclosure"]):
        risks.append(
            Risk(
                "dependence",
                "high" if bool(flags["major_dependence"]) else "medium",
                t(p + "dependence", lang, share=f"{value['share_of_total_revenue']:.1%}"),
            )
        )
    owners = contacts["staff_id"].nunique()
    if owners <= 1:
        who = f"{contacts['staff_name'].iloc[0]} ({contacts['staff_id'].iloc[0]})" if owners else "-"
        risks.append(Risk("single_threaded", "high", t(p + "single_threaded", lang, n=len(contacts), who=who)))
    mean_strength = float(contacts["strength"].mean()) if len(contacts) else 0.0
    if mean_strength < RISK_RULES["weak_tie_mean_strength"]:
        risks.append(
            Risk(
                "weak_ties",
                "medium",
                t(p + "weak_ties", lang, mean=f"{mean_strength:.2f}", cut=RISK_RULES["weak_tie_mean_strength"]),
            )
        )
    if value["customer_profit"] < 0:
        risks.append(
            Risk("unprofitable", "high", t(p + "unprofitable", lang, profit=f"{value['customer_profit']:,.0f}"))
        )
    escalated = int(tickets["escalated"].astype(bool).sum())
    mean_days = float(tickets["days_to_resolve"].mean()) if len(tickets) else 0.0
    if escalated >= 1 or mean_days > RISK_RULES["slow_resolution_days"]:
        risks.append(
            Risk(
                "service_trouble",
                "medium",
                t(p + "service_trouble", lang, n=len(tickets), escalated=escalated, days=f"{mean_days:.1f}"),
            )
        )
    sow = value["share_of_wallet"]
    if sow < RISK_RULES["low_share_of_wallet"]:
        risks.append(
            Risk(
                "low_share_of_wallet",
                "low",
                t(p + "low_share_of_wallet", lang, share=f"{sow:.1%}", spend=f"{value['category_spend']:,.0f}"),
            )
        )
    return tuple(risks)


def _plan_goals(
    value: dict, gross_margin: float, contacts: pd.DataFrame, target: float, due: _dt.date
) -> tuple[Goal, ...]:
    """Section 4, goals: share of wallet, the revenue it implies, the customer profit that follows, strong ties."""
    revenue, profit, sow = value["revenue"], value["customer_profit"], value["share_of_wallet"]
    target_revenue = max(revenue, target * value["category_spend"])
    net_rate = gross_margin - (value["discounts_rebates"] / revenue if revenue > 0 else 0.0)
    target_profit = profit + (target_revenue - revenue) * net_rate
    if profit < 0:
        target_profit = max(target_profit, 0.0)
    strong = int(contacts.loc[contacts["strength"] >= RISK_RULES["strong_tie"], "staff_id"].nunique())
    return (
        Goal("share_of_wallet", sow, target, due),
        Goal("revenue", revenue, target_revenue, due),
        Goal("customer_profit", profit, target_profit, due),
        Goal("strong_ties", strong, max(strong, 2), due),
    )


def _default_actions(risks, staff: pd.DataFrame, sales_rep: str, start: _dt.date, lang: str) -> tuple[Action, ...]:
    """Section 5, actions: one default action per risk (a review if none), owners by role (:data:`_DEFAULT_ACTIONS`).

    The key-account manager is the account's sales rep when that rep is one, else the first
    key-account manager of the staff table.
    """
    srole = staff.set_index("staff_id")["role"].astype(str)
    kam = (
        sales_rep
        if srole.get(sales_rep) == "key_account_manager"
        else _owner_for("key_account_manager", staff, sales_rep)
    )
    out = []
    for kind in [r.kind for r in risks] or ["review"]:
        role, days = _DEFAULT_ACTIONS[kind]
        owner = kam if role == "key_account_manager" else _owner_for(role, staff, kam)
        out.append(Action(t(f"kam_in_practice.plan.action.{kind}", lang), owner, start + _dt.timedelta(days=days)))
    return tuple(out)


def build_account_plan(
    company,
    account_id: str | None = None,
    *,
    target_share_of_wallet: float | None = None,
    horizon_years: int = 3,
    start=None,
    actions=None,
    lang: str = "zh",
) -> AccountPlan:
    """Fill an account plan for one account of a company.

    The plan is a document in one language: ``lang`` chooses it explicitly (the lessons
    pass the notebook's language, ``lang=kamlab.get_lang()``); nothing here reads the
    session's language.

    Parameters
    ----------
    company : kamlab.datasets.Company
        ``kamlab.make_company()`` (any seed) or ``kamlab.io.load_company()``.
    account_id : str, optional
        Default: the largest account by revenue.
    target_share_of_wallet : float, optional
        Target share of the account's category spend at the end of the horizon, in
        [current share, 1]. Default: current + 0.10, capped at 1 (teaching assumption).
    horizon_years : int, default 3
        Years to reach the goals, 1 to 10.
    start : date or ISO date string, optional
        Start of the plan; default 1 January of the year after the data
        (``company.year + 1``). Goals are due ``horizon_years`` later, less one day;
        default actions 30-90 days after the start.
    actions : list of (what, owner_staff_id, due), optional
        The student's own actions; they replace the default ones (one per risk). The
        owner must be in the staff table; ``due`` is a date or ISO string.
    lang : {"zh", "en"}, default "zh"
        Language of the names, texts and reports.

    Returns
    -------
    AccountPlan

    Raises
    ------
    TypeError
        For a company that is not a Company, a non-str account id, a non-number share,
        a non-integer horizon, a malformed action.
    ValueError
        For an unknown account (the message says how many accounts exist and gives an
        example id), a share outside [0, 1] or below the current share, a horizon
        outside 1-10, an unparseable date, an action owner not in the staff table, an
        unknown ``lang``.

    References
    ----------
    Chapter 4, P1 (action plans linked with business plans) and P4 (CRM). McDonald &
    Woodburn (2007), Key Account Management (key-account plans). The risk rules are
    listed in the module notes.

    Examples
    --------
    >>> import kamlab
    >>> plan = build_account_plan(kamlab.make_company(), lang="en")
    >>> plan.account_id, plan.year, plan.value["revenue_rank"]
    ('A1268', 2027, 1)
    >>> g = plan.goal("share_of_wallet")
    >>> round(g.target - g.current, 2), g.due.isoformat()
    (0.1, '2029-12-31')
    """
    func = "build_account_plan"
    company = check_company(company, func=func)
    lang = check_lang(lang, func)
    accounts = company.accounts
    row = _account_row(accounts, account_id, func)
    account_id = str(row["account_id"])
    horizon_years = check_int(horizon_years, "horizon_years", func, minimum=1, maximum=10)
    start = _dt.date(int(company.year) + 1, 1, 1) if start is None else _date(start, "start", func)
    target = _target_share(target_share_of_wallet, float(row["share_of_wallet"]), account_id, func)

    value, flags = _plan_value(accounts, row)
    staff = company.staff.assign(staff_id=company.staff["staff_id"].astype(str))
    contacts = _contacts_map(company, account_id, staff, lang)
    tickets = company.tickets.loc[company.tickets["account_id"].astype(str) == account_id]
    risks = _plan_risks(value, flags, contacts, tickets, lang)
    due = (pd.Timestamp(start) + pd.DateOffset(years=horizon_years) - pd.Timedelta(days=1)).date()
    goals = _plan_goals(value, float(row["gross_margin"]), contacts, target, due)
    if actions is None:
        plan_actions = _default_actions(risks, staff, str(row["sales_rep"]), start, lang)
    else:
        plan_actions = _user_actions(actions, set(staff["staff_id"]), func)
    sname = staff.set_index("staff_id")[f"name_{lang}"].astype(str)
    names = {sid: sname[sid] for sid in {a.owner for a in plan_actions} | set(contacts["staff_id"]) if sid in sname}
    return AccountPlan(
        account_id, str(row[f"name_{lang}"]), start.year, goals, contacts, risks, value, plan_actions, lang, names
    )
