"""Command line: ``kamlab COMMAND ...`` (also ``python -m kamlab COMMAND ...``).

Each command is one small ``_add_<command>(sub, lang)`` function here that declares the
command's arguments and points ``func`` at the code that does the work (which lives in
its own module, imported only when the command runs). Every failure a user can cause
ends with exit status 2 and one line ``kamlab: error: ...`` in the user's language,
never a traceback.

The language of messages: the first ``--lang zh|en`` on the command line (a command's own ``--lang``, such as
the lesson language of ``kamlab link``, counts too), else the environment
variable ``KAMLAB_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``zh*``
gives Chinese), else English.
"""

from __future__ import annotations

import argparse
import os
import sys

from .datasets import DEFAULT_SEED
from .errors import KamlabError
from .i18n import LANGUAGES, t

__all__ = ["main", "build_parser", "cli_lang"]


def cli_lang(argv: list[str] | None = None, environ=None) -> str:
    """The language of the command's messages (see the module docstring).

    Parameters
    ----------
    argv : list of str, optional
        The command's arguments, without the program name. The first ``--lang zh|en`` or
        ``--lang=zh|en`` among them decides, wherever it stands (a command's own ``--lang``
        too); a ``--lang`` with another value is skipped.
    environ : mapping, optional
        The environment to read ``KAMLAB_LANG``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``
        from; default ``os.environ``.

    Returns
    -------
    str
        ``"zh"`` or ``"en"``. ``KAMLAB_LANG`` counts only when it is exactly ``zh`` or
        ``en``; the first non-empty locale variable gives ``"zh"`` if it starts with ``zh``
        (any case), else ``"en"``.

    Examples
    --------
    >>> cli_lang(["--lang", "en", "generate"]), cli_lang([], {"KAMLAB_LANG": "zh"})
    ('en', 'zh')
    >>> cli_lang([], {"LANG": "zh_CN.UTF-8"}), cli_lang([], {"LANG": "C"})
    ('zh', 'en')
    """
    environ = os.environ if environ is None else environ
    argv = list(argv or [])
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    if environ.get("KAMLAB_LANG") in LANGUAGES:
        return environ["KAMLAB_LANG"]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _run_generate(args, lang: str) -> int:
    from .io import generate

    written = generate(
        args.out, n=args.n, seed=args.seed, concentration=args.concentration, force=args.force, lang=lang
    )
    for path in written:
        print(path)
    return 0


def _add_generate(sub, lang: str) -> None:
    gen = sub.add_parser(
        "generate",
        help="write the simulated datasets and the data dictionary (CSV, UTF-8)",
        description="Write Company A's simulated tables, the K1 case base and the bilingual "
        "data dictionary. With the defaults this reproduces the shipped data/ folder.",
    )
    gen.add_argument("--out", required=True, help="folder to write into (created if needed)")
    gen.add_argument("--n", type=int, default=2000, help="number of accounts, 10 to 100,000 (default 2000)")
    gen.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed, e.g. a student number (default {DEFAULT_SEED})"
    )
    gen.add_argument(
        "--concentration", type=float, default=0.80, help="revenue share of the top 20%% of accounts (default 0.80)"
    )
    gen.add_argument("--force", action="store_true", help="overwrite existing files")
    gen.set_defaults(func=_run_generate)


def _run_link(args, lang: str) -> int:
    from .classroom import nbgitpuller_link

    print(
        nbgitpuller_link(
            args.hub,
            args.repo,
            branch=args.branch,
            lang=args.lesson_lang,
            lesson=args.lesson,
            targetpath=args.targetpath,
            messages=lang,
        )
    )
    return 0


def _add_link(sub, lang: str) -> None:
    link = sub.add_parser(
        "link",
        help="print the nbgitpuller link that gives every student of a JupyterHub the lessons",
        description="Print an nbgitpuller link: a student who opens it logs in to the JupyterHub, "
        "gets the course repository in a folder of their home (updated on later clicks, "
        "their own edits kept), and JupyterLab opens the lessons. See docs/classroom.md.",
    )
    link.add_argument("--hub", required=True, help="the JupyterHub's base address, e.g. https://hub.example.edu")
    link.add_argument(
        "--repo", required=True, help="the course repository as git clone takes it, e.g. https://github.com/ORG/kamlab"
    )
    link.add_argument("--branch", default=None, help="branch to pull (default: the repository's default branch)")
    link.add_argument(
        "--lang",
        dest="lesson_lang",
        choices=("zh", "en"),
        default="zh",
        help="open the Chinese (zh, default) or English (en) lessons",
    )
    link.add_argument("--lesson", default=None, help="lesson to open, e.g. 00 (default: the lessons' folder)")
    link.add_argument(
        "--targetpath",
        default="kamlab",
        help="folder in each student's home that receives the repository (default kamlab)",
    )
    link.set_defaults(func=_run_link)


