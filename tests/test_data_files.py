"""Every shipped data file loads and validates; pint's `fps` clash is pinned."""

from __future__ import annotations

import re

import pytest

from pipeline.errors import DataFileError
from pipeline.lexicon import DATA_FILES, combined_hardware, device, load_lexicon, read_jsonl
from pipeline.parse import read_digest
from pipeline import lexicon, units
from pipeline.units import registry, to_base

from .conftest import DIGESTS


def test_lexicon_loads_every_file():
    lex = load_lexicon()
    assert len(DATA_FILES) == 10 and lex.stopwords["not_benchmarks"] >= {"Table", "GPU"}
    assert lex.units["fps"].unit == "FPS" and lex.metrics["AP"] == "AP"
    assert lex.statistics["r"].unit_interval and lex.statistics["n"].parenthesized
    assert {canonical for canonical, _, _ in lex.hardware} >= {"NVIDIA Jetson TX2", "NVIDIA A100"}


def test_bad_line_names_file_and_line():
    with pytest.raises(DataFileError, match=r"units.jsonl:2: missing key\(s\) family"):
        read_jsonl("units.jsonl", '{"unit": "x", "family": "x", "kind": "ratio", "aliases": []}\n'
                   '{"unit": "y", "kind": "ratio", "aliases": []}', ("unit", "family"))
    with pytest.raises(DataFileError, match="units.jsonl:1: invalid JSON"):
        read_jsonl("units.jsonl", "{not json", ("unit",))


@pytest.mark.parametrize("value, unit, base", [
    (12, "ms", (0.012, "s")), (2.5, "GB", (2.5e9, "B")), (178, "FPS", (178, "FPS")),
    (2, "h", (7200, "s")), (10, "W", (10, "W")), (1e10, "FLOPs", (1e10, "FLOPs")),
    (7e9, "parameters", (7e9, "parameters")), (3, "x", (3, "x")),
])
def test_base_units(value, unit, base):
    got = to_base(value, unit)
    assert got[1] == base[1] and got[0] == pytest.approx(base[0])


def test_pint_fps_is_still_foot_per_second_so_we_never_pass_it():
    assert str(registry()("fps").units) == "foot_per_second"


@pytest.mark.parametrize("name, unit", sorted(units.QUANTULUM_UNITS.items()))
def test_quantulum_units_keep_their_scale(name, unit):
    """A quantulum3 unit maps only to a canonical unit of the same size (a week is no day)."""
    size, base = to_base(1, unit)
    expected = registry().Quantity(1, name.replace(" ", "_")).to(units.PINT_BASE[base])
    assert size == pytest.approx(expected.magnitude)


@pytest.mark.parametrize("word, unit", [("microseconds", "µs"), ("weeks", "weeks"),
                                        ("kilowatt-hours", "kWh"), ("terabytes", "TB")])
def test_quantulum3_still_reads_these_units(word, unit):
    """Pins the quantulum3 release: the words it is trusted with still read as these units."""
    assert units.quantulum_unit(word) == unit


@pytest.mark.parametrize("word", ["seconds", "minutes", "fps"])
def test_units_quantulum3_misreads_are_owned_by_the_gazetteer(word):
    """quantulum3 reads `2 seconds` as an angle and `fps` as foot per second: never asked."""
    assert units.quantulum_unit(word) is None and word in load_lexicon().units


def test_hardware_scan_lookahead_changes_no_match():
    """The combined hardware regex checks each pattern's first characters up front (speed);
    it must find exactly what the plain alternation finds, on every bundled abstract."""
    lex = load_lexicon()
    plain = combined_hardware(lex.hardware, first_chars=False)
    assert "(?=[" in lex.hardware_re.pattern and "(?=[" not in plain.pattern[:40]
    for path in DIGESTS:
        text = read_digest(path).text
        assert [(m.span(), m.lastgroup) for m in lex.hardware_re.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)], path.name


def test_generic_devices_come_last():
    """gpu_count takes the first device the combined regex matches: `8 A100 GPUs` must find
    the A100 row before the generic `GPU` row, so generic rows close the file."""
    generic = [g for _, _, g in load_lexicon().hardware]
    assert generic == sorted(generic) and any(generic)


def test_first_characters_follow_case_insensitive_groups():
    hardware = (("Kunlun XPU", re.compile(r"(?<![\w-])(?i:kunlun)\s*XPU"), False),)
    assert combined_hardware(hardware).search("8 Kunlun XPUs") is not None


def test_device_template_needs_one_placeholder_per_group(monkeypatch):
    rows = [{"canonical": "Acme {} {}", "pattern": "Acme\\s+(X\\d)"}]
    monkeypatch.setattr(lexicon, "_load", lambda name: rows)
    with pytest.raises(DataFileError, match=r"hardware.jsonl:1: the canonical form needs one"):
        lexicon._hardware()


@pytest.mark.parametrize("written, canonical", [
    ("MediaTek Dimensity 8400 Ultimate", "MediaTek Dimensity 8400"), ("Raspberry Pi", "Raspberry Pi"),
    ("Raspberry Pi 4", "Raspberry Pi 4"), ("Snapdragon 8  Gen 3", "Qualcomm Snapdragon 8 Gen 3"),
    ("Snapdragon X Elite", "Qualcomm Snapdragon X Elite"), ("RTX 2070", "NVIDIA GeForce RTX 2070"),
    ("ibm_fez", "IBM ibm_fez"), ("Cortex-M7", "Arm Cortex-M7")])
def test_device_families_keep_the_model_as_written(written, canonical):
    lex = load_lexicon()
    match = lex.hardware_re.search(f"It runs on a {written} board.")
    assert match and device(lex, match)[0] == canonical
