"""Find quantity mentions in one sentence: number, range, multiplier, unit or metric word.

Works on the residue view of the text (see latex.py), so every offset is an offset into the
original abstract. Returns plain Mention records; deciding kind, bound and direction is
classify.py's job, linking metric/dataset/hardware is link.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .latex import SPACE
from .lexicon import Lexicon, Unit
from .units import quantulum_unit

NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?|(?<![\w.])\.\d+")
_RANGE_JOIN = re.compile(SPACE + r"*(?:[-–—]|to)" + SPACE + r"*|~(?=\d)")  # `204~365%`
_GAP = re.compile(r"\u2060*\s{0,2}\u2060*")
_NOT_ADJECTIVE = r"(?!(?:and|or|to|of|in|on|by|for|with|from|than|the)\b)"
_ADJECTIVE = re.compile(_NOT_ADJECTIVE + r"(?:[a-z][a-z-]*|\d+(?:\.\d+)?[KMB]?)" + SPACE + r"+")
_ADJECTIVES = re.compile(r"(?:" + _NOT_ADJECTIVE + r"(?:[a-z][a-z-]*|\d+(?:\.\d+)?[KMB]?)" +
                         SPACE + r"+){2}")
_METRIC_BEFORE = re.compile(
    r"(?:of|:|=|is|was|reaching|reaches|score of|scores of|value of|at|from|"
    r"from" + SPACE + r"+[\d.,]+" + SPACE + r"+to)?" + SPACE + r"*"
    r"(?:[<>≤≥~≈]" + SPACE + r"*)?$"
)
_DEFINED = re.compile(r"\s*\([^()]{1,12}\)$")  # `Frechet inception distance (FID)`
_EXAMPLE = re.compile(r"(?:e\.g\.|such as|for instance)[^.;]{0,30}$", re.IGNORECASE)
_RESOLUTION = re.compile(SPACE + r"*(?:resolution|video|videos|image|images|display|UHD|HDR)\b")
_MODEL_CONTEXT = re.compile(r"param|model|LLM|network|backbone|decoder|encoder|transformer",
                            re.IGNORECASE)
_COUNT_FAMILIES = {"count", "steps"}
_WORD = re.compile(r"[a-z]{3,}(?![\w-])")


@dataclass(frozen=True)
class Mention:
    """A number with its unit or metric word, as found in the text."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    family: str | None
    kind: str | None
    metric: str | None
    rule: str
    sign: str | None = None
    hardware: str | None = None
    metric_first: bool = False


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    magnitude: bool


def _number_at(view: str, start: int, lex: Lexicon,
               match: re.Match | None = None) -> _Number | None:
    """The number starting at `start` (digits, optional multiplier suffix)."""
    match = match or NUMBER.match(view, start)
    if not match or match.start() != start:
        return None
    value, end = float(match.group().replace(",", "")), match.end()
    mag = lex.magnitude_re.match(view, end)
    if mag:
        suffix = mag.group(1) or " " + mag.group(2).lower()
        return _Number(start, mag.end(), value * lex.multipliers[suffix][0], True)
    return _Number(start, end, value, False)


def _word_left(view: str, start: int, floor: int) -> str:
    """The run of name characters glued to the left of `start`."""
    i = start
    while i > floor and (view[i - 1].isalnum() or view[i - 1] in "_-.'’/"):
        i -= 1
    return view[i:start]


_GLUED_WORDS = frozenset({"and", "or", "by", "of", "to", "than", "with", "over", "only", "about"})


def _is_name_part(view: str, start: int, floor: int) -> bool:
    """True for digits inside names: VGG16, GPT-4, Llama2-70B, CO3D-v2, Top-1; not for a
    number glued to a function word by a lost space (`and9.4x`)."""
    if start > floor and view[start - 1] == "^":
        return True  # an exponent: R^2, 10^9
    left = _word_left(view, start, floor)
    if left.lower() in _GLUED_WORDS:
        return False
    return any(c.isalpha() for c in left) and not left.endswith(("x-", "X-", "×-"))


def _unit_at(view: str, pos: int, lex: Lexicon, glued: bool) -> tuple[Unit, int] | None:
    match = lex.unit_re.match(view, pos)
    if not match:
        return None
    unit = lex.units[match.group(1)]
    if glued and not unit.glue and not match.group(1).startswith(("-", " ")):
        return None
    if unit.unit == "x" and re.match(SPACE + r"*\d", view[match.end():match.end() + 3]):
        return None  # 256x256, 3 x 3: a shape, not a factor
    return unit, match.end()


