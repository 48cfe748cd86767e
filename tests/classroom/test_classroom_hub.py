"""A whole class on a real JupyterHub, end to end, on 127.0.0.1 (see ``_hub.py`` for the set-up).

N students (3 by default, as in ``make test`` and CI; ``--students N`` or ``$KAMLAB_CLASS_STUDENTS`` for
more; ``benchmarks/bench_classroom.py`` runs classes of 5 and 10)
at once: log in, get a server, open the nbgitpuller link that ``kamlab link`` builds (the one
docs/classroom.md gives), get the lessons in their home, run lesson 00 and one exercise cell
through the Jupyter server's kernel API, edit and save the lesson; the instructor pushes a
change; every student opens the link again. The test asserts that

* the link led to nbgitpuller's page and then to JupyterLab, and put the lessons in the
  folder the link names (``targetpath``), in each student's own home;
* every cell of lesson 00 ran without error in a fresh kernel, in the notebook's folder
  (so ``kamlab.setup()`` chose the lesson's language), and every plot of the shipped lesson
  appeared (an ``image/png`` output in the same cells, and the explorer's chart as a PNG
  in its Image widget);
* the exercise cell took the student id from the hub (``JUPYTERHUB_USER``), checked a right
  answer as right, and used the student's own data: the data and the answer agree with
  ``kamlab.exercises`` computed here for that student, and differ between students;
* after the instructor's push, a second pull brought the new files and kept each student's
  edited notebook byte for byte (nbgitpuller's merge rule);
* after the hub, the proxy, the git daemon and every student's server were stopped, none
  of the processes seen during the class is still running and no port is still open.

It prints each student's login, spawn, pull, execute and second-pull times, peak memory and
CPU, and the class's totals (``benchmarks/bench_classroom.py`` records them with goals). No
assertion is about time. Needs configurable-http-proxy (``make proxy``), node and git; without
them it is skipped on a workstation and fails in CI (``CI`` set).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from _hub import EXERCISE_EXPRESSIONS, LESSON, class_size, missing_tools, report, run_class

import kamlab
import kamlab.exercises as kx
from kamlab.classroom import LESSON_NOTEBOOKS


def _unavailable(reason: str):
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"the class test cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _value(expressions: dict, key: str):
    """A user expression's value (its text/plain repr, evaluated back for plain literals)."""
    import ast

    entry = expressions[key]
    assert entry["status"] == "ok", f"user expression {key}: {entry}"
    return ast.literal_eval(entry["data"]["text/plain"])


@pytest.mark.xdist_group("servers_class")  # with the nbgrader course; the browser tests are "servers" (conftest.py)
def test_a_class_on_jupyterhub(request, tmp_path, capsys):
    missing = missing_tools()
    if missing:
        _unavailable("missing: " + "; ".join(missing))
    n = class_size(request.config)
    result = run_class(tmp_path, n, log=lambda line: None)
    with capsys.disabled():
        print()
        report(result)

    # Everything stopped: nothing of the class is left running, no port left open.
    assert result.leftovers == [], f"still running after the stop sequence: {result.leftovers}"
    assert result.open_ports == [], f"ports still open: {result.open_ports}"
    assert result.processes_seen >= 2 * n + 2, "the process watch did not see the servers and kernels"
    assert len(result.students) == n, f"only {len(result.students)} of {n} students finished:\n{result.hub_log}"

    notebook = result.notebook
    assert notebook == f"kamlab/notebooks/zh/{LESSON_NOTEBOOKS[LESSON]}"
    answers, digests = {}, {}
    for s in result.students:
        # The link: nbgitpuller's page, the lessons in <home>/<targetpath>, then JupyterLab on the lesson.
        assert s.landing["targetpath"] == "kamlab" and s.landing["landing_status"] == "200"
        assert s.landing["landing_url"].endswith(f"/user/{s.name}/lab/tree/{notebook}"), s.landing
        home = Path(tmp_path / "homes" / s.name)
        assert (home / "kamlab" / ".git").is_dir() and (home / "kamlab" / "kamlab" / "__init__.py").is_file()

        # Lesson 00: every cell ran, no error, every plot of the shipped lesson appeared.
        assert len(s.lesson) == len(s.expected_pngs), f"{s.name}: stopped after {len(s.lesson)} cells"
        for i, (cell, shipped) in enumerate(zip(s.lesson, s.expected_pngs)):
            assert cell.status == "ok" and cell.errors == [], f"{s.name} cell {i}: {cell.status} {cell.errors}"
            assert cell.pngs >= shipped, f"{s.name} cell {i}: {cell.pngs} plots, the lesson shows {shipped}"
        assert sum(s.expected_pngs) >= 3 and sum(c.pngs for c in s.lesson) >= sum(s.expected_pngs)
        assert sum(c.widget_pngs for c in s.lesson) >= 1, f"{s.name}: the explorer drew no chart"
        setup_out = "".join(o.get("data", {}).get("text/plain", "") for o in s.lesson[0].outputs)
        assert setup_out == "", f"{s.name}: kamlab.setup() printed {setup_out!r} (it is quiet in a notebook)"

        # The exercise: the student id from the hub, the student's own data, a right answer checked right.
        ex = s.exercise
        assert ex is not None and ex.status == "ok" and ex.errors == [], f"{s.name}: exercise {ex}"
        values = {key: _value(ex.expressions, key) for key in EXERCISE_EXPRESSIONS}
        assert values["user"] == values["student"] == s.name
        assert values["correct"] is True
        assert values["cwd"] == str(home / "kamlab" / "notebooks" / "zh")
        assert values["lang"] == "zh", f"{s.name}: kamlab.setup() chose {values['lang']!r} in notebooks/zh"
        mine = kx.lesson("01", student=s.name)
        assert values["seed"] == kx.student_seed(s.name) == mine.seed
        assert values["data_digest"] == hashlib.sha256(mine.data.to_csv().encode()).hexdigest()
        column = re.search(r"revenue_\dy_ago", mine.ask("01.3").text).group(0)  # an earlier year's revenue
        assert values["answer"] == pytest.approx(kamlab.hhi(mine.data[column]).equivalent_customers, rel=1e-12)
        shown = "".join(o.get("data", {}).get("text/plain", "") for o in ex.outputs)
        assert shown.startswith("✓ 01.3"), shown
        answers[s.name], digests[s.name] = values["answer"], values["data_digest"]

        # The second pull: the instructor's files arrived, the student's edited lesson is kept byte for byte.
        assert s.instructor_files == result.instructor_files
        assert s.after_repull == s.saved
        assert f"({s.name})".encode() in s.saved and json.loads(s.saved)["cells"][-1]["cell_type"] == "markdown"

    # Personal data: no two students share a dataset or an answer.
    assert len(set(digests.values())) == n, digests
    assert len(set(answers.values())) == n, answers
    default = kx.lesson("01")
    assert hashlib.sha256(default.data.to_csv().encode()).hexdigest() not in digests.values()
