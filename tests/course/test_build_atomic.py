"""``kamlab course new`` is all or nothing (issue 27): a full disk, a file-size limit, Ctrl+C or
SIGTERM in the middle of the write leaves no course folder, no temporary folder and nothing
that blocks a re-run; every message names the file."""

from __future__ import annotations

import errno
import os
import signal

import pytest

from kamlab.cli import main
from kamlab.course import build
from kamlab.course.build import new_course
from kamlab.errors import KamlabValueError
from kamlab.exercises import assess


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", "kamlab-atomic-test")
    assess._ASSESSED.clear()
    yield
    assess._ASSESSED.clear()


def _fail_on(monkeypatch, n: int, action):
    """Make the n-th file written (1-based) run ``action`` after the earlier ones were written."""
    real = build._write_course
    calls = []

    def writer(staging, files):
        calls.append(next(iter(files)))
        if len(calls) == n:
            action()
        real(staging, files)

    monkeypatch.setattr(build, "_write_course", writer)
    return calls


def _left(tmp_path) -> list[str]:
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))


def _raise(exc):
    def action():
        raise exc

    return action


@pytest.mark.parametrize(
    "error, reason",
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (OSError(errno.EFBIG, "File too large"), "File too large"),  # a file-size limit (ulimit -f)
    ],
)
def test_a_failed_write_leaves_nothing_and_names_the_file(tmp_path, monkeypatch, error, reason):
    course = tmp_path / "deep" / "kam"
    _fail_on(monkeypatch, 3, _raise(error))
    with pytest.raises(KamlabValueError) as info:
        new_course(course, lessons="01,02", lang="en")
    message = str(info.value)
    assert str(course / "source" / "lesson01" / "lesson01.ipynb") in message and reason in message
    assert _left(tmp_path) == []  # not even the parent folders it made
    monkeypatch.undo()
    monkeypatch.setenv("KAMLAB_COURSE_SECRET", "kamlab-atomic-test")
    assert len(new_course(course, lessons="01,02", lang="en")) == 4  # a re-run needs no --force


def test_the_cli_message_names_the_file(tmp_path, monkeypatch, capsys):
    _fail_on(monkeypatch, 2, _raise(OSError(errno.ENOSPC, "No space left on device")))
    assert main(["--lang", "en", "course", "new", str(tmp_path / "kam"), "--lessons", "01"]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {tmp_path / 'kam' / 'kamlab_course.json'}: No space left on device" in err
    assert _left(tmp_path) == []


@pytest.mark.parametrize("stop", ["ctrl_c", "sigterm"])
def test_an_interrupted_write_leaves_nothing(tmp_path, monkeypatch, stop):
    course = tmp_path / "kam"
    if stop == "ctrl_c":
        action = _raise(KeyboardInterrupt())
    else:

        def action():
            os.kill(os.getpid(), signal.SIGTERM)

    _fail_on(monkeypatch, 3, action)
    handler = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt if stop == "ctrl_c" else SystemExit):
        new_course(course, lessons="01,02", lang="en")
    assert _left(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) == handler  # the handler is put back


def test_force_keeps_the_old_course_when_the_new_write_fails(tmp_path, monkeypatch):
    course = tmp_path / "kam"
    new_course(course, lessons="01", lang="en")
    (course / "gradebook.db").write_bytes(b"grades")
    before = {p: p.read_bytes() for p in course.rglob("*") if p.is_file()}
    _fail_on(monkeypatch, 3, _raise(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(KamlabValueError):
        new_course(course, lessons="01,02", lang="zh", force=True)
    assert {p: p.read_bytes() for p in course.rglob("*") if p.is_file()} == before
    assert not any(p.name.startswith(".kamlab-course-") for p in course.iterdir())