def _run_course_new(args, lang: str) -> int:
    from .course.build import new_course
    from .i18n import set_lang

    set_lang(lang)  # messages of the work itself in the user's language
    written = new_course(
        args.dir,
        lessons=args.lessons,
        lang=args.notebook_lang or lang,
        course_id=args.course_id,
        personal=args.personal,
        force=args.force,
    )
    for path in written:
        print(path)
    return 0


def _add_course(sub, lang: str) -> None:
    course = sub.add_parser(
        "course",
        help="instructors: an nbgrader course directory of graded lessons",
        description="Instructors: make an nbgrader course directory (see docs/instructors.md).",
    )
    actions = course.add_subparsers(dest="action", required=True)
    new = actions.add_parser(
        "new",
        help="write nbgrader_config.py and source/lessonNN/lessonNN.ipynb",
        description="Write an nbgrader course directory: nbgrader_config.py and one assess-mode "
        "notebook per lesson under source/, built from kamlab's lesson sources.",
    )
    new.add_argument("dir", help="the course directory (an existing one is kept unless --force)")
    new.add_argument("--lessons", default=None, help="lesson ids, e.g. 01,03 (default: every lesson with exercises)")
    new.add_argument(
        "--lang",
        dest="notebook_lang",
        choices=LANGUAGES,
        default=None,
        help="language of the notebooks (default: the language of messages)",
    )
    new.add_argument("--course-id", default=None, help="nbgrader's course id (default: the directory's name)")
    new.add_argument(
        "--personal", action="store_true", help="every student's data and answers follow their nbgrader student id"
    )
    new.add_argument("--force", action="store_true", help="overwrite an existing course directory's files")
    new.set_defaults(func=_run_course_new)
    _add_course_loop(actions)


def _run_course_loop(args, lang: str) -> int:
    import warnings

    from .course import loop
    from .i18n import set_lang

    set_lang(lang)
    common = {"directory": args.course, "lang": lang, "verbose": args.verbose}
    with warnings.catch_warnings():  # SQLAlchemy's notes about nbgrader's own gradebook code
        warnings.filterwarnings("ignore", module="nbgrader")
        if args.action == "collect":
            lines = loop.collect(args.assignment, args.sources, roster=args.roster, **common)
        else:
            lines = getattr(loop, args.action)(args.assignment, force=args.force, **common)
    for line in lines:
        print(line)
    return 0


def _add_course_loop(actions) -> None:
    """``kamlab course release|collect|grade|feedback``: nbgrader run for the instructor (kamlab.course.loop)."""
    helps = {
        "release": "nbgrader generate_assignment: release/<lesson>/ for the students (no solutions, no hidden tests)",
        "collect": "put the students' notebooks (a folder, files or an LMS zip) into submitted/<student>/<lesson>/",
        "grade": "nbgrader autograde: run every submission and put the scores into gradebook.db",
        "feedback": "nbgrader generate_feedback: one HTML file per student in feedback/",
    }
    for action, text in helps.items():
        cmd = actions.add_parser(action, help=text, description=text + ". Run it inside the course folder.")
        cmd.add_argument("assignment", help="the lesson, e.g. 03 or lesson03")
        if action == "collect":
            cmd.add_argument("sources", nargs="+", help="zip files, notebooks or folders of the students' notebooks")
            cmd.add_argument(
                "--roster", default=None, help="class list (CSV or Excel) with a 学号/id column and a 姓名/name column"
            )
        else:
            cmd.add_argument("--force", action="store_true", help="do it again over nbgrader's earlier output")
        cmd.add_argument("--course", default=None, help="the course folder (default: the one you are in)")
        cmd.add_argument("--verbose", action="store_true", help="show nbgrader's whole log")
        cmd.set_defaults(func=_run_course_loop)


def _run_report(args, lang: str) -> int:
    from .course.report import class_report
    from .i18n import set_lang

    set_lang(lang)
    from .course.loop import shown
    from .course.run import course_dir

    paths = class_report(
        course_dir(args.dir), assignment=args.assignment, out=args.out, lang=args.report_lang, force=args.force
    )
    for path in paths:
        print(shown(path))
    return 0


def _add_report(sub, lang: str) -> None:
    rep = sub.add_parser(
        "report",
        help="instructors: a class report (HTML + CSV) from an nbgrader gradebook",
        description="Write a self-contained HTML class report of a graded kamlab course: score "
        "distributions, typical mistakes, lesson 03's predictions; and a CSV of scores.",
    )
    rep.add_argument(
        "dir", nargs="?", default=None, help="the course directory (default: the course folder you are in)"
    )
    rep.add_argument("--assignment", default=None, help="one assignment, e.g. lesson03 (default: all)")
    rep.add_argument("--out", default=None, help="the HTML file (default DIR/report.html; the CSV goes beside it)")
    rep.add_argument(
        "--lang",
        dest="report_lang",
        choices=LANGUAGES,
        default=None,
        help="language of the report (default: the course's)",
    )
    rep.add_argument("--force", action="store_true", help="overwrite existing files")
    rep.set_defaults(func=_run_report)


