"""Load and validate the rule data files (gazetteers, cue words, units) shipped in pipeline/data.

Every file is checked on load; a bad line raises DataFileError naming the file and line.
The Lexicon holds compiled regular expressions built from the data, once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import DataFileError, InputError
from .latex import SPACE

try:  # the regex parser: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parser

DATA_FILES = (
    "units.jsonl", "number_words.jsonl", "multipliers.jsonl", "bounds.jsonl", "cues.jsonl",
    "metrics.jsonl", "datasets.jsonl", "hardware.jsonl", "stopwords.jsonl", "statistics.jsonl",
)
_REQUIRED = {
    "units.jsonl": ("unit", "family", "kind", "aliases"),
    "number_words.jsonl": ("word", "value"),
    "multipliers.jsonl": ("suffix", "factor"),
    "bounds.jsonl": ("bound", "phrases"),
    "cues.jsonl": ("direction", "words"),
    "metrics.jsonl": ("name", "aliases"),
    "datasets.jsonl": ("name", "aliases"),
    "hardware.jsonl": ("canonical", "pattern"),
    "stopwords.jsonl": ("list", "words"),
    "statistics.jsonl": ("symbols",),
}


@dataclass(frozen=True)
class Unit:
    """A canonical unit and what it implies by default."""

    unit: str
    family: str
    kind: str
    metric: str | None = None
    factor: float = 1.0
    glue: bool = False


@dataclass(frozen=True)
class Statistic:
    """A statistic reported as `SYMBOL = value` (`r = 0.82`, `p < 0.001`, `n = 5,957`)."""

    metric: str | None
    unit: str | None  # None: the symbol as written is the unit (`r`, `HR`, `Spearman`)
    kind: str = "score"
    bare: bool = False  # may also stand right before its value: `OR 10.01`, `Spearman 0.98`
    unit_interval: bool = False  # a coefficient or probability: |value| <= 1
    parenthesized: bool = False  # only inside parentheses: `(n = 5,957)`, not `n = 4` layers
    not_near: re.Pattern | None = None  # words that rule it out near it: `HR` in recommenders
    not_before: re.Pattern | None = None  # words that, right before it, make it a setting


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules know about the language of abstracts, compiled."""

    units: dict[str, Unit]
    canonical_units: dict[str, Unit]
    unit_re: re.Pattern
    number_words: dict[str, tuple[float, str | None]]
    number_word_re: re.Pattern
    multipliers: dict[str, tuple[float, str | None]]
    magnitude_re: re.Pattern
    bounds: tuple[tuple[str, str], ...]
    bound_words: frozenset[str]  # the words of the bound phrases: over, up, to, at, least, ...
    cues: dict[str, tuple[str, str | None, bool]]  # word -> direction, metric, improvement
    cue_re: re.Pattern
    metrics: dict[str, str]
    metric_re: re.Pattern
    metric_after_re: re.Pattern
    score_metrics: frozenset[str]
    lower_better: frozenset[str]
    generic_metrics: frozenset[str]  # words (accuracy, performance) kept with their modifiers
    metric_families: dict[str, frozenset[str]]
    datasets: dict[str, str]
    dataset_re: re.Pattern
    corpora: frozenset[str]  # aliases of pretraining corpora (`FineWeb-Edu`, `C4`): no benchmark
    hardware: tuple[tuple[str, re.Pattern, bool], ...]
    hardware_re: re.Pattern
    stopwords: dict[str, frozenset[str]]  # lists in data/stopwords.jsonl, by name
    abbreviations: frozenset[str]
    statistics: dict[str, Statistic]  # symbol as written -> statistic
    statistic_re: re.Pattern  # a symbol and its comparator at the end of the text before a number


