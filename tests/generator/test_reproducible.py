"""`make generate` is deterministic, and `make check-generated` catches a stale or hand-edited client."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import OPERATIONS_DIR, PACKAGE_DIR, ROOT, generated_trees, run_generator


def test_two_runs_give_identical_trees(project_copy: Path) -> None:
    first = run_generator(project_copy, "generate")
    assert first.returncode == 0, first.stderr
    digest_first = generated_trees(project_copy)
    second = run_generator(project_copy, "generate")
    assert second.returncode == 0, second.stderr
    assert generated_trees(project_copy) == digest_first
    assert digest_first == generated_trees(ROOT), "the committed client is not what the pipeline produces"


def test_hand_edit_is_named_by_check(project_copy: Path) -> None:
    edited = project_copy / PACKAGE_DIR / "client.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n", encoding="utf-8")
    result = run_generator(project_copy, "check")
    assert result.returncode == 1
    assert "generated_client/wawex_partner_api_client/client.py" in result.stderr
    assert result.stderr.count("\n  ") == 1, result.stderr


def test_hand_edit_of_an_operation_module_is_named_by_check(project_copy: Path) -> None:
    edited = project_copy / OPERATIONS_DIR / "users" / "create_user.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n", encoding="utf-8")
    result = run_generator(project_copy, "check")
    assert result.returncode == 1
    assert "overlay/wawex_partner_api/operations/users/create_user.py" in result.stderr


def test_removed_and_extra_files_are_named_by_check(project_copy: Path) -> None:
    (project_copy / PACKAGE_DIR / "types.py").unlink()
    (project_copy / PACKAGE_DIR / "stray.py").write_text("", encoding="utf-8")
    result = run_generator(project_copy, "check")
    assert result.returncode == 1
    assert "types.py (missing)" in result.stderr
    assert "stray.py (not generated)" in result.stderr
