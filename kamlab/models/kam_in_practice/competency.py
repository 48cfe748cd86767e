"""The key-account manager as "engineer + salesperson + leader" (lesson 07, problem P3).

The chapter (P3): abroad, key-account managers rank with or above product and brand
managers, and much is asked of them; the key-account manager plays the role of
"engineer + salesperson + leader" (工程师＋销售员＋领导者), and firms must develop such
managers. This module turns the three roles into three dimensions of three skills each,
compares a candidate's levels (1..5) with a role's required levels, and lists the
development a candidate needs.

=============  ===========  ==========================================================
dimension      chapter      skills
=============  ===========  ==========================================================
technical      engineer     product & application knowledge; solving the customer's
                            technical problems; industry & market analysis
commercial     salesperson  negotiation & pricing; account profitability & financial
                            acumen; relationships across the buying centre
leadership     leader       leading the cross-functional account team; influence inside
                            the firm; account strategy & planning
=============  ===========  ==========================================================

The three roles come from the chapter; the nine skills, the required levels of
:data:`ROLE_PROFILES` and the candidates of :data:`CANDIDATES` are kamlab's teaching
assumptions. They illustrate the general point of the literature that key-account
managers need broader, more strategic and more leadership (internal co-ordination)
skills than traditional salespeople (McDonald, Millman & Rogers 1997; Wilson & Millman
2003, the account manager as "political entrepreneur" who works inside his own firm as
much as with the customer). The numbers are not taken from those works.

References
----------
Chapter 4, P3: "engineer + salesperson + leader".
McDonald, M., Millman, T. & Rogers, B. (1997). Key account management: theory, practice
and challenges. Journal of Marketing Management, 13(8), 737-757.
Wilson, K. & Millman, T. (2003). The global account manager as political entrepreneur.
Industrial Marketing Management, 32(2), 151-158.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ..._validate import check_choice, check_ratings
from ...errors import KamlabTypeError

__all__ = [
    "DIMENSIONS",
    "DIMENSION_ROLES",
    "SKILLS",
    "SKILL_IDS",
    "ROLE_PROFILES",
    "CANDIDATES",
    "CompetencyFit",
    "competency_fit",
    "candidate_levels",
]

#: The three dimensions, in the chapter's order of the roles.
DIMENSIONS = ("technical", "commercial", "leadership")
#: Dimension -> the chapter's role word.
DIMENSION_ROLES = {"technical": "engineer", "commercial": "salesperson", "leadership": "leader"}

#: (skill id, dimension), three per dimension (label ``kam_in_practice.competency.skill.<id>``).
SKILLS = (
    ("product_knowledge", "technical"),
    ("technical_solving", "technical"),
    ("market_analysis", "technical"),
    ("negotiation", "commercial"),
    ("financial_acumen", "commercial"),
    ("relationships", "commercial"),
    ("team_leadership", "leadership"),
    ("internal_influence", "leadership"),
    ("account_strategy", "leadership"),
)
SKILL_IDS = tuple(s for s, _ in SKILLS)
_DIMENSION_OF = dict(SKILLS)

LEVEL_MIN, LEVEL_MAX = 1, 5


def _levels(*values):
    return dict(zip(SKILL_IDS, values, strict=True))


#: Required level 1..5 per skill, by role (teaching assumptions, see the module docstring).
#: The traditional salesperson needs commercial skills and little leadership; the
#: key-account manager needs all three roles, leadership and account strategy most.
ROLE_PROFILES = {
    #                                 technical  commercial  leadership
    "sales_rep": _levels(3, 2, 2, 4, 3, 4, 1, 2, 2),
    "key_account_manager": _levels(4, 4, 3, 4, 4, 5, 4, 4, 5),
    "product_manager": _levels(5, 4, 4, 3, 3, 2, 3, 3, 3),
}

#: Named candidates (teaching assumptions): the star salesperson is the classic wrong
#: promotion (commercial high, leadership low); the engineer knows the product; the
#: all-rounder is close to the role.
CANDIDATES = {
    "star_salesperson": _levels(3, 2, 2, 5, 3, 5, 2, 2, 2),
    "engineer": _levels(5, 5, 3, 2, 2, 2, 3, 3, 2),
    "all_rounder": _levels(4, 4, 3, 4, 4, 4, 4, 4, 4),
}


def candidate_levels(name: str) -> dict:
    """A copy of a named candidate's levels (:data:`CANDIDATES`).

    Parameters
    ----------
    name : str
        One of :data:`CANDIDATES`.

    Returns
    -------
    dict
        Skill -> level 1..5 (a new dict).

    Raises
    ------
    ValueError
        For an unknown name.

    Examples
    --------
    >>> candidate_levels("engineer")["product_knowledge"]
    5
    """
    check_choice(name, "name", "candidate_levels", tuple(CANDIDATES))
    return dict(CANDIDATES[name])


def _validate_levels(candidate, func) -> tuple[dict, str | None]:
    if isinstance(candidate, str):
        check_choice(candidate, "candidate", func, tuple(CANDIDATES))
        return dict(CANDIDATES[candidate]), candidate
    if not isinstance(candidate, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter 'candidate' must be a candidate name "
            f"({', '.join(map(repr, CANDIDATES))}) or a mapping of skill -> level 1..5, "
            f"got {type(candidate).__name__}."
        )
    clean = check_ratings(
        candidate,
        SKILL_IDS,
        func,
        name="candidate",
        unknown="skills",
        missing="skills",
        item="level of skill",
        low=LEVEL_MIN,
        high=LEVEL_MAX,
    )
    return clean, None


@dataclass(frozen=True)
class CompetencyFit:
    """A candidate against a role (build it with :func:`competency_fit`).

    Attributes
    ----------
    candidate : str or None
        The candidate's name if a named candidate was given.
    role : str
    levels, required, gaps : dict
        Skill -> candidate's level, required level, gap = required - level (positive =
        short), in :data:`SKILL_IDS` order.
    shortfall : int
        Sum of the positive gaps.
    fit : float
        1 - shortfall / sum of required levels, in [0, 1].
    dimension_level, dimension_required : dict
        Dimension -> mean level, mean required level.
    dimension_shortfall : dict
        Dimension -> sum of positive gaps.
    weakest_dimension : str or None
        Dimension with the largest shortfall (ties in :data:`DIMENSIONS` order); None
        when every requirement is met.
    development : tuple of (str, int)
        (skill, gap) for the skills with a shortfall, largest gap first, ties in
        :data:`SKILL_IDS` order: the development plan.
    """

    candidate: str | None
    role: str
    levels: dict
    required: dict
    gaps: dict
    shortfall: int
    fit: float
    dimension_level: dict
    dimension_required: dict
    dimension_shortfall: dict
    weakest_dimension: str | None
    development: tuple

    def table(self) -> pd.DataFrame:
        """One row per skill: skill, dimension, level, required, gap, shortfall.

        Returns
        -------
        pandas.DataFrame
            One row per skill in :data:`SKILL_IDS` order: ``skill``, ``dimension``,
            ``level`` (the candidate's), ``required`` (the role's), ``gap`` (required -
            level) and ``shortfall`` (the gap if positive, else 0).

        Examples
        --------
        >>> competency_fit("star_salesperson").table()["shortfall"].tolist()
        [1, 2, 1, 0, 1, 0, 2, 2, 3]
        """
        return pd.DataFrame(
            [
                {
                    "skill": s,
                    "dimension": _DIMENSION_OF[s],
                    "level": self.levels[s],
                    "required": self.required[s],
                    "gap": self.gaps[s],
                    "shortfall": max(self.gaps[s], 0),
                }
                for s in SKILL_IDS
            ]
        )


def competency_fit(candidate, *, role: str = "key_account_manager") -> CompetencyFit:
    """How well a candidate's skills meet a role's requirements.

    Per skill, gap = required - level (positive = short of the requirement);
    shortfall = sum of the positive gaps (being above a requirement does not make up
    for being below another); fit = 1 - shortfall / sum(required), in [0, 1] because
    every level is at least 1. The weakest dimension is the one with the largest total
    shortfall; the development plan lists the skills with a shortfall, largest gap
    first. The required levels are teaching assumptions (see the module docstring).

    Parameters
    ----------
    candidate : str or mapping of str to int
        A name in :data:`CANDIDATES`, or skill (:data:`SKILL_IDS`) -> level 1..5.
    role : {"key_account_manager", "sales_rep", "product_manager"}

    Returns
    -------
    CompetencyFit

    Raises
    ------
    TypeError
        If ``candidate`` is neither a name nor a mapping, or a level is not an integer
        (bool rejected).
    ValueError
        For an unknown candidate name, role or skill, missing skills (listed), or a
        level outside 1..5.

    References
    ----------
    Chapter 4, P3. McDonald, Millman & Rogers (1997); Wilson & Millman (2003).

    Examples
    --------
    >>> f = competency_fit("star_salesperson")
    >>> f.shortfall, round(f.fit, 4), f.weakest_dimension
    (12, 0.6757, 'leadership')
    >>> competency_fit("star_salesperson", role="sales_rep").fit
    1.0
    """
    func = "competency_fit"
    levels, name = _validate_levels(candidate, func)
    check_choice(role, "role", func, tuple(ROLE_PROFILES))
    required = dict(ROLE_PROFILES[role])
    gaps = {s: required[s] - levels[s] for s in SKILL_IDS}
    shortfall = sum(max(g, 0) for g in gaps.values())
    fit = 1.0 - shortfall / sum(required.values())
    dim_level, dim_required, dim_short = {}, {}, {}
    for dim in DIMENSIONS:
        skills = [s for s, d in SKILLS if d == dim]
        dim_level[dim] = sum(levels[s] for s in skills) / len(skills)
        dim_required[dim] = sum(required[s] for s in skills) / len(skills)
        dim_short[dim] = sum(max(gaps[s], 0) for s in skills)
    weakest = None
    if shortfall > 0:
        weakest = max(DIMENSIONS, key=lambda d: (dim_short[d], -DIMENSIONS.index(d)))
    development = tuple(
        (s, gaps[s])
        for s in sorted((s for s in SKILL_IDS if gaps[s] > 0), key=lambda s: (-gaps[s], SKILL_IDS.index(s)))
    )
    return CompetencyFit(
        name, role, levels, required, gaps, shortfall, fit, dim_level, dim_required, dim_short, weakest, development
    )
