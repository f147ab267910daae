"""Mentions written with number words: twice, half, an order of magnitude, four to forty
times, five epochs, one million labeled images, a single GPU."""

from __future__ import annotations

import re
from dataclasses import replace

from .classify import REDUCING, after_by, item_share, share_of_resource, strip_bound
from .latex import SPACE
from .lexicon import Lexicon
from .mentions import COST_WORDS, COUNT_FAMILIES, RATIO_VERB, Mention, Number, attach_unit, cost_steps
from .quantities import FINDING, OWN_WORK, count_noun, gpu_count, measured_on

_COMPARATIVE = re.compile(SPACE + r"+(?:as" + SPACE + r"+\w+|faster|slower|more|fewer|less|"
                          r"higher|lower|larger|smaller|better|cheaper|speedup|speed-up|longer|"
                          r"shorter|bigger|wider|deeper|"
                          r"improvement|reduction|increase|decrease|the|that|its|their)\b")


_RESULT_NOUN = re.compile(r"\b(?:performance|throughput|speed|efficiency|scores?|costs?|memory|latency|"
                          r"footprint|usage)\b")  # `roughly halve retrieval cost`
_SPENT_NOUN = re.compile(r"\b(?:tokens|compute|FLOPs)\b")  # `while halving input tokens`; not
# `doubled tokens per expert`, a setting
_OBJECT_NEXT = re.compile(SPACE + r"+(?:the|its|their|our|a|an)\b", re.IGNORECASE)  # `, doubled the X`
_CLAUSE_STOP = re.compile(r"[,;.]|\b(?:and|but|while|which|that|hurts|yields|improves|reduces)\b")
_SETUP_BEFORE = re.compile(r"(?:^|[,;:(]|\b(?:by|simply|that|when|if|of|the|a|an|after|"
                           r"before))" + SPACE + r"*$", re.IGNORECASE)

_WHILE = re.compile(r"\bwhile" + SPACE + r"*$", re.IGNORECASE)
_OBJECT_END = re.compile(r"\b(?:at|on|in|for|with|under|across|of)\b")
_SETTING_NOUN = re.compile(r"\b(?:size|threshold|budget|bank|rate|ratio|length|window)s?\b")


def _verb_result(view: str, match: re.Match, s0: int, s1: int, lex: Lexicon) -> bool:
    """`nearly doubling baseline performance`, `doubles the throughput`: a verb of two (three,
    half) reports a result when it is no clause-opening gerund or attribute (`by doubling the
    data`, `the doubled budget`) and its own clause names what changes."""
    before = view[s0:match.start()]
    stop = _CLAUSE_STOP.search(view, match.end(), min(s1, match.end() + 40))
    window = view[match.end():stop.start() if stop else min(s1, match.end() + 40)]
    if _WHILE.search(before):  # `faster while halving peak GPU memory`; not `while doubling
        head = _OBJECT_END.split(window, maxsplit=1)[0]  # the batch size`: its object decides
        return bool((_RESULT_NOUN.search(head) or _SPENT_NOUN.search(head)) and
                    not _SETTING_NOUN.search(head))
    verb = match.group().lower()
    if _SETUP_BEFORE.search(before) and not (before.rstrip().endswith(",") and (
            verb.endswith("es") or verb.endswith("ed") and _OBJECT_NEXT.match(view, match.end()))):
        return False  # `by doubling the data`, `, doubling the budget`, `, doubled batch sizes
        # improve`; not `X achieved ..., doubled the training efficiency over Y`: a verb of the
        # sentence's subject
    return bool(lex.metric_re.search(window) or _RESULT_NOUN.search(window))


# what makes `double`/`triple` a verb: `nearly triple`, `can double`, `to triple`
_BARE_VERB_BEFORE = re.compile(r"\b(?:nearly|almost|roughly|approximately|more" + SPACE + r"+than|"
                               r"can|could|will|would|may|to)" + SPACE + r"+$", re.IGNORECASE)