def _run_check(args, lang: str) -> int:
    from .errors import DataFileError
    from .io import check_file, problem_lines

    try:
        report = check_file(args.file, args.table, sheet=args.sheet, encoding=args.encoding, lang=lang)
    except DataFileError as exc:
        if not args.all or len(exc.problems) <= 1:
            raise
        first = str(exc).splitlines()[0]
        print(
            "\n".join(
                [f"kamlab: {t('cli.error', lang)}: {first}"] + [f"- {line}" for line in problem_lines(exc, lang)]
            ),
            file=sys.stderr,
        )
        return 2
    print(report.text(lang))
    return 0


def _add_check(sub, lang: str) -> None:
    from .schema import TABLES

    check = sub.add_parser("check", help=t("io.cli.check_help", lang), description=t("io.cli.check_description", lang))
    check.add_argument("file", help=t("io.cli.file_help", lang))
    check.add_argument("--table", choices=list(TABLES), default="accounts", help=t("io.cli.table_help", lang))
    check.add_argument("--sheet", default=None, help=t("io.cli.sheet_help", lang))
    check.add_argument("--encoding", default=None, help=t("io.cli.encoding_help", lang))
    check.add_argument("--all", action="store_true", help=t("io.cli.all_help", lang))
    check.set_defaults(func=_run_check)


def _run_present(args, lang: str) -> int:
    from .course.present import lessons, present
    from .i18n import set_lang

    set_lang(lang)
    show = args.present_lang or lang
    if args.list or args.lesson is None:
        print(t("present.lessons", lang))
        for lesson_id, title in lessons(show).items():
            print(f"  {lesson_id}  {title}")
        return 0
    return present(args.lesson, lang=show, port=args.port, open_browser=not args.no_browser)


def _add_present(sub, lang: str) -> None:
    pre = sub.add_parser(
        "present",
        help="instructors: show a lesson in class (Voila, code hidden)",
        description="Serve a lesson as a presentation with Voila: code hidden, large type, a "
        "section navigator, live explorers. Ctrl+C stops it.",
    )
    pre.add_argument("lesson", nargs="?", help="the lesson, e.g. 03")
    pre.add_argument("--list", action="store_true", help="list the lessons")
    pre.add_argument(
        "--lang",
        dest="present_lang",
        choices=LANGUAGES,
        default=None,
        help="language of the lesson (default: the language of messages)",
    )
    pre.add_argument("--port", type=int, default=None, help="port to serve on (default: Voila's)")
    pre.add_argument("--no-browser", action="store_true", help="do not open a browser")
    pre.set_defaults(func=_run_present)


# One line per command; each _add_* declares its arguments and sets ``func``.
_COMMANDS = (
    _add_generate,
    _add_link,
    _add_course,
    _add_report,
    _add_check,
    _add_present,
)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The ``kamlab`` argument parser with every command.

    Parameters
    ----------
    lang : {"zh", "en"}, default "en"
        Language of the help texts that come from kamlab's label catalog (the other help
        texts are in English).

    Returns
    -------
    argparse.ArgumentParser
        A parser with the global ``--lang`` option and one subcommand per entry of
        ``_COMMANDS``; the parsed arguments' ``func(args, lang)`` runs the command.
    """
    parser = argparse.ArgumentParser(
        prog="kamlab",
        description="kamlab: Key Account Management Lab (大客户管理实验室).",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="language of messages (default: KAMLAB_LANG, else the locale)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for add in _COMMANDS:
        add(sub, lang)
    return parser


def _error(lang: str, text: str) -> int:
    print(f"kamlab: {t('cli.error', lang)}: {text}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the ``kamlab`` command; returns the exit status (0 done, 2 failed, 130 interrupted).

    Parameters
    ----------
    argv : list of str, optional
        The arguments, without the program name; default ``sys.argv[1:]``.

    Returns
    -------
    int
        0 when the command (or ``--help``) succeeded; 2 for a usage error (argparse's
        message) or a failure, reported as one line ``kamlab: error: ...`` on stderr (a
        kamlab error, an ``OSError``, ``MemoryError`` or an unexpected exception; with
        ``KAMLAB_DEBUG`` set, an unexpected exception is raised instead); 130 after Ctrl+C;
        141 when the reader of stdout went away. ``kamlab present`` returns Voila's own exit
        status.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = cli_lang(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed by argparse
        return int(exc.code or 0)
    lang = args.lang or lang
    try:
        return int(args.func(args, lang) or 0)
    except KamlabError as exc:
        return _error(lang, str(exc))
    except KeyboardInterrupt:
        print(f"kamlab: {t('cli.interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. ``kamlab check FILE | head``): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        except (OSError, ValueError, AttributeError):
            pass
        return 141
    except MemoryError:
        return _error(lang, t("cli.memory", lang))
    except OSError as exc:
        where = exc.filename if exc.filename is not None else ""
        return _error(lang, t("cli.os_error", lang, path=where, reason=exc.strerror or exc))
    except Exception as exc:  # a bug in kamlab, not the user's fault: one line, not a traceback
        if os.environ.get("KAMLAB_DEBUG"):
            raise
        return _error(lang, t("cli.internal", lang, what=f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
