"""``--personal`` with the real tools: two students get different data and answers, and copying
scores low. nbgrader's commands run in the test process through nbgrader's own application
(``_nbgrader.nbgrader``), as nbgrader's test suite runs them; their kernels are separate processes.

The whole instructor loop (new -> release -> collect a zip of three students -> grade -> feedback ->
report) runs once, from the wheel and through the guide's own commands, in tests/test_guides.py,
which checks the release, the gradebook's exact scores, the feedback and the report.
"""

from __future__ import annotations

import json

import nbformat
import pytest

from kamlab.cli import main
from kamlab.exercises import assess

from ._nbgrader import class_answers as _answers
from ._nbgrader import isolated_env, nbgrader, submit

pytestmark = pytest.mark.xdist_group("servers_class")  # with the JupyterHub class (conftest.py)


@pytest.fixture(autouse=True)
def fixed_secret(monkeypatch):
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", "kamlab-e2e-test")  # reproducible keys, data and option order


@pytest.fixture(autouse=True)
def fresh_kernel():
    assess._ASSESSED.clear()
    yield
    assess._ASSESSED.clear()


def test_personal_data_and_answers_follow_the_student(tmp_path):
    course = tmp_path / "kam102"
    env = isolated_env(tmp_path / "env")
    assert main(["course", "new", str(course), "--lessons", "03", "--lang", "zh", "--personal"]) == 0
    nbgrader(course, "generate_assignment", "lesson03", env=env)
    right_a, _ = _answers(course, "s_a", personal=True)
    right_b, _ = _answers(course, "s_b", personal=True)
    differ = [k for k in right_a if right_a[k] != right_b[k]]
    assert len(differ) >= 4, (right_a, right_b)  # different data, different answers
    submit(course, "lesson03", "s_a", right_a)
    submit(course, "lesson03", "s_b", right_a)  # s_b copies s_a's answers
    nbgrader(course, "autograde", "lesson03", env=env)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="kam102") as gb:
        a = gb.find_submission("lesson03", "s_a").score
        b = gb.find_submission("lesson03", "s_b").score
    assert a == 10.0
    assert b == 0.0, b  # with this course secret none of s_a's answers fits s_b's data or option order
    autograded = json.dumps(nbformat.read(course / "autograded" / "s_b" / "lesson03" / "lesson03.ipynb", 4))
    assert "KAMLAB-RESULT" in autograded
