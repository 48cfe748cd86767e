"""What a student's feedback leaves out: kamlab's machine lines.

The hidden tests print ``KAMLAB-RESULT {json}`` and the prediction cells
``KAMLAB-PREDICTION {json}`` (see :mod:`kamlab.course.cells`); ``kamlab report`` reads them from
the autograded notebooks, where they stay. :class:`HideMarkers`, an nbconvert preprocessor that
``nbgrader_config.py`` (written by ``kamlab course new``) puts into nbgrader's
``GenerateFeedback`` pipeline, takes them out of the feedback HTML a student reads.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

__all__ = ["HideMarkers", "without_markers", "MARKERS"]

#: The first words of the lines kept out of feedback.
MARKERS = ("KAMLAB-RESULT ", "KAMLAB-PREDICTION ")


def without_markers(text: str) -> str:
    """``text`` without its lines that start with one of :data:`MARKERS`.

    Parameters
    ----------
    text : str
        A stream output's text.

    Returns
    -------
    str
        The same text without those lines (the other lines and their line ends unchanged).

    Examples
    --------
    >>> without_markers('KAMLAB-RESULT {"exercise": "03.1"}\\nExercise 03.1 is right.\\n')
    'Exercise 03.1 is right.\\n'
    """
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(MARKERS))


class HideMarkers(Preprocessor):
    """Remove kamlab's machine lines from every stream output (an empty output goes)."""

    enabled = Bool(True, help="on wherever it is listed (nbgrader registers preprocessors without enabling them)").tag(
        config=True
    )

    def preprocess_cell(self, cell, resources, index):
        """The cell without kamlab's machine lines in its stream outputs.

        Parameters
        ----------
        cell : nbformat.NotebookNode
            A cell of the autograded notebook (a copy nbconvert gives to the preprocessor).
        resources : dict
            nbconvert's resources, passed on unchanged.
        index : int
            The cell's position.

        Returns
        -------
        tuple
            ``(cell, resources)``: a code cell's stream outputs without their marker lines,
            an output left empty removed; other cells unchanged.
        """
        if cell.get("cell_type") == "code":
            outputs = []
            for output in cell.get("outputs", []):
                if output.get("output_type") == "stream":
                    output["text"] = without_markers(output.get("text", ""))
                    if not output["text"]:
                        continue
                outputs.append(output)
            cell["outputs"] = outputs
        return cell, resources
