"""kamlab's collector plugin for nbgrader's ``zip_collect`` (imported by nbgrader only).

``kamlab course collect`` runs ``nbgrader zip_collect`` with
``--ZipCollectApp.collector_plugin=kamlab.course.collector.KamlabCollector``: the plugin names
each extracted file's student with :func:`kamlab.course.collect.student_of` (from the file's path
or the roster given as ``--KamlabCollector.roster``) and gives nbgrader the assignment's own
notebook name, whatever the LMS called the file.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from nbgrader.plugins.zipcollect import FileNameCollectorPlugin
from traitlets import Unicode

from ..i18n import t
from .collect import read_roster, student_of

__all__ = ["KamlabCollector"]


class KamlabCollector(FileNameCollectorPlugin):
    """nbgrader's collector plugin naming each student with :func:`kamlab.course.collect.student_of`."""

    roster = Unicode("", help="a roster file (CSV or Excel) of the class").tag(config=True)
    lang = Unicode("en", help="language of kamlab's messages").tag(config=True)

    def collect(self, submitted_file: str):
        """nbgrader's record of one extracted file: its student and notebook, or None to skip it.

        Parameters
        ----------
        submitted_file : str
            The file's absolute path in ``downloaded/<assignment>/extracted/``.

        Returns
        -------
        dict or None
            ``{"student_id": ..., "file_id": "<assignment>.ipynb"}``; None (skipped) for a
            file that is not a notebook, or whose student cannot be told (a warning in the
            instructor's language names the file and what to do).
        """
        path = Path(submitted_file)
        if path.suffix != ".ipynb" or ".ipynb_checkpoints" in path.parts or "__MACOSX" in path.parts:
            return None
        assignment = self.parent.coursedir.assignment_id
        extracted = Path(self.parent._format_collect_path(self.parent.extracted_directory))
        try:
            rel = path.relative_to(extracted)
        except ValueError:
            rel = PurePath(path.name)
        if len(rel.parts) > 1 and re.fullmatch(r"\d\d_.*", rel.parts[0]):
            rel = PurePath(rel.parts[0][3:], *rel.parts[1:])  # stage()'s numbering of several sources
        roster = read_roster(self.roster) if self.roster else None
        student = student_of(rel, assignment, roster)
        if student is None:
            key = "course.collect.unknown_roster" if roster else "course.collect.unknown"
            self.log.warning(t(key, self.lang, path=str(rel), assignment=assignment))
            return None
        self.log.info("kamlab: %s -> %s", rel, student)
        return {"student_id": student, "file_id": f"{assignment}.ipynb"}
