"""The Voila server shared by the Voila tests of this folder (``test_voila.py``, ``test_voila_lesson07.py``).

One server on ``notebooks/`` serves every lesson at ``/voila/render/<lang>/<notebook>``; each test
opens its own page (a new kernel in the lesson's folder) and closes it, which shuts that kernel
down (``close_voila_page``). Starting Voila costs a few seconds of CPU (jupyter_server and its
imports), so one server instead of one per test saves three starts. The server belongs to the
``servers`` xdist group's worker and is stopped at the end of that worker's session, also on failure.
"""

from __future__ import annotations

import pytest
from _voila import ROOT, _Voila


@pytest.fixture(scope="session")
def voila_lessons(tmp_path_factory):
    """One Voila server on ``notebooks/``, started on first use and stopped at the end of the session."""
    server = _Voila(ROOT / "notebooks", tmp_path_factory.mktemp("voila_lessons") / "server")
    try:
        server.wait_until_serving()
        yield server
    finally:
        server.stop()