def jsonl_lines(path: Path | str, text: str,
                error: type[InputError] = DataFileError) -> Iterator[tuple[int, object]]:
    """(line number, parsed value) of each non-blank line; bad JSON raises `error` naming
    the file and line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise error(str(path), f"invalid JSON: {exc.msg}", number) from None


def read_jsonl(path: Path | str, text: str, required: tuple[str, ...]) -> list[dict]:
    """Parse JSONL text; every object must carry the required keys."""
    rows = []
    for number, row in jsonl_lines(path, text):
        missing = [key for key in required if key not in row] if isinstance(row, dict) else required
        if missing:
            raise DataFileError(str(path), f"missing key(s) {', '.join(missing)}", number)
        rows.append(row)
    return rows


def _load(name: str) -> list[dict]:
    path = resources.files("pipeline").joinpath("data", name)
    return read_jsonl(f"pipeline/data/{name}", path.read_text("utf-8"), _REQUIRED[name])


def _trie(surfaces) -> str:
    """The surfaces as one pattern factored by shared prefixes (`Image(?:Net(?:-1K)?)`), each
    node trying its longer continuations first: the same matches as a longest-first
    alternation, without trying every surface at every position of the text."""
    root: dict = {}
    for surface in surfaces:
        node = root
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


def _alternation(surfaces, flags=0, left=r"(?<![\w])", right=r"(?![\w])") -> re.Pattern:
    """One regex matching any surface, longest first, as whole words."""
    return re.compile(left + "(" + _trie(set(surfaces)) + ")" + right, flags)


def _units() -> tuple[dict[str, Unit], re.Pattern]:
    units: dict[str, Unit] = {}
    for row in _load("units.jsonl"):
        unit = Unit(row["unit"], row["family"], row["kind"], row.get("metric"),
                    float(row.get("factor", 1.0)), bool(row.get("glue", False)))
        for alias in row["aliases"]:
            units[alias] = unit
    # Units follow a number: no left word boundary needed, glue is checked by the caller.
    # A symbol may be glued to the next word (`98.0%performance`), a letter unit may not.
    return units, _alternation(units, left="", right=r"(?:(?<=[%％])|(?![A-Za-z0-9]))")


def _cues() -> tuple[dict[str, tuple[str, str | None, bool]], re.Pattern]:
    cues = {}
    for row in _load("cues.jsonl"):
        for word in row["words"]:
            cues.setdefault(word.lower(), (row["direction"], row.get("metric"),
                                           bool(row.get("improvement"))))
    return cues, _alternation(cues, re.IGNORECASE)


# A metric at a cutoff, written as the field writes it: `NDCG@10`, `maj@16`, `Acc@5`, `mAP@0.5`
CUTOFF = r"[A-Za-z][A-Za-z-]*@(?:\d+(?:\.\d+)?(?:[A-Z][A-Za-z]*)?|[kK])"  # also `CIDEr@0.5IoU`


def _metrics() -> tuple[dict[str, str], str, frozenset[str], frozenset[str],
                        dict[str, frozenset[str]], frozenset[str]]:
    aliases, score, lower, families, generic = {}, set(), set(), {}, set()
    for row in _load("metrics.jsonl"):
        if row.get("generic"):
            generic.update(alias.lower() for alias in row["aliases"])
        if row.get("phrase_only"):
            continue  # `performance`: only the head of a written phrase, never found alone
        for alias in row["aliases"]:
            aliases.setdefault(alias if row.get("case") else alias.lower(), row["name"])
        if row.get("score_unit"):
            score.add(row["name"])
        if row.get("lower_better"):
            lower.add(row["name"])
        families[row["name"]] = frozenset(row.get("families", ()))
    case_sensitive = [a for a in aliases if a != a.lower() or a.isupper()]
    insensitive = [a for a in aliases if a == a.lower() and not a.isupper()]
    ordered = sorted(case_sensitive + insensitive, key=len, reverse=True)
    escaped = [f"(?-i:{re.escape(a)})" if a in case_sensitive else re.escape(a) for a in ordered]
    # a written cutoff form the gazetteer knows (`mAP@0.5:0.95`) before any cutoff, then the rest
    known_at = [e for a, e in zip(ordered, escaped) if "@" in a]
    rest = [e for a, e in zip(ordered, escaped) if "@" not in a]
    pattern = "|".join(known_at + [CUTOFF] + rest)
    return aliases, f"({pattern})(?![\\w-])", frozenset(score), frozenset(lower), families, \
        frozenset(generic)


_DEVICE_START = r"(?:(?<![\w-])|(?<=\d[x×]))"  # a word's start, or after a count: `32xA100`


def _hardware() -> tuple[tuple[str, re.Pattern, bool], ...]:
    out = []
    for number, row in enumerate(_load("hardware.jsonl"), start=1):
        try:
            # `8 H100s`; not the number `3090.54 seconds`
            regex = re.compile(_DEVICE_START + "(?:" + row["pattern"] + r")s?(?![\w]|\.\d)")
        except re.error as exc:
            raise DataFileError("pipeline/data/hardware.jsonl", f"bad pattern: {exc}",
                                number) from None
        if row["canonical"].count("{}") != regex.groups:  # device() fills each {} with a group
            raise DataFileError("pipeline/data/hardware.jsonl",
                                "the canonical form needs one {} per group of the pattern", number)
        out.append((row["canonical"], regex, bool(row.get("generic", False))))
    return tuple(out)


def device(lex: Lexicon, match: re.Match) -> tuple[str, bool]:
    """(canonical name, generic) of the device `lex.hardware_re` matched; a canonical form with
    `{}` takes the pattern's groups as written (`MediaTek Dimensity {}` -> `... 8400`)."""
    canonical, regex, generic = lex.hardware[int(match.lastgroup[1:])]
    if "{}" in canonical:
        groups = regex.match(match.group()).groups()
        canonical = " ".join(canonical.format(*(" ".join((g or "").split()) for g in groups)).split())
    return canonical, generic


