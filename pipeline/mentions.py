"""The building blocks of quantity mentions: the Mention record, numbers with multipliers,
units after a number and metric words before or after it, and digits that belong to names.

Everything works on the residue view of the text (see latex.py), so offsets are offsets into
the original abstract. quantities.py and number_words.py build mentions from these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .latex import SPACE
from .lexicon import Lexicon, Statistic, Unit
from .units import quantulum_unit

# Thousands may be grouped by `,` or by LaTeX `{,}` (its braces are FILLER in the view).
_GROUPING = str.maketrans("", "", ",\u2060")
NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\u2060?,\u2060?\d{3})+(?![\d])|\d+)(?:\.\d+)?"
                    r"|(?<![\w.])\.\d+")

_GAP = re.compile(r"\u2060*\s{0,2}\u2060*")

_NOT_ADJECTIVE = (r"(?!(?:and|or|to|of|in|on|by|for|with|from|than|the|at|per|over|under|after|"
                  r"across|within|via|vs|versus|while|when|where|each|evaluated|tested|compared|"
                  r"benchmarked|surveyed)(?![\w-]))")  # `all 80 evaluated documents` are setup

# a lowercase word, a size, or a capitalized one that qualifies (`400 diverse Olympiad problems`,
# `1,000 English questions`)
_ADJECTIVE_WORD = _NOT_ADJECTIVE + r"(?:[a-z][a-z-]*|[A-Z][a-z]+|\d+(?:\.\d+)?[KMB]?)" + SPACE + r"+"
_ADJECTIVE = re.compile(_ADJECTIVE_WORD)

_ADJECTIVES = re.compile(r"(?:" + _ADJECTIVE_WORD + r"){2}")
_PAIRED_ADJECTIVES = re.compile(_NOT_ADJECTIVE + r"[a-z][a-z-]*" + SPACE + r"+and" + SPACE + r"+" +
                                _NOT_ADJECTIVE + r"[a-z][a-z-]*" + SPACE + r"+")  # `challenging
# and verifiable problems`

_METRIC_REACH = 120  # characters before a number where its metric and `of`/`:`/`=` can be
_METRIC_BEFORE = re.compile(
    r"(?:of|:|=|is|was|reaching|reaches|score of|scores of|value of|at|from|between|values" + SPACE +
    r"+between|"
    r"from" + SPACE + r"+[\d.,]+" + SPACE + r"+to)?" + SPACE + r"*"
    r"(?:[<>≤≥~≈+−]" + SPACE + r"*)?$"  # `FID > 3`, `LPIPS +0.095`
)

# `StreamingBench`, `TruthfulQA`, `Chatbot-Arena`: a benchmark by the shape of its name; not the
# words `Benchmark` or `BENCHMARK`, not `ToolBench-trained`
BENCH_SHAPED = re.compile(r"(?<![\w-])(([^\W\d_][\w-]*?)(?:Bench|bench|BENCH|QA|Eval|-EVAL|Arena)"
                          r"(?:-?[A-Z0-9][\w.]*[\w])?)(?![\w-])")

ARROW = r"(?:→|-->|->|⇒|=>)"  # `61.2 → 70.4`, `120 -> 45 ms`: a level stepping to the next
# a name, then the first of two levels an arrow joins (when the text ends at the second): what
# ends the text before either level of `AndroidWorld 69.0 -> 81.9`
NAMED_PAIR = (r"([A-Z][\w.+^-]*[\w+^])" + SPACE + r"+(?:[\d.]+" + SPACE + r"*" + ARROW + SPACE +
              r"*)?$")
# `🚀 AndroidWorld 69.0 -> 81.9`: the name after a symbol labels the pair
ARROW_LABEL = re.compile(r"(?:^|[^\w\s,.;()'\"-])" + SPACE + r"*" + NAMED_PAIR)

# `8.20 on zero-shot COCO2014`: how a benchmark is run, written before its name
EVAL_MODE = (r"(?:(?:(?:zero|few|one|\d+)-shot|held-out|in-domain|out-of-domain|cross-domain)" +
             SPACE + r"+)?")

_PAREN_BEFORE = re.compile(SPACE + r"*\(" + SPACE + r"*$")

COUNT_FAMILIES = {"count", "steps"}
# a measured quantity that is a level or moves by a change (`88.0%`, `53.2 AP`, `+1.2 dB`, `12.3 meters`)
MEASURED_FAMILIES = frozenset({"%", "metric", "dB", "length"})

_WORD = re.compile(r"[a-z]{3,}(?![\w-])")

_GLUED_WORDS = frozenset({"and", "or", "by", "of", "to", "than", "with", "over", "only", "about"})

_NOT_NAMES = frozenset({"our", "the", "a", "an", "this", "these", "its", "their", "with",
                        "for", "in", "on", "at", "using", "we", "only", "just", "each", "all"})

_LIST_TAIL = re.compile(r"(?:[\s(,/\u2060-]+|\d+(?:\.\d+)?[KMB]?|\band\b|\bor\b|&)$")


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
    dataset: str | None = None  # set by a results table's row or column
    level: bool = False  # a level its rule found as such (`54.3 → 57.0`, a table's cell): a score


@dataclass(frozen=True)
class Number:
    """A number as written: its span and value with any multiplier (`86.9K`) applied."""

    start: int
    end: int
    value: float
    magnitude: bool


# `10^{19}` (braces are FILLER in the view), `7 x 10^5`, `1.2times10^6`: powers of ten
_EXPONENT = re.compile(r"\^\u2060*(-?\d{1,2})(?![\d.])\u2060*")
_POWER_BASES = ("10", "2")  # `10^{19}`, `2^{20} tokens`
_TIMES_TEN = re.compile(SPACE + r"*(?:x|×|\*|times)" + SPACE + r"*10" + _EXPONENT.pattern)


def number_at(view: str, start: int, lex: Lexicon,
               match: re.Match | None = None) -> Number | None:
    """The number starting at `start` (digits, a power of ten, optional multiplier suffix)."""
    match = match or NUMBER.match(view, start)
    if not match or match.start() != start:
        return None
    value, end = float(match.group().translate(_GROUPING)), match.end()
    power = (_EXPONENT.match(view, end) if match.group() in _POWER_BASES else None) or \
        _TIMES_TEN.match(view, end)
    if power:
        exponent = int(power.group(1))
        value = value ** exponent if power.re is _EXPONENT else value * 10.0 ** exponent
        return Number(start, power.end(), value, False)
    mag = lex.magnitude_re.match(view, end)
    if mag:
        suffix = mag.group(1) or " " + mag.group(2).lower()
        return Number(start, mag.end(), value * lex.multipliers[suffix][0], True)
    return Number(start, end, value, False)


def _word_left(view: str, start: int, floor: int) -> str:
    """The run of name characters glued to the left of `start`."""
    i = start
    while i > floor and (view[i - 1].isalnum() or view[i - 1] in "_-.'’/"):
        i -= 1
    return view[i:start]


_SIZE_SLASH = re.compile(r"\(?(?:\d+(?:\.\d+)?[KMBT]/)+")  # `(0.5B/1.5B/3B/7B)`


def is_name_part(view: str, start: int, floor: int) -> bool:
    """True for digits inside names: VGG16, GPT-4, Llama2-70B, CO3D-v2, Top-1; not for a
    number glued to a function word by a lost space (`and9.4x`)."""
    if view[floor:start].rstrip("\u2060")[-1:] in ("^", "@"):
        return True  # an exponent (R^2, 10^9, 2^{20}) or a metric's cutoff (maj@16)
    left = _word_left(view, start, floor)
    if left.lower() in _GLUED_WORDS or _SIZE_SLASH.fullmatch(left):
        return False  # `and9.4x`; `(4B/8B)` lists two sizes
    return any(c.isalpha() for c in left) and not left.endswith(("x-", "X-", "×-"))


_COMPOUND_AFTER = re.compile(r"-(?:level|wise|by-)")
_PLURAL_NOUN_NEXT = re.compile(SPACE + r"+([a-z]{3,}s)\b")
# `8 GPU nodes`, `16 GPU servers`, `8 GPU devices`: compute spent (rule 10), the devices counted
_COMPUTE_NOUNS = frozenset({"nodes", "servers", "machines", "devices", "cards", "chips", "accelerators",
                            "workers", "instances", "pods", "cores"})


def _unit_at(view: str, pos: int, lex: Lexicon, glued: bool) -> tuple[Unit, int] | None:
    match = lex.unit_re.match(view, pos)
    if not match:
        return None
    unit = lex.units[match.group(1)]
    if glued and not unit.glue and not match.group(1).startswith(("-", " ", "%")):  # `4.5% points`
        return None
    if unit.unit == "x" and re.match(SPACE + r"*\d", view[match.end():match.end() + 3]):
        return None  # 256x256, 3 x 3: a shape, not a factor
    if unit.family in COUNT_FAMILIES and _COMPOUND_AFTER.match(view, match.end()):
        return None  # `3.1M step-level SFT samples`: the word is a compound's, the unit follows
        # (not `100ms-level latency`, a time)
    if unit.unit == "GPUs" and match.group(1) in ("GPU", "TPU") and \
            _PLURAL_NOUN_NEXT.match(view, match.end()) and \
            _PLURAL_NOUN_NEXT.match(view, match.end()).group(1) not in lex.stopwords["count_verbs"] and \
            _PLURAL_NOUN_NEXT.match(view, match.end()).group(1) not in _COMPUTE_NOUNS:
        return None  # `16 GPU domains`, `8 GPU nodes`: what the device names, counted
    if match.group(1).lower() == "second" and re.match(r"-(?!long|length|level|scale)[a-z]",
                                                       view[match.end():match.end() + 8]):
        return None  # `100 second-language learners`: an ordinal in a compound, not a time
    return unit, match.end()


_POINT_MODIFIERS = frozenset("absolute relative average avg mean overall additional extra more full "
                             "whole performance score".split())  # the score words no metric owns


def _scored_points(words: str, lex: Lexicon) -> bool:
    """`6.22 accuracy points`, `3 average performance points`: points of a score; not `15k memory
    points` or `767 scoring points`, items counted in points."""
    return all(w in _POINT_MODIFIERS or (metric_name(lex, w) and not lex.metric_families.get(
        metric_name(lex, w))) for w in words.replace("\u2060", " ").split())


_NAME_BEFORE = re.compile(r"[A-Z][\w.-]*" + SPACE + r"+$")
_HEAD_AFTER = re.compile(r"(?:" + SPACE + r"+and" + SPACE + r"+[\w-]+)?" + SPACE +
                         r"+(?:benchmarks?|datasets?|test" + SPACE + r"+sets?)\b")


def _named_qualifier(view: str, num: Number, adjectives: str, end: int) -> bool:
    """A capitalized qualifier that makes no count: the number is a name's version or size
    (`Mistral 7B Instruct samples`, `Claude 3 Opus trajectories`, `Common Voice 13 English
    utterances`), or the noun only qualifies the head that follows (`on 19 public Chinese
    dialects and accents benchmarks`)."""
    return any(c.isupper() for c in adjectives) and bool(
        num.magnitude or _NAME_BEFORE.search(view, max(0, num.start - 40), num.start) or
        _HEAD_AFTER.match(view, end))


def attach_unit(view: str, num: Number, lex: Lexicon, limit: int):
    """(Unit, end) of the unit after a number, allowing two adjectives before count nouns."""
    gap = _GAP.match(view, num.end).end()
    glued = gap == num.end or all(c == "\u2060" for c in view[num.end:gap])
    found = _unit_at(view, gap, lex, glued)
    if found and found[1] <= limit:
        return found
    if glued:
        return None
    for adjectives in (_ADJECTIVE.match(view, gap), _ADJECTIVES.match(view, gap),
                       _PAIRED_ADJECTIVES.match(view, gap)):
        found = _unit_at(view, adjectives.end(), lex, False) if adjectives else None
        if found and (found[0].family in COUNT_FAMILIES or found[0].unit == "pp" and _scored_points(
                view[gap:adjectives.end()], lex)) and found[1] <= limit and \
                not _named_qualifier(view, num, view[gap:adjectives.end()], found[1]):
            return found
    word = _WORD.match(view, gap)
    unit = quantulum_unit(word.group()) if word and word.group() not in lex.metrics else None
    return (lex.canonical_units[unit], word.end()) if unit in lex.canonical_units else None


_SCORE_MODIFIER = re.compile(r"(?:absolute|relative|average|mean|final|validation|test)" + SPACE + r"+")


def metric_after(view: str, end: int, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    """A score metric right after the number, past a modifier: `53.2 AP`, `6.2 absolute Pass@1`,
    `1885.24 final perplexity`."""
    gap = _GAP.match(view, end).end()
    modifier = _SCORE_MODIFIER.match(view, gap) if gap > end else None
    match = lex.metric_after_re.match(view, modifier.end() if modifier else gap)
    if match and match.end() <= limit:
        name = metric_name(lex, match.group(1))
        glued = gap == end
        if is_score_metric(lex, name) and (not glued or match.group(1).isupper()):
            return name, match.end()
    qualified = _QUALIFIERS.match(view, gap) if gap > end and not match else None
    match = lex.metric_after_re.match(view, qualified.end()) if qualified else None
    if match and match.end() <= limit and match.group(1)[0].isupper() and \
            is_score_metric(lex, metric_name(lex, match.group(1))):
        return metric_name(lex, match.group(1)), match.end()  # `0.471 all-edge causal F1`
    return None


# lowercase words that qualify an acronym metric after its number (`all-edge causal F1`): no
# article or verb (`2.0 achieves a VBench score`), no plural
_QUALIFIERS = re.compile(r"(?:" + _NOT_ADJECTIVE + r"(?!(?:a|an|its|their|our|his|her|but|if|so|as|that|"
                         r"which|whose|because|since|though|although|unless|yet|nor|then|given|"
                         r"once|until|whether|than|using|following|achieving|reaching|yielding|obtaining|attaining|"
                         r"including|improving|outperforming|surpassing|maintaining|keeping|reducing|"
                         r"increasing|boosting|giving|showing|leading|resulting|setting|getting|having|"
                         r"being|requiring|exceeding)\b)[a-z][a-z-]*"
                         r"(?<!s)" + SPACE + r"+){1,2}")  # nor a conjunction or a verb's -ing
# (`0.82 but baseline F1`, `lr 0.001 using cosine F1`; but `45.3 grounding AP`)


def metric_before(view: str, start: int, floor: int, lex: Lexicon, parenthesized: bool = False,
                  bounded: bool = False) -> tuple[str, int] | None:
    """A score metric right before the number: `SSIM of 0.969`, `MSE: 0.0019`, `FID > 3`; with
    `parenthesized` (the caller has seen the number close its parentheses), also a value in
    parentheses (`answer accuracy (0.767)`, not `F1 (5 seeds)`); with `bounded` (a bound word
    ends the text before `start`), the metric right before it (`an F1-score up to 0.797`)."""
    if start - floor > _METRIC_REACH:  # only the words right before can name it: a long
        space = view.find(" ", start - _METRIC_REACH, start)  # sentence is not rescanned whole
        floor = space + 1 if space != -1 else start - _METRIC_REACH
    left = view[floor:start]
    tail = (parenthesized and _PAREN_BEFORE.search(left)) or _METRIC_BEFORE.search(left)
    if tail is None or not (bounded or tail.group().strip(" \u2060")):
        return None  # `SSIM 0.9` is too loose: require `of`, `:`, `=`, `>` ...
    head = left[:tail.start()].rstrip(" \u2060")
    candidates = list(lex.metric_re.finditer(head))
    ends = {len(head), len(head) - 1} if head.endswith(")") else {len(head)}  # `... (FID) from`
    if not candidates or candidates[-1].end() not in ends:
        return None
    name = metric_name(lex, candidates[-1].group(1))
    # `FID from 18.65 to 1.80`: the second number's span must not swallow the first one
    first = start if re.search(r"\bto\b", tail.group()) else floor + candidates[-1].start()
    return (name, first) if name else None


# `a temperature τ = 0.07`, `nucleus sampling with p = 0.95`, `we choose κ = 0.3`: a setting
_STAT_SETTING = re.compile(r"\b(?:temperature|threshold|probabilit\w*|sampl\w*|nucleus|top|margin|"
                           r"coefficient|radius|weight\w*|decay|momentum|hyper-?parameters?|choose|chose|chosen|"
                           r"fix|fixed|use|used|using)\b\W*(?:\w+\W+)?$", re.IGNORECASE)
_REPORTED = re.compile(r"[(,;]" + SPACE + r"*$")  # `(r = 0.82`, `, p < 0.001`: reported, not set
_STAT_WINDOW = (40, 60)  # characters before the symbol for a setting, around it for `not_near`


def _stated(view: str, num: Number, found: re.Match, stat: Statistic, floor: int,
            limit: int) -> bool:
    """Whether the symbol `found` before `num` reports `stat` rather than set a parameter."""
    named_of = found.group(3) and len(found.group(1)) > 1  # `R² of 0.77`, not a dropout `p of 0.1`
    if (not found.group(2) and not named_of and not stat.bare) or (stat.unit_interval and (
            num.value >= 1 or "." not in view[num.start:num.end])):
        return False  # `r = 16` is a LoRA rank, `κ > 1` a threshold of a definition
    if stat.parenthesized and view.rfind("(", floor, found.start()) <= \
            view.rfind(")", floor, found.start()):
        return False  # `n = 4` layers; `(n = 5,957)` patients
    before = view[max(floor, found.start() - _STAT_WINDOW[0]):found.start()]
    around = view[max(floor, num.start - _STAT_WINDOW[1]):min(limit, num.end + _STAT_WINDOW[1])]
    setting = not _REPORTED.search(before) and _STAT_SETTING.search(before)
    return not (setting or (stat.not_before and stat.not_before.search(before))
                or (stat.not_near and stat.not_near.search(around)))


def statistic_before(view: str, num: Number, floor: int, limit: int,
                     lex: Lexicon) -> Mention | None:
    """A statistic reported by its symbol: `r = 0.82`, `p < 0.0001`, `HR = 0.84`, `OR 10.01`,
    `(n = 5,957)`; not a setting written the same way (`temperature τ = 0.07`, `HR 256` images)."""
    low = max(floor, num.start - 30)
    found = lex.statistic_re.search(view, low, num.start)
    stat = lex.statistics[found.group(1)] if found else None
    if stat is None or not _stated(view, num, found, stat, floor, limit):
        return None
    unit = lex.canonical_units.get(stat.unit or "")
    named = stat.metric or (found.group(1) if stat.kind == "score" else None)  # `R²` as written
    longer = [m for m in lex.metric_re.finditer(view, max(floor, found.start() - 20), found.end())
              if m.end(1) == found.end(1) and m.start(1) < found.start(1)]
    if longer and stat.metric and metric_name(lex, longer[-1].group(1)) != stat.metric:
        named = metric_name(lex, longer[-1].group(1))  # `Fleiss' kappa of 0.66`: the name written,
        return Mention(longer[-1].start(1), num.end, num.value, None, named, "metric", stat.kind,
                       named, "statistic", metric_first=True)  # not the symbol's default
    return Mention(found.start(), num.end, num.value, None, stat.unit or found.group(1),
                   unit.family if unit else "metric", stat.kind, named, "statistic",
                   metric_first=True)


_TUPLE_BEFORE = re.compile(r"(?:^|[,;:]|\((?:" + SPACE + r"*[A-Za-z][\w-]*[a-z][\w-]*" + SPACE +
                           r"+)?|\band|\b(reach|achiev|attain|obtain)\w*|\b(at))" + SPACE + r"*$")
# also `(MorphScore macro-F1 0.61`, `(root-family MAP 0.85`: a qualifier after the bracket
_SCORE_BEFORE_AT = re.compile(r"(\d[\d.,]*)(?:(%)|" + SPACE + r"+([\w@.-]+))?" + SPACE + r"*$")
_DASHED_MAX = r"(?:(?:-|–|—|--|~)\d+(?:\.\d+)?)?"  # `AUC 0.97-0.99`: a range's end, if any
_TUPLE_AFTER = re.compile(_DASHED_MAX + SPACE + r"*(?:[,;)]|and\b|vs\.?|versus\b|$)")
# after a verb that reports it, the score's clause may go on: `reaching AUC 0.937 for sex`
_REPORTED_AFTER = re.compile(_DASHED_MAX + SPACE + r"*(?:[,;)]|\.(?!\d)|(?:and|vs\.?|versus|for|on|"
                             r"in|at|with|by|across|while)\b|$)")


def tuple_metric_before(view: str, start: int, end: int, floor: int,
                        lex: Lexicon) -> tuple[str, int] | None:
    """`(PSNR 35.49, SSIM 0.9433, LPIPS 0.0723)`, `(BLEU 23.9 vs. 19.6)`, `reaching AUC 0.937
    for`: in a list, a comparison of results or after a verb that reports a score, a score
    metric written right before its number with only a space between."""
    low = max(floor, start - 40)  # a metric name is short: no scan of the whole sentence
    head = view[low:start].rstrip(" \u2060")
    found = list(lex.metric_re.finditer(head))
    if len(head) == start - low or not found or found[-1].end() != len(head):
        return None
    name = metric_name(lex, found[-1].group(1))
    opened = _TUPLE_BEFORE.search(head, 0, found[-1].start())
    scored = opened and opened.group(2) and _SCORE_BEFORE_AT.search(view, max(floor, start - 60),
                                                                    low + opened.start())
    if scored and scored.group(3) and is_score_metric(lex, metric_name(lex, scored.group(3))):
        return None  # `52.1 AP at IoU 0.75`: after a score, `at` sets a threshold (not after
        # `175 categories at AUC 0.97`)
    after = _REPORTED_AFTER if opened and (opened.group(1) or opened.group(2)) else _TUPLE_AFTER
    if not is_score_metric(lex, name) or not opened or (not opened.group().strip() and low > floor) \
            or not after.match(view, end):
        return None  # (`^` holds only at the sentence's start)
    return name, low + found[-1].start()


_ACRONYM = r"(?=[A-Za-z-]*[A-Z][A-Za-z-]*[A-Z])[A-Z][A-Za-z-]*"  # two capitals, no digits: HM-CF
_ACRONYM_OF = re.compile(r"(?<![\w-])(" + _ACRONYM + ")(?:" + SPACE + r"+(?:score" + SPACE + r"+)?of" +
                         SPACE + r"+(?:(?:only|just)" + SPACE + r"+)?|" + SPACE + r"*([:=])" + SPACE +
                         r"*)$")  # `HM-CF of 0.67`, `CLIP-I: 0.6605`
_MEAN = re.compile(r"\b(?:mean|average)" + SPACE + r"+$")
_ACRONYM_AFTER = re.compile(SPACE + r"+(" + _ACRONYM + r"(?<![A-Z]s)(?:@\d+)?)(?![\w-])")  # NoC@95
# a verb of two, three or half (`doubles the throughput`, `while halving input tokens`)
RATIO_VERB = re.compile(r"(?:doubl|tripl)(?:es|ed|ing)|halv(?:e|es|ed|ing)", re.IGNORECASE)
OUTDO = "outperform|surpass|exceed|beat"  # stems of verbs that set a result above another
# verbs of a score that stops rising: `majority voting peaks at 42`, `Anatomy tops out at 0.65`
PEAKED = (r"peak(?:s|ed)?|(?:tops?|topped)" + SPACE + r"+out|plateau(?:s|ed)?|saturat(?:e|es|ed)|"
          r"stall(?:s|ed)?|settl(?:es|ed)")
SCORE_VERB = re.compile(r"\b(?:achiev|attain|obtain|reach|scor|record|report|yield)\w*", re.I)


_ITEM_END = re.compile(r"(?:" + SPACE + r"*[a-z]{1,3})?" + SPACE + r"*[,;)]")  # `0.937,`, `4.43 y)`
_THRESHOLD_AFTER = re.compile(SPACE + r"*(?:as" + SPACE + r"+(?:the|a)" + SPACE + r"+)?(?:threshold|"
                              r"cutoff|cut-off|margin)\b", re.I)


def paren_metric_before(view: str, start: int, end: int, floor: int,
                        lex: Lexicon) -> tuple[str, int] | None:
    """`(IDH1 AUC 0.937, brain-age MAE 4.43 y)`: inside parentheses, a score metric the
    gazetteer knows, right before the number, names it without `of` or `:` (not `(SSIM 0.9
    threshold)`, a setting)."""
    opened = view.rfind("(", max(floor, start - 80), start)
    if opened == -1 or ")" in view[opened:start] or not _ITEM_END.match(view, end) or \
            _THRESHOLD_AFTER.match(view, end):
        return None  # `(IoU 0.5 on COCO)` qualifies a match, `AP (IoU 0.5)` a metric
    qualified = list(lex.metric_re.finditer(view, max(floor, opened - 30), opened))
    if qualified and not view[qualified[-1].end():opened].strip(" \u2060"):
        return None
    head = view[opened + 1:start].rstrip(" \u2060")
    if len(head) == start - opened - 1:
        return None  # glued to the number: a name (`(ResNet50`)
    found = list(lex.metric_re.finditer(head))
    if not found or found[-1].end() != len(head):
        return None
    name = metric_name(lex, found[-1].group(1))
    return (name, opened + 1 + found[-1].start()) if name and is_score_metric(lex, name) else None


def acronym_score_before(view: str, start: int, floor: int, lex: Lexicon) -> tuple[str, int] | None:
    """`reaches a mean HM-CF of only 0.67`, `(CLIP-I: 0.6605 vs. 0.6558; DINO: 0.4812 ...)`: a
    score named by an acronym the gazetteer does not know, in a clause that reports a score or
    in a bracketed list of results (not `a CFG of 7.5`, a setting)."""
    match = _ACRONYM_OF.search(view, max(floor, start - 40), start)
    if not match or match.group(1) in lex.stopwords["not_benchmarks"]:
        return None
    listed = match.group(2) and view.rfind("(", floor, match.start()) > view.rfind(")", floor,
                                                                                  match.start())
    if not listed and not _MEAN.search(view, max(floor, match.start() - 10), match.start()) and \
            not SCORE_VERB.search(view, max(floor, start - 80), match.start()):
        return None
    return match.group(1), match.start(1)


def _acronym_after(view: str, start: int, end: int, floor: int, lex: Lexicon) -> re.Match | None:
    """The acronym-shaped name right after the number, unless a stop word or the number is a
    version (`Qwen 2.5 VL`)."""
    match = _ACRONYM_AFTER.match(view, end)
    if not match or match.group(1) in lex.stopwords["not_benchmarks"] or \
            model_name_before(view, start, floor, lex):
        return None
    return match


def acronym_score_after(view: str, start: int, end: int, floor: int,
                        lex: Lexicon) -> tuple[str, int] | None:
    """`by 10.3 RayIoU`: a score named by an acronym right after the number (not `3 LLMs`, and
    not a known benchmark, see `benchmark_after`)."""
    match = _acronym_after(view, start, end, floor, lex)
    if not match or lex.dataset_re.match(view, match.start(1)):
        return None
    return match.group(1), match.end(1)


# a benchmark's name that closes a result item (`65.9 WebArena-Infinity 43.5`, `46.7 MMMU,`), not
# one that qualifies a noun (`1.5 ImageNet epochs`)
_NAME_ENDS_ITEM = re.compile(SPACE + r"*(?:$|[,;:.)(]|[-+−]?\d|→|->|and\b|vs\b)")


def benchmark_after(view: str, start: int, end: int, floor: int, lex: Lexicon) -> bool:
    """`past Claude Code at 65.9 WebArena-Infinity 43.5 → 93.0`: a known benchmark's name right
    after a decimal, which is a score on it or the one before it; not a corpus (`a mixture of
    0.7 FineWeb-Edu and 0.3 DCLM`: its share)."""
    match = _acronym_after(view, start, end, floor, lex)
    named = match and lex.dataset_re.match(view, match.start(1))
    return bool(named and named.group(1) not in lex.corpora and
                _NAME_ENDS_ITEM.match(view, match.end(1)))


COST_WORDS = r"denois|sampl|inference|diffusion|NFE|evaluation|iteration|forward|generat|decod"
_COST_STEPS = re.compile(COST_WORDS, re.IGNORECASE)  # steps a method pays for
_TWO_WORDS = re.compile(r"(?:" + SPACE + r"+[\w-]+){0,2}")


def cost_steps(view: str, start: int, end: int, limit: int) -> bool:
    """`two denoising steps`, `a four-step distilled denoiser`, `2-step generation`: steps the
    method pays for at inference, named in the unit or the two words after it (not `a 3-step
    pipeline`, `three distinct steps`, whose steps are parts of the method)."""
    return bool(_COST_STEPS.search(view, start, min(limit, _TWO_WORDS.match(view, end).end())))


def metric_name(lex: Lexicon, surface: str) -> str | None:
    """The canonical metric of a surface; a cutoff form keeps its cutoff (`nDCG@10` ->
    `NDCG@10`), and is written as found when its base is unknown or generic (`maj@16`, `R@1`),
    a capitalized word lowercased (`Pass@1` -> `pass@1`)."""
    found = lex.metrics.get(surface) or lex.metrics.get(surface.lower())
    if found or "@" not in surface or " " in surface.split("@", 1)[0]:
        return found  # not `average NDCG@10`: a phrase, which names its metric elsewhere
    base, cutoff = surface.split("@", 1)
    name = metric_name(lex, base)
    if name and name.lower() not in lex.generic_metrics:
        return f"{name}@{cutoff}"
    word = len(base) > 1 and base[0].isupper() and base[1:].islower()
    return f"{base.lower() if word else base}@{cutoff}"  # `Pass@1` -> `pass@1`, `R@1` stays


def is_score_metric(lex: Lexicon, name: str | None) -> bool:
    """A metric whose values are scores in its own unit (`53.2 AP`, `39.03 Pass@1`)."""
    return name in lex.score_metrics or "@" in (name or "")


_NAME_REACH = 120


def model_name_before(view: str, start: int, floor: int, lex: Lexicon) -> bool:
    """`LLaMA 7B`, `Gemma 2 (2B and 9B)`: a size that names a public checkpoint."""
    left = view[max(floor, start - _NAME_REACH):start]  # a name sits right before its sizes
    while True:
        trimmed = _LIST_TAIL.sub("", left)
        if trimmed == left:
            break
        left = trimmed
    word = left.rsplit(None, 1)[-1] if left.strip() else ""
    glued = view[floor:start].endswith(word + " ") and word.isalpha() \
        and not metric_name(lex, word)  # `xLSTM 7B`; not `xAR-B (172M)`, `mIoU 48.1`
    return (word[:1].isupper() or (glued and any(c.isupper() for c in word)) or
            bool(_family_word(lex.stopwords["public_model_families"]).fullmatch(word))) \
        and word.lower() not in _NOT_NAMES  # `llama-2-chat 7B`; not `an optimized 7B model`


@lru_cache(maxsize=1)
def _family_word(families: frozenset[str]) -> re.Pattern:
    """A public family's name in any case, alone or with its version and variant (`llama-2-chat`)."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(families))) + r")(?:[-\d.][\w.-]*)?",
                      re.IGNORECASE)
