"""``python -m kamlab.course._nbgrader_main ARGS``: nbgrader's own command, started by kamlab.

It is ``nbgrader ARGS`` (nbgrader's application, its ``nbgrader_config.py``, its preprocessors)
with two traps of a not-activated environment removed:

* nbgrader asks the ``alembic`` *command* (found on ``PATH``) for its database revision when
  it creates a gradebook; here the same answer comes from alembic's Python API, so an
  environment whose ``bin`` is not on ``PATH`` works (kamlab also puts it there, for
  nbgrader's other ``alembic`` calls);
* SQLAlchemy's autoflush notes (``SAWarning``) from nbgrader's gradebook code are not shown:
  they are about nbgrader's code, not the course.

:mod:`kamlab.course.run` starts it; nothing else imports it.
"""

from __future__ import annotations

import sys
import warnings


def _alembic_head() -> str:
    """nbgrader's database revision, as ``alembic heads`` prints it (its first word)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from nbgrader.dbutil import _temp_alembic_ini

    with _temp_alembic_ini("sqlite:////tmp/gradebook.db") as ini:
        heads = ScriptDirectory.from_config(Config(ini)).get_heads()
    return heads[0]


def main(argv: list[str]) -> None:
    warnings.filterwarnings("ignore", module="nbgrader.api")
    import nbgrader.api as api

    real = api.get_alembic_version

    def head() -> str:
        try:
            return _alembic_head()
        except Exception:  # noqa: BLE001 - another alembic or nbgrader: nbgrader's own way
            return real()

    api.get_alembic_version = head
    from nbgrader.apps.nbgraderapp import NbGraderApp

    sys.argv = ["nbgrader", *argv]
    NbGraderApp.launch_instance()


if __name__ == "__main__":  # pragma: no cover - run as a process by kamlab.course.run
    main(sys.argv[1:])
