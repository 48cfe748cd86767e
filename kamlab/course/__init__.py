"""The instructor toolkit: nbgrader course notebooks, the class report, the presenter view.

``kamlab course new DIR`` (:mod:`kamlab.course.build`) writes an nbgrader course directory;
``kamlab report DIR`` (:mod:`kamlab.course.report`) reads its gradebook; ``kamlab present NN``
(:mod:`kamlab.course.present`) shows a lesson with Voila. The functions here are what the
cells of a course notebook call (:mod:`kamlab.course.cells`); importing this package does not
import nbgrader.
"""

from .cells import PREDICTION_MARKER, TestFailed, assert_correct, assert_format, record_prediction

__all__ = ["assert_format", "assert_correct", "record_prediction", "TestFailed", "PREDICTION_MARKER"]
