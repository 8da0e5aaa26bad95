"""The layers of docs/architecture.md hold: `lint-imports` (import-linter, run by `make
lint`) keeps its contracts on the code as it is, and fails on a copy of the code given
an upward import or a cycle."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("portal", "home", "honors", "library", "search", "demo")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root):
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def copy_of_the_code(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            PROJECT_ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "migrations"),
        )
    shutil.copy(PROJECT_ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def add_import(root, module, statement):
    path = root / (module.replace(".", "/") + ".py")
    path.write_text(path.read_text() + f"\n{statement}\n")


def test_the_code_keeps_its_contracts():
    result = lint_imports(PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_layers(copy_of_the_code):
    # The registry reaching up into the disclosures' views.
    add_import(
        copy_of_the_code, "honors.registry.honours", "import honors.disclosures.views"
    )

    result = lint_imports(copy_of_the_code)

    assert result.returncode == 1
    assert (
        "honors.registry is not allowed to import honors.disclosures" in result.stdout
    )
    assert "honors.registry.honours -> honors.disclosures.views" in result.stdout


def test_a_cycle_inside_a_room_is_refused(copy_of_the_code):
    # The disclosures' views reaching back into their pages, which call them.
    add_import(
        copy_of_the_code, "honors.disclosures.views", "import honors.disclosures.pages"
    )

    result = lint_imports(copy_of_the_code)

    assert result.returncode == 1
    assert "No cycles are allowed in honors.disclosures" in result.stdout


def test_rooms_of_one_layer_stay_apart(copy_of_the_code):
    add_import(copy_of_the_code, "library.models", "import honors.disclosures.comments")

    result = lint_imports(copy_of_the_code)

    assert result.returncode == 1
    assert "library is not allowed to import honors.disclosures" in result.stdout
