"""Command line: ``kamlab COMMAND ...`` (also ``python -m kamlab COMMAND ...``).

Each command is one small ``_add_<command>(sub, lang)`` function here that declares the
command's arguments and points ``func`` at the code that does the work (which lives in
its own module, imported only when the command runs). Every failure a user can cause
ends with exit status 2 and one line ``kamlab: error: ...`` in the user's language,
never a traceback.

The language of messages: ``--lang zh|en`` (before the command), else the environment
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

    written = generate(args.out, n=args.n, seed=args.seed, concentration=args.concentration,
                       force=args.force)
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
    gen.add_argument("--n", type=int, default=2000, help="number of accounts (default 2000)")
    gen.add_argument("--seed", type=int, default=DEFAULT_SEED,
                     help=f"random seed, e.g. a student number (default {DEFAULT_SEED})")
    gen.add_argument("--concentration", type=float, default=0.80,
                     help="revenue share of the top 20%% of accounts (default 0.80)")
    gen.add_argument("--force", action="store_true", help="overwrite existing files")
    gen.set_defaults(func=_run_generate)


def _run_check(args, lang: str) -> int:
    from .errors import DataFileError
    from .io import check_file, problem_lines

    try:
        report = check_file(args.file, args.table, sheet=args.sheet, encoding=args.encoding, lang=lang)
    except DataFileError as exc:
        if not args.all or len(exc.problems) <= 1:
            raise
        first = str(exc).splitlines()[0]
        print("\n".join([f"kamlab: {t('cli.error', lang)}: {first}"] + [f"- {line}" for line in problem_lines(exc, lang)]),
              file=sys.stderr)
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


# One line per command; each _add_* declares its arguments and sets ``func``.
_COMMANDS = (
    _add_generate,
    _add_check,
)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The ``kamlab`` argument parser with every command."""
    parser = argparse.ArgumentParser(
        prog="kamlab",
        description="kamlab: Key Account Management Lab (大客户管理实验室).",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of messages (default: KAMLAB_LANG, else the locale)")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in _COMMANDS:
        add(sub, lang)
    return parser


def _error(lang: str, text: str) -> int:
    print(f"kamlab: {t('cli.error', lang)}: {text}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the ``kamlab`` command; returns the exit status (0 done, 2 failed, 130 interrupted)."""
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
