"""`make generate` is deterministic, and `make check-generated` catches a stale or hand-edited client."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PACKAGE_DIR, ROOT, run_generator, tree_digest


def test_two_runs_give_identical_trees(project_copy: Path) -> None:
    first = run_generator(project_copy, "generate")
    assert first.returncode == 0, first.stderr
    digest_first = tree_digest(project_copy / PACKAGE_DIR)
    second = run_generator(project_copy, "generate")
    assert second.returncode == 0, second.stderr
    assert tree_digest(project_copy / PACKAGE_DIR) == digest_first
    assert digest_first == tree_digest(ROOT / PACKAGE_DIR), "the committed client is not what the pipeline produces"


def test_hand_edit_is_named_by_check(project_copy: Path) -> None:
    edited = project_copy / PACKAGE_DIR / "client.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n", encoding="utf-8")
    result = run_generator(project_copy, "check")
    assert result.returncode == 1
    assert "client.py" in result.stderr
    assert result.stderr.count("\n  ") == 1, result.stderr


def test_removed_and_extra_files_are_named_by_check(project_copy: Path) -> None:
    (project_copy / PACKAGE_DIR / "types.py").unlink()
    (project_copy / PACKAGE_DIR / "stray.py").write_text("", encoding="utf-8")
    result = run_generator(project_copy, "check")
    assert result.returncode == 1
    assert "types.py (missing)" in result.stderr
    assert "stray.py (not generated)" in result.stderr
