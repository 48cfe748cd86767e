"""A KAM maturity diagnostic for the chapter's problems P1-P5 (lesson 07).

The chapter ends with five problems of key account management (KAM) in Chinese firms
and, for most of them, its own remedies. This module turns them into a questionnaire a
manager can fill in: 17 statements, each rated 1 ("does not apply at all") to 5 ("fully
applies"), grouped in five areas, and a small documented rule set that turns the weak
answers into an ordered list of remedies.

==============  =====  ====================================================================
area            point  the chapter's problem
==============  =====  ====================================================================
strategy        P1     KAM disconnected from the supplier's strategy (stays a sales tactic)
organisation    P2     no organisational or process change behind KAM
manager         P3     the key-account manager's role is vague, skills are short
information     P4     no information foundation (CRM), weak systematic management
readiness       P5     not prepared, not capable enough to implement KAM
==============  =====  ====================================================================

Where the statements come from (the texts are in the labels, ``kam_in_practice.maturity.q.<id>``):

* **The chapter's own remedies**: P1.1-P1.4 (strategic awareness of leaders passed on
  to all staff; a KAM vision and goals turned into workable strategies and action plans;
  key-account plans linked to the company's marketing and business plans; KAM as a
  long-term practice), P2.1-P2.4 ("inverted pyramid" customer-driven organisation; a
  specialised KAM department; cross-team, cross-functional key-account support teams
  built on customer-management processes; processes re-integrated and R&D, manufacturing
  and marketing in one value chain that turns key-account needs into internal duties),
  P3.1-P3.3 (account managers rank with or above product/brand managers; the role is
  "engineer + salesperson + leader"; the firm develops its account managers) and P4.1
  (KAM supported by an information system, above all a CRM system).
* **Our operationalisation** (the chapter names the problem but gives no remedy): P4.2
  (account information such as profit, contacts and history shared across functions) and
  P4.3 (systematic account planning and review), reading the chapter's "系统管理能力短缺"
  (weak systematic management); and all of P5, which the chapter states only as "not
  prepared, not capable enough": we read readiness through the chapter's earlier content,
  P5.1 key accounts identified by an agreed method (C1 subjective perception or C2
  objective judgement), P5.2 the profitability of key accounts known (cost to serve),
  P5.3 resources and budget committed to KAM.

Scoring, stage bands and recommendation rules are teaching assumptions of kamlab, not
the chapter's. They follow the general view of the KAM literature that KAM is a
strategic, organisation-wide capability rather than a sales activity (McDonald, Millman
& Rogers 1997; Homburg, Workman & Jensen 2002; McDonald & Woodburn 2007). Nothing here
imports matplotlib; plots and explorers are in :mod:`kamlab.widgets.kam_in_practice.maturity`.

References
----------
Chapter 4, "Main problems of KAM in Chinese firms" (P1-P5).
McDonald, M., Millman, T. & Rogers, B. (1997). Key account management: theory, practice
and challenges. Journal of Marketing Management, 13(8), 737-757.
Homburg, C., Workman, J. P. & Jensen, O. (2002). A configurational perspective on key
account management. Journal of Marketing, 66(2), 38-60.
McDonald, M. & Woodburn, D. (2007). Key Account Management: The Definitive Guide.
Butterworth-Heinemann.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ..._validate import check_choice, check_int, check_ratings
from ...errors import KamlabTypeError, KamlabValueError
from ...i18n import check_lang, t

__all__ = [
    "AREAS",
    "AREA_POINTS",
    "Question",
    "QUESTIONS",
    "QUESTION_IDS",
    "STAGES",
    "Rule",
    "RULES",
    "PROFILES",
    "RECOMMEND_COLUMNS",
    "MaturityResult",
    "score_maturity",
    "recommend",
    "profile_answers",
    "questions_table",
    "rules_table",
]

#: The five areas, in the chapter's order P1..P5.
AREAS = ("strategy", "organisation", "manager", "information", "readiness")
#: Area -> the chapter's problem id.
AREA_POINTS = {"strategy": "P1", "organisation": "P2", "manager": "P3", "information": "P4", "readiness": "P5"}
_POINT_AREAS = {p: a for a, p in AREA_POINTS.items()}

#: The answer scale: 1 "does not apply at all" .. 5 "fully applies".
ANSWER_MIN, ANSWER_MAX = 1, 5


@dataclass(frozen=True)
class Question:
    """One statement of the diagnostic.

    Parameters
    ----------
    id : str
        ``"P<area>.<n>"``, e.g. ``"P1.1"``; its point must match ``area``.
    area : str
        One of :data:`AREAS`.
    remedy : str
        ``"chapter"`` if the statement is one of the chapter's own remedies, ``"ours"``
        if it is kamlab's operationalisation.

    The statement, its short label and its remedy are labels:
    ``kam_in_practice.maturity.q.<id>``, ``kam_in_practice.maturity.short.<id>``,
    ``kam_in_practice.maturity.remedy.<id>``.

    Examples
    --------
    >>> Question("P1.1", "strategy", "chapter").point
    'P1'
    """

    id: str
    area: str
    remedy: str

    def __post_init__(self):
        func = "Question"
        check_choice(self.area, "area", func, AREAS)
        check_choice(self.remedy, "remedy", func, ("chapter", "ours"))
        if not isinstance(self.id, str) or not self.id.startswith(AREA_POINTS[self.area] + "."):
            raise KamlabValueError(
                f"{func}: parameter 'id' = {self.id!r}; expected '{AREA_POINTS[self.area]}.<n>' for area {self.area!r}."
            )

    @property
    def point(self) -> str:
        """The chapter's problem id, P1..P5."""
        return AREA_POINTS[self.area]

    @property
    def key(self) -> str:
        """Label key of the full statement."""
        return f"kam_in_practice.maturity.q.{self.id}"

    @property
    def short_key(self) -> str:
        """Label key of the short label (slider descriptions)."""
        return f"kam_in_practice.maturity.short.{self.id}"

    @property
    def remedy_key(self) -> str:
        """Label key of the remedy."""
        return f"kam_in_practice.maturity.remedy.{self.id}"