_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _first_chars(items) -> set[str] | None:
    """The characters a parsed regex (sre items) can start with; None when that is not plain
    (a category such as \\w, or an empty match)."""
    first: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # consumes nothing
        if name == "LITERAL":
            return first | {chr(arg)}
        if name == "IN":
            chars = set()
            for kind, value in arg:
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE":
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None
            return first | chars
        if name == "SUBPATTERN":
            inner = _first_chars(arg[-1])
            if inner is not None and arg[1] & re.IGNORECASE:  # `(?i:kunlun)`
                inner = {c for ch in inner for c in (ch.lower(), ch.upper())}
        elif name == "BRANCH" and all(str(op) in _ZERO_WIDTH for branch in arg[1] for op, _ in branch):
            continue  # `(?:(?<![\w-])|(?<=\d[x×]))` consumes nothing either
        elif name == "BRANCH":
            branches = [_first_chars(branch) for branch in arg[1]]
            inner = None if None in branches else set().union(*branches)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            inner = _first_chars(arg[2])
            if inner is not None and arg[0] == 0:  # optional: what follows may start too
                first |= inner
                continue
        else:
            return None
        return None if inner is None else first | inner
    return None


def combined_hardware(hardware: tuple[tuple[str, re.Pattern, bool], ...],
                      first_chars: bool = True) -> re.Pattern:
    """One regex for all devices (group h<i> is hardware[i]): a single pass per text."""
    # Every pattern starts at a word start, and with one of a few characters; checking both
    # once up front, rather than in each of the ~60 alternatives at every word, makes the scan
    # several times faster (measured).
    try:
        starts = [_first_chars(_sre_parser.parse(regex.pattern)) for _, regex, _ in hardware]
    except (AttributeError, TypeError, ValueError, re.error):  # a parser this code does not know
        starts = [None]
    ahead = "" if None in starts or not first_chars else "(?=[" + re.escape("".join(sorted(set().union(*starts)))) + "])"
    return re.compile(_DEVICE_START + ahead + "(?:" + "|".join(
        f"(?P<h{i}>{regex.pattern})" for i, (_, regex, _) in enumerate(hardware)) + ")")


