"""``kamlab present`` without a browser: the lesson list, the presentation notebook, Voila's command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import nbformat
import pytest

from kamlab.cli import main
from kamlab.course.present import presentation_notebook, voila_command, wait_for_server


def test_list(capsys):
    assert main(["--lang", "zh", "present", "--list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("可以演示的课：") and "03  第 03 课　大客户管理的五个误区" in out
    assert main(["present", "--list", "--lang", "en"]) == 0
    assert "03  Lesson 03 — Five misconceptions of key account management" in capsys.readouterr().out


def test_unknown_lesson_in_the_users_language(capsys):
    assert main(["--lang", "zh", "present", "12"]) == 2
    assert "没有第 12 课；可选：00, 01" in capsys.readouterr().err


def test_presentation_notebook(tmp_path):
    path = presentation_notebook("3", lang="zh", folder=tmp_path)
    nb = nbformat.read(path, as_version=4)
    style = nb.cells[0]
    assert style.cell_type == "code" and "<style>" in style.source and 'id="kamlab-nav"' in style.source
    assert style.source.count('<a href="#kamlab-s') >= 6
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert any('kamlab.setup(lang="zh")' in s for s in code) and not any("kamlab.setup()" in s for s in code)
    assert sum("_explorer()" in s for s in code) == 5
    anchors = sum(c.source.count('<a id="kamlab-s') for c in nb.cells if c.cell_type == "markdown")
    assert anchors == style.source.count('<a href="#kamlab-s')
    cmd = voila_command(path, port=8866, open_browser=False)
    assert "--strip_sources=True" in cmd and "--port=8866" in cmd and "--no-browser" in cmd
    # closed pages' kernels are culled, open pages' never (Voila's own shutdown beacon is refused)
    assert "--MappingKernelManager.cull_idle_timeout=600" in cmd and "--MappingKernelManager.cull_interval=60" in cmd
    assert "--MappingKernelManager.cull_connected=False" in cmd


def test_wait_for_server_returns_its_status_and_stops_it_on_sigterm():
    done = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    assert wait_for_server(done) == 3
    handler = signal.getsignal(signal.SIGTERM)
    server = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            wait_for_server(server)
    finally:
        timer.cancel()
        server.kill()
        server.wait()
    assert server.returncode == -signal.SIGTERM  # stopped by wait_for_server, not by the kill above
    assert signal.getsignal(signal.SIGTERM) == handler