#: The 17 statements, in chapter order (see the module docstring for their sources).
QUESTIONS = (
    Question("P1.1", "strategy", "chapter"),
    Question("P1.2", "strategy", "chapter"),
    Question("P1.3", "strategy", "chapter"),
    Question("P1.4", "strategy", "chapter"),
    Question("P2.1", "organisation", "chapter"),
    Question("P2.2", "organisation", "chapter"),
    Question("P2.3", "organisation", "chapter"),
    Question("P2.4", "organisation", "chapter"),
    Question("P3.1", "manager", "chapter"),
    Question("P3.2", "manager", "chapter"),
    Question("P3.3", "manager", "chapter"),
    Question("P4.1", "information", "chapter"),
    Question("P4.2", "information", "ours"),
    Question("P4.3", "information", "ours"),
    Question("P5.1", "readiness", "ours"),
    Question("P5.2", "readiness", "ours"),
    Question("P5.3", "readiness", "ours"),
)
QUESTION_IDS = tuple(q.id for q in QUESTIONS)
_BY_ID = {q.id: q for q in QUESTIONS}
_ORDER = {q.id: i for i, q in enumerate(QUESTIONS)}

#: Stage bands of the overall score: (stage, upper bound, exclusive). A teaching assumption.
STAGES = (("tactical", 25.0), ("emerging", 50.0), ("developing", 75.0), ("strategic", math.inf))


@dataclass(frozen=True)
class Rule:
    """One recommendation rule: an id and the label key of its text (``kam_in_practice.maturity.rule.<id>``)."""

    id: str
    key: str


#: The rules :func:`recommend` applies (texts in the labels). R1 and R2 are kamlab's
#: teaching rules; R3 follows the chapter (KAM must fit the supplier's strategy, otherwise
#: it stays a sales tactic); R4 is our reasoning (a CRM bolted onto the old organisation
#: only records the old way of working).
RULES = tuple(Rule(r, f"kam_in_practice.maturity.rule.{r}") for r in ("R1", "R2", "R3", "R4"))

#: Columns of :func:`recommend`'s table.
RECOMMEND_COLUMNS = ("priority", "area", "point", "question", "answer", "remedy", "rule")

#: Threshold (area score, 0..100) below which R3 and R4 apply. A teaching assumption.
FOUNDATION_THRESHOLD = 50.0


def _profile(*values):
    return dict(zip(QUESTION_IDS, values, strict=True))


#: Named answer sets for teaching (illustrative, set by hand):
#: ``chapter_typical``: a typical Chinese supplier imagined after the problems the chapter
#: lists (KAM as sales tactics, no organisational change, a vague account-manager role, no
#: CRM, not ready); the answers are ours, not the chapter's;
#: ``sales_led``: a strong sales force and a CRM bought, but no organisational change;
#: ``benchmark``: a mature KAM firm.
PROFILES = {
    #                          P1          P2          P3       P4       P5
    "chapter_typical": _profile(2, 1, 2, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 3, 1, 1),
    "sales_led": _profile(3, 2, 3, 2, 1, 2, 1, 1, 3, 2, 3, 4, 2, 3, 4, 2, 3),
    "benchmark": _profile(5, 5, 4, 5, 4, 4, 5, 4, 5, 4, 5, 5, 5, 4, 5, 4, 5),
}


