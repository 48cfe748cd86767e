"""The package list, which pyproject.toml alone cannot express (the metadata is in pyproject.toml).

``kamlab`` and every subpackage under ``kamlab/`` are found by setuptools' package search,
so a new subpackage (a folder with ``__init__.py``) ships without editing anything here.
``kamlab.data`` lives in ``data/`` and ``kamlab._tools`` (the lesson sources) in ``tools/`` (mapped by ``[tool.setuptools.package-dir]`` in
pyproject.toml), where the search cannot see them: they are added by name. A pyproject-only
``packages.find`` loses it, and an explicit list loses any subpackage nobody added to it;
``tests/test_wheel.py`` builds the wheel and imports every subpackage from it.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kamlab", "kamlab.*"]), "kamlab.data", "kamlab._tools"])
