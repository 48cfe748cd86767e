"""Building frames: one explorer and language (:func:`build_frames`), or many in parallel (:func:`build_all`)."""

from __future__ import annotations

import math
import multiprocessing
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KamlabValueError
from ..i18n import resolve_lang
from . import plans
from .files import (
    CSS_DPI,
    FORMATS,
    FRAME_DPI,
    MANIFEST_VERSION,
    PHONE_TEXT_PX,
    _draw,
    _folder_size,
    _manifest_script,
    _stored,
    _texts,
)
from .grid import control_specs, frame_states
from .keys import cache_key
from .pages import write_static
from .plans import LESSON_CALLS, PLANS, Plan, _check_name, _load

__all__ = ["Report", "build_all", "build_frames", "summary"]


@dataclass
class Report:
    """What :func:`build_frames` did for one explorer and language.

    Attributes
    ----------
    name, lang : str
        The explorer and language.
    frames : int
        Number of frames.
    bytes : int
        Size of its folder (frames and manifest).
    seconds : float
        Wall time of this build (near 0 when cached).
    cpu : float
        CPU seconds of this build (this process).
    cached : bool
        True when the stored frames were reused (nothing drawn).
    path : pathlib.Path
        Its folder.
    """

    name: str
    lang: str
    frames: int
    bytes: int
    seconds: float
    cpu: float
    cached: bool
    path: Path = field(default_factory=Path)

    def line(self) -> str:
        """One line for the build log.

        Returns
        -------
        str
        """
        state = "cached" if self.cached else f"{self.seconds:6.1f} s wall {self.cpu:6.1f} s CPU"
        return f"{self.lang} {self.name:<26} {self.frames:4d} frames {self.bytes / 1e6:6.2f} MB  {state}"


def build_frames(
    name: str,
    lang: str,
    out: str | os.PathLike,
    *,
    fmt: str = "webp-pal",
    dpi: int = FRAME_DPI,
    plan: Plan | None = None,
    force: bool = False,
) -> Report:
    """Draw (or reuse) the frames of one explorer in one language into ``out/<lang>/<name>/``.

    Parameters
    ----------
    name : str
        An explorer name (:data:`LESSON_CALLS`).
    lang : {"zh", "en"}
        Language of the pictures and the page.
    out : path
        The frames folder.
    fmt : {"webp-pal", "webp", "png64"}, default "webp-pal"
        Image format (:data:`FORMATS`).
    dpi : int, default :data:`FRAME_DPI`
        Resolution the explorer draws its frames at.
    plan : Plan, optional
        Its plan (default :data:`PLANS`).
    force : bool, default False
        Draw even when the stored frames have the same :func:`cache_key`.

    Returns
    -------
    Report

    Raises
    ------
    KamlabValueError
        For an unknown explorer, language or format, or a plan that does not fit the explorer.
    """
    lang = resolve_lang(lang, "kamlab.frames")
    if fmt not in FORMATS:
        raise KamlabValueError(f"kamlab.frames: format {fmt!r} is not one of {', '.join(FORMATS)}")
    _check_name(name)
    began, cpu = time.perf_counter(), time.process_time()
    plan = PLANS[name] if plan is None else plan
    needs = LESSON_CALLS[name][1]
    data = _load(needs) if needs is not None else None
    key = cache_key(name, lang, fmt, plan=plan, data=data, dpi=dpi)
    target = Path(out) / lang / name
    stored = None if force else _stored(target, key)
    if stored is not None:
        took = time.perf_counter() - began, time.process_time() - cpu
        return Report(name, lang, len(stored["frames"]), _folder_size(target), *took, True, target)

    explorer = plans.make_explorer(name, lang, data, dpi=dpi)  # (through the module: tests replace it)
    specs = control_specs(explorer, plan, lang)
    groups, states = frame_states(specs, plan)
    _remove_leftovers(target)
    work = target.parent / f".{name}.building-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "frames").mkdir(parents=True)
    try:
        frames, captions, smallest = _draw(explorer, specs, states, work / "frames", fmt)
        width_in, height_in = explorer.figure.get_size_inches()
        css_width, css_height = round(width_in * CSS_DPI), round(height_in * CSS_DPI)
        # on a phone the picture keeps the width at which its smallest text is PHONE_TEXT_PX CSS px
        phone_width = (
            css_width if smallest is None else math.ceil(css_width * PHONE_TEXT_PX / (smallest * CSS_DPI / 72))
        )
        lesson = LESSON_CALLS[name][0]
        notebook = f"notebooks/{lang}/{lesson}.ipynb"
        manifest = {
            "version": MANIFEST_VERSION,
            "id": f"{lang}/{name}",
            "explorer": name,
            "lang": lang,
            "lesson": lesson,
            "notebook": notebook,
            "key": key,
            "format": fmt,
            "dpi": dpi,
            "width": css_width,
            "height": css_height,
            "smallest_text_pt": smallest,
            "phone_width": phone_width,
            "controls": specs,
            "groups": [list(g) for g in groups],
            "text": _texts(lang, len(frames), notebook),
            "captions": captions,
            "frames": frames,
        }
        (work / "manifest.js").write_text(_manifest_script(manifest), encoding="utf-8")
        old = target.parent / f".{name}.old-{os.getpid()}"
        if target.exists():
            target.rename(old)
        work.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    took = time.perf_counter() - began, time.process_time() - cpu
    return Report(name, lang, len(frames), _folder_size(target), *took, False, target)


