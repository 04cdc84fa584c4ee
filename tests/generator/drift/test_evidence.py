"""What an action says for itself: whether it contradicts what a partner page shows or replaces an inference,
and where its records came from."""

from __future__ import annotations

from pathlib import Path

from tests.generator.drift.conftest import DOCUMENTS_PAGE, SCHEMAS, Spec, changes, propose, record


def test_a_change_to_what_a_page_shows_says_it_contradicts_the_page(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$.data[*].status", "unknown-enum-value", value="SHREDDED")], tmp_path)
    assert (
        f"page: contradicts {DOCUMENTS_PAGE} (the page shows DocumentStatusEnum with the values RECEIVED, INVALID, "
        "CREATED, PENDING, APPROVED, REJECTED, ARCHIVED)"
    ) in proposed.descriptions


def test_a_change_to_what_no_page_shows_says_it_replaces_an_inference(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$.pagination.total", "unknown-field", observed="integer")], tmp_path)
    assert (*SCHEMAS, "Pagination", "properties", "total") in changes(proposed.before, proposed.after)
    assert "page: replaces an inference (x-partial: definition not shown on any page" in proposed.descriptions
    assert "contradicts" not in proposed.descriptions


def test_records_from_another_spec_say_so(spec: Spec, tmp_path: Path) -> None:
    line = record("$.data[*].size", "missing-field", sha="f" * 64, observed="absent", version="2.4.0.1")
    proposed = propose(spec, [line], tmp_path)
    assert "client 2.4.0.1; these records came from another spec (spec_sha256 ffffffffffff…" in proposed.descriptions
