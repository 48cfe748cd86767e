"""argparse in the user's language: the ``kamlab`` command's parser and help formatter.

argparse writes its own words in English (``usage:``, ``error:``, ``the following arguments
are required``, ``invalid choice``, ``unrecognized arguments``, the help's headings and
``show this help message and exit``). Its documented way to translate them is a gettext
catalog for the process's default text domain, chosen by the locale variables: global
state that would also change the text of any other library in the process, and could not
follow ``--lang``. So the parser uses argparse's own hooks instead, per language:

- :class:`Formatter` (``formatter_class``): the ``usage:`` prefix (``add_usage``'s
  ``prefix``) and the section headings (``start_section``) from kamlab's catalog;
- :class:`Parser` (``ArgumentParser`` subclass): its own ``-h/--help`` (``add_help=False``
  then ``action="help"`` with a translated help) and ``error()``, which argparse calls with
  every usage error: the message is matched against argparse's message templates (those of
  Python 3.11 to 3.14, by :func:`translate`) and written with kamlab's words; a message that
  matches none (a newer Python's wording) is kept as argparse wrote it, never an error.

Examples
--------
>>> translate("the following arguments are required: --out", "zh")
'缺少必需的参数：--out'
>>> translate("argument --n: invalid int value: 'x'", "zh")
"参数 --n：无效的 int 值：'x'"
>>> translate("something argparse may say one day", "zh")
'something argparse may say one day'
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from functools import cache

from .i18n import check_lang, t

__all__ = ["parser_class", "translate"]

#: argparse's messages (its gettext msgids, Python 3.11 to 3.14) and the label of each in
#: kamlab's catalog (``kamlab/labels/cli.py``). ``%(name)s``/``%(name)r`` become ``{name}``
#: in the label, a bare ``%s``/``%r`` becomes ``{arg}``.
MESSAGES = (
    ("the following arguments are required: %s", "cli.argparse.required"),
    (  # Python 3.14 with suggest_on_error; before the plain one, which would match it too
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
        "cli.argparse.invalid_choice_closest",
    ),
    ("invalid choice: %(value)r (choose from %(choices)s)", "cli.argparse.invalid_choice"),
    ("unrecognized arguments: %s", "cli.argparse.unrecognized"),
    ("expected one argument", "cli.argparse.expected_one"),
    ("expected at most one argument", "cli.argparse.expected_at_most_one"),
    ("expected at least one argument", "cli.argparse.expected_at_least_one"),
    ("expected %s argument", "cli.argparse.expected_n_one"),
    ("expected %s arguments", "cli.argparse.expected_n"),
    ("ambiguous option: %(option)s could match %(matches)s", "cli.argparse.ambiguous"),
    ("not allowed with argument %s", "cli.argparse.not_allowed_with"),
    ("one of the arguments %s is required", "cli.argparse.one_required"),
    ("ignored explicit argument %r", "cli.argparse.ignored_explicit"),
    ("invalid %(type)s value: %(value)r", "cli.argparse.invalid_value"),
    ("unknown parser %(parser_name)r (choices: %(choices)s)", "cli.argparse.unknown_parser"),
)

#: argparse's section headings (its group titles) and their labels.
HEADINGS = {
    "positional arguments": "cli.argparse.positionals",
    "options": "cli.argparse.options",
    "optional arguments": "cli.argparse.options",  # Python 3.9 and older
    "subcommands": "cli.argparse.subcommands",
}

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]")
#: ``argument X: MESSAGE``, which wraps most of the messages above (argparse's ArgumentError).
_ARGUMENT = re.compile(r"argument (?P<name>.+?): (?P<message>.*)", re.DOTALL)


def _pattern(msgid: str) -> re.Pattern:
    """A regular expression that matches ``msgid`` once argparse has filled it in."""
    parts, last = [], 0
    for match in _PLACEHOLDER.finditer(msgid):
        parts.append(re.escape(msgid[last : match.start()]))
        parts.append(f"(?P<{match.group(1) or 'arg'}>.+?)")
        last = match.end()
    parts.append(re.escape(msgid[last:]))
    return re.compile("".join(parts), re.DOTALL)


_PATTERNS = tuple((_pattern(msgid), key) for msgid, key in MESSAGES)


def translate(message: str, lang: str) -> str:
    """argparse's usage error ``message`` in ``lang``, or ``message`` itself if it is not one
    of argparse's messages that kamlab knows (it never fails on a message it does not know).

    ``argument X: ...`` is translated around its inner message; when the inner message is
    kamlab's own (from an argument type) and already names the option, the prefix is dropped.

    Parameters
    ----------
    message : str
        What argparse passed to ``ArgumentParser.error``.
    lang : {"zh", "en"}

    Returns
    -------
    str
    """
    lang = check_lang(lang, "translate")
    try:
        argument = _ARGUMENT.fullmatch(message)
        if argument:
            name, inner = argument.group("name"), argument.group("message")
            if inner.startswith(name):  # kamlab's own message, which names the option already
                return inner
            return t("cli.argparse.argument", lang, name=name, message=translate(inner, lang))
        for pattern, key in _PATTERNS:
            match = pattern.fullmatch(message)
            if match:
                return t(key, lang, **match.groupdict())
    except (KeyError, IndexError, ValueError):  # a label out of step with a template: keep argparse's
        pass
    return message


def _columns(text: str) -> int:
    """How many columns ``text`` takes in a terminal (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter with the ``usage:`` prefix and the headings in :attr:`lang`.

    argparse indents the usage's continuation lines by the prefix's length in characters;
    ``用法：`` is 3 characters but 6 columns wide. So the usage is laid out behind as many
    NUL characters as the prefix has columns, which become the prefix in :meth:`format_help`.
    """

    lang = "en"
    _prefix = None

    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            self._prefix = t("cli.argparse.usage", self.lang)
            prefix = "\0" * _columns(self._prefix)
        return super().add_usage(usage, actions, groups, prefix)

    def format_help(self):
        text = super().format_help()
        if self._prefix is not None:
            text = text.replace("\0" * _columns(self._prefix), self._prefix, 1)
        return text

    def start_section(self, heading):
        key = HEADINGS.get(heading) if isinstance(heading, str) else None
        return super().start_section(t(key, self.lang) if key else heading)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks :attr:`lang`: its help option, its formatter and its
    usage errors (``kamlab COMMAND: 错误: ...``, exit status 2). Subcommands' parsers are of
    the same class (argparse makes them with ``type(self)``), so they speak it too."""

    lang = "en"
    formatter = Formatter

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", self.formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.argparse.help", self.lang)
            )

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.error', self.lang)}: {translate(message, self.lang)}\n")


@cache
def parser_class(lang: str) -> type[Parser]:
    """The :class:`Parser` (and its :class:`Formatter`) of one language.

    Parameters
    ----------
    lang : {"zh", "en"}

    Returns
    -------
    type
        A subclass of :class:`Parser` whose parsers, subcommands' parsers and help speak ``lang``.

    Examples
    --------
    >>> parser_class("zh")(prog="kamlab").format_usage()
    '用法：kamlab [-h]\\n'
    """
    lang = check_lang(lang, "parser_class")
    formatter = type(f"Formatter_{lang}", (Formatter,), {"lang": lang})
    return type(f"Parser_{lang}", (Parser,), {"lang": lang, "formatter": formatter})
