"""Helpers for the course tests: run the real nbgrader, and play students who fill in a release."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest

from tests.browser._voila import copy_font_list
from tools.report_screenshot import class_answers  # noqa: F401 (the course tests' class, shared with the tool)


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def nbgrader_exe() -> Path:
    exe = Path(sys.executable).with_name("nbgrader")
    if not exe.exists():
        reason = "nbgrader is not installed (pip install 'kamlab[course]')"
        if _in_ci():
            pytest.fail(f"nbgrader test cannot run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    return exe


def isolated_env(tmp: Path) -> dict[str, str]:
    """nbgrader and its kernels: Jupyter/IPython/matplotlib settings under ``tmp``, the venv's
    executables (nbgrader calls ``alembic``) first on PATH, no student id from the hub."""
    env = dict(os.environ)
    for var, sub in [
        ("JUPYTER_CONFIG_DIR", "jupyter_config"),
        ("JUPYTER_DATA_DIR", "jupyter_data"),
        ("JUPYTER_RUNTIME_DIR", "jupyter_runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ]:
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(tmp / sub)
    for var in ("MPLBACKEND", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTERHUB_USER", "NBGRADER_EXECUTION"):
        env.pop(var, None)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    copy_font_list(tmp / "matplotlib")  # the kernels of autograde need not scan the fonts again
    return env


def nbgrader(course: Path, *args: str, env: dict[str, str]) -> str:
    """Run ``nbgrader ARGS`` in the course directory and return its log; fail with the log if it fails.

    It runs in this process, through nbgrader's own application (``NbGraderApp``: the same
    argument parsing, ``nbgrader_config.py`` and preprocessors as the command), as nbgrader's
    own test suite runs it: a new ``nbgrader`` process spends ~4 s of CPU on imports before it
    starts (half of it jsonschema's IRI format checker compiling its grammars), and the course
    tests run seven commands. While the command runs, this process's environment is ``env``
    (the kernels of ``autograde`` and nbgrader's ``alembic`` inherit it) and its working folder
    is ``course``; both are restored afterwards, as is nbgrader's application state.
    """
    nbgrader_exe()  # skipped, or failed in CI, without nbgrader
    import logging
    import warnings
    from io import StringIO

    from jupyter_core.application import NoStart
    from nbgrader.apps import NbGraderApp

    saved_env, saved_cwd, buffer, code = dict(os.environ), os.getcwd(), StringIO(), 0
    os.environ.clear()
    os.environ.update(env)
    os.chdir(course)
    app = NbGraderApp.instance()
    asked_alembic = _remember_alembic_head()
    try:
        with warnings.catch_warnings():  # SQLAlchemy's autoflush notes from nbgrader's gradebook code
            warnings.filterwarnings("ignore", module="nbgrader.api")  # (the command prints them too)
            app.initialize(list(args))
            app.init_logging(logging.StreamHandler, [buffer], color=False, subapps=True)
            app.start()
    except NoStart:  # raised once a subcommand has done its work (as nbgrader's tests treat it)
        code = 0
    except SystemExit as exit_:
        code = exit_.code or 0
    finally:
        log = buffer.getvalue()
        asked_alembic()
        app.reset()
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    assert code == 0, f"nbgrader {' '.join(args)} failed ({code}):\n{log[-4000:]}"
    assert "[ERROR]" not in log and "| ERROR]" not in log, log[-4000:]
    return log


_ALEMBIC_HEAD: list[str] = []  # nbgrader's database revision, once asked


def _remember_alembic_head():
    """Ask ``alembic`` for nbgrader's database revision once per test process, not once per course.

    A new gradebook stamps itself with ``nbgrader.api.get_alembic_version()``, which runs the
    ``alembic heads`` command: a new process, ~3.4 s of CPU (its imports) for an answer fixed by
    the installed nbgrader. The first call in this process runs it as nbgrader does; later ones
    (the next course) get the same answer. Patched only while a command runs; returns the undo.
    """
    import nbgrader.api as api

    real = api.get_alembic_version

    def remembered() -> str:
        if not _ALEMBIC_HEAD:
            _ALEMBIC_HEAD.append(real())
        return _ALEMBIC_HEAD[0]

    api.get_alembic_version = remembered

    def undo() -> None:
        api.get_alembic_version = real

    return undo


def submit(course: Path, assignment: str, student: str, answers: dict[str, object]) -> Path:
    """A student's submission: the released notebook with ``answers`` by grade id
    (``answer_03_1``, ``prediction_M1``) written on the ``answer = None`` line."""
    release = course / "release" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(release, as_version=4)
    from kamlab.course.build import CODE_STUBS

    stub = CODE_STUBS[nb.metadata["kamlab"]["lang"]]
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            assert stub in cell.source, cell.source
            cell.source = cell.source.replace(stub, f"answer = {answers[grade_id]!r}")
    target = course / "submitted" / student / assignment / f"{assignment}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    (target.parent / "timestamp.txt").write_text("2026-11-29 10:00:00.000000 UTC")
    return target


def course_settings(course: Path) -> dict:
    return json.loads((course / "kamlab_course.json").read_text(encoding="utf-8"))