def profile_answers(name: str) -> dict:
    """A copy of a named answer set of :data:`PROFILES`.

    Parameters
    ----------
    name : {"chapter_typical", "sales_led", "benchmark"}

    Returns
    -------
    dict
        Question id -> answer 1..5; changing it leaves :data:`PROFILES` intact.

    Raises
    ------
    ValueError
        For an unknown name.

    Examples
    --------
    >>> profile_answers("benchmark")["P1.1"]
    5
    """
    check_choice(name, "name", "profile_answers", tuple(PROFILES))
    return dict(PROFILES[name])


def _validate_answers(answers, func) -> dict:
    if not isinstance(answers, Mapping):
        raise KamlabTypeError(
            f"{func}: parameter 'answers' must be a mapping of question id -> answer 1..5 "
            f"(e.g. profile_answers('benchmark')), got {type(answers).__name__}."
        )
    return check_ratings(
        answers,
        QUESTION_IDS,
        func,
        name="answers",
        unknown="question ids",
        missing="questions",
        item="answer to question",
        low=ANSWER_MIN,
        high=ANSWER_MAX,
        hint=" (1 = does not apply at all, 5 = fully applies)",
    )


def _stage(overall: float) -> str:
    for stage, upper in STAGES:
        if overall < upper:
            return stage
    return STAGES[-1][0]  # pragma: no cover - the last bound is infinite


@dataclass(frozen=True)
class MaturityResult:
    """The diagnostic's result (build it with :func:`score_maturity`).

    Attributes
    ----------
    answers : dict
        Question id -> answer, in :data:`QUESTIONS` order.
    areas : dict
        Area -> score 0..100, in :data:`AREAS` order.
    overall : float
        Mean of the five area scores.
    weakest : tuple of str
        All areas sorted ascending by score, ties in chapter order.
    stage : str
        Band of ``overall`` in :data:`STAGES`.
    """

    answers: dict
    areas: dict
    overall: float
    weakest: tuple
    stage: str

    def table(self) -> pd.DataFrame:
        """One row per area: point, area, number of questions, mean answer, score, rank (1 = weakest).

        Returns
        -------
        pandas.DataFrame
            One row per area in :data:`AREAS` order: ``point`` (the chapter's point),
            ``area``, ``questions``, ``mean_answer`` (of its answers), ``score`` (0-100)
            and ``rank`` (its place in :attr:`weakest`, 1 = weakest).

        Examples
        --------
        >>> score_maturity(profile_answers("benchmark")).table()["score"].round(1).tolist()
        [93.8, 81.2, 91.7, 91.7, 91.7]
        """
        rows = []
        for area in AREAS:
            values = [self.answers[q.id] for q in QUESTIONS if q.area == area]
            rows.append(
                {
                    "point": AREA_POINTS[area],
                    "area": area,
                    "questions": len(values),
                    "mean_answer": sum(values) / len(values),
                    "score": self.areas[area],
                    "rank": self.weakest.index(area) + 1,
                }
            )
        return pd.DataFrame(rows)


def score_maturity(answers: Mapping) -> MaturityResult:
    """Score the 17 answers: area scores, overall score, weakest areas and stage.

    Area score = (mean answer of the area - 1) / 4 x 100, so all 1s give 0 and all 5s
    give 100; overall = mean of the five area scores (each area weighs the same,
    whatever its number of questions); ``weakest`` = areas sorted ascending by score,
    ties in chapter order; ``stage`` = band of the overall score: below 25 "tactical",
    below 50 "emerging", below 75 "developing", else "strategic". The linear scale, the
    equal weights and the bands are kamlab's teaching assumptions; the idea that KAM
    matures from a sales tactic to an organisation-wide strategic capability is the
    chapter's (P1) and the literature's (McDonald, Millman & Rogers 1997).

    Parameters
    ----------
    answers : mapping of str to int
        Question id (:data:`QUESTION_IDS`) -> answer 1..5, every question answered.

    Returns
    -------
    MaturityResult

    Raises
    ------
    TypeError
        If ``answers`` is not a mapping, or an answer is not an integer (bool rejected).
    ValueError
        For unknown question ids, missing questions (listed), or an answer outside 1..5.

    References
    ----------
    Chapter 4, P1-P5. McDonald, Millman & Rogers (1997), J. Marketing Management 13(8).

    Examples
    --------
    >>> r = score_maturity(profile_answers("chapter_typical"))
    >>> round(r.overall, 2), r.stage, r.weakest[:2]
    (12.08, 'tactical', ('organisation', 'information'))
    >>> score_maturity({q: 5 for q in QUESTION_IDS}).overall
    100.0
    """
    func = "score_maturity"
    clean = _validate_answers(answers, func)
    areas = {}
    for area in AREAS:
        values = [clean[q.id] for q in QUESTIONS if q.area == area]
        areas[area] = (sum(values) / len(values) - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN) * 100.0
    overall = sum(areas.values()) / len(areas)
    weakest = tuple(sorted(AREAS, key=lambda a: (areas[a], AREAS.index(a))))
    return MaturityResult(clean, areas, overall, weakest, _stage(overall))


