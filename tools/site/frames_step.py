"""The site's explorers, draggable without Python: pre-drawn frames behind real controls (issue #28).

:class:`FramesStep` is a step of ``build_site.EXPLORER_STEPS``. Before the pages are staged it
draws (or reuses, see :mod:`kamlab.frames`) the frames of every explorer of the lessons being
built, in both languages, into the frames folder (``_build/frames`` by default, kept between
builds as the cache). On each lesson page it replaces an explorer's picture and its "run this
lesson in Jupyter" note with the frame player: an element that ``kamlab-frames.js`` fills with
the explorer's controls, its picture and its caption. The element already holds the starting
frame, so a page printed (``make handouts``) or read without JavaScript still shows the picture.
After Sphinx, :meth:`FramesStep.publish` copies the frames the pages use into ``<site>/_frames/``
(``<lang>/<explorer>/`` and ``_static/``); a lesson page at ``<site>/<lang>/<lesson>.html``
reaches them as ``../_frames/``.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kamlab import frames  # noqa: E402

#: Where a lesson page (``<site>/<lang>/<stem>.html``) finds the published frames.
FRAMES_URL = "../_frames/"
CALL = re.compile(r"\b([a-z_]+_explorer)\(")


def explorer_of(cell: dict) -> str | None:
    """The explorer a code cell makes (``kamlab.widgets.scoring_explorer(accounts)``), if exactly one.

    Parameters
    ----------
    cell : dict
        A notebook code cell.

    Returns
    -------
    str or None
    """
    source = cell.get("source", "")
    source = "".join(source) if isinstance(source, list) else source
    names = {n for n in CALL.findall(source) if n in frames.LESSON_CALLS}
    return names.pop() if len(names) == 1 else None


class FramesStep:
    """Draw the frames, put the player in place of each explorer's picture, publish the frames.

    Parameters
    ----------
    folder : Path
        The frames folder (the cache: an unchanged explorer is not drawn again).
    lessons : list of str
        Lesson ids being built ("00" .. "07"): their explorers get frames.
    jobs : int
        Worker processes for drawing.
    plans : dict of str to kamlab.frames.Plan, optional
        Plans replacing :data:`kamlab.frames.PLANS` for some explorers (a test draws a few frames).
    """

    def __init__(self, folder: Path, lessons: list[str], jobs: int = 2, plans: dict | None = None):
        self.folder = Path(folder)
        self.plans = plans or {}
        self.names = [n for n, (lesson, _) in frames.LESSON_CALLS.items() if lesson[:2] in lessons]
        self.jobs = jobs
        self.used: set[tuple[str, str]] = set()
        self.pages_with_script: set[tuple[str, str]] = set()
        self.reports: list = []

    def draw(self, log=print) -> list:
        """Build (or reuse) the frames of the lessons' explorers in both languages.

        Returns
        -------
        list of kamlab.frames.Report
        """
        self.reports = frames.build_all(
            self.folder,
            names=self.names,
            jobs=self.jobs,
            custom_plans=self.plans,
            log=lambda r: log(f"frames: {r.line()}"),
        )
        totals = frames.summary(self.reports)
        log(
            f"frames: {totals['frames']} frames, {totals['megabytes']} MB; "
            f"{totals['drawn']} drawn ({totals['cpu']} s CPU), {totals['cached']} cached"
        )
        return self.reports

    def __call__(self, outputs: list[dict], ctx) -> list[dict]:
        """An explorer's outputs on a lesson page: the player (with its first picture) instead of the picture."""
        name = explorer_of(ctx.cell)
        folder = self.folder / ctx.lang / name if name else None
        if folder is None or not (folder / "manifest.js").is_file():
            return outputs
        manifest = frames.read_manifest(folder)
        self.used.add((ctx.lang, name))
        launch = ctx.links[0]["url"] if ctx.links else None
        base = f"{FRAMES_URL}{ctx.lang}/{name}/"
        player = frames.player_html(name, ctx.lang, base, launch)
        first = manifest["frames"][".".join(str(c["default"]) for c in manifest["controls"])]
        values = "; ".join(f"{c['label']} {c['labels'][c['default']]}" for c in manifest["controls"])
        alt = html.escape(manifest["text"]["picture"].replace("{values}", values), quote=True)
        picture = (
            f'<img class="kf-image" src="{base}frames/{first["src"]}" width="{manifest["width"]}" '
            f'height="{manifest["height"]}" alt="{alt}">'
        )
        sizes = f"--kf-width: {manifest['width']}px; --kf-phone-width: {manifest['phone_width']}px"
        player = player.replace("></div>", f' style="{sizes}"><div class="kf-figure">{picture}</div></div>', 1)
        head = ""
        if (ctx.lang, ctx.stem) not in self.pages_with_script:
            self.pages_with_script.add((ctx.lang, ctx.stem))
            head = (
                f'<link rel="stylesheet" href="{FRAMES_URL}_static/kamlab-frames.css">'
                f'<script src="{FRAMES_URL}_static/kamlab-frames.js" defer></script>'
            )
        return [{"output_type": "display_data", "metadata": {}, "data": {"text/html": head + player}}]

    def publish(self, site: Path) -> Path:
        """Copy the frames the pages use, and the player's script and style, into ``<site>/_frames/``.

        Returns
        -------
        Path
            ``<site>/_frames``.
        """
        dst = Path(site) / "_frames"
        if dst.exists():
            shutil.rmtree(dst)
        frames.write_static(dst)
        for lang, name in sorted(self.used):
            shutil.copytree(self.folder / lang / name, dst / lang / name)
        return dst