def _statistics() -> tuple[dict[str, Statistic], re.Pattern]:
    stats = {}
    for row in _load("statistics.jsonl"):
        not_near, not_before = (re.compile(row[key], re.IGNORECASE) if row.get(key) else None
                                for key in ("not_near", "not_before"))
        stat = Statistic(row.get("metric"), row.get("unit"),
                         row.get("kind", "score"), bool(row.get("bare")),
                         bool(row.get("unit_interval")), bool(row.get("parenthesized")), not_near,
                         not_before)
        stats.update((symbol, stat) for symbol in row["symbols"])
    symbols = "|".join(re.escape(s) for s in sorted(stats, key=len, reverse=True))
    comparator = r"(<=|>=|[=<>≤≥≈~])"
    return stats, re.compile(r"(?<![\w-])(" + symbols + r")(?:" + SPACE + "*" + comparator + SPACE +
                             r"*|" + SPACE + r"+(?:(of)" + SPACE + r"+)?)[-−+]?$")  # `r = −0.12`, `R² of 0.77`


def _abbreviations() -> frozenset[str]:
    text = resources.files("pipeline").joinpath("data/abbreviations.txt").read_text("utf-8")
    return frozenset(ln.strip().lower() for ln in text.splitlines()
                     if ln.strip() and not ln.startswith("#"))


def _magnitudes(multipliers: dict[str, tuple[float, str | None]]) -> re.Pattern:
    """Suffixes that scale the number before them: glued letters (`7B`) or words (`7 billion`,
    `a 1-billion-parameter model`)."""
    free = [s for s, (_, only) in multipliers.items() if not only]
    letters = "".join(sorted(s for s in free if not s.startswith(" ")))
    words = "|".join(sorted(s.strip() for s in free if s.startswith(" ")))
    return re.compile(rf"([{letters}])(?![A-Za-z0-9])|[\s-]((?i:{words}))\b")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build the Lexicon from the shipped data files (cached per process)."""
    units, unit_re = _units()
    words = {r["word"]: (float(r["value"]), r.get("unit")) for r in _load("number_words.jsonl")}
    multipliers = {r["suffix"]: (float(r["factor"]), r.get("only_before"))
                   for r in _load("multipliers.jsonl")}
    bounds = tuple(sorted(((p, r["bound"]) for r in _load("bounds.jsonl") for p in r["phrases"]),
                          key=lambda pair: len(pair[0]), reverse=True))
    cues, cue_re = _cues()
    metrics, metric_pattern, score_metrics, lower_better, families, generic = _metrics()
    dataset_rows = _load("datasets.jsonl")
    datasets = {alias: row["name"] for row in dataset_rows for alias in row["aliases"]}
    hardware = _hardware()
    statistics, statistic_re = _statistics()
    return Lexicon(
        units=units, unit_re=unit_re,
        canonical_units={u.unit: u for u in units.values() if u.factor == 1.0}, number_words=words,
        number_word_re=_alternation(words, re.IGNORECASE), multipliers=multipliers,
        magnitude_re=_magnitudes(multipliers),
        bounds=bounds, bound_words=frozenset(w for p, _ in bounds for w in p.lower().split()
                                             if w.isalpha()),
        cues=cues, cue_re=cue_re, metrics=metrics,
        metric_re=re.compile(r"(?<![\w-])" + metric_pattern, re.IGNORECASE),
        metric_after_re=re.compile(metric_pattern, re.IGNORECASE),
        score_metrics=score_metrics, lower_better=lower_better, generic_metrics=generic,
        metric_families=families, datasets=datasets,
        dataset_re=_alternation(datasets, left=r"(?<![\w-])", right=r"(?![\w+])"),
        corpora=frozenset(a for row in dataset_rows if row.get("corpus") for a in row["aliases"]),
        hardware=hardware, hardware_re=combined_hardware(hardware),
        stopwords={row["list"]: frozenset(row["words"]) for row in _load("stopwords.jsonl")}, abbreviations=_abbreviations(),
        statistics=statistics, statistic_re=statistic_re,
    )