def _attach_unit(view: str, num: _Number, lex: Lexicon, limit: int):
    """(Unit, end) of the unit after a number, allowing two adjectives before count nouns."""
    gap = _GAP.match(view, num.end).end()
    glued = gap == num.end or all(c == "\u2060" for c in view[num.end:gap])
    found = _unit_at(view, gap, lex, glued)
    if found and found[1] <= limit:
        return found
    if glued:
        return None
    for adjectives in (_ADJECTIVE.match(view, gap), _ADJECTIVES.match(view, gap)):
        found = _unit_at(view, adjectives.end(), lex, False) if adjectives else None
        if found and (found[0].family in _COUNT_FAMILIES or found[0].unit == "pp") \
                and found[1] <= limit:
            return found
    word = _WORD.match(view, gap)
    unit = quantulum_unit(word.group()) if word and word.group() not in lex.metrics else None
    return (lex.canonical_units[unit], word.end()) if unit in lex.canonical_units else None


def _metric_after(view: str, end: int, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    gap = _GAP.match(view, end).end()
    match = lex.metric_after_re.match(view, gap)
    if match and match.end() <= limit:
        name = _metric_name(lex, match.group(1))
        glued = gap == end
        if name in lex.score_metrics and (not glued or match.group(1).isupper()):
            return name, match.end()
    return None


def metric_before(view: str, start: int, floor: int, lex: Lexicon) -> tuple[str, int] | None:
    """A score metric right before the number: `SSIM of 0.969`, `MSE: 0.0019`, `FID > 3`."""
    left = view[floor:start]
    tail = _METRIC_BEFORE.search(left)
    if tail is None or not tail.group().strip(" \u2060"):
        return None  # `SSIM 0.9` is too loose: require `of`, `:`, `=`, `>` ...
    head = left[:tail.start()].rstrip(" \u2060")
    candidates = list(lex.metric_re.finditer(head))
    ends = {len(head), len(head) - 1} if head.endswith(")") else {len(head)}  # `... (FID) from`
    if not candidates or candidates[-1].end() not in ends:
        return None
    name = _metric_name(lex, candidates[-1].group(1))
    # `FID from 18.65 to 1.80`: the second number's span must not swallow the first one
    first = start if re.search(r"\bto\b", tail.group()) else floor + candidates[-1].start()
    return (name, first) if name else None


def _metric_name(lex: Lexicon, surface: str) -> str | None:
    return lex.metrics.get(surface) or lex.metrics.get(surface.lower())


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_NOT_NAMES = frozenset({"our", "the", "a", "an", "this", "these", "its", "their", "with",
                        "for", "in", "on", "at", "using", "we", "only", "just", "each", "all"})
_LIST_TAIL = re.compile(r"(?:[\s(,\u2060]+|\d+(?:\.\d+)?[KMB]?|\band\b|\bor\b)$")


def _model_name_before(view: str, start: int, floor: int) -> bool:
    """`LLaMA 7B`, `Gemma 2 (2B and 9B)`: a size that names a public checkpoint."""
    left = view[floor:start]
    while True:
        trimmed = _LIST_TAIL.sub("", left)
        if trimmed == left:
            break
        left = trimmed
    word = left.rsplit(None, 1)[-1] if left.strip() else ""
    return word[:1].isupper() and word.lower() not in _NOT_NAMES


def _second_number(view: str, first: _Number, pos: int, limit: int,
                   lex: Lexicon) -> _Number | None:
    """A second number at `pos` joined by `-`, `–`, `to` or (after `between`) `and`."""
    before = view[max(0, first.start - 12):first.start].lower()
    if re.search(r"between\W*$", before):
        join = re.compile(SPACE + r"+and" + SPACE + r"+").match(view, pos)
    else:
        join = _RANGE_JOIN.match(view, pos)
    second = _number_at(view, join.end(), lex) if join else None
    return second if second and second.end <= limit else None


def _from_to(view: str, num: _Number) -> bool:
    """`from 40.1 to 45.3 AP`: two claims, not a range."""
    return bool(re.search(r"from\W*$", view[max(0, num.start - 8):num.start].lower()))


_PRIOR_WORK = re.compile(
    r"\b(?:these|existing|previous|prior|conventional|traditional|such|earlier)" + SPACE +
    r"+(?:[\w-]+" + SPACE + r"+){0,2}?(?:methods|approaches|models|works|techniques|systems|"
    r"solutions|studies|efforts)\b|\bthere have been\b", re.IGNORECASE)
_OWN_WORK = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)