def _rule_r1(result: MaturityResult) -> list:
    """R1: the questions answered 1 or 2, and those answered 3 in the weakest area(s), in chapter order."""
    areas, answers = result.areas, result.answers
    lowest = min(areas.values())
    return [q for q in QUESTIONS if answers[q.id] <= 2 or (answers[q.id] == 3 and areas[q.area] == lowest)]


def _rule_r2_r3(picked: list, result: MaturityResult, strategy_first: bool) -> list:
    """R2: largest gap first, then weaker area, then chapter order; R3 (``strategy_first``): strategy before all."""
    areas, answers = result.areas, result.answers
    return sorted(
        picked,
        key=lambda q: (
            0 if strategy_first and q.area == "strategy" else 1,
            -(ANSWER_MAX - answers[q.id]),
            areas[q.area],
            _ORDER[q.id],
        ),
    )


def _rule_r4(ordered: list) -> tuple[list, set]:
    """R4: information-system items ranked before the last organisation item move to just after it.

    Returns the new order and the ids of the items moved.
    """
    last = max((i for i, q in enumerate(ordered) if q.area == "organisation"), default=None)
    early = [q for q in ordered[:last] if q.area == "information"] if last is not None else []
    if not early:
        return ordered, set()
    moved = {q.id for q in early}
    rest = [q for q in ordered if q.id not in moved]
    cut = max(i for i, q in enumerate(rest) if q.area == "organisation") + 1
    return rest[:cut] + early + rest[cut:], moved


