"""Lesson gome_gree: the explorers of kamlab.widgets.gome_gree (moved from tests/models/test_gome_gree.py)."""

import itertools

import numpy as np
import pytest

import kamlab
from kamlab.errors import KamlabValueError
from kamlab.models import gome_gree
from kamlab.widgets import gome_gree as views
from kamlab.widgets import repeated_game_explorer, sequential_game_explorer, stage_game_explorer


def test_stage_game_explorer_sweep():
    e = stage_game_explorer(lang="en")
    assert "lose-lose" in e.caption.value and "0.345" in e.caption.value
    for name, control in e.controls.items():
        values = (
            control.options
            if hasattr(control, "options") and not hasattr(control, "min")
            else np.linspace(control.min, control.max, 5)
        )
        for v in values:
            control.value = v[1] if isinstance(v, tuple) else float(v)
            result = e.result[2]
            assert result.pure or result.mixed
            assert e.png and e.caption.value
        control.value = {"kam": False}.get(name, control.value)
    e.controls["gree_dependence"].value = 0.03
    assert "not credible" in e.caption.value and "none (the punishment" in e.caption.value


def test_repeated_game_explorer_sweep():
    e = repeated_game_explorer(lang="zh")
    first = e.updates
    for gome, gree in itertools.product(gome_gree.STRATEGIES, repeat=2):
        e.controls["gome"].value, e.controls["gree"].value = gome, gree
    for v in (0.0, 0.25, 0.5):
        e.controls["slip_rate"].value = v
    e.controls["kam"].value = True
    e.controls["seed"].value = 2030
    assert e.updates > first and "个回合" in e.caption.value
    e.controls["slip_rate"].value = 0.0
    e.controls["gome"].value = "always_cooperate"
    assert e.result["play"]["gree_action"].sum() == 0


def test_explorers_reject_bad_language():
    with pytest.raises(KamlabValueError, match="'lang' = 'fr'"):
        stage_game_explorer(lang="fr")
    kamlab.set_lang("en")
    try:
        assert "Gome" in views.describe_one_shot(gome_gree.one_shot(), gome_gree.GomeGreeCase())
    finally:
        kamlab.set_lang("zh")


def test_sequential_game_explorer_shows_when_the_cut_happens():
    e = sequential_game_explorer(lang="en")
    assert e.result.path == ("cut", "withdraw") and "Conflict" in e.caption.value and "34.5%" in e.caption.value
    cuts = []
    for v in np.linspace(0, 1, 21):
        e.controls["belief"].value = float(v)
        cuts.append(e.result.gome_move == "cut")
    # Gome cuts below p* = 15 / 43.5 and keeps its price above it
    assert cuts == [v < 15 / 43.5 for v in np.linspace(0, 1, 21)]
    e.controls["belief"].value = 0.2
    e.controls["kam"].value = True
    assert e.result.conflict_probability == pytest.approx(0.2) and "KAM department" in e.caption.value
    for name in ("gome_cut_gain", "gree_dependence", "channel_premium"):
        control = e.controls[name]
        for v in np.linspace(control.min, control.max, 4):
            control.value = float(v)
            assert e.png and e.caption.value
    zh = sequential_game_explorer(lang="zh")
    assert "冲突" in zh.caption.value
