"""Time the extractor on one very long sentence: lists of signed gains, of scores with a metric,
a flattened results table, bare decimals two spaces apart, an arrow chain (`1K → 2K → ...
tokens`) and shares of named benchmarks (`solves 70.8% of A0, 41.5% of A1, ...`), at 150, 300
and 600 items. Each doubling should about double
the time (linear); a ratio near 4 means a rule rescans the whole sentence before every number.
Measured, not asserted (see README, Speed).
Run: .venv/bin/python bench/long_lists.py
"""

from __future__ import annotations

import time

from pipeline.nlp import build_nlp

SIZES = (150, 300, 600)


def _signed(n: int) -> str:
    return "Gains: " + ", ".join(f"+{i % 9 + 1}.{i % 7}" for i in range(n)) + " on MMLU."


def _scores(n: int) -> str:
    return "We report " + ", ".join(f"{i}.{i % 10} AP" for i in range(n)) + "."


def _table(n: int) -> str:
    rows = " ".join(f"Model{i} {40 + i % 9}.{i % 10} {50 + i % 7}.{i % 3} {60 + i % 5}.{i % 4}"
                    for i in range(n // 3))
    return "Method MMLU GSM8K MATH " + rows + "."


def _spaced(n: int) -> str:  # decimals two spaces apart with no `respectively` to close them
    return "Scores:  " + "  ".join(f"{i % 90 + 10}.{i % 10}" for i in range(n)) + " on ten tasks."


def _arrows(n: int) -> str:  # every step walks towards the one unit at the chain's end
    return "Context grows " + " → ".join(f"{i + 1}K" for i in range(n)) + " tokens."


def _shares(n: int) -> str:  # each item looks back over the list for the verb that solves it
    return "It solves " + ", ".join(f"{i % 90 + 10}.{i % 10}% of Bench{i}" for i in range(n)) + "."


def main() -> None:
    nlp = build_nlp()
    nlp("Warm-up: 3.5% on COCO.")
    print(f"{'input':<16}" + "".join(f"{n:>10}" for n in SIZES) + f"{'600/300':>10}")
    for name, make in (("signed gains", _signed), ("scores", _scores), ("table cells", _table),
                       ("spaced decimals", _spaced), ("arrow chain", _arrows),
                       ("solved shares", _shares)):
        seconds = []
        nlp(make(10))  # a first parse of new words (quantulum3) costs seconds once
        for n in SIZES:
            start = time.perf_counter()
            nlp(make(n))
            seconds.append(time.perf_counter() - start)
        print(f"{name:<16}" + "".join(f"{s:>9.2f}s" for s in seconds) +
              f"{seconds[2] / seconds[1]:>10.1f}")


if __name__ == "__main__":
    main()
