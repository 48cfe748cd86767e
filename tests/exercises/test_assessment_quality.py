"""Assessment that measures understanding, not test-wiseness (issue 30, point 3).

* Multiple-choice items: the right option is not the longest by more than 20% of characters, in
  either language, in the option labels or in the prompt's option lines the student reads.
* Calculation items: the expected answers on the shipped data differ from the numbers the
  lesson's worked example prints.
"""

from __future__ import annotations

import re

import pytest

import kamlab.exercises as kx
from kamlab.exercises.core import CHOICES, answer_hash
from kamlab.i18n import t
from kamlab.models import LESSONS

JUDGE = [f"0{n}.5" for n in range(1, 8)]
_OPTION_LINE = re.compile(r"^([a-d])(?:\)|）|\.|:|：|、)\s*(.*)$", re.M)


def _right(exercise_id):
    module = __import__(f"kamlab.exercises.{LESSONS[exercise_id[:2]]}", fromlist=["x"])
    hashes = {v for k, v in vars(module).items() if k.startswith("ANSWER_")}
    right = [c for c in CHOICES if answer_hash(exercise_id, c) in hashes]
    assert len(right) == 1
    return right[0]


@pytest.mark.parametrize("exercise_id", JUDGE)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_right_option_is_not_the_longest_by_more_than_20_percent(exercise_id, lang):
    right = _right(exercise_id)
    labels = {c: t(f"ex.{exercise_id}.option.{c}", lang) for c in CHOICES}
    shown = {m.group(1): m.group(2) for m in _OPTION_LINE.finditer(t(f"ex.{exercise_id}.prompt", lang))}
    assert shown == labels, "the prompt's option lines are the option labels"
    longest_other = max(len(text) for c, text in labels.items() if c != right)
    assert len(labels[right]) <= 1.2 * longest_other, {c: len(v) for c, v in labels.items()}


def test_the_right_letters_are_not_all_the_same():
    assert len({_right(e) for e in JUDGE}) > 1