def _remove_leftovers(target: Path) -> None:
    """Remove the half-built folders (``.<name>.building-PID``, ``.<name>.old-PID``) of builds that died."""
    for path in target.parent.glob(f".{target.name}.*-*"):
        pid = path.name.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)  # a build still running in that process: leave it
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except PermissionError:
            pass


def _build_one(args) -> Report:
    name, lang, out, fmt, dpi, force, plan = args
    return build_frames(name, lang, out, fmt=fmt, dpi=dpi, plan=plan, force=force)


def build_all(
    out: str | os.PathLike,
    *,
    names: Iterable[str] | None = None,
    langs: Iterable[str] = ("zh", "en"),
    fmt: str = "webp-pal",
    dpi: int = FRAME_DPI,
    custom_plans: Mapping[str, Plan] | None = None,
    jobs: int = 1,
    force: bool = False,
    log=None,
) -> list[Report]:
    """Build the frames of several explorers and languages, ``jobs`` processes at a time.

    Parameters
    ----------
    out : path
        The frames folder.
    names : iterable of str, optional
        Explorers (default: all of :data:`LESSON_CALLS`).
    langs : iterable of str, default ("zh", "en")
        Languages.
    fmt : {"webp-pal", "webp", "png64"}, default "webp-pal"
        Image format.
    dpi : int, default :data:`FRAME_DPI`
        Resolution of the frames.
    custom_plans : mapping of str to Plan, optional
        Plans that replace :data:`PLANS` for some explorers (a site test draws a few frames).
    jobs : int, default 1
        Worker processes.
    force : bool, default False
        Draw even unchanged explorers.
    log : callable, optional
        Called with each :class:`Report` as it finishes.

    Returns
    -------
    list of Report
        One per explorer and language, in the order given.
    """
    names = list(LESSON_CALLS) if names is None else list(names)
    for name in names:
        _check_name(name)
    custom = dict(custom_plans or {})
    tasks = [(name, lang, str(out), fmt, dpi, force, custom.get(name)) for name in names for lang in langs]
    write_static(out)
    reports: dict[tuple[str, str], Report] = {}
    if jobs <= 1:
        for task in tasks:
            report = _build_one(task)
            reports[task[:2]] = report
            if log:
                log(report)
    else:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: no fork of a drawing process
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = {pool.submit(_build_one, task): task for task in tasks}
            for future in as_completed(futures):
                report = future.result()
                reports[futures[future][:2]] = report
                if log:
                    log(report)
    return [reports[task[:2]] for task in tasks]


def summary(reports: list[Report]) -> Mapping[str, float]:
    """Totals of a build: frames, megabytes, seconds drawing, explorers drawn and reused.

    Parameters
    ----------
    reports : list of Report

    Returns
    -------
    dict
    """
    return {
        "frames": sum(r.frames for r in reports),
        "megabytes": round(sum(r.bytes for r in reports) / 1e6, 2),
        "seconds": round(sum(r.seconds for r in reports if not r.cached), 1),
        "cpu": round(sum(r.cpu for r in reports if not r.cached), 1),
        "drawn": sum(not r.cached for r in reports),
        "cached": sum(r.cached for r in reports),
    }
