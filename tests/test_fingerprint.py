"""The rules fingerprint follows the files that decide rows: path and bytes, nothing else."""

from __future__ import annotations

import pytest

from pipeline import fingerprint


@pytest.fixture
def package(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "rules.py").write_text("RULE = 1\n")
    (tmp_path / "data" / "metrics.jsonl").write_text('{"name": "accuracy"}\n')
    monkeypatch.setattr(fingerprint, "_PACKAGE", tmp_path)
    fingerprint.rules_fingerprint.cache_clear()
    yield tmp_path
    fingerprint.rules_fingerprint.cache_clear()


def _again():
    fingerprint.rules_fingerprint.cache_clear()
    return fingerprint.rules_fingerprint()


def test_same_tree_same_fingerprint(package):
    first = fingerprint.rules_fingerprint()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-312.pyc").write_bytes(b"\0compiled")
    assert len(first) == 16 and _again() == first


@pytest.mark.parametrize("change", [
    lambda p: (p / "rules.py").write_bytes(b"RULE = 1\r\n"),  # a CRLF checkout
    lambda p: (p / "report.py").write_text("TITLE = 'claims'\n"),
    lambda p: (p / "templates").mkdir() or (p / "templates" / "report.html.j2").write_text("x"),
    lambda p: (p / "rules.py.orig").write_text("stray"),
])
def test_presentation_and_stray_files_leave_it(package, change):
    first = fingerprint.rules_fingerprint()
    change(package)
    assert _again() == first


@pytest.mark.parametrize("change", [
    lambda p: (p / "data" / "metrics.jsonl").write_text('{"name": "accuracy"}\n{"name": "AP"}\n'),
    lambda p: (p / "rules.py").write_text("RULE = 2\n"),
    lambda p: (p / "data" / "metrics.jsonl").rename(p / "data" / "datasets.jsonl"),
    lambda p: (p / "data" / "hardware.jsonl").write_text(""),
])
def test_a_changed_rule_or_gazetteer_changes_it(package, change):
    first = fingerprint.rules_fingerprint()
    change(package)
    assert _again() != first


def test_a_new_unit_parser_version_changes_it(package, monkeypatch):
    first = fingerprint.rules_fingerprint()
    monkeypatch.setattr(fingerprint, "_library_version", lambda name: "99.0")
    assert _again() != first