def recommend(result: MaturityResult, *, max_items: int = 5, lang: str | None = None) -> pd.DataFrame:
    """The remedies the answers call for, in priority order.

    The rules (:data:`RULES`):

    * **R1 (which items)**: an item answered 1 or 2 needs its remedy; an item answered 3
      does too when its area is the weakest (the lowest score; all areas sharing it).
      Items answered 4 or 5 never do. A teaching rule.
    * **R2 (order)**: by gap = 5 - answer, largest first; ties by area score (weaker
      first), then chapter order. A teaching rule.
    * **R3 (strategy first)**: when strategy (P1) scores below 50, its remedies go before
      all others. The chapter: KAM must fit the supplier's strategy, otherwise it stays
      a sales tactic.
    * **R4 (organisation before information system)**: when organisation (P2) scores
      below 50, information-system (P4) remedies that R2 ranks before the last P2 remedy
      move to just after it (keeping their order). Our reasoning, not the chapter's: a
      CRM bolted onto the old organisation only records the old way of working.

    The ``rule`` column names the rules that placed each row: ``"R1+R2"``, plus ``"+R3"``
    or ``"+R4"`` when that rule moved it. The list is cut to ``max_items`` after
    ordering. If nothing qualifies the table is empty, with the same columns.

    Parameters
    ----------
    result : MaturityResult
        From :func:`score_maturity`.
    max_items : int, default 5
        At least 1.
    lang : {"zh", "en"}, optional
        Language of the ``remedy`` texts. Default None: ``remedy`` holds the label key of
        each remedy (a code, e.g. ``"kam_in_practice.maturity.remedy.P1.2"``), which
        :func:`kamlab.show` and :func:`kamlab.t` turn into the reader's language.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`RECOMMEND_COLUMNS`: priority 1..n, area, point (P1..P5), question
        (id), answer, remedy (text in ``lang``, or its label key), rule.

    Raises
    ------
    TypeError, ValueError
        If ``result`` is not a MaturityResult, ``max_items`` is not an integer >= 1, or
        ``lang`` is unknown.

    References
    ----------
    Chapter 4, P1 (strategic fit) and P2 (organisation and process change).

    Examples
    --------
    >>> rec = recommend(score_maturity(profile_answers("sales_led")), lang="en")
    >>> rec[["point", "question", "answer", "rule"]].values.tolist()[:3]
    [['P1', 'P1.2', 2, 'R1+R2+R3'], ['P1', 'P1.4', 2, 'R1+R2+R3'], ['P2', 'P2.1', 1, 'R1+R2']]
    >>> full = recommend(score_maturity(profile_answers("chapter_typical")), max_items=17)
    >>> full.loc[full["rule"].str.contains("R4"), ["priority", "question"]].values.tolist()
    [[12, 'P4.1'], [13, 'P4.3']]
    >>> recommend(score_maturity(profile_answers("benchmark"))).empty
    True
    """
    func = "recommend"
    if not isinstance(result, MaturityResult):
        raise KamlabTypeError(
            f"{func}: parameter 'result' must be a MaturityResult (from score_maturity), got {type(result).__name__}."
        )
    max_items = check_int(max_items, "max_items", func, minimum=1)
    text = _texts(lang, func)
    areas, answers = result.areas, result.answers
    r3 = areas["strategy"] < FOUNDATION_THRESHOLD
    ordered = _rule_r2_r3(_rule_r1(result), result, r3)
    ordered, moved = _rule_r4(ordered) if areas["organisation"] < FOUNDATION_THRESHOLD else (ordered, set())
    rows = []
    for k, q in enumerate(ordered[:max_items], start=1):
        rule = "R1+R2" + ("+R3" if r3 and q.area == "strategy" else "") + ("+R4" if q.id in moved else "")
        rows.append(
            {
                "priority": k,
                "area": q.area,
                "point": q.point,
                "question": q.id,
                "answer": answers[q.id],
                "remedy": text(q.remedy_key),
                "rule": rule,
            }
        )
    frame = pd.DataFrame(rows, columns=list(RECOMMEND_COLUMNS))
    if frame.empty:
        frame = frame.astype({"priority": int, "answer": int})
    return frame


def questions_table(*, lang: str | None = None) -> pd.DataFrame:
    """The questionnaire: one row per statement, with its point (P1-P5) and its source.

    ``source`` is ``"chapter"`` when the statement is one of the chapter's own remedies and
    ``"ours"`` when it is kamlab's operationalisation (see the module docstring).

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the statements. Default None: ``statement`` holds each statement's
        label key (e.g. ``"kam_in_practice.maturity.q.P1.1"``), for :func:`kamlab.show`.

    Returns
    -------
    pandas.DataFrame
        Columns ``question``, ``point``, ``area``, ``statement`` (text or label key), ``source``.

    Examples
    --------
    >>> q = questions_table(lang="en")
    >>> len(q), q["source"].value_counts().to_dict()
    (17, {'chapter': 12, 'ours': 5})
    """
    text = _texts(lang, "questions_table")
    return pd.DataFrame(
        {
            "question": [q.id for q in QUESTIONS],
            "point": [q.point for q in QUESTIONS],
            "area": [q.area for q in QUESTIONS],
            "statement": [text(q.key) for q in QUESTIONS],
            "source": [q.remedy for q in QUESTIONS],
        }
    )


def rules_table(*, lang: str | None = None) -> pd.DataFrame:
    """The recommendation rules of :func:`recommend`: ``rule`` and its ``text``.

    Parameters
    ----------
    lang : {"zh", "en"}, optional
        Language of the texts. Default None: ``text`` holds each rule's label key
        (e.g. ``"kam_in_practice.maturity.rule.R1"``), for :func:`kamlab.show`.

    Returns
    -------
    pandas.DataFrame
        Columns ``rule`` (R1..R4) and ``text`` (text in ``lang``, or its label key).

    Examples
    --------
    >>> rules_table(lang="en")["rule"].tolist()
    ['R1', 'R2', 'R3', 'R4']
    >>> rules_table()["text"].iloc[0]
    'kam_in_practice.maturity.rule.R1'
    """
    text = _texts(lang, "rules_table")
    return pd.DataFrame({"rule": [r.id for r in RULES], "text": [text(r.key) for r in RULES]})


def _texts(lang, func: str):
    """Label key -> text in ``lang``; with ``lang=None``, the key itself (a language-neutral code)."""
    if lang is None:
        return str

    lang = check_lang(lang, func)
    return lambda key: t(key, lang)