def about_prior_work(view: str, s0: int, s1: int) -> bool:
    """A sentence whose subject is other work (`these methods achieve up to a 10times
    reduction`) and that never speaks of this one: its numbers are not claims of the work."""
    sentence = view[s0:s1]
    head = sentence[:max(40, len(sentence) // 2)]
    return bool(_PRIOR_WORK.search(head)) and not _OWN_WORK.search(sentence)


def scan_numbers(view: str, s0: int, s1: int, lex: Lexicon, blocked: list[tuple[int, int]],
                 dropped: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Mentions with digits in the sentence view[s0:s1], skipping numbers inside `blocked`
    name spans; `dropped` collects (start, end, reason) of non-claims for `claims explain`."""
    out, consumed = [], s0
    prior = about_prior_work(view, s0, s1)
    for match in NUMBER.finditer(view, s0, s1):
        start, reason = match.start(), None
        if start < consumed:
            continue
        if prior:
            reason = "a sentence about prior work, not this one"
        elif _inside(start, blocked):
            reason = "inside a URL, hardware or dataset name"
        elif _is_name_part(view, start, s0):
            reason = "part of a name (letters glued before it)"
        elif _EXAMPLE.search(view[s0:start]):
            reason = "an example (after e.g. / such as)"
        else:
            mention = _mention(view, _number_at(view, start, lex, match), s0, s1, lex)
            if mention:
                out.append(mention)
                consumed = mention.end
                continue
            reason = "no unit, metric word or size context (setup count, year, name, ...)"
        if dropped is not None:
            dropped.append((start, match.end(), reason))
    return out


def _sign(view: str, start: int, s0: int) -> str | None:
    if start > s0 and view[start - 1] in "+-−±" and (start - 1 == s0 or not view[start - 2].isalnum()):
        return {"−": "-"}.get(view[start - 1], view[start - 1])
    return None


def _mention(view: str, num: _Number, s0: int, s1: int, lex: Lexicon) -> Mention | None:
    sign = _sign(view, num.start, s0)
    if sign == "±":
        return None  # an error bar, not a claim of its own
    second = _second_number(view, num, num.end, s1, lex)
    if second:
        found = _range_or_pair(view, num, second, s0, s1, lex, sign)
        if found:
            return found
    unit = _attach_unit(view, num, lex, s1)
    if not unit:
        return _unitless(view, num, s0, s1, lex, sign) or _list_item(view, num, s1, lex, sign)
    found, end = unit
    if found.unit == "s" and view[num.end:end] == "s" and _model_name_before(view, num.start, s0):
        return None  # `FastSpeech 2s`: a model's name
    value_max, rule = None, "number_unit"
    second = _second_number(view, num, end, s1, lex)
    if second and not _from_to(view, num):  # 7x-9x, 5 ms to 10 ms
        other = _attach_unit(view, second, lex, s1)
        if other and other[0] == found:
            value_max, end, rule = second.value * found.factor, other[1], "range_unit"
    return Mention(num.start, end, num.value * found.factor, value_max, found.unit, found.family,
                   found.kind, found.metric, rule, sign)


def _range_or_pair(view, num, second, s0, s1, lex, sign) -> Mention | None:
    """`2-3 times`, `1.5sim3.0 AP`, `100M to 1B`; or the first of `from 40.1 to 45.3 AP`."""
    pair = _from_to(view, num)
    unit = _attach_unit(view, second, lex, s1)
    if unit:
        found, end = unit
        value_max = None if pair else second.value * found.factor
        return Mention(num.start, num.end if pair else end, num.value * found.factor, value_max,
                       found.unit, found.family, found.kind, found.metric,
                       "from_to" if pair else "range_unit", sign)
    metric = _metric_after(view, second.end, lex, s1)
    if metric:
        name, end = metric
        return Mention(num.start, num.end if pair else end, num.value,
                       None if pair else second.value, name, "metric", "score", name,
                       "from_to" if pair else "range_metric", sign)
    if num.magnitude and second.magnitude and not pair:
        return _model_size(view, num, second, s0, s1, sign)
    return None


def _unitless(view, num, s0, s1, lex, sign) -> Mention | None:
    """A number with no unit: a metric score, a model size, a GPU count, or nothing."""
    after = _metric_after(view, num.end, lex, s1)
    if after:
        name, end = after
        return Mention(num.start, end, num.value, None, name, "metric", "score", name,
                       "number_metric", sign)
    rest = view[num.end:num.end + 2]
    if rest[:1].isalpha() or (rest[:1] == "-" and rest[1:2].isalpha()):
        return None  # 3D, 2nd, 6-month, 4-bit, 2B-2B: part of a word or a name
    before = metric_before(view, num.start, s0, lex)
    if before and not num.magnitude:
        name, mstart = before
        return Mention(mstart, num.end, num.value, None, name, "metric", "score", name,
                       "metric_number", sign, metric_first=True)
    inside = _metric_in(view, num.end, lex, s1)
    if inside and not num.magnitude:
        return Mention(num.start, inside[1], num.value, None, inside[0], "metric", "score",
                       inside[0], "number_in_metric", sign)
    gpus = _gpu_count(view, num, lex, s0, s1)
    if gpus:
        return gpus
    if num.magnitude:
        return _model_size(view, num, None, s0, s1, sign) or _count_noun(view, num, s1, sign)
    return _by_amount(view, num, s0, s1, lex, sign) or _score_on(view, num, s0, sign)


_IN_METRIC = re.compile(SPACE + r"+in" + SPACE + r"+(?:(?:average|mean|the)" + SPACE + r"+)?")


def _metric_in(view: str, end: int, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    """`+4.8 in average recall@1`, `+5.3 in CIDEr`: the metric a bare difference is in."""
    join = _IN_METRIC.match(view, end)
    match = lex.metric_after_re.match(view, join.end()) if join else None
    if match and match.end() <= limit and not view[match.end():match.end() + 1].isalnum():
        name = _metric_name(lex, match.group(1))
        return (name, match.end()) if name else None
    return None


_ON_NAME = re.compile(SPACE + r"+(?:on|for)" + SPACE + r"+(?:the" + SPACE + r"+)?[A-Z]")
_SCORE_OF = re.compile(r"\bscores?" + SPACE + r"+(?:of|from|from" + SPACE + r"+[\d.]+" + SPACE +
                       r"+to|is|was|reaches|reaching)" + SPACE + r"*$", re.I)
_SCORE_VERB = re.compile(r"\b(?:achiev|attain|obtain|reach|scor|record|report|yield)\w*", re.I)


def _score_on(view: str, num: _Number, s0: int, sign: str | None) -> Mention | None:
    """`achieving 64.5 on LongVideoBench`, `an average score of 67.3`, `SUC score from 0.703
    to 0.742`: a decimal score whose metric has no known name."""
    left = view[max(s0, num.start - 120):num.start]
    if "." not in view[num.start:num.end]:
        return None
    if not _SCORE_OF.search(left) and not (_ON_NAME.match(view, num.end)
                                           and _SCORE_VERB.search(left)):
        return None
    return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                   "score_on_benchmark", sign)


_LIST_JOIN = re.compile(SPACE + r"*[,/]?" + SPACE + r"*(?:(?:and|or)" + SPACE + r"+)?")


def _list_item(view: str, num: _Number, s1: int, lex: Lexicon, sign: str | None,
               items: int = 6) -> Mention | None:
    """`42, 4.5, 6.5 times less`, `0.25/0.28 FID`: a bare number takes the unit or metric
    of the list it opens; not a version after a name (`FastSpeech 2 and 2s`)."""
    if _model_name_before(view, num.start, 0):
        return None
    pos = num.end
    for _ in range(items):
        join = _LIST_JOIN.match(view, pos)
        nxt = _number_at(view, join.end(), lex) if view[pos:join.end()].strip(" \u2060") else None
        if nxt is None:
            return None
        unit = _attach_unit(view, nxt, lex, s1)
        if unit:
            found = unit[0]
            return Mention(num.start, num.end, num.value * found.factor, None, found.unit,
                           found.family, found.kind, found.metric, "list_unit", sign)
        metric = _metric_after(view, nxt.end, lex, s1)
        if metric:
            return Mention(num.start, num.end, num.value, None, metric[0], "metric", "score",
                           metric[0], "list_metric", sign)
        pos = nxt.end
    return None


_NOT_NOUNS = frozenset({"this", "thus", "does", "has", "was", "its", "across", "various",
                        "previous", "less", "plus", "is", "as", "us", "yes", "always"})
_FUNCTION_WORDS = frozenset({"of", "in", "on", "and", "or", "with", "for", "to", "the", "a",
                             "an", "by", "from", "at", "that", "which", "is", "are", "per"})


def _count_noun(view: str, num: _Number, s1: int, sign: str | None) -> Mention | None:
    """`10K real-world JSON schemas`, `35M publicly accessible data`: a K/M/B count of things
    (a dataset's or a run's size) whose noun is not a known unit. Billions are left to the
    units (tokens, parameters): `xLSTM 7B achieves` is a model's name and a verb."""
    if _RESOLUTION.match(view, num.end) or view[num.end - 1] in "BbT":
        return None
    words = list(re.finditer(r"[A-Za-z][\w-]*", view[num.end:min(s1, num.end + 60)]))[:4]
    if not words or view[num.end:num.end + words[0].start()].strip(" \u2060"):
        return None
    for word in words:
        text = word.group()
        if text.lower() in _FUNCTION_WORDS:
            return None
        if text == "data" or (re.fullmatch(r"[a-z]{2,}s", text) and text not in _NOT_NOUNS
                              and not text.endswith(("ss", "us", "is"))):
            return Mention(num.start, num.end + word.end(), num.value, None, "samples", "count",
                           "scale", None, "count_noun", sign)
    return None


_TRAINING = re.compile(r"\b(?:train|pre-?train|fine-?tun)\w*", re.I)


def _measured_on(view: str, start: int, s0: int, s1: int) -> bool:
    """`... on a single GPU` in a sentence that trains nothing: the device a result is
    measured on, the claim's hardware rather than a count of its own."""
    return bool(re.search(r"\bon" + SPACE + r"+$", view[max(s0, start - 6):start])) \
        and not _TRAINING.search(view, s0, s1)


def _gpu_count(view: str, num: _Number, lex: Lexicon, s0: int, limit: int) -> Mention | None:
    """`8 A100 GPUs`, `one single 80GB A100`: a count of accelerators, with their name; not
    the device a result is measured on (`33.5 fps on a single Titan Xp`), which is hardware."""
    if _measured_on(view, num.start, s0, limit):
        return None
    pos = re.compile(SPACE + r"+(?:single" + SPACE + r"+)?(?:\d+" + SPACE + r"?GB?b?" + SPACE +
                     r"+)?").match(view, num.end)
    if not pos:
        return None
    for canonical, regex, generic in lex.hardware:
        match = regex.match(view, pos.end())
        if match and not generic and match.end() <= limit:
            end = match.end()
            tail = re.compile(SPACE + r"+GPUs?\b").match(view, end)
            end = tail.end() if tail else end
            return Mention(num.start, end, num.value, None, "GPUs", "count", "scale", None,
                           "gpu_count", hardware=canonical)
    return None


def _model_size(view, num, second, s0, s1, sign) -> Mention | None:
    """`a 7B model`, `up to 1.6B`, `from 2.1M to 86.9K`: parameter counts in running text."""
    if _model_name_before(view, num.start, s0) or _RESOLUTION.match(view, (second or num).end):
        return None
    window = view[max(s0, num.start - 60):min(s1, (second or num).end + 40)]
    if not _MODEL_CONTEXT.search(window):
        return None
    return Mention(num.start, (second or num).end, num.value, second.value if second else None,
                   "parameters", "count", "scale", "parameters", "model_size", sign)


_PAIRED = re.compile(r"[\d.]+(?:/|" + SPACE + r"+and" + SPACE + r"+)$")
_BY = re.compile(r"\bby" + SPACE + r"+(?:[^\s\d]+" + SPACE + r"+){0,2}$")
_COMPARED_BY = re.compile(r"\b(?:outperform|surpass|exceed|beat|improv|boost)\w*" + SPACE +
                          r"+(?:\S+" + SPACE + r"+){0,6}by" + SPACE + r"+(?:[^\s\d]+" + SPACE +
                          r"+){0,2}$", re.IGNORECASE)


def _by_amount(view, num, s0, s1, lex, sign) -> Mention | None:
    """`surpassing ... by at least 3.5`: a bare difference, in the sentence's score metric
    when it names one."""
    # the second of `by 0.4/0.19`, `by 0.3 and 0.16`
    left = _PAIRED.sub("", view[max(s0, num.start - 30):num.start])
    if num.value >= 1900 or not _BY.search(left):
        return None
    if not re.match(SPACE + r"*(?:[.,;)/]|$|points?\b|on\b|in\b|and\b)",
                    view[num.end:num.end + 8]):
        return None
    names = [_metric_name(lex, m.group(1)) for m in lex.metric_re.finditer(view, s0, s1)]
    scores = [name for name in names if name in lex.score_metrics]
    wider = _PAIRED.sub("", view[max(s0, num.start - 100):num.start])
    if not scores and not _COMPARED_BY.search(wider):
        return None
    name = scores[0] if scores else None  # `outperform MLPs by 16.3`: unit unstated
    return Mention(num.start, num.end, num.value, None, name, "metric", "change", name,
                   "by_amount", sign)


def scan_words(view: str, s0: int, s1: int, lex: Lexicon, taken: list[Mention]) -> list[Mention]:
    """Mentions with number words: twice, half, an order of magnitude, four to forty times."""
    out: list[Mention] = []
    if about_prior_work(view, s0, s1):
        return out
    for match in lex.number_word_re.finditer(view, s0, s1):
        if any(m.start <= match.start() < m.end for m in taken + out):
            continue
        if match.group(1)[0].isupper() and view[s0:match.start()].strip(" \u2060("):
            continue  # `Double Sparsity`: a capitalized word inside a sentence is a name
        mention = _word_mention(view, match, s0, s1, lex)
        if mention:
            out.append(mention)
    return out


_COMPARATIVE = re.compile(SPACE + r"+(?:as" + SPACE + r"+\w+|faster|slower|more|fewer|less|"
                          r"higher|lower|larger|smaller|better|cheaper|speedup|speed-up|"
                          r"improvement|reduction|increase|decrease|the)\b")


def _word_mention(view: str, match: re.Match, s0: int, s1: int,
                  lex: Lexicon) -> Mention | None:
    value, unit = lex.number_words[match.group(1).lower()]
    end = match.end()
    if unit == "x":
        if match.group(1).lower() == "half" and not _COMPARATIVE.match(view, end) \
                and not re.match(SPACE + r"+of\b", view[end:end + 4]):
            return None
        tail = re.compile(SPACE + r"+(?:faster|slower|speedup)\b").match(view, end)
        end = tail.end() if tail and "order" in match.group(1) else end
        return Mention(match.start(), end, value, None, "x", "x", "ratio", None, "number_word")
    second = re.compile(SPACE + r"*(?:to|-)" + SPACE + r"*").match(view, end)
    value_max = None
    if second:
        other = lex.number_word_re.match(view, second.end())
        if other and other.group(1).lower() in lex.number_words:
            value_max, end = lex.number_words[other.group(1).lower()][0], other.end()
    times = re.compile(SPACE + r"*(?:-fold|" + SPACE + r"times)\b").match(view, end)
    if times and (value_max or _COMPARATIVE.match(view, times.end())):
        return Mention(match.start(), times.end(), value, value_max, "x", "x", "ratio", None,
                       "number_word_times")
    if value_max is None:
        found = _gpu_count(view, _Number(match.start(), end, value, False), lex, s0, s1)
        if found:
            return replace(found, rule="number_word_gpus")
        return _word_magnitude(view, match.start(), end, value, s1, lex) or \
            _word_unit(view, match.start(), end, value, s0, s1, lex)
    return None


def _word_unit(view: str, start: int, end: int, value: float, s0: int, s1: int,
               lex: Lexicon) -> Mention | None:
    """`five epochs`, `two denoising steps`, `only one GPU`: a number word with a unit of
    steps, time or devices (`one step` alone is too common a phrase to be a claim)."""
    unit = _attach_unit(view, _Number(start, end, value, False), lex, s1)
    if not unit or (value == 1 and unit[0].unit != "GPUs"):
        return None
    found = unit[0]
    if found.family not in ("steps", "time") and (found.unit != "GPUs" or _measured_on(
            view, start, s0, s1)):
        return None
    return Mention(start, unit[1], value, None, found.unit, found.family, found.kind,
                   found.metric, "number_word_unit")


def _word_magnitude(view: str, start: int, end: int, value: float, s1: int,
                    lex: Lexicon) -> Mention | None:
    """`one million labeled images`: a number word scaled by a magnitude word, then a count."""
    mag = lex.magnitude_re.match(view, end)
    if not mag or not mag.group(2):
        return None
    num = _Number(start, mag.end(), value * lex.multipliers[" " + mag.group(2).lower()][0], True)
    unit = _attach_unit(view, num, lex, s1)
    if unit and unit[0].family in _COUNT_FAMILIES:
        found = unit[0]
        return Mention(start, unit[1], num.value, None, found.unit, found.family, found.kind,
                       found.metric, "number_word_count")
    mention = _count_noun(view, num, s1, None)
    return replace(mention, rule="number_word_count") if mention else None
