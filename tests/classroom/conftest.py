"""Options of the class test: ``--students N`` (default 3, or ``$KAMLAB_CLASS_STUDENTS``)."""


def pytest_addoption(parser):
    parser.addoption(
        "--students",
        type=int,
        default=None,
        help="students in the JupyterHub class test (default: $KAMLAB_CLASS_STUDENTS, else 3)",
    )
