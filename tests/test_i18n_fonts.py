"""Labels in both languages; Chinese renders in plots; import kamlab changes nothing."""

import io
import os
import re
import subprocess
import sys
import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

import kamlab
from kamlab import fonts, i18n
from kamlab.config import detect_lang


def test_every_key_has_both_languages():
    cat = i18n.catalog()
    assert len(cat) > 100
    for key, texts in cat.items():
        assert set(texts) == {"zh", "en"}, key
        assert texts["zh"].strip() and texts["en"].strip(), key
        # the same {placeholders} in both languages
        assert set(re.findall(r"{(\w+)}", texts["zh"])) == set(re.findall(r"{(\w+)}", texts["en"])), key


def test_chinese_labels_use_chinese_punctuation():
    for key, texts in i18n.catalog().items():
        zh = texts["zh"]
        if any("\u4e00" <= ch <= "\u9fff" for ch in zh):
            assert not re.search(r"[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]", zh), (key, zh)


def test_every_category_code_has_a_label():
    for prefix, name in [
        ("industry", "industry"),
        ("region", "region"),
        ("stage", "relationship_stage"),
        ("staff_role", "staff_role"),
        ("customer_role", "customer_role"),
        ("ticket_category", "ticket_category"),
        ("channel", "channel"),
    ]:
        for code in kamlab.schema.CATEGORIES[name]:
            assert i18n.t(f"{prefix}.{code}", "en")


def test_t_and_set_lang():
    assert i18n.t("ui.top_n", "en") == "Show top N"
    i18n.set_lang("en")
    assert i18n.get_lang() == "en" and i18n.t("ui.top_n") == "Show top N"
    with pytest.raises(KeyError, match=r"no label 'ui.top_m'.*Did you mean 'ui.top_n'"):
        i18n.t("ui.top_m")
    with pytest.raises(ValueError, match=r"set_lang: parameter 'lang' = 'fr'; expected one of 'zh', 'en'"):
        i18n.set_lang("fr")
    assert i18n.t("ui.accounts_shown", "en", n=3, total="10", share="1%").startswith("3 accounts")


def test_setup_language_and_detection(tmp_path, monkeypatch):
    assert kamlab.setup("en").lang == "en" and i18n.get_lang() == "en"
    with pytest.raises(ValueError, match="setup: parameter 'lang' = 'de'"):
        kamlab.setup("de")
    monkeypatch.delenv("KAMLAB_LANG", raising=False)
    (tmp_path / "en").mkdir()
    monkeypatch.chdir(tmp_path / "en")
    assert detect_lang() == "en"
    monkeypatch.chdir(tmp_path)
    assert detect_lang() == "zh"
    monkeypatch.setenv("KAMLAB_LANG", "EN")
    assert detect_lang() == "en"
    monkeypatch.setenv("KAMLAB_LANG", "jp")
    with pytest.raises(ValueError, match="KAMLAB_LANG"):
        detect_lang()


def test_font_comes_from_an_open_licensed_file():
    choice = fonts.find_cjk_font()
    assert choice is not None and choice.source == "mplfonts"
    assert choice.path.endswith("NotoSansCJKsc-Regular.otf")
    assert choice.family == "Noto Sans CJK SC"


def _draw_chinese():
    """Render for real (a bare Figure's canvas.draw() is a no-op that would test nothing)."""
    fig = Figure()
    ax = fig.add_subplot()
    ax.set_title("大客户管理：二八法则")
    ax.set_xlabel("销售额（元）")
    ax.bar(["华东", "华南"], [1, -2])
    fig.savefig(io.BytesIO(), format="png")


def test_chinese_draws_without_missing_glyphs():
    with matplotlib.rc_context():
        kamlab.setup("zh")
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=r".*Glyph .* missing.*")
            _draw_chinese()


def test_the_glyph_check_can_fail_without_the_font():
    """Proof that the test above would catch boxes: DejaVu Sans alone lacks the glyphs."""
    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"]}):
        with pytest.warns(UserWarning, match=r"Glyph \d+ .* missing from font"):
            _draw_chinese()


def test_font_override_by_environment(monkeypatch):
    path = fonts.find_cjk_font().path
    monkeypatch.setenv("KAMLAB_CJK_FONT", path)
    assert fonts.find_cjk_font().source == "KAMLAB_CJK_FONT"


def test_setup_warns_when_no_font(monkeypatch):
    monkeypatch.setattr("kamlab.config.use_cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no Simplified-Chinese font found.*pip install mplfonts"):
        info = kamlab.setup("zh")
    assert info.font is None and "font='none'" in repr(info)


def test_import_changes_no_global_state():
    code = (
        "import matplotlib, json, sys\n"
        "raw = lambda: {k: str(dict.__getitem__(matplotlib.rcParams, k)) for k in matplotlib.rcParams.keys()}\n"
        "before = raw()  # dict.__getitem__: reading 'backend' the normal way would import pyplot\n"
        "import numpy as np; state = np.random.get_state()[1][:5].tolist()\n"
        "import kamlab\n"
        "after = raw()\n"
        "changed = [k for k in before if before[k] != after[k]]\n"
        "assert not changed, f'rcParams changed: {changed}'\n"
        "assert np.random.get_state()[1][:5].tolist() == state, 'global random state changed'\n"
        "heavy = [m for m in ('ipywidgets', 'matplotlib.pyplot') if m in sys.modules]\n"
        "assert not heavy, f'imported at import time: {heavy}'\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_every_label_formats_in_both_languages():
    """Placeholders with format specs ({x:.0%}) must survive in Chinese text too."""
    for key, texts in i18n.catalog().items():
        names = set(re.findall(r"{(\w+)[^}]*}", texts["en"]))
        values = {name: 0.5 for name in names}
        for lang in ("zh", "en"):
            i18n.t(key, lang, **values)  # raises on a malformed spec such as {x：.0%}


def test_setup_is_quiet_in_a_notebook_unless_a_font_had_to_be_chosen(capsys):
    """The setup cell shows nothing with kamlab's own font; one line when another had to be chosen."""
    from IPython.core.formatters import DisplayFormatter

    from kamlab.config import Setup
    from kamlab.fonts import FontChoice

    formatter = DisplayFormatter()  # what a kernel uses to show a cell's value
    quiet = Setup("zh", FontChoice("Noto Sans CJK SC", "/x/NotoSansCJKsc-Regular.otf", "mplfonts"))
    assert quiet.note == "" and "Noto Sans CJK SC" in repr(quiet)
    assert formatter.format(quiet) == ({}, {})  # handled by _ipython_display_: no text/plain repr shown
    assert capsys.readouterr().out == ""
    chosen = Setup("en", FontChoice("WenQuanYi Zen Hei", "/usr/share/fonts/wqy.ttc", "system"))
    note = "kamlab: Chinese in charts uses this computer's font WenQuanYi Zen Hei (/usr/share/fonts/wqy.ttc)."
    assert chosen.note == note
    assert formatter.format(chosen) == ({}, {})
    assert note in capsys.readouterr().out  # outside a kernel, display() prints the note
    assert Setup("zh", None).note == ""  # no font: setup() warns instead
