"""The rules fingerprint follows the package's files: path and bytes, nothing else."""

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
    lambda p: (p / "data" / "metrics.jsonl").write_text('{"name": "accuracy"}\n{"name": "AP"}\n'),
    lambda p: (p / "rules.py").write_text("RULE = 2\n"),
    lambda p: (p / "data" / "metrics.jsonl").rename(p / "data" / "datasets.jsonl"),
    lambda p: (p / "data" / "hardware.jsonl").write_text(""),
])
def test_a_changed_rule_or_gazetteer_changes_it(package, change):
    first = fingerprint.rules_fingerprint()
    change(package)
    assert _again() != first
