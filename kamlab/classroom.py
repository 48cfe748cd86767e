"""A class on JupyterHub: the nbgitpuller link to the lessons, and JupyterLab in the lesson's language.

A student who clicks an nbgitpuller link on a JupyterHub logs in, gets a server, and finds
the course repository cloned (first click) or updated (later clicks) in a folder of their
home, then JupyterLab opens a lesson. Later clicks merge the instructor's changes and keep
the student's own edits (nbgitpuller's rule: a file the student changed is never
overwritten). :func:`nbgitpuller_link` builds the link (the ``kamlab link`` command prints
it) and :func:`parse_nbgitpuller_link` reads one back.

``targetpath`` matters: without it nbgitpuller names the folder after the last part of the
repository URL (``kamlab.git`` for ``https://host/org/kamlab.git``), so the lesson path in
the link would not match. The link therefore always names the folder (default ``kamlab``)
and opens ``lab/tree/<folder>/notebooks/<lang>/<lesson>``.

:func:`lab_overrides` and :func:`write_lab_overrides` give JupyterLab's settings for a
class: the interface language (Chinese through the ``jupyterlab-language-pack-zh-CN``
package, or English) and no Jupyter-news pop-up. They are *defaults*
(``labconfig/default_setting_overrides.json`` in a Jupyter config folder): ``make lab``
writes them into its own config folder under ``.run/``, a hub image into
``/etc/jupyter/labconfig/``; a student can still change the language in Settings.

References
----------
nbgitpuller, "Options in an nbgitpuller URL" (repo, branch, urlpath, targetpath):
https://nbgitpuller.readthedocs.io/en/latest/topic/url-options.html
jupyterlab_server, ``settings_utils._get_overrides``: ``default_setting_overrides.json`` in
the ``labconfig`` folder of every Jupyter config path.

Examples
--------
>>> link = nbgitpuller_link("https://hub.example.edu", "https://github.com/example/kamlab",
...                         lang="zh", lesson="00")
>>> link
'https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fexample%2Fkamlab&urlpath=lab%2Ftree%2Fkamlab%2Fnotebooks%2Fzh%2F00_start_here.ipynb&targetpath=kamlab'
>>> parse_nbgitpuller_link(link).urlpath
'lab/tree/kamlab/notebooks/zh/00_start_here.ipynb'
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qs, urlencode, urlsplit

from .errors import KamlabTypeError, KamlabValueError
from .i18n import check_lang, resolve_lang, t

__all__ = [
    "LESSON_NOTEBOOKS",
    "DEFAULT_TARGETPATH",
    "PullLink",
    "nbgitpuller_link",
    "parse_nbgitpuller_link",
    "lab_overrides",
    "write_lab_overrides",
]

# The lessons' notebooks, by lesson number (notebooks/<lang>/<file>); a test checks this
# against the notebooks/ folder, so a new lesson cannot be forgotten here.
LESSON_NOTEBOOKS = {
    "00": "00_start_here.ipynb",
    "01": "01_key_accounts.ipynb",
    "02": "02_why_kam.ipynb",
    "03": "03_misconceptions.ipynb",
    "04": "04_runaway_horse.ipynb",
    "05": "05_complaint_relay.ipynb",
    "06": "06_gome_gree.ipynb",
    "07": "07_kam_in_practice.ipynb",
}
DEFAULT_TARGETPATH = "kamlab"
REPO_SCHEMES = ("https", "http", "git", "ssh", "file")
_PULL_PATH = "hub/user-redirect/git-pull"
_LAB_LOCALES = {"zh": "zh_CN", "en": "en"}
_BAD_BRANCH = re.compile(r"(\.\.|[\s~^:?*\[\\]|@\{|//|^[-/]|/$|\.$|\.lock$|^@$)")


@dataclass(frozen=True)
class PullLink:
    """The parts of an nbgitpuller link (see :func:`parse_nbgitpuller_link`)."""

    hub: str
    repo: str
    branch: str | None
    urlpath: str
    targetpath: str


def _text(value: object, param: str, func: str, messages: str) -> str:
    if not isinstance(value, str):
        raise KamlabTypeError(
            t("classroom.not_text", messages, func=func, param=param, kind=type(value).__name__, value=value)
        )
    return value.strip()


def _check_url(value: object, param: str, func: str, messages: str, *, schemes: tuple[str, ...], example: str):
    text = _text(value, param, func, messages)
    if not text:
        raise KamlabValueError(t("classroom.empty", messages, func=func, param=param, example=example))
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise KamlabValueError(t("classroom.spaces", messages, func=func, param=param, value=text))
    parts = urlsplit(text)
    expected = " / ".join(f"{s}://" for s in schemes)
    if "://" not in text:
        raise KamlabValueError(
            t("classroom.no_scheme", messages, func=func, param=param, value=text, expected=expected, example=example)
        )
    if parts.scheme.lower() not in schemes:
        raise KamlabValueError(
            t(
                "classroom.scheme",
                messages,
                func=func,
                param=param,
                value=text,
                scheme=parts.scheme + "://",
                expected=expected,
                example=example,
            )
        )
    if parts.scheme.lower() != "file" and not parts.hostname:
        raise KamlabValueError(t("classroom.host", messages, func=func, param=param, value=text, example=example))
    return text, parts


def _check_hub(hub: object, func: str, messages: str) -> str:
    example = "https://hub.example.edu"
    text, parts = _check_url(hub, "hub", func, messages, schemes=("https", "http"), example=example)
    if parts.query or parts.fragment:
        raise KamlabValueError(t("classroom.hub_extra", messages, func=func, param="hub", value=text, example=example))
    path = parts.path.rstrip("/")
    segments = path.split("/")
    for page in ("hub", "user"):  # .../hub/home, .../hub/login, .../user/NAME/lab: pages, not the base
        if page in segments:
            base = "/".join(segments[: segments.index(page)])
            suggestion = f"{parts.scheme}://{parts.netloc}{base}"
            raise KamlabValueError(
                t(
                    "classroom.hub_page",
                    messages,
                    func=func,
                    param="hub",
                    value=text,
                    part=f"/{page}",
                    suggestion=suggestion,
                )
            )
    return f"{parts.scheme}://{parts.netloc}{path}"


def _check_repo(repo: object, func: str, messages: str) -> str:
    example = "https://github.com/ORG/kamlab"
    text, parts = _check_url(repo, "repo", func, messages, schemes=REPO_SCHEMES, example=example)
    if parts.path.strip("/") == "":
        raise KamlabValueError(t("classroom.repo_path", messages, func=func, param="repo", value=text, example=example))
    return text


def _check_branch(branch: object, func: str, messages: str) -> str | None:
    if branch is None:
        return None
    text = _text(branch, "branch", func, messages)
    if not text or _BAD_BRANCH.search(text) or any(ord(ch) < 32 for ch in text):
        raise KamlabValueError(t("classroom.branch", messages, func=func, value=branch))
    return text


def _check_lesson(lesson: object, func: str, messages: str) -> str | None:
    if lesson is None:
        return None
    if isinstance(lesson, int) and not isinstance(lesson, bool):
        key = f"{lesson:02d}"
    elif isinstance(lesson, str):
        key = lesson.strip()
        key = key.zfill(2) if key.isdigit() and len(key) < 2 else key
    else:
        key = None
    if key not in LESSON_NOTEBOOKS:
        raise KamlabValueError(
            t("classroom.lesson", messages, func=func, value=lesson, choices=", ".join(LESSON_NOTEBOOKS))
        )
    return key


def _check_targetpath(targetpath: object, func: str, messages: str) -> str:
    text = _text(targetpath, "targetpath", func, messages)
    path = PurePosixPath(text)
    if (
        not text
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in text
        or text.startswith("~")
        or any(ord(ch) < 32 for ch in text)
    ):
        raise KamlabValueError(t("classroom.targetpath", messages, func=func, value=targetpath))
    return str(path)


def nbgitpuller_link(
    hub: str,
    repo: str,
    *,
    branch: str | None = None,
    lang: str = "zh",
    lesson: str | int | None = None,
    targetpath: str = DEFAULT_TARGETPATH,
    messages: str | None = None,
) -> str:
    """The nbgitpuller link that gives each student the lessons on a JupyterHub.

    Parameters
    ----------
    hub : str
        The JupyterHub's base address, ``http(s)://host[/prefix]`` (not a page in it such as
        ``.../hub/login``).
    repo : str
        The course repository as ``git clone`` takes it (``https://``, ``http://``,
        ``git://``, ``ssh://`` or ``file://``).
    branch : str, optional
        The branch to pull; default: the repository's default branch.
    lang : {"zh", "en"}
        Which lessons to open: ``notebooks/zh`` or ``notebooks/en``.
    lesson : str or int, optional
        A lesson number (``"00"`` .. ``"07"``) to open; default: the lessons' folder.
    targetpath : str
        The folder in each student's home that receives the repository (default
        ``kamlab``). Always written into the link (see the module docstring).
    messages : {"zh", "en"}, optional
        Language of error messages; default: kamlab's current language.

    Returns
    -------
    str
        ``<hub>/hub/user-redirect/git-pull?repo=...&branch=...&urlpath=...&targetpath=...``.

    Raises
    ------
    KamlabValueError
        For a URL without a host or with another scheme, a hub address that is a page
        inside the hub, a bad branch name, an unknown lesson or language, or a
        ``targetpath`` outside the student's home.
    KamlabTypeError
        When a URL is not text.

    Examples
    --------
    >>> nbgitpuller_link("http://127.0.0.1:8000/", "git://127.0.0.1:9418/kamlab.git", branch="main",
    ...                  lang="en", lesson=1)
    'http://127.0.0.1:8000/hub/user-redirect/git-pull?repo=git%3A%2F%2F127.0.0.1%3A9418%2Fkamlab.git&branch=main&urlpath=lab%2Ftree%2Fkamlab%2Fnotebooks%2Fen%2F01_key_accounts.ipynb&targetpath=kamlab'
    >>> nbgitpuller_link("https://hub.example.edu/hub/login", "https://github.com/o/kamlab", messages="en")
    Traceback (most recent call last):
    ...
    kamlab.errors.KamlabValueError: nbgitpuller_link: parameter hub = 'https://hub.example.edu/hub/login' is a page inside the JupyterHub (it contains '/hub'); give its base address: https://hub.example.edu.
    """
    func = "nbgitpuller_link"
    messages = resolve_lang(messages, func)
    hub_url = _check_hub(hub, func, messages)
    repo_url = _check_repo(repo, func, messages)
    branch_name = _check_branch(branch, func, messages)
    lang = check_lang(lang, func)
    lesson_key = _check_lesson(lesson, func, messages)
    folder = _check_targetpath(targetpath, func, messages)
    urlpath = f"lab/tree/{folder}/notebooks/{lang}"
    if lesson_key is not None:
        urlpath += f"/{LESSON_NOTEBOOKS[lesson_key]}"
    query = {"repo": repo_url}
    if branch_name is not None:
        query["branch"] = branch_name
    query.update(urlpath=urlpath, targetpath=folder)
    return f"{hub_url}/{_PULL_PATH}?{urlencode(query)}"


def parse_nbgitpuller_link(link: str, *, messages: str | None = None) -> PullLink:
    """The parts of an nbgitpuller link: the inverse of :func:`nbgitpuller_link`.

    Parameters
    ----------
    link : str
        An ``http(s)://`` link whose path contains ``/hub/user-redirect/git-pull`` and whose
        query names a ``repo``. Surrounding spaces are ignored; when a query parameter is
        repeated, its last value counts.
    messages : {"zh", "en"}, optional
        Language of error messages; default: kamlab's current language.

    Returns
    -------
    PullLink
        ``hub`` (the address before ``/hub/user-redirect/git-pull``), ``repo``, ``branch``
        (``None`` when the link names none), ``urlpath`` (``""`` when the link has none) and
        ``targetpath`` (when the link has none: the last part of the repository URL, the
        folder nbgitpuller would use).

    Raises
    ------
    KamlabTypeError
        When ``link`` is not text.
    KamlabValueError
        When ``link`` is not an http(s) git-pull link with a ``repo`` parameter, or
        ``messages`` is not a known language.

    Examples
    --------
    >>> parse_nbgitpuller_link("https://hub.example.edu/hub/user-redirect/git-pull?"
    ...                        "repo=https%3A%2F%2Fgithub.com%2Fo%2Fkamlab&targetpath=kamlab&urlpath=lab")
    PullLink(hub='https://hub.example.edu', repo='https://github.com/o/kamlab', branch=None, urlpath='lab', targetpath='kamlab')
    """
    func = "parse_nbgitpuller_link"
    messages = resolve_lang(messages, func)
    text = _text(link, "link", func, messages)
    parts = urlsplit(text)
    prefix, sep, _ = parts.path.partition("/" + _PULL_PATH)
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=False)
    if not sep or parts.scheme not in ("http", "https") or "repo" not in query:
        raise KamlabValueError(t("classroom.not_a_link", messages, func=func, value=text))

    def one(name: str, default=None):
        values = query.get(name)
        return values[-1] if values else default

    repo = one("repo")
    return PullLink(
        hub=f"{parts.scheme}://{parts.netloc}{prefix}",
        repo=repo,
        branch=one("branch"),
        urlpath=one("urlpath", ""),
        targetpath=one("targetpath", repo.rstrip("/").split("/")[-1]),
    )


def lab_overrides(lang: str) -> dict[str, dict]:
    """JupyterLab's default settings for a class in ``lang``: its interface language, no news pop-up.

    The Chinese interface needs the ``jupyterlab-language-pack-zh-CN`` package (a kamlab
    dependency). English is set explicitly, not left to the server's locale.

    Parameters
    ----------
    lang : {"zh", "en"}
        The interface language: ``"zh"`` sets the locale ``zh_CN``, ``"en"`` sets ``en``.

    Returns
    -------
    dict
        JupyterLab plugin id -> its settings: ``@jupyterlab/translation-extension:plugin``
        (``locale``) and ``@jupyterlab/apputils-extension:notification`` (``fetchNews``
        ``"false"``, ``checkForUpdates`` ``False``). A new dict on every call.

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"`` or ``"en"``.

    Examples
    --------
    >>> lab_overrides("zh")["@jupyterlab/translation-extension:plugin"]
    {'locale': 'zh_CN'}
    >>> lab_overrides("en")["@jupyterlab/apputils-extension:notification"]["fetchNews"]
    'false'
    """
    lang = check_lang(lang, "lab_overrides")
    return {
        "@jupyterlab/translation-extension:plugin": {"locale": _LAB_LOCALES[lang]},
        # "Would you like to get notified about official Jupyter news?": never ask, never fetch.
        "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    }


def write_lab_overrides(config_dir: str | os.PathLike, lang: str) -> Path:
    """Write :func:`lab_overrides` into a Jupyter config folder; returns the file written.

    The file is ``<config_dir>/labconfig/default_setting_overrides.json``, which JupyterLab
    reads from every folder on Jupyter's config path. Use a folder of the run (``make lab``
    sets ``JUPYTER_CONFIG_DIR`` to ``.run/lab-<lang>``) or a hub image's
    ``/etc/jupyter``; a user's own settings folder is never touched.

    Parameters
    ----------
    config_dir : str or os.PathLike
        A Jupyter config folder; it and its ``labconfig`` folder are created if missing.
    lang : {"zh", "en"}
        The interface language (see :func:`lab_overrides`).

    Returns
    -------
    pathlib.Path
        The file written, ``<config_dir>/labconfig/default_setting_overrides.json`` (UTF-8
        JSON). An existing file there is replaced whole (written beside it, then renamed).

    Raises
    ------
    KamlabValueError
        If ``lang`` is not ``"zh"`` or ``"en"`` (nothing is written).
    OSError
        If the folder or the file cannot be written.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_lab_overrides(d, "zh").relative_to(d).as_posix()
    'labconfig/default_setting_overrides.json'
    """
    settings = lab_overrides(lang)
    target = Path(config_dir) / "labconfig" / "default_setting_overrides.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return target
