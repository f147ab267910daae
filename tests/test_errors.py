"""The exception hierarchy: builtin bases, file:line messages, pickle round-trip."""

from __future__ import annotations

import pickle

from pipeline.errors import ClaimtrailError, DataFileError, DigestFormatError, InputError


def test_input_errors_are_value_errors_with_file_and_line():
    error = DigestFormatError("digests/a.txt", "not UTF-8", 7)
    assert isinstance(error, (InputError, ClaimtrailError, ValueError))
    assert str(error) == "digests/a.txt:7: not UTF-8"


def test_errors_pickle():
    error = DataFileError("pipeline/data/units.jsonl", "invalid JSON", 3)
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), str(again), again.line) == (DataFileError, str(error), 3)
