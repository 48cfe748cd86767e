"""Lesson models: one module per lesson, named like the lesson's notebook (see ARCHITECTURE.md).

=====  ==========================================  ==========================================
Lesson Notebook                                    Model
=====  ==========================================  ==========================================
00     ``00_start_here``                           :mod:`kamlab.models.start_here`
01     ``01_key_accounts``                         :mod:`kamlab.models.key_accounts`
02     ``02_why_kam``                              :mod:`kamlab.models.why_kam`
03     ``03_misconceptions``                       :mod:`kamlab.models.misconceptions`
04     ``04_runaway_horse`` (case K1)              :mod:`kamlab.models.runaway_horse`
05     ``05_complaint_relay`` (case K2)            :mod:`kamlab.models.complaint_relay`
06     ``06_gome_gree`` (case K3)                  :mod:`kamlab.models.gome_gree`
07     ``07_kam_in_practice`` (problems P1-P5)     :mod:`kamlab.models.kam_in_practice` (a package)
=====  ==========================================  ==========================================

Models are pure compute: they never import matplotlib or ipywidgets, and they return
language-neutral results (codes and numbers); labels, plots and widgets choose the language.
Each module is imported on first use (``from kamlab.models import runaway_horse``).
"""

#: Lesson id -> the lesson's name, used for its module in every layer.
LESSONS: dict[str, str] = {
    "00": "start_here",
    "01": "key_accounts",
    "02": "why_kam",
    "03": "misconceptions",
    "04": "runaway_horse",
    "05": "complaint_relay",
    "06": "gome_gree",
    "07": "kam_in_practice",
}

__all__ = ["LESSONS"]
