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
import inspect
import os
import sys
import warnings
from pathlib import Path

from . import io as data_io  # its bounds are read when the parser is built (tests change them)
from ._cliparse import parser_class
from ._validate import PORT_RANGE
from .classroom import nbgitpuller_link
from .course import loop
from .course.build import new_course
from .course.exam import write_exam
from .course.loop import shown
from .course.mark import mark
from .course.present import lessons, present
from .course.report import class_report
from .course.run import course_dir
from .errors import DataFileError, KamlabError
from .i18n import LANGUAGES, set_lang, t
from .io import check_file, generate, problem_lines
from .schema import TABLES

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


# ---- argument types: each checks its value when argparse reads it, before any work, and
# says what is wrong in the user's language (argparse prints it as a usage error, status 2)
def _defaults(func) -> dict:
    """The defaults of ``func``'s parameters (the CLI states none of its own)."""
    return {name: p.default for name, p in inspect.signature(func).parameters.items()}


def _int_arg(option: str, lang: str):
    def parse(text: str) -> int:
        try:
            return int(text.strip().replace("_", "").replace(",", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.not_int", lang, option=option, value=repr(text))) from None

    return parse


def _float_arg(option: str, lang: str):
    def parse(text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(t("cli.not_number", lang, option=option, value=repr(text))) from None

    return parse


def _port_arg(option: str, lang: str):

    as_int = _int_arg(option, lang)

    def parse(text: str) -> int:
        port = as_int(text)
        if not PORT_RANGE[0] <= port <= PORT_RANGE[1]:
            raise argparse.ArgumentTypeError(
                t("cli.port", lang, option=option, value=repr(text), low=PORT_RANGE[0], high=PORT_RANGE[1])
            )
        return port

    return parse


def _output_file_arg(option: str, lang: str):
    """A file to write: a path that is not an existing folder, FIFO or device."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(t("cli.empty_path", lang, option=option, value=repr(text)))
        path = Path(text).expanduser()
        if path.exists() and not path.is_file():
            kind = t("cli.kind.folder" if path.is_dir() else "cli.kind.special", lang)
            raise argparse.ArgumentTypeError(t("cli.not_file", lang, option=option, value=repr(text), kind=kind))
        return text

    return parse


def _run_generate(args, lang: str) -> int:

    written = generate(
        args.out, n=args.n, seed=args.seed, concentration=args.concentration, force=args.force, lang=lang
    )
    for path in written:
        print(path)
    return 0


def _add_generate(sub, lang: str) -> None:

    default = _defaults(generate)  # one source: the function's own defaults and bounds
    gen = sub.add_parser(
        "generate", help=t("cli.help.generate", lang), description=t("cli.help.generate_description", lang)
    )
    gen.add_argument("--out", required=True, help=t("cli.help.out", lang))
    gen.add_argument(
        "--n",
        type=_int_arg("--n", lang),
        default=default["n"],
        help=t(
            "cli.help.n",
            lang,
            low=data_io.MIN_GENERATE_ACCOUNTS,
            high=f"{data_io.MAX_GENERATE_ACCOUNTS:,}",
            default=default["n"],
        ),
    )
    gen.add_argument(
        "--seed",
        type=_int_arg("--seed", lang),
        default=default["seed"],
        help=t("cli.help.seed", lang, default=default["seed"]),
    )
    gen.add_argument(
        "--concentration",
        type=_float_arg("--concentration", lang),
        default=default["concentration"],
        help=t("cli.help.concentration", lang, default=f"{default['concentration']:.2f}"),
    )
    gen.add_argument("--force", action="store_true", help=t("cli.help.force", lang))
    gen.set_defaults(func=_run_generate)


def _run_link(args, lang: str) -> int:

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

    default = _defaults(nbgitpuller_link)
    link = sub.add_parser("link", help=t("cli.help.link", lang), description=t("cli.help.link_description", lang))
    link.add_argument("--hub", required=True, help=t("cli.help.hub", lang))
    link.add_argument("--repo", required=True, help=t("cli.help.repo", lang))
    link.add_argument("--branch", default=default["branch"], help=t("cli.help.branch", lang))
    link.add_argument(
        "--lang",
        dest="lesson_lang",
        choices=LANGUAGES,
        default=default["lang"],
        help=t("cli.help.link_lang", lang),
    )
    link.add_argument("--lesson", default=default["lesson"], help=t("cli.help.link_lesson", lang))
    link.add_argument(
        "--targetpath",
        default=default["targetpath"],
        help=t("cli.help.targetpath", lang, default=default["targetpath"]),
    )
    link.set_defaults(func=_run_link)


def _run_course_new(args, lang: str) -> int:

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
        "course", help=t("cli.help.course", lang), description=t("cli.help.course_description", lang)
    )
    actions = course.add_subparsers(dest="action", required=True)
    new = actions.add_parser(
        "new", help=t("cli.help.course_new", lang), description=t("cli.help.course_new_description", lang)
    )
    new.add_argument("dir", help=t("cli.help.course_dir", lang))
    new.add_argument("--lessons", default=None, help=t("cli.help.lessons", lang))
    new.add_argument(
        "--lang", dest="notebook_lang", choices=LANGUAGES, default=None, help=t("cli.help.notebook_lang", lang)
    )
    new.add_argument("--course-id", default=None, help=t("cli.help.course_id", lang))
    new.add_argument("--personal", action="store_true", help=t("cli.help.personal", lang))
    new.add_argument("--force", action="store_true", help=t("cli.help.course_force", lang))
    new.set_defaults(func=_run_course_new)
    exam = actions.add_parser(
        "exam", help=t("cli.help.course_exam", lang), description=t("cli.help.course_exam_description", lang)
    )
    exam.add_argument("out", help=t("cli.help.exam_out", lang))
    exam.add_argument("--lang", dest="exam_lang", choices=LANGUAGES, default=None, help=t("cli.help.exam_lang", lang))
    exam.add_argument("--force", action="store_true", help=t("cli.help.exam_force", lang))
    exam.set_defaults(func=_run_course_exam)
    _add_course_loop(actions, lang)
    _add_course_mark(actions, lang)


def _run_course_exam(args, lang: str) -> int:

    print(write_exam(args.out, lang=args.exam_lang or lang, force=args.force))
    return 0


def _run_course_loop(args, lang: str) -> int:
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


def _add_course_loop(actions, lang: str) -> None:
    """``kamlab course release|collect|grade|feedback``: nbgrader run for the instructor (kamlab.course.loop)."""
    for action in ("release", "collect", "grade", "feedback"):
        text = t(f"cli.help.loop.{action}", lang)
        cmd = actions.add_parser(action, help=text, description=text + t("cli.help.loop.inside", lang))
        cmd.add_argument("assignment", help=t("cli.help.loop.assignment", lang))
        if action == "collect":
            cmd.add_argument("sources", nargs="+", help=t("cli.help.loop.sources", lang))
            cmd.add_argument("--roster", default=None, help=t("cli.help.loop.roster", lang))
        else:
            cmd.add_argument("--force", action="store_true", help=t("cli.help.loop.force", lang))
        cmd.add_argument("--course", default=None, help=t("cli.help.loop.course", lang))
        cmd.add_argument("--verbose", action="store_true", help=t("cli.help.loop.verbose", lang))
        cmd.set_defaults(func=_run_course_loop)


def _run_course_mark(args, lang: str) -> int:
    set_lang(lang)
    return mark(args.assignment, directory=args.course, lang=lang, port=args.port, open_browser=not args.no_browser)


def _add_course_mark(actions, lang: str) -> None:
    """``kamlab course mark``: nbgrader's formgrader on a lesson's written answers (kamlab.course.mark)."""
    text = t("cli.help.loop.mark", lang)
    cmd = actions.add_parser("mark", help=text, description=text + t("cli.help.loop.inside", lang))
    cmd.add_argument("assignment", help=t("cli.help.loop.assignment", lang))
    cmd.add_argument(
        "--port",
        type=_port_arg("--port", lang),
        default=None,
        help=t("cli.help.loop.mark_port", lang, low=PORT_RANGE[0], high=PORT_RANGE[1]),
    )
    cmd.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser", lang))
    cmd.add_argument("--course", default=None, help=t("cli.help.loop.course", lang))
    cmd.set_defaults(func=_run_course_mark)


def _run_report(args, lang: str) -> int:

    set_lang(lang)

    paths = class_report(
        course_dir(args.dir), assignment=args.assignment, out=args.out, lang=args.report_lang, force=args.force
    )
    for path in paths:
        print(shown(path))
    return 0


def _add_report(sub, lang: str) -> None:
    rep = sub.add_parser("report", help=t("cli.help.report", lang), description=t("cli.help.report_description", lang))
    rep.add_argument("dir", nargs="?", default=None, help=t("cli.help.report_dir", lang))
    rep.add_argument("--assignment", default=None, help=t("cli.help.assignment", lang))
    rep.add_argument("--out", default=None, type=_output_file_arg("--out", lang), help=t("cli.help.report_out", lang))
    rep.add_argument(
        "--lang", dest="report_lang", choices=LANGUAGES, default=None, help=t("cli.help.report_lang", lang)
    )
    rep.add_argument("--force", action="store_true", help=t("cli.help.force", lang))
    rep.set_defaults(func=_run_report)


def _run_check(args, lang: str) -> int:

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

    check = sub.add_parser("check", help=t("io.cli.check_help", lang), description=t("io.cli.check_description", lang))
    check.add_argument("file", help=t("io.cli.file_help", lang))
    table = _defaults(check_file)["table"]
    check.add_argument("--table", choices=list(TABLES), default=table, help=t("io.cli.table_help", lang, default=table))
    check.add_argument("--sheet", default=None, help=t("io.cli.sheet_help", lang))
    check.add_argument("--encoding", default=None, help=t("io.cli.encoding_help", lang))
    check.add_argument("--all", action="store_true", help=t("io.cli.all_help", lang))
    check.set_defaults(func=_run_check)


def _run_present(args, lang: str) -> int:

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
        "present", help=t("cli.help.present", lang), description=t("cli.help.present_description", lang)
    )
    pre.add_argument("lesson", nargs="?", help=t("cli.help.present_lesson", lang))
    pre.add_argument("--list", action="store_true", help=t("cli.help.list", lang))
    pre.add_argument(
        "--lang", dest="present_lang", choices=LANGUAGES, default=None, help=t("cli.help.present_lang", lang)
    )
    pre.add_argument(
        "--port",
        type=_port_arg("--port", lang),
        default=None,
        help=t("cli.help.port", lang, low=PORT_RANGE[0], high=PORT_RANGE[1]),
    )
    pre.add_argument("--no-browser", action="store_true", help=t("cli.help.no_browser", lang))
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
        Language of every help text (kamlab's label catalog, ``cli.help.*``) and of
        argparse's own words (usage, headings, usage errors: :mod:`kamlab._cliparse`); the
        defaults and ranges the help states are read from the functions the commands call.

    Returns
    -------
    argparse.ArgumentParser
        A parser (of :func:`kamlab._cliparse.parser_class`) with the global ``--lang``
        option and one subcommand per entry of ``_COMMANDS``; the parsed arguments'
        ``func(args, lang)`` runs the command.
    """
    parser = parser_class(lang)(prog="kamlab", description=t("cli.help.description", lang))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=t("cli.help.lang", lang))
    sub = parser.add_subparsers(dest="command", required=True)
    for add in _COMMANDS:
        add(sub, lang)
    return parser


def _escape_what_cannot_be_shown() -> None:
    """Streams whose encoding cannot show Chinese (``PYTHONIOENCODING=ascii``, a C locale) write
    ``\\u4e2d`` escapes instead of failing with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            "中文".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (AttributeError, ValueError, OSError):
                pass


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
    _escape_what_cannot_be_shown()
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
