"""The Arrow schemas of the claims and papers tables: the public interface of the dataset."""

from __future__ import annotations

import pyarrow as pa

CLAIMS_ARROW = pa.schema(
    [
        ("claim_id", pa.string()),
        ("snapshot", pa.string()),
        ("digest_date", pa.string()),
        ("source", pa.string()),
        ("source_sha256", pa.string()),
        ("paper_id", pa.string()),
        ("paper_title", pa.string()),
        ("sentence", pa.string()),
        ("quote", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("value", pa.float64()),
        ("value_max", pa.float64()),
        ("unit", pa.string()),
        ("value_base", pa.float64()),
        ("unit_base", pa.string()),
        ("kind", pa.string()),
        ("bound", pa.string()),
        ("direction", pa.string()),
        ("metric", pa.string()),
        ("dataset", pa.string()),
        ("hardware", pa.string()),
        ("rule", pa.string()),
        ("pipeline_version", pa.string()),
    ]
)

PAPERS_ARROW = pa.schema(
    [
        ("paper_id", pa.string()),
        ("snapshot", pa.string()),
        ("digest_date", pa.string()),
        ("source", pa.string()),
        ("source_sha256", pa.string()),
        ("position", pa.int64()),
        ("title", pa.string()),
        ("title_start", pa.int64()),
        ("abstract", pa.string()),
        ("abstract_start", pa.int64()),
        ("pipeline_version", pa.string()),
    ]
)