_SPEED_WORD = re.compile(SPACE + r"+(?:faster|slower|speedup)\b")  # `an order of magnitude faster`
_WORD_RANGE = re.compile(SPACE + r"*(?:to|-)" + SPACE + r"*")  # `four to forty`
_TIMES = re.compile(SPACE + r"*(?:-fold|" + SPACE + r"times)\b")
# `Our contribution is twofold`, `the challenges are threefold:`: a count of the paper's parts
_PARTS_ARE = re.compile(r"\b(?:contributions?|aims?|goals?|objectives?|benefits?|advantages?|"
                        r"novelty|novelties|purposes?|challenges?|reasons?|findings?)(?:" + SPACE +
                        r"+of" + SPACE + r"+(?:this|the|our)" + SPACE + r"+\w+)?" + SPACE +
                        r"+(?:is|are)" + SPACE + r"+(?:(?:mainly|primarily|thus|therefore|hence|"
                        r"also)" + SPACE + r"+)?$", re.IGNORECASE)
# `... is twofold:`, `is twofold and can be summarized`; not `is a threefold speedup`
_CLAUSE_END = re.compile(SPACE + r"*(?:[:.;,]|$|(?:and|as|in)\b)")
_DETERMINER = re.compile(r"\b(?:a|an|the|our|this|its)" + SPACE + r"+$", re.IGNORECASE)
_PARTS_NOUN = re.compile(r"(?:" + SPACE + r"+[a-z][\w-]*){0,2}?" + SPACE + r"+(?:strategy|strategies|"
                         r"framework|approach|design|pipeline|process|mechanism|architecture|"
                         r"structure|contributions?|objectives?|goals?|scheme|paradigm|difficulty|"
                         r"challenges?|problems?|purpose|role|nature|perspective|analysis|"
                         r"evaluation|procedure|solution)\b", re.I)


_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2,
              "tenth": 0.1, "hundredth": 0.01}
_TIME = r"(second|minute|hour|day)(?=" + SPACE + r"*(?:[,.;:)]|$|(?:on|per|with|while|and|using|" \
    r"for|to|at|from|in)\b))"  # not `a second stage`, `a minute of film`
_TIME_WORDS = re.compile(
    r"(?<![\w-])(?:(?:one|a)[-\s]+(" + "|".join(_FRACTIONS) + r")(?:\s+of)?|(half)|"
    r"(?:than|under|within|about|around|roughly|nearly|almost|only|just))\s+(an?\s+" + _TIME +
    ")", re.IGNORECASE)


def _time_words(view: str, s0: int, s1: int, lex: Lexicon) -> list[Mention]:
    """`one tenth of a second`, `half an hour`, `in less than a second`: a time written in
    words (`a second` alone counts only after a bound word: `in a second round` is ordinal)."""
    out = []
    for match in _TIME_WORDS.finditer(view, s0, s1):
        fraction = match.group(1) or match.group(2)
        unit = lex.units[match.group(4).lower()]
        start = match.start() if fraction else match.start(3)
        value = _FRACTIONS[fraction.lower()] if fraction else 1.0
        out.append(Mention(start, match.end(), value, None, unit.unit, unit.family, unit.kind,
                           unit.metric, "time_words"))
    return out


_A_MAGNITUDE = re.compile(r"(?<![\w-])an?(?=" + SPACE + r"+(?:million|billion|trillion)\b)", re.I)


def _a_magnitude(view: str, s0: int, s1: int, lex: Lexicon) -> list[Mention]:
    """`models exceeding a billion parameters`, `a million images`: one of a magnitude word,
    counted in its unit."""
    found = (_word_magnitude(view, m.start(), m.end(), 1.0, s1, lex)
             for m in _A_MAGNITUDE.finditer(view, s0, s1))
    return [m for m in found if m]


def scan_words(view: str, s0: int, s1: int, lex: Lexicon, taken: list[Mention],
               prior: tuple[int, int]) -> list[Mention]:
    """Mentions with number words: twice, half, an order of magnitude, four to forty times,
    one tenth of a second; none inside the `prior` work span."""
    out: list[Mention] = [m for m in _time_words(view, s0, s1, lex) + _a_magnitude(view, s0, s1, lex)
                          if not prior[0] <= m.start < prior[1]]
    for match in lex.number_word_re.finditer(view, s0, s1):
        if any(m.start <= match.start() < m.end for m in taken + out) or \
                prior[0] <= match.start() < prior[1]:
            continue
        if match.group(1)[0].isupper() and view[s0:match.start()].strip(" \u2060("):
            continue  # `Double Sparsity`: a capitalized word inside a sentence is a name
        mention = _word_mention(view, match, s0, s1, lex)
        if mention:  # it may hold a magnitude read alone (`a quarter of a million pairs`)
            out = [m for m in out if not mention.start <= m.start < mention.end] + [mention]
    return out


