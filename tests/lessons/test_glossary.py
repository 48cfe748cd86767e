"""One term per concept (issue #23): the glossary's banned variants appear nowhere a learner reads.

Searched: the lesson sources (``tools/lessons``), every label (the catalog, which holds the exercise
and course texts), the string literals of ``kamlab/exercises`` and ``kamlab/course``, and the built
notebooks' prose and outputs (``notebooks/{zh,en}``). Lesson 00 ends with the glossary table.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from kamlab.i18n import catalog
from kamlab.labels.glossary import GROUPS, TERMS

ROOT = Path(__file__).resolve().parents[2]
BANNED = sorted({(variant, key) for key, term in TERMS.items() for variant in term.banned})


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _sources() -> dict[str, str]:
    texts = {}
    for path in sorted((ROOT / "tools" / "lessons").glob("*.py")):
        texts[str(path.relative_to(ROOT))] = "\n".join(_literals(path))
    for folder in ("exercises", "course"):
        for path in sorted((ROOT / "kamlab" / folder).glob("*.py")):
            texts[str(path.relative_to(ROOT))] = "\n".join(_literals(path))
    for key, value in catalog().items():
        if not key.startswith("glossary."):
            texts[f"label {key}"] = value["zh"] + "\n" + value["en"]
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        parts = []
        for cell in nb["cells"]:
            parts.append("".join(cell["source"]))
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                parts += ["".join(data.get(m, "")) for m in ("text/plain", "text/html", "text/markdown")]
                parts.append("".join(out.get("text", "")))
        texts[str(path.relative_to(ROOT))] = "\n".join(parts)
    return texts


@pytest.fixture(scope="module")
def sources():
    return _sources()


@pytest.mark.parametrize("variant, key", BANNED, ids=[v for v, _ in BANNED])
def test_no_banned_variant_anywhere(sources, variant, key):
    where = [name for name, text in sources.items() if variant in text]
    assert not where, f"{variant!r} is not kamlab's term for {key} (use {TERMS[key].zh!r} / {TERMS[key].en!r}): {where}"


def test_the_search_covers_what_a_learner_reads(sources):
    assert any(name.startswith("tools/lessons/") for name in sources)
    assert any(name.startswith("notebooks/zh/") for name in sources) and any(n.startswith("label ") for n in sources)
    assert any(name.startswith("kamlab/course/") for name in sources)


def test_labels_use_the_glossary_terms():
    texts = catalog()
    for stage in ("exploratory", "basic", "cooperative", "interdependent", "integrated"):
        term = TERMS[f"stage.{stage}"]
        assert texts[f"stage.{stage}"]["zh"] == term.zh == texts[f"misconceptions.stage.{stage}"]["zh"]
    assert texts["show.retention"]["zh"] == TERMS["retention"].zh
    assert "杰卡德系数" in texts["show.jaccard"]["zh"] and "Jaccard index" in texts["show.jaccard"]["en"]
    assert TERMS["team"].zh in texts["kam_in_practice.capstone.level.team"]["zh"]
    assert TERMS["part_time_manager"].zh == texts["kam_in_practice.capstone.level.basic"]["zh"]


def test_every_term_is_in_a_group_and_every_group_has_terms():
    assert {t.group for t in TERMS.values()} == set(GROUPS)
    zh = [t.zh for t in TERMS.values()]
    assert len(zh) == len(set(zh))
    for key, term in TERMS.items():
        assert term.zh not in term.banned and not any(b in term.zh for b in term.banned), key


def test_lesson_00_ends_with_the_glossary():
    import kamlab

    for lang in ("zh", "en"):
        nb = json.loads((ROOT / "notebooks" / lang / "00_start_here.ipynb").read_text(encoding="utf-8"))
        last = nb["cells"][-1]
        assert "".join(last["source"]).strip() == "kamlab.glossary()"
        html = "".join(last["outputs"][0]["data"]["text/html"])
        assert "保留率" in html and "retention" in html and "杰卡德系数" in html
        assert kamlab.glossary(lang=lang).frame.index.name in html


def test_glossary_refuses_an_unknown_language():
    import kamlab
    from kamlab.errors import KamlabValueError

    with pytest.raises(KamlabValueError, match=r"glossary: parameter 'lang' = 'fr'"):
        kamlab.glossary(lang="fr")
