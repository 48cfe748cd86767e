"""Shared test set-up: a non-interactive matplotlib backend, a clean language per test, and the
servers shared by the browser tests of one process (Chromium, the Voila lessons server)."""

import matplotlib
import pytest

matplotlib.use("Agg")  # chosen here, not through MPLBACKEND, which would leak into notebook kernels


@pytest.fixture(autouse=True)
def _fresh_language():
    """Every test starts in the default language and leaves no language behind."""
    from kamlab.i18n import set_lang

    set_lang("zh")
    yield
    set_lang("zh")


@pytest.fixture(scope="session")
def company():
    """The default simulated company (same as the shipped data)."""
    import kamlab

    return kamlab.make_company()


@pytest.fixture(scope="session")
def accounts(company):
    return company.accounts


@pytest.fixture(scope="session")
def kamlab_wheel(tmp_path_factory):
    """kamlab's wheel, built once per test process from a copy of the source tree: the tests that
    use it (tests/test_wheel.py, tests/test_guides.py) are in one xdist group, "wheel"."""
    from tests.test_wheel import build_wheel

    return build_wheel(tmp_path_factory)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of this process (tests/browser, tests/course):
    a launch costs seconds of CPU, and each test opens and closes its own page (a fresh context)."""
    from tests.browser._voila import chromium

    yield from chromium()


@pytest.fixture(scope="session")
def voila_lessons(tmp_path_factory):
    """One Voila server on ``notebooks/`` for the Voila tests of this process (``tests/browser``:
    ``test_voila.py``, ``test_voila_lesson07.py``), started on first use and stopped at the end of
    the session, also on failure. It serves every lesson at ``/voila/render/<lang>/<notebook>``
    (and notebooks a test writes into ``server.root / "screens"``);
    each test opens its own page (a new kernel, in the lesson's folder) and shuts that kernel down
    when it closes the page (``close_voila_page``). One start instead of one per test: starting
    Voila costs seconds of CPU (jupyter_server and its imports)."""
    from tests.browser._voila import ROOT, _Voila

    # its root: links to notebooks/zh and notebooks/en (kernels still start in a folder named by the
    # language), beside a folder for notebooks written by tests (tests/browser/test_screens.py)
    tmp = tmp_path_factory.mktemp("voila_lessons")
    root = tmp / "notebooks"
    root.mkdir()
    for lang in ("zh", "en"):
        (root / lang).symlink_to(ROOT / "notebooks" / lang, target_is_directory=True)
    (root / "screens").mkdir()
    server = _Voila(root, tmp / "server", mirror=ROOT / "notebooks")
    try:
        server.wait_until_serving()
        yield server
    finally:
        server.stop()