def _word_mention(view: str, match: re.Match, s0: int, s1: int,
                  lex: Lexicon) -> Mention | None:
    value, unit = lex.number_words[match.group(1).lower()]
    end = match.end()
    if unit == "x":
        if _PARTS_ARE.search(view, s0, match.start()) and _CLAUSE_END.match(view, end):
            return None
        if match.group(1).lower().endswith("fold") and _DETERMINER.search(
                view, max(s0, match.start() - 6), match.start()) and _PARTS_NOUN.match(view, end):
            return None  # `a three-fold optimization strategy` has parts; `a fivefold gain` is one
        if RATIO_VERB.fullmatch(match.group(1)) and not _verb_result(view, match, s0, s1, lex):
            return None  # `doubling the batch size` sets up; `nearly doubling performance` finds
        verb = match.group(1).lower() in ("double", "triple") and _BARE_VERB_BEFORE.search(
            view, max(s0, match.start() - 20), match.start()) and _verb_result(view, match, s0, s1, lex)
        word = match.group(1).lower()
        fraction = value < 1 and not RATIO_VERB.fullmatch(word)  # half, one third, a quarter of
        of_a = _OF_A_MAGNITUDE.match(view, end) if fraction else None
        if of_a:  # `a quarter of a million pairs`: one count of 250,000
            return _word_magnitude(view, match.start(), of_a.end(), value, s1, lex)
        if fraction and (_A_PART.search(view, max(s0, match.start() - 40), match.start()) or
                         _NO_SHARE_AFTER.match(view, end)):
            return None  # `the intent-to-action half of LeWM`, `the second half`: a part; `over
            # half (51%) of ratings`: the share is the number in brackets; `half-precision`
        if fraction and _BY_OR_IN_HALF.search(view, max(s0, match.start() - 60), match.start()) \
                and _HALF_END.match(view, end):
            return Mention(match.start(), end, value, None, "x", "x", "ratio", None,
                           "number_word")  # `cut peak memory roughly in half`, `by a third`
        if fraction and word.startswith("a ") and not _OF.match(view, end):
            return None  # `a third active player`: an ordinal
        left = view[max(s0, match.start() - 40):match.start()]
        bounded = fraction and left.rstrip(" \u2060") != strip_bound(left, lex)  # `less than
        # half the tokens`, `up to half`
        if (fraction or word in ("double", "triple")) and not verb and not \
                _COMPARATIVE.match(view, end) and not _OF.match(view, end) and not bounded:
            return None  # `double buffering`, `half precision`: adjectives; not `that nearly
            # triple Gemini Flash's ARC-AGI accuracy`, a verb
        if value < 1 and (_OF_THE.match(view, end) or (
                share_of_resource(view, end) and not _A_RATE.match(view, end))):
            return Mention(match.start(), end, value, None, None, None, "scale", None,
                           "number_word_fraction")  # `half of the refinement steps`, `a third
            # of parameters`: a fraction of something, a written share with no unit (rule 7)
        if fraction and item_share(view, end):
            return Mention(match.start(), end, value, None, None, None, "score", None,
                           "number_word_fraction")  # `a quarter of answers skip the format`: a
            # share of the items counted, a level like `25% of answers` (the same split)
        tail = _SPEED_WORD.match(view, end)
        end = tail.end() if tail and "order" in match.group(1) else end
        return Mention(match.start(), end, value, None, "x", "x", "ratio", None, "number_word")
    second = _WORD_RANGE.match(view, end)
    value_max = None
    if second:
        other = lex.number_word_re.match(view, second.end())
        if other and other.group(1).lower() in lex.number_words:
            value_max, end = lex.number_words[other.group(1).lower()][0], other.end()
    times = _TIMES.match(view, end)
    by = after_by(view, s0, match.start(), lex)  # `expand the context lengths by four times`
    if times and (value_max or by or _COMPARATIVE.match(view, times.end())):
        return Mention(match.start(), times.end(), value, value_max, "x", "x", "ratio", None,
                       "number_word_times")
    if value_max is None:
        found = gpu_count(view, Number(match.start(), end, value, False), lex, s0, s1)
        if found:
            return replace(found, rule="number_word_gpus")
        return _word_magnitude(view, match.start(), end, value, s1, lex) or \
            _word_unit(view, match.start(), end, value, s0, s1, lex)
    ranged = _word_unit(view, match.start(), end, value_max, s0, s1, lex)
    return replace(ranged, value=value, value_max=value_max) if ranged else None  # `one to
    # thirty years`, `four to forty hours`


