"""Units: pint converts canonical units to base units; quantulum3 names physical units the
gazetteer does not know, trusted only for an allow-list of what it gets right on this text.

Measured on the digests: quantulum3 reads `fps` as foot per second, `minutes` as an angle,
`7B`/`45M` as byte/metre, `53.2AP` as ampere poise. The gazetteer (data/units.jsonl) owns every
unit it lists; quantulum3 is asked only about other words, and only its time, power, energy
and data-storage units are kept, each mapped to a canonical unit of the same size
(tests/test_data_files.py pins both the sizes and the quantulum3 readings).
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib import resources

import pint

_BASE = {
    "µs": ("microsecond", "s"), "ms": ("millisecond", "s"), "s": ("second", "s"), "min": ("minute", "s"),
    "h": ("hour", "s"), "d": ("day", "s"), "weeks": ("week", "s"), "years": ("year", "s"),
    "B": ("byte", "B"), "KB": ("kilobyte", "B"), "MB": ("megabyte", "B"),
    "GB": ("gigabyte", "B"), "TB": ("terabyte", "B"),
    "W": ("watt", "W"), "mW": ("milliwatt", "W"), "kW": ("kilowatt", "W"),
    "J": ("joule", "J"), "mJ": ("millijoule", "J"), "kWh": ("kilowatt_hour", "J"),
    "FPS": ("frame / second", "FPS"),
    "m": ("meter", "m"), "mm": ("millimeter", "m"), "cm": ("centimeter", "m"), "km": ("kilometer", "m"),
}
# pint's name of each base unit, and the canonical unit each trusted quantulum3 unit maps to
PINT_BASE = {"s": "second", "B": "byte", "W": "watt", "J": "joule", "FPS": "frame / second",
             "m": "meter"}
QUANTULUM_UNITS = {
    "second": "s", "millisecond": "ms", "microsecond": "µs", "minute": "min", "hour": "h",
    "day": "d", "week": "weeks", "year": "years", "watt": "W", "milliwatt": "mW", "kilowatt": "kW",
    "joule": "J", "millijoule": "mJ", "kilowatt hour": "kWh", "byte": "B", "kilobyte": "KB",
    "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
}
_QUANTULUM_ENTITIES = frozenset({"time", "power", "energy", "data storage"})


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The one pint registry, extended by data/units.txt (frames, tokens, parameters, ...)."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(resources.files("pipeline").joinpath("data/units.txt")))
    return ureg


@lru_cache(maxsize=None)
def _factor(unit: str) -> tuple[float, str] | None:
    if unit not in _BASE:
        return None
    expression, base = _BASE[unit]
    ureg = registry()
    return float(ureg.Quantity(1, expression).to(PINT_BASE[base]).magnitude), base


def to_base(value: float, unit: str | None) -> tuple[float, str | None]:
    """(value in the base unit, base unit): `12 ms` -> (0.012, 's'); unchanged if no base."""
    found = _factor(unit) if unit else None
    return (value * found[0], found[1]) if found else (value, unit)


@lru_cache(maxsize=8192)
def quantulum_unit(word: str) -> str | None:
    """Canonical unit quantulum3 reads in `2 <word>`, if it is one it gets right here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
        found = parser.parse(f"2 {word}")
    if len(found) != 1 or found[0].unit.entity.name not in _QUANTULUM_ENTITIES:
        return None
    if found[0].span != (0, 2 + len(word)):
        return None
    return QUANTULUM_UNITS.get(found[0].unit.name)
