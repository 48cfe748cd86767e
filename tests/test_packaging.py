"""Install files, README commands and the notebooks' structure stay consistent."""

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def requirement(text):
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", text)
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_yml_matches_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["name"] == "kamlab"
    assert env["channels"] == ["conda-forge"]
    conda, pip = {}, {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for item in dep["pip"]:
                if not item.startswith("-"):
                    name, spec = requirement(item)
                    pip[name] = spec
        else:
            name, spec = requirement(dep)
            conda[name] = spec
    assert "-e ." in next(d for d in env["dependencies"] if isinstance(d, dict))["pip"]
    project = pyproject()["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    for dep in wanted:
        name, spec = requirement(dep)
        where = conda if name in conda else pip
        assert name in where, f"{name} is in pyproject.toml but not in environment.yml"
        assert where[name] == spec, f"{name}: pyproject says {spec!r}, environment.yml says {where[name]!r}"
    requires = project["requires-python"]
    assert conda["python"] == requires


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```bash\n(.*?)```", text, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make lab", "make test"]
    assert text.index("make lab") < text.index("conda env create")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # make lab: a student's install (no test, bench or course extras), then kamlab.lab, which opens lesson 00
    assert re.search(r"^lab: \$\(LAB_STAMP\)", makefile, re.M) and re.search(r"^test: install", makefile, re.M)
    assert "pip install -e .;" in makefile and "python -m kamlab.lab" in makefile
    assert "notebooks/{lang}/00_start_here.ipynb" in (ROOT / "kamlab" / "lab.py").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "chromium" in ci


def test_console_script_points_at_main():
    assert pyproject()["project"]["scripts"]["kamlab"] == "kamlab.cli:main"


def notebooks():
    return sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def code_cells(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    return nb, ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_every_lesson_exists_in_both_languages_with_identical_code():
    zh = {p.name for p in (ROOT / "notebooks" / "zh").glob("*.ipynb")}
    en = {p.name for p in (ROOT / "notebooks" / "en").glob("*.ipynb")}
    assert zh == en and "00_start_here.ipynb" in zh
    for name in zh:
        assert code_cells(ROOT / "notebooks" / "zh" / name)[1] == code_cells(ROOT / "notebooks" / "en" / name)[1], name


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebook_hygiene(path):
    nb, cells = code_cells(path)
    assert "kamlab.setup()" in cells[0], "the first code cell must call kamlab.setup()"
    lang = path.parent.name
    assert nb["metadata"]["kamlab"]["lang"] == lang
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", f"stored error output in {path.name}"
        if cell["cell_type"] == "code":
            assert (
                len(cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"]).splitlines()) <= 12
            )
    # the setup cell is quiet (issue 25): kamlab's own font needs no line; another font chosen would get one
    setup_outputs = nb["cells"][[c["cell_type"] for c in nb["cells"]].index("code")]["outputs"]
    assert setup_outputs == [], setup_outputs
    assert nb["metadata"]["kamlab"]["lang"] == lang
    prose = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in prose)
    if lang == "zh":
        assert cjk > 0.3 * len(prose)
    else:
        assert cjk < 0.01 * len(prose)


def test_notebooks_match_their_sources():
    import build_notebooks

    stale = build_notebooks.stale()
    assert not stale, f"{[str(p.relative_to(ROOT)) for p in stale]} differ from tools/lessons: rebuild the notebooks"


def test_stale_finds_a_changed_or_missing_notebook(tmp_path):
    import build_notebooks

    for lang in build_notebooks.LANGS:
        (tmp_path / lang).mkdir()
        nb = json.loads((ROOT / "notebooks" / lang / "00_start_here.ipynb").read_text(encoding="utf-8"))
        if lang == "zh":
            nb["cells"][0]["source"] = "# changed"
        (tmp_path / lang / "00_start_here.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    assert build_notebooks.stale(["00_start_here"], root=tmp_path) == [tmp_path / "zh" / "00_start_here.ipynb"]
    assert build_notebooks.stale(["01_key_accounts"], root=tmp_path) == [
        tmp_path / lang / "01_key_accounts.ipynb" for lang in build_notebooks.LANGS
    ]


def test_notebooks_carry_nothing_that_changes_between_runs():
    """No execution timestamps and no random widget ids in the committed notebooks (a rebuild
    diffs only where a lesson changed: tools/build_notebooks.py's reproducible); its doctest."""
    import doctest

    import build_notebooks

    assert doctest.testmod(build_notebooks, optionflags=doctest.ELLIPSIS).failed == 0
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        text = path.read_text(encoding="utf-8")
        assert "iopub.execute_input" not in text, path
        ids = set(re.findall(r'"model_id": "([^"]+)"', text))
        assert all(re.fullmatch(r"w\d{4}", i) for i in ids), (path, sorted(ids)[:3])