_OF = re.compile(SPACE + r"+of\b")
_A_RATE = re.compile(SPACE + r"+of" + SPACE + r"+the" + SPACE + r"+time\b")  # `half of the time`
_A_PART = re.compile(r"(?:\b(?:the|first|second|other|latter|former)|\w-\w+(?<!ing))" + SPACE +
                     r"+$", re.IGNORECASE)  # `the second half`, `the intent-to-action half of`;
# not `fine-tuning half of the layers`
_NO_SHARE_AFTER = re.compile(r"-|" + SPACE + r"+precision\b|" + SPACE + r"*\(" + SPACE +
                             r"*[\d.]+" + SPACE + r"*%")  # `half-precision`, `over half (51%) of`
_OF_A_MAGNITUDE = re.compile(SPACE + r"+(?:of" + SPACE + r"+)?an?(?=" + SPACE +
                             r"+(?:thousand|million|billion|trillion)\b)")
# `cut peak memory roughly in half`, `reduces the parameters by a third`
_BY_OR_IN_HALF = re.compile(REDUCING + r"\b[^,;.]*\b(?:in|by)" + SPACE + r"+$", re.IGNORECASE)
_HALF_END = re.compile(SPACE + r"*(?:[,.;:)]|$|(?:and|while|with|compared|relative|versus|vs|"
                         r"without|at|on|for|across)\b)")  # not `in half of the benchmarks`
_OF_THE = re.compile(SPACE + r"+of" + SPACE + r"+(?:the|their|its|our)" + SPACE + r"+(?!(?:time|original|"
                     r"baseline|standard|default|full|previous)\b)")  # not `half of the time`, `of
# the original`: a rate, a ratio
_WITHIN = re.compile(r"\b(?:in|within|under|than|only|just)" + SPACE + r"+$")  # `in less than one day`
_ONLY = re.compile(r"\b(?:only|just|merely)" + SPACE + r"+(?:(?:requires?|requiring|needs?|"
                   r"needing|takes?|taking|uses?|using|with|in)" + SPACE + r"+)?(?:a" + SPACE +
                   r"+)?$|\b(?:requires?|requiring|needs?|needing)" + SPACE +
                   r"+(?:a" + SPACE + r"+)?$", re.IGNORECASE)  # `requires only one step`
# `in a single forward pass`, `decode all remaining tokens in one step`: the one step or pass a
# method runs in (rule 10, a design cost), not `one step closer`
_IN_ONE = re.compile(r"\b(?:in|into|within|via|through|using|performs?|performing)" + SPACE + r"+(?:only" +
                     SPACE + r"+|just" + SPACE + r"+)?(?:a" + SPACE + r"+)?$", re.IGNORECASE)
_OTHERS_SUBJECT = re.compile(r"^\W*(?:Alternatively\b|[^,]*\b(?:models|methods|techniques|approaches|"
                             r"has" + SPACE + r"+opened)\b)")
_IT_OPENS = re.compile(r"\W*It\b")
_FOR_ONE = re.compile(r"\b(?:for|after|within)" + SPACE + r"+(?:(?:only|just)" + SPACE + r"+)?(?:a" +
                      SPACE + r"+)?$", re.IGNORECASE)  # a run's length in epochs
# `single-step denoising`: a glued step a cost word follows (not `single-step code generation`,
# `single-step generation tasks`: a kind of task or setting)
_GLUED_COST = re.compile(SPACE + r"+(?:" + COST_WORDS + r")\w*\b(?!" +
                         SPACE + r"+(?:tasks?|settings?|scenarios?|problems?|benchmarks?|accuracy)\b)")
_TRAINING_STEP = re.compile(r"\b(?:training|optimization|gradient|update)\b", re.IGNORECASE)
_STEP_PHRASE = re.compile(r"(?:-|" + SPACE + r"+)(?:sizes?|away|beyond|further|ahead|forward|"
                          r"towards?|closer|back|function|schedule|of(?!" + SPACE + r"+(?:sampling|"
                          r"denoising|inference|generation|diffusion|decoding)\b))\b")
_NAME_GAP = re.compile(SPACE + r"+[A-Z]{2,}[\w-]*(?=" + SPACE + r")")  # `a single DDIM step`


def _one_counts(view: str, start: int, unit, s0: int) -> str | None:
    """The rule by which `one` counts: a GPU, a time `within one day`, a step the method is cut
    down to (`using only a single DDIM step`, `requires only one step`), or the one pass or step
    it runs in (`in a single forward pass`, rule `one_pass`; not what others' methods or a
    finding do: `PD-based models infer all characters in a single decoding pass`, `we find
    that LLMs reason within a single forward pass`); `one step further` is a phrase."""
    left = view[max(s0, start - 40):start]
    if unit.unit in ("GPUs", "calls") or (unit.family == "time" and _WITHIN.search(left)) or (
            unit.unit == "steps" and _ONLY.search(left)) or (
            unit.unit == "epochs" and _FOR_ONE.search(left)):
        return "number_word_unit"  # also `fine-tuning for one epoch`, `after only one epoch`,
        # `one extra LLM call`
    head = view[s0:start]
    own = OWN_WORK.search(head) or _IT_OPENS.match(head)  # `It introduces extra decoding heads
    # to large models, ... in a single decoding step`: the paper's method
    others = FINDING.search(head) or (_OTHERS_SUBJECT.search(head) and not own)
    return "one_pass" if unit.unit == "steps" and _IN_ONE.search(left) and not others else None


def _word_unit(view: str, start: int, end: int, value: float, s0: int, s1: int,
               lex: Lexicon) -> Mention | None:
    """`five epochs`, `two denoising steps`, `only one GPU`, `only a single DDIM step`: a
    number word with a unit of steps, time or devices (`one step` alone is too common a phrase
    to be a claim)."""
    unit = attach_unit(view, Number(start, end, value, False), lex, s1)
    named = _NAME_GAP.match(view, end) if not unit else None
    if named:  # a sampler's name between: `a single DDIM step`
        unit = attach_unit(view, Number(start, named.end(), value, False), lex, s1)
        unit = unit if unit and unit[0].unit == "steps" else None
    rule = _one_counts(view, start, unit[0], s0) if unit and value == 1 else "number_word_unit"
    if not unit or not rule:
        return None
    found = unit[0]
    if found.unit == "steps" and _STEP_PHRASE.match(view, unit[1]):
        return None  # `one step size`, `one step away`, `only one step of SGD`: no cost
    if found.unit == "steps" and value != 1 and not cost_steps(view, end, unit[1], s1):
        return None  # `three distinct steps` of a method are its parts; `only one step` (which
        # _one_counts let through) is a cost
    if found.unit == "steps" and value == 1 and ((view.startswith("-", end) and not
                                                  _GLUED_COST.match(view, unit[1])) or
                                                 _TRAINING_STEP.search(view, end, unit[1])):
        return None  # `within a single-step episode`, `in a single training step`: no cost
    if found.family not in ("steps", "time") and (found.unit != "GPUs" or measured_on(
            view, start, s0, s1)):
        return None
    return Mention(start, unit[1], value, None, found.unit, found.family, found.kind,
                   found.metric, rule)


def _word_magnitude(view: str, start: int, end: int, value: float, s1: int,
                    lex: Lexicon) -> Mention | None:
    """`one million labeled images`: a number word scaled by a magnitude word, then a count."""
    mag = lex.magnitude_re.match(view, end)
    if not mag or not mag.group(2):
        return None
    num = Number(start, mag.end(), value * lex.multipliers[" " + mag.group(2).lower()][0], True)
    unit = attach_unit(view, num, lex, s1)
    if unit and unit[0].family in COUNT_FAMILIES:
        found = unit[0]
        return Mention(start, unit[1], num.value, None, found.unit, found.family, found.kind,
                       found.metric, "number_word_count")
    mention = count_noun(view, num, s1, None, lex)
    return replace(mention, rule="number_word_count") if mention else None

