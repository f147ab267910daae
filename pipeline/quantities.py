"""Find quantity mentions written with digits in one sentence: a number, range or list with
its unit or metric word, a score on a benchmark, a count of devices or things, a difference.

Works on the residue view of the text (see latex.py), so every offset is an offset into the
original abstract; the building blocks are in mentions.py, number words in number_words.py.
Returns plain Mention records; deciding kind, bound and direction is classify.py's job,
linking metric/dataset/hardware is link.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from .classify import CHANGE_NOUNS, FROM_OF, HEDGE, after_by
from .latex import SPACE
from .lexicon import Lexicon, device
from .link import AND_GAP, NAME_LIKE, PARTICIPLE, metric_phrase
from .mentions import (ARROW, ARROW_LABEL, BENCH_SHAPED, EVAL_MODE, NAMED_PAIR, NUMBER, OUTDO, PEAKED, SCORE_VERB,
                       Mention, Number, acronym_score_after, acronym_score_before, attach_unit,
                       benchmark_after, cost_steps, is_name_part, is_score_metric, metric_after,
                       metric_before, metric_name, paren_metric_before,
                       model_name_before, number_at, statistic_before, tuple_metric_before)

_AND_JOIN = re.compile(SPACE + r"+and" + SPACE + r"+")  # `between 5 and 10 ms`
_RANGE_JOIN = re.compile(r"(?:--|[~∼])(?=\d)|" + SPACE + r"+[~∼]" + SPACE + r"+(?=\d)|" + SPACE +
                         r"*(?:[-–—]|to)" + SPACE + r"*(?:\+(?=\d))?")  # `204~365%`, `1.3x ~ 1.7x`,
# `+1.76 to +5.33 points`, `1--4 speakers` (a LaTeX en dash, unspaced: `81.2% -- 3.4% higher` is a
# dash), `92.00%∼100.00%`


# `the efficiency saving of GPU hours from 22% up to 43%`: after a change noun, `up to` ends a range
_GAIN_FROM = re.compile(r"\b(?:" + "|".join(CHANGE_NOUNS) + r")s?\b[^.;]{0,40}\bfrom\W*$")
_UP_TO = re.compile(SPACE + r"+up" + SPACE + r"+to" + SPACE + r"+")
_UNIT_UP_TO = re.compile(r"(?:" + SPACE + r"*[A-Za-z%×]{1,8})?" + _UP_TO.pattern)  # `22% up to`
_TO_BOUND = re.compile(SPACE + r"+to" + SPACE + r"+(?:just|only|merely|about|around|roughly|nearly|"
                       r"approximately|under|below|over|above)" + SPACE + r"+")
_EXAMPLE = re.compile(r"(?:e\.g\.|such as|for instance)[^.;]{0,30}$", re.IGNORECASE)
# `256 x 256 images`: one side of an image's size, not a count of images
_IMAGE_NOUN = r"(?:images?|videos?|frames?|patches|pixels?|tiles|grids?|resolution)\b"
_DIMENSION = re.compile(SPACE + r"*[x×]" + SPACE + r"*\d+" + SPACE + r"*" + _IMAGE_NOUN)
_DIMENSION_BEFORE = re.compile(r"\d" + SPACE + r"*[x×]" + SPACE + r"*$")
_IMAGE_NOUN_AT = re.compile(SPACE + r"*" + _IMAGE_NOUN)


def _side_of_size(view: str, num: Number, s0: int) -> bool:
    """`256 x 256 images`, `256\\times256 images`: either side of an image's size."""
    return bool(_DIMENSION.match(view, num.end)) or (
        bool(_DIMENSION_BEFORE.search(view, max(s0, num.start - 12), num.start)) and
        bool(_IMAGE_NOUN_AT.match(view, num.end)))
_RESOLUTION = re.compile(r"(?:-|" + SPACE + r"*)(?:resolution|res|video|videos|image|images|display|UHD|"
                         r"HDR)\b")  # `a 4K video`, `4K-resolution`: a display size
_MODEL_CONTEXT = re.compile(r"param|model|(?-i:[A-Z]*LMM?s?\b)|network|backbone|decoder|encoder|"
                            r"transformer|\bagent\b|\bpolicy\b|\bcritic\b|\bscales\b|\bsizes\b",
                            re.IGNORECASE)  # LLM, LVLM, MLLM, VLM; `a 4B deep research agent`
# a model named by its role right after its size: `a 0.5B extractor`, `a strong 8B baseline`,
# `a family of 7B PLT coders`
_ROLE_AFTER = re.compile(SPACE + r"+(?:[\w-]+" + SPACE + r"+)?(?:extractor|verifier|judge|reranker|"
                         r"retriever|router|planner|student|baseline|coder|prover|reasoner)s?\b")
_CONTEXT_SIZE = re.compile(r"\b(?:context|input|sequence|token)(?:" + SPACE + r"+tokens?)?" + SPACE +
                           r"+(?:window|length|size)s?" + SPACE + r"+(?:\w+" + SPACE + r"+){0,3}$",
                           re.IGNORECASE)  # `context window from 8K to 64K`, `token size of 22k`
_SIZE_AFTER = re.compile(SPACE + r"+size\b")  # `its compact 4B size`, not `a size of 1.4B`
_VERSION = re.compile(r"\b(?:version|variant)s?\b", re.IGNORECASE)  # `a compact 1.3B version`


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _second_number(view: str, first: Number, pos: int, limit: int,
                   lex: Lexicon) -> Number | None:
    """A second number at `pos` joined by `-`, `–`, `--`, `~`, `to` or (after `between`) `and`."""
    before = view[max(0, first.start - 12):first.start].lower()
    if re.search(r"between\W*$", before):
        join = _AND_JOIN.match(view, pos)
    elif _FROM_END.search(before):  # `from 149 to just 44 tokens`, `from 22% up to 43%`
        join = _TO_BOUND.match(view, pos) or _UP_TO.match(view, pos) or _RANGE_JOIN.match(view, pos)
    else:
        join = _RANGE_JOIN.match(view, pos)
    if join and join.group().endswith("+") and view[first.start - 1:first.start] in ("-", "−") \
            and not _from_to(view, first):
        return None  # `range from -2.1 to +3.4 points`: no range keeps both signs
    second = number_at(view, join.end(), lex) if join else None
    return second if second and second.end <= limit else None


def _from_to(view: str, num: Number) -> bool:
    """`from 40.1 to 45.3 AP`: two claims, not a range, unless the text spans an interval
    (`ranging from 2.91x to 3.51x`, `models spanning from 1.5B to 2.6B`, `from 22% up to 43%`)."""
    left = view[max(0, num.start - 30):num.start].lower()
    return bool(_FROM_END.search(left)) and not _SPANNING.search(left) and \
        not (_UNIT_UP_TO.match(view, num.end) and _GAIN_FROM.search(left))


def _levels_to(view: str, num: Number, lex: Lexicon) -> bool:
    """`boosted--for example, 42.2% to 49.6%`, `gains of 7.3% (79.4% to 86.7%)`, `nearly triple
    its accuracy (32.5% to 89.5%)`: the levels a change moved between, two claims (as after
    `from`), not a range."""
    return bool((_LEVELS_BEFORE.search(view[max(0, num.start - 30):num.start].lower()) or
                 _change_then_paren(view, max(0, num.start - 110), num.start, lex)) and
                _THEN_TO_NUMBER.match(view, num.end)) or _in_level_lists(view, num)


_ITEM = r"[-+−]?\d(?:[\d.]|,(?=\d))*%?"  # `1,000` is one item: items are split by a comma and a space
_LISTED = _ITEM + r"(?:," + SPACE + r"+(?:and" + SPACE + r"+)?" + _ITEM + r")+"
# `raises success from SFT baselines of 36%, 44%, and 12% to 92%, 88%, and 38%`: two lists of
# levels, item by item
_LEVEL_LISTS = re.compile(r"\bfrom\b[^.;\d]{0,60}?(" + _LISTED + r")" + SPACE + r"+to" + SPACE +
                          r"+(" + _LISTED + r")")
_LIST_ITEM = re.compile(_ITEM)
_LIST_REACH = 160  # characters either side of a number where its lists may open or close


def _in_level_lists(view: str, num: Number) -> bool:
    """The number is an item of a `from A, B and C to D, E and F` pair of level lists of one
    length (not `from 1, 2 to 3`: a range after a list; not `gains range from 2%, 3% to 5%, 7%`:
    ranges)."""
    for found in _LEVEL_LISTS.finditer(view, max(0, num.start - _LIST_REACH), num.end + _LIST_REACH):
        if found.start(1) <= num.start < found.end(2) and \
                not _SPANNING.search(view, max(0, found.start() - 30), found.start() + 4):
            return len(_LIST_ITEM.findall(found.group(1))) == len(_LIST_ITEM.findall(found.group(2)))
    return False


def _change_then_paren(view: str, low: int, start: int, lex: Lexicon) -> re.Match | None:
    """A change verb, then the bracket that opens at `start` (`nearly triple its accuracy (`,
    `drops 3.1x (`, `improves the success rate (`); not after a setting's name (`improves
    robustness at all corruption rates (10% to 30%)`, a setting's range)."""
    found = _CHANGE_THEN_PAREN.search(view, low, start)
    setting = _SETTING_THEN_PAREN.search(view, low, start)
    if setting and lex.metric_re.search(view, max(low, setting.start() - 20), setting.end()):
        setting = None  # `the success rate (`: a metric, whatever its head noun
    return found if found and not setting else None


_RAISE_STEMS = "increas|improv|rais|boost|lift|grow"  # verbs that move a level or size
_LOWER_STEMS = "drop|lower|decreas|reduc|cut"
# `from`, perhaps with a hedge between it and the number: `from roughly 3% to 17–24%`
_FROM_END = re.compile(r"\bfrom" + SPACE + r"*" + FROM_OF + HEDGE + r"[+−-]?$", re.IGNORECASE)
_SPANNING = re.compile(r"\b(?:rang|span|vary|varies|varied)\w*" + SPACE + r"+" + _FROM_END.pattern,
                       re.IGNORECASE)  # `ranging from roughly 2.1x to 3.4x`: one range
_LEVELS_BEFORE = re.compile(r"(?:\b(?:" + _RAISE_STEMS + "|" + _LOWER_STEMS + r")\w*" +
                            SPACE + r"*(?:--|—|,)?" + SPACE + r"*(?:for" + SPACE + r"+example|e\.g\.)" +
                            SPACE + r"*,?" + SPACE + r"*|\d%" + SPACE + r"*\()$")  # not `improves 3% to 5%`
# `nearly triple its accuracy (`, `reduces the error (`: a change whose levels the brackets give
_CHANGE_THEN_PAREN = re.compile(r"\b(?:doubl|tripl|halv|" + _RAISE_STEMS + "|" + _LOWER_STEMS +
                                r")\w*\b(?:[^;.]|\.\d){0,100}\(" + SPACE + r"*$", re.IGNORECASE)
_THEN_TO_NUMBER = re.compile(r"%" + SPACE + r"+to" + SPACE + r"+\d")
_SETTING_THEN_PAREN = re.compile(r"\b(?:rate|ratio|size|length|level|budget|threshold|temperature|"
                                 r"step|scale|setting|value)s?" + SPACE + r"*\(" + SPACE + r"*$", re.I)


_OTHERS_WORDS = "existing|previous|prior|earlier|current|mainstream|popular|typical|recent"  # other work
_PRIOR_WORK = re.compile(
    r"\b(?:these|conventional|traditional|such|" + _OTHERS_WORDS + ")" + SPACE +
    r"+(?:[\w-]+" + SPACE + r"+){0,2}?(?:methods|approaches|models|works?|techniques|systems|"
    r"solutions|study|studies|efforts)\b|\bthere have been\b|"
    r"(?<!\bon )(?<!\bin )(?<!\bby )(?<!\bacross )\b(?:" + _OTHERS_WORDS + ")" + SPACE + r"+(?:[\w-]+" +
    SPACE + r"+){0,2}?(?:datasets?|benchmarks)\b", re.IGNORECASE)  # `the largest existing open
# dataset, ScaleCUA, contains`; not `across existing benchmarks, ours improves`, `missed by existing
# benchmarks`
_OUTDONE = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|improv\w*|boost\w*|enhanc\w*|"
                      r"over|than|against|versus|by|"
                      r"vs\.?|compared" + SPACE + r"+(?:to|with))" + SPACE + r"+(?:[\w-]+" + SPACE +
                      r"+){0,2}$", re.IGNORECASE)
_THEIR_CLAUSE = re.compile(SPACE + r"*,?" + SPACE + r"*(?:that|which|whose|who|with|requiring|using)\b"
                           r"[^,;]*", re.IGNORECASE)  # `existing methods that require 8 GPUs`
_CONTRAST = re.compile(r"\b(?:whereas|while|but|unlike|yet)" + SPACE + r"+(?:the" + SPACE + r"+|an?" +
                       SPACE + r"+|many" + SPACE + r"+|most" + SPACE + r"+)?", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;]")
# a sentence that opens on this paper's study reports its results, whatever models it names
_OWN_STUDY = re.compile(r"\W*(?:(?:extensive|comprehensive|systematic|further|preliminary|initial|"
                        r"empirical|large-scale)" + SPACE + r"+)?"
                        r"(?:evaluations?|evaluating|experiments?|experimental" + SPACE + r"+results|results|"
                        r"benchmarking|analys[ie]s|this" + SPACE + r"+(?:study|paper|work))\b", re.I)
# other work as what this one serves, not as the subject (`Tangram serves as a drop-in substrate
# for existing methods`)
_SERVED = re.compile(r"\b(?:serv\w*|substrate|plug\w*|drop-?in|compatible|appli\w*|orthogonal|"
                     r"complementary|integrat\w*|incorporat\w*|added|attached)\b[^,;]{0,40}\b(?:for|to|with|into)" + SPACE + r"+$", re.IGNORECASE)
OWN_WORK = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
# the study's finding about other work: `Preliminary evaluation reveals that current models
# struggle` (not `It has been shown that existing methods reach 60%`: a cited finding)
FINDING = re.compile(r"\b(?:reveal|show|find|found|demonstrat|indicat|expos|uncover)\w*" + SPACE +
                      r"+that\b", re.IGNORECASE)
# the models this paper evaluates, ranked: `even the best model resolves only 52.7%`
_RANKED_MODEL = re.compile(r"\bthe" + SPACE + r"+(?:(?:absolute|very|single)" + SPACE + r"+)?(?:best|"
                           r"strongest|top|leading)(?:-performing)?" + SPACE + r"+(?:[\w-]+" + SPACE +
                           r"+)?(?:model|system|agent|LLM|MLLM|VLM)s?\b", re.IGNORECASE)


def prior_work_span(view: str, s0: int, s1: int) -> tuple[int, int]:
    """Where a sentence speaks of other work, whose numbers are not claims of this one: all of
    it when other work is its subject and it never speaks of this one (`these methods achieve
    up to a 10times reduction`); when other work is only what this one is compared with
    (`outperforms existing methods, delivering +12.9%`), just the clause that describes it
    (`than existing methods that require 8 A100 GPUs`). Empty (s1, s1) when there is none."""
    for contrast in _CONTRAST.finditer(view, s0, s1):  # `, whereas prior methods degrade`
        other = _PRIOR_WORK.match(view, contrast.end())
        if other:  # up to the clause's end: `While existing methods need 8 GPUs, our ...`
            end = _CLAUSE_BREAK.search(view, other.end(), s1)
            return contrast.start(), end.start() if end else s1
    head = view[s0:s0 + max(40, (s1 - s0) // 2)]
    prior = _PRIOR_WORK.search(head)
    ranked = _RANKED_MODEL.search(view, s0, s1)
    own = _OWN_STUDY.match(head)
    if not prior or (own and prior.start() - own.end() > 25) or (
            ranked and ranked.start() < s0 + prior.end()):
        return s1, s1  # `Evaluations of 14 VLMs reveal a gap between current models and ...`,
        # `even the best model ...`; not `Results of conventional methods plateau at 62.4%`
    if _OUTDONE.search(head, max(0, prior.start() - 40), prior.start()):
        clause = _THEIR_CLAUSE.match(view, s0 + prior.end(), s1)
        return (s0 + prior.end(), clause.end()) if clause else (s1, s1)
    finding = FINDING.search(head, 0, prior.start())
    if OWN_WORK.search(view, s0, s1) or _SERVED.search(head, 0, prior.start()) or (
            finding and own):
        return s1, s1
    return s0, ranked.start() if ranked else s1  # `Existing methods reach 62.4%, and even the
    # best models ...`: other work's numbers, up to the models this paper ranks


_NUMBER_END = re.compile(r"[\d.,]*\d[KMB]?" + SPACE + r"*")
# `surpasses methods such as Skill0 by ~5.8%`: the example names what is beaten, by a margin
_MARGIN_BY = re.compile(r"\bby" + SPACE + r"+(?:up" + SPACE + r"+to" + SPACE + r"+|about" + SPACE +
                        r"+|around" + SPACE + r"+)?~?$", re.IGNORECASE)
_OUTDONE_VERB = re.compile(r"\b(?:" + OUTDO + r"|lead|top|improv)", re.IGNORECASE)
_RESULTS_SHOWN = re.compile(r"\b(?:deliver|achiev|attain|obtain|yield)\w*|\bperformance\b", re.I)
# `achieving superior results on video benchmarks (e.g., 67.0% on VideoMME)`: a score on a named
# benchmark, after a verb that achieves it (not `performance remains low (e.g., 42.1% on LVBench)`)
_SCORE_ON_NAME = re.compile(r"%" + SPACE + r"*on" + SPACE + r"+(?:the" + SPACE + r"+)?[A-Z]")


_OWN_RESULT = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b[^.;]{0,30}?(?:" + SCORE_VERB.pattern + r"|\b(?:" + OUTDO +
                         r"|deliver|improv)\w*)")  # `our method achieved`, `we outperform`


def _problem_example(view: str, s0: int, start: int, lex: Lexicon) -> bool:
    """`(e.g., inputs with 8k tokens)` illustrates the problem; `our method reduces computation
    (e.g., a 7-fold reduction in FLOPs)` illustrates the result, which is a claim."""
    example = _EXAMPLE.search(view, s0, start)
    if not example:
        return False
    before = view[s0:example.start()]
    after = view[example.start():start + 40]
    number_end = _NUMBER_END.match(view, start).end()
    scored = lex.metric_after_re.match(view, number_end)
    achieved_on = _SCORE_ON_NAME.match(view, number_end) and _ACHIEVED.search(before[-80:])
    opens = not before.strip() and _OWN_RESULT.search(view, start, start + 60)  # `For instance,
    # with 200 to 1000 synthetic samples, our method achieved`: the paper's own result (not
    # `a 70B model needs 140 GB, which our method avoids`)
    return not (OWN_WORK.search(before) or opens or lex.cue_re.search(after)
                or lex.cue_re.search(before[-60:]) or SCORE_VERB.search(after)
                or (scored and _RESULTS_SHOWN.search(before[-80:])) or achieved_on
                or (_MARGIN_BY.search(view, example.start(), start) and _OUTDONE_VERB.search(before))
                or view[start - 1:start] in ("+", "−"))  # `delivers strong performance (e.g.,
    # 116 CIDEr`, `(e.g. Operator scores 13.27`, `(e.g., +8.8% on AIME 24`: results; not
    # `limiting performance (e.g., 100K tokens)`, the problem


# `speedup of x17.7 across`, `x19.0 on RTX 3090`: a factor written with its sign first
_FACTOR_AFTER = re.compile(SPACE + r"*(?:[,.;:)]|$|(?:on|in|across|over|for|and|with|faster|speedups?|"
                           r"higher|lower|more|less|fewer|smaller|larger)\b)")


_FACTOR_CUE = re.compile(r"(?:speed-?ups?|faster|accelerat\w*|gains?|improvements?|reduction|"
                         r"compression|reaching|achiev\w*|delivers?|of|by|up" + SPACE + r"+to|"
                         r"(?<=\d)" + SPACE + r"+on" + SPACE + r"+[^,;]{1,20}?(?:,(?:" + SPACE +
                         r"*and)?|" + SPACE + r"+and))" + SPACE + r"*$",
                         re.I)  # `speedup of x17.7`, `reaching x449`, `x17.8 on H100, x19.0`


def _prefix_factor(view: str, match: re.Match, s0: int, lex: Lexicon) -> Mention | None:
    """A number right after a lone `x` or `×` (`x449.`), read as a factor; not `4x4`, `v2`."""
    start = match.start()
    if start <= s0 or view[start - 1] not in "x×" or (start - 1 > s0 and view[start - 2] not in " \t\n(") \
            or not _FACTOR_AFTER.match(view, match.end()) or \
            not _FACTOR_CUE.search(view, max(s0, start - 40), start - 1):
        return None  # not `256\\times256`, `s3`, `let x1, x2`, `x86 CPUs`, `for ×2 upscaling`
    num = number_at(view, start, lex, match)
    return Mention(start - 1, num.end, num.value, None, "x", "x", "ratio", None, "prefix_factor",
                   None)


def scan_numbers(view: str, s0: int, s1: int, lex: Lexicon, blocked: list[tuple[int, int]],
                 prior: tuple[int, int], dropped: list[tuple[int, int, str]] | None = None
                 ) -> list[Mention]:
    """Mentions with digits in the sentence view[s0:s1], skipping numbers inside `blocked`
    name spans and the `prior` work span (prior_work_span); `dropped` collects (start, end,
    reason) of non-claims for `claims explain`."""
    out, consumed, unread = [], s0, []
    for match in NUMBER.finditer(view, s0, s1):
        start, reason = match.start(), None
        if start < consumed:
            continue
        if prior[0] <= start < prior[1]:
            reason = "a sentence about prior work, not this one"
        elif _inside(start, blocked):
            reason = "inside a URL, hardware or dataset name"
        elif factor := _prefix_factor(view, match, s0, lex):
            out.append(factor)  # `an average speedup of x17.7 across`
            consumed = factor.end
            continue
        elif is_name_part(view, start, s0):
            reason = "part of a name (letters glued before it)"
        elif fraction := _UNIT_FRACTION.match(view, start):
            share = _share_of(view, fraction, s0)
            if share:  # `with leq 1/200 of the training cost`: a fraction of a resource (rule 7)
                out.append(share)
                consumed = share.end
                continue
            reason, consumed = "a unit fraction (1/4 tokens), not a count", fraction.end()
        elif _problem_example(view, s0, start, lex):
            reason = "an example of the problem (after e.g. / such as)"
        elif (label := _LABEL_BEFORE.search(view, max(s0, start - 12), start)) and not (
                label.group().lower().startswith("layer") and _FACTOR_NEXT.match(view, match.end())):
            reason = "an enumeration label (Stage 1, Table 3)"
        else:
            num = number_at(view, start, lex, match)
            mention = _mention(view, num, s0, s1, lex)
            if mention:
                out.append(mention)
                consumed = mention.end
                continue
            unread.append(num)
            reason = "no unit, metric word or size context (setup count, year, name, ...)"
        if dropped is not None:
            dropped.append((start, match.end(), reason))
    read: list[Mention] = []
    for num in unread:  # in order, so a sibling read is one for the next (`(1.75) and X (1.70)`)
        sibling = _sibling(view, num, out + read, s0, lex) or \
            _arrow_step(view, num, out, s0, lex) or _bracketed_gain(view, num, out, s0) or \
            _bracketed_level(view, num, out + read, s0, lex)
        if sibling:
            read.append(sibling)
    if read and dropped is not None:
        dropped[:] = [d for d in dropped if not any(m.start <= d[0] < m.end for m in read)]
    return sorted(out + read, key=lambda m: m.start) if read else out


# `81.6 and 83.2 on AIME 2024 and 2025`, `an FID of 1.21 and 1.75`, `(1.75) and Megalodon-7B (1.70)`
_SIBLING_GAP = re.compile(r"(?:" + SPACE + r"*(?:,|/|\band\b|\bor\b|\bvs\.?|\bversus\b)" + SPACE +
                          r"*(?:and" + SPACE + r"+)?)?[-+−]?$")
_SIBLING_NAMED = re.compile(r"\)?(?:" + SPACE + r"|,|\band\b|\bor\b)*(?:\w+" + SPACE +
                            r"+){0,3}?[A-Z][\w.-]*(?:" + SPACE + r"+v?\d+(?:\.\d+)?)?" + SPACE +
                            r"*\($")  # also `Prithvi 2.0 (61.91)`
_SIBLING_CLOSE = re.compile(SPACE + r"*(?:\)|vs\b|versus\b)")  # `HMMT25 (50.4 vs. 41.7)`
# `scores 51.1, outperforming Magistral Medium's 50.3 and its base model's 0.0`
_SIBLING_OWNED = re.compile(r"(?:,|\band\b|\b(?:" + OUTDO + r")\w*)(?:" + SPACE +
                            r"+[\w.-]+){1,3}['’]s" + SPACE + r"+$")
# `(TerraMind 82.90, DOFA 81.54, spectralGPT: 81.02)`: an item of a list, a name then its score
_SIBLING_LABEL = re.compile(r"(?:\(|,|\band\b)" + SPACE + r"*(?:[a-z][\w.-]*[A-Z][\w.-]*|[A-Z][\w.-]*):?" +
                            SPACE + r"+$")
_SIBLING_END = re.compile(SPACE + r"*(?:[,;)]|and\b|vs\b)")
_OWN_NAME_AFTER = re.compile(SPACE + r"+[A-Z][A-Za-z]*\b")  # `0.3 VLM score`: its own metric
_LISTED = re.compile(r"(?:\band|\bor|/)" + SPACE + r"*$")  # `Math and 0.74`: a name's list item, no version
# a sentence or clause end between two siblings (a decimal point or a label's colon is none):
# `0.72 / 0.63 in Discrete Math and 0.74 / 0.50 in Graph Theory`
_SIBLING_STOP = re.compile(r";|\.(?!\d)|:(?!" + SPACE + r"*$)")
_VERSION_LIKE = re.compile(r"\d\.\d")  # `Qwen 2.5, Llama 3.1`: a version, not a score
_SIBLING_PAIR = 4  # characters after two siblings that must agree: `1.55 at 200 epochs and 1.45 at`


def _decimals(view: str, start: int, end: int) -> int:
    written = view[start:end]
    return len(written) - written.index(".") - 1 if "." in written else 0


def _sibling(view: str, num: Number, found: list[Mention], s0: int, lex: Lexicon) -> Mention | None:
    """A decimal no rule read, listed beside a score that was read with as many decimals: it
    is a score in the same metric (`81.6 and 83.2 on AIME 2024 and 2025, respectively`, `an
    FID of 1.21 and 1.75`, `outperforming Llama2-7B (1.75) and Megalodon-7B (1.70)`, `1.55 at
    200 epochs and 1.45 at 600 epochs`), or an amount beside a cost (`a BOM cost of only 50.5 for
    the 6-DoF arm and 56.8 for the 7-DoF version`); not a setting (`temperature 0.7 and 1.0`) or a
    version (`with Claude Opus 4.6 and 61.0% on X`)."""
    places = _decimals(view, num.start, num.end)
    owner = view[max(s0, num.start - 3):num.start].strip(" \u2060")
    labelled = _SIBLING_LABEL.search(view, max(s0, num.start - 30), num.start) and \
        _SIBLING_END.match(view, num.end) and not _VERSION_LIKE.fullmatch(view, num.start, num.end)
    version = model_name_before(view, num.start, s0, lex) and not labelled and \
        not owner.endswith(("(", "'s", "’s")) and not _LISTED.search(view, s0, num.start)
    if not places or version or _knob(view[max(s0, num.start - 60):num.start]) or \
            _SETTING_WORDS.search(view, max(s0, num.start - 40), num.start) or \
            _OWN_NAME_AFTER.match(view, num.end):
        return None  # also `0.2 PickScore and 0.3 VLM score`: a name after is its own metric
    for other in found:
        cost = other.rule == "cost_amount"  # `a BOM cost of only 50.5 for X and 56.8 for Y`
        if not cost and (other.kind != "score" or other.family not in ("metric", "%")) or \
                other.value_max:
            continue
        digits = NUMBER.search(view, other.start, other.end)
        if not digits or _decimals(view, digits.start(), digits.end()) != places:
            continue
        if other.start > num.end:
            gap, tail = view[num.end:other.start], None
        else:
            gap = view[other.end:num.start]
            tail = view[other.end:other.end + _SIBLING_PAIR]
        parallel = tail and len(gap) < 60 and not _SIBLING_STOP.search(gap) and tail.strip() and \
            view[num.end:num.end + _SIBLING_PAIR] == tail and _SIBLING_GAP.search(gap[-8:])
        named = len(gap) < 60 and not _SIBLING_STOP.search(gap) and (
            (_SIBLING_NAMED.search(gap) and _SIBLING_CLOSE.match(view, num.end)) or
            _SIBLING_OWNED.search(gap) or labelled)
        if _SIBLING_GAP.fullmatch(gap) or parallel or named:
            sign = _sign(view, num.start, s0)
            if sign and not other.sign:  # `0.840 and -0.811`: a level below zero, not a change
                return Mention(num.start - 1, num.end, -num.value if sign in "-−" else num.value,
                               None, other.unit, other.family, "score", other.metric,
                               "list_sibling", level=True)
            return Mention(num.start, num.end, num.value, None, other.unit, other.family,
                           other.kind if cost else "score", other.metric, "list_sibling", sign,
                           level=not cost)
    return None


_GAIN_GAP = re.compile(r"(?:" + SPACE + r"+(?:on|in)" + SPACE + r"+[\w.+-]+(?:" + SPACE +
                       r"[\w.+-]+){0,2})?" + SPACE + r"*\($")
_GAIN_CLOSE = re.compile(r"(?:" + SPACE + r"+(?:over|vs\.?|versus|compared)\b[^()]{0,40})?\)")


def _in_brackets_after(view: str, mention: Mention, pos: int) -> bool:
    """Whether `pos` opens brackets right after `mention`, perhaps past what it was measured on
    (`68.3 on MRCR (`, `+18.3 pp on PhysOlym-A liberal (`)."""
    return bool(_GAIN_GAP.fullmatch(view, mention.end, pos))


def _bracketed_gain(view: str, num: Number, found: list[Mention], s0: int) -> Mention | None:
    """`achieves 68.3 on MRCR (+18.1)`, `81.2 on AIME 2024 (+12.3 over the base)`: a signed
    number in brackets right after a score is its change, in the score's unit and metric; not
    a spread (`2.31 (±0.05)`)."""
    sign = _sign(view, num.start, s0)
    if sign not in ("+", "-") or not _GAIN_CLOSE.match(view, num.end):
        return None
    for score in found:
        if score.kind == "score" and score.value_max is None and \
                _in_brackets_after(view, score, num.start - 1):
            return Mention(num.start, num.end, num.value, None, score.unit, score.family,
                           "change", score.metric, "bracketed_gain", sign)
    return None


_LEVEL_CLOSE = re.compile(SPACE + r"*(?:" + ARROW + r"|\+/-|±|[);])")
_MOVED_SLACK = 0.2  # how far the levels' difference may be from the change, for rounding


def _bracketed_level(view: str, num: Number, found: list[Mention], s0: int,
                     lex: Lexicon) -> Mention | None:
    """`+18.3 pp on PhysOlym-A (8.0 -> 26.3 +/- 1.7)`, `+6.9 pp on OlympiadBench (46.2 +/- 1.5)`:
    unsigned decimals in brackets right after a change in points are the levels it moved
    between (as far apart as the change) or the level it reached (no less than the change),
    percentages in its metric."""
    if _sign(view, num.start, s0) or "." not in view[num.start:num.end] or \
            not _LEVEL_CLOSE.match(view, num.end):
        return None
    arrow = _ARROW.match(view, num.end)
    target = number_at(view, arrow.end(), lex) if arrow else None
    for other in found:
        if other.kind == "change" and other.unit == "pp" and _in_brackets_after(view, other, num.start):
            if not _levels_of(other, num, target):
                return None  # `+3.1 pp on MATH500 (1.5)`: no level that gain reached
        elif not (other.rule == "bracketed_level" and _ARROW.fullmatch(view, other.end, num.start)):
            continue
        return Mention(num.start, num.end, num.value, None, "%", "%", "score", other.metric,
                       "bracketed_level", level=True)
    return None


def _levels_of(change: Mention, level: Number, target: Number | None) -> bool:
    """Whether `level` (stepping to `target`, if any) fits `change`: two levels as far apart as
    the change, give or take rounding; one level no lower than the change."""
    if target is None:
        return level.value >= change.value
    return abs(abs(target.value - level.value) - change.value) <= _MOVED_SLACK


_ARROW = re.compile(SPACE + r"*" + ARROW + SPACE + r"*")
_ARROW_STEPS = 4  # how far a chain is followed (`8K → 32K → 128K tokens`)


def _arrow_step(view: str, num: Number, found: list[Mention], s0: int,
                lex: Lexicon) -> Mention | None:
    """`8K → 32K → 128K tokens`, `224K -> 100K tokens`, `20.6 -> 26.9%`: a number that steps by
    arrows to one read with its unit is in that unit, written alike (both with a multiplier or
    neither, both decimals or neither); not a setting (`LoRA rank 8 → 71.2% accuracy`)."""
    if _SETTING_WORDS.search(view, max(s0, num.start - 40), num.start) or \
            _VARIABLE_SET.search(view, max(s0, num.start - 8), num.start):
        return None
    pos = num.end
    for _ in range(_ARROW_STEPS):
        arrow = _ARROW.match(view, pos)
        step = number_at(view, arrow.end(), lex) if arrow else None
        if not step:
            return None
        target = next((m for m in found if m.start == arrow.end()), None)
        if target:
            alike = step.magnitude == num.magnitude and ("." in view[step.start:step.end]) == (
                "." in view[num.start:num.end])
            if target.unit is None or target.value_max is not None or \
                    target.family == "metric" or not alike:
                return None
            return Mention(num.start, num.end, num.value, None, target.unit, target.family,
                           target.kind, target.metric, "arrow_step", _sign(view, num.start, s0),
                           level=target.family == "%")  # `improves 32.1 → 58.4%`: two levels
        pos = step.end
    return None


def _sign(view: str, start: int, s0: int) -> str | None:
    if start > s0 and view[start - 1] in "+-−±" and (start - 1 == s0 or not view[start - 2].isalnum()):
        return {"−": "-"}.get(view[start - 1], view[start - 1])
    return None


_OF_TOTAL = re.compile(SPACE + r"+(?:out" + SPACE + r"+)?of" + SPACE +
                       r"+(\d{1,3}(?:,\d{3})+|\d{1,5})(?![\d.,]\d|%)|/(\d{1,4})(?![\d.,/]\d|%)")
_LIST_JOINER = re.compile(r",|\band\b")
_SECONDS_BEFORE = re.compile(r"\b[a-z]+" + SPACE + r"+\d+(?:\.\d+)?s\b")  # `of 0.6s`, not `FastSpeech 2s`


def _timed_sibling(view: str, start: int, s0: int) -> bool:
    """`0.6s on a GPU and 20s on a phone`: a time in seconds listed before the number."""
    sibling = list(_SECONDS_BEFORE.finditer(view, max(s0, start - 60), start))
    return bool(sibling) and bool(_LIST_JOINER.search(view, sibling[-1].end(), start))


_TEST_AFTER = re.compile(r"(?:" + SPACE + r"+[A-Z][\w-]*)*" + SPACE + r"+(?:t-)?tests?\b")
_SHARED_MAGNITUDE = re.compile(r"(?:/\d+(?:\.\d+)?)+([KMBT])(?![\w/])")  # `4/7/8B`
_UNIT_FRACTION = re.compile(r"1/(\d+)(?![\d.])")  # `1/4 tokens`: neither `1` nor `4 tokens`
_OF_RESOURCE = re.compile(SPACE + r"+of" + SPACE + r"+(?:the|its|their)" + SPACE + r"+((?:[\w-]+" + SPACE +
                          r"+){0,2}?(?:cost|costs|compute|computation|data|dataset" + SPACE +
                          r"+size|parameters|params|memory|time|budget|FLOPs|tokens|size))\b")


def _share_of(view: str, fraction: re.Match, s0: int) -> Mention | None:
    """`1/200 of the training cost`, `1/10 of the parameters`: a written fraction of a resource is
    a scale claim valued as the fraction (the contract's rule 7, as the gold writes it)."""
    resource = _OF_RESOURCE.match(view, fraction.end())
    if not resource or int(fraction.group(1)) < 2:
        return None
    return Mention(fraction.start(), resource.end(), 1 / int(fraction.group(1)), None, None,
                   "fraction", "scale", resource.group(1).replace("\u2060", " ").lower(),
                   "fraction_of", _sign(view, fraction.start(), s0))


_NOUN_STOP = re.compile(r"[,.;:()]|\b(?:and|or|but|while|which|that|though)\b")


def _share_of_total(view: str, num: Number, s1: int) -> Mention | None:
    """`in 12 of 15 benchmark comparisons`, `wins 9 out of 10 seeds`, `71/72 cells`: how many
    of a whole a result holds for, a score counted in the whole's noun, read before the clause
    goes on (whole numbers only; a slash needs the noun, `0.4/0.19` and `12/05` are no share,
    and `1/4 tokens` is a fraction)."""
    total = _OF_TOTAL.match(view, num.end)
    if not total or num.magnitude or not re.fullmatch(r"\d+", view[num.start:num.end]) or \
            total.end() > s1:
        return None
    part, whole = int(view[num.start:num.end]), int((total.group(1) or total.group(2)).replace(",", ""))
    if part > whole or (total.group(2) and part == 1):
        return None  # `1/4 tokens` is a fraction (rule 7)
    stop = _NOUN_STOP.search(view, total.end(), min(s1, total.end() + 50))
    words = list(_WORD.finditer(view[total.end():stop.start() if stop else min(s1, total.end() + 50)]))[:4]
    nouns = [w for w in words if _PLURAL.fullmatch(w.group()) and w.group() not in _NOT_NOUNS]
    first = nouns[0] is words[0] if nouns else False
    if total.group(2):  # `15/16 multimodal benchmarks`: the noun may follow two adjectives
        lead = words[:words.index(nouns[0])] if nouns else words
        first = bool(nouns) and len(lead) <= 2 and all(
            w.group().islower() and w.group() not in _FUNCTION_WORDS for w in lead)
        if not first:
            return None
    end = total.end() + nouns[0].end() if first else total.end()
    unit = nouns[0].group().lower() if nouns else None
    return Mention(num.start, end, num.value, None, unit, "count", "score", None,
                   "share_of_total", None)


_ORDERS = re.compile(r"(?:" + SPACE + r"*(?:-|–|to|and)" + SPACE + r"*(\d{1,2}))?" + SPACE +
                     r"+orders?" + SPACE + r"+of" + SPACE + r"+magnitude\b")
_MAX_ORDERS = 12


def _orders_of_magnitude(view: str, num: Number, s0: int, sign: str | None) -> Mention | None:
    """`2-3 orders of magnitude more data`, `3 orders of magnitude faster`: a factor of ten
    to the number's power (`orders of magnitude` with no number is no claim, rule 13; `learning
    rates varied over 4 orders of magnitude` is a sweep of a setting)."""
    orders = _ORDERS.match(view, num.end)
    if not orders or num.magnitude or num.value != int(num.value) or \
            _SETTING_WORDS.search(view, max(s0, num.start - 60), num.start):
        return None
    high = int(orders.group(1)) if orders.group(1) else None
    if max(num.value, high or 0) > _MAX_ORDERS or (high is not None and high <= num.value):
        return None
    return Mention(num.start, orders.end(), 10.0 ** num.value,
                   10.0 ** high if high is not None else None, "x", "x", "ratio", None,
                   "orders_of_magnitude", sign)


_REPEATED = re.compile(SPACE + r"+[a-z]+ing(?=" + SPACE + r"*(?:[,.;:)]|(?:on|in|at|for|with|per|and)\b))")


_RATIO_PART = re.compile(r"(?<![\w.])\d+:$")
_RATIO_NEXT = re.compile(r":\d+(?![\w.:])")


def _mention(view: str, num: Number, s0: int, s1: int, lex: Lexicon) -> Mention | None:
    whole = _share_of_total(view, num, s1) or _orders_of_magnitude(view, num, s0,
                                                                   _sign(view, num.start, s0))
    if whole:
        return whole  # a share (`12 of 15`) or a factor (`2-3 orders of magnitude`) as a whole
    if view.startswith("+", num.end) and "." not in view[num.start:num.end]:
        num = replace(num, end=num.end + 1)  # `1000+ steps`: a floor, quoted with its `+`
    sign = _sign(view, num.start, s0)
    if sign == "±":
        return None  # an error bar, not a claim of its own
    if _RATIO_PART.search(view, max(s0, num.start - 3), num.start) or \
            _RATIO_NEXT.match(view, num.end):
        return None  # `the interleaved 1:2 text audio token schedule`: a proportion's terms
    second = _second_number(view, num, num.end, s1, lex)
    if second:
        found = _range_or_pair(view, num, second, s0, s1, lex, sign)
        if found:
            return found
    unit = attach_unit(view, num, lex, s1)
    if not unit:
        return _unitless(view, num, s0, s1, lex, sign) or \
            _list_item(view, num, s1, lex, sign) or _signed_gain(view, num, s0, sign, lex)
    found, end = unit
    if found.family == "count" and _side_of_size(view, num, s0):
        return None  # `256 x 256 images`: a size in pixels, not a count of images
    if found.family in ("count", "steps") and _VARIABLE_SET.search(view, max(s0, num.start - 8),
                                                                    num.start):
        return None  # `N>1 samples per prompt`, `K=8 rollouts`: a variable set (rule 11)
    if found.unit == "s" and view[num.end:end] == "s" and not _timed_sibling(view, num.start, s0) \
            and model_name_before(view, num.start, s0, lex):
        return None  # `FastSpeech 2s`: a model's name; not `0.6s on a GPU and 20s on a phone`
    if found.family == "count" and not num.magnitude and "." in view[num.start:num.end] and \
            model_name_before(view, num.start, s0, lex):
        return None  # `on Claude Opus 4.6 trajectories`: a version; `averaging 4.2 tool calls` counts
    if found.unit == "s" and view[num.end:end] == "s" and _DECADE.fullmatch(view, num.start, num.end):
        return None  # `how 1930s math fixed it`: a decade
    if found.unit == "parameters" and _checkpoint_size(view, num.start, s0, lex):
        return None
    if found.unit == "x" and view[num.end:end].strip(" \u2060") == "times" and \
            _REPEATED.match(view, end):
        return None  # `under 32 times sampling`: how often something is done, no factor
    if found.unit == "x" and device_after(view, num, lex, s1):
        return gpu_count(view, num, lex, s0, s1)  # `32x A100 GPUs`: a device count, not a
        # factor; nothing when a result is measured on them (`19.63 FPS on 2x H100`: hardware)
    if found.unit == "tokens" and view.startswith("-", num.end) and _NAME_AFTER.match(view, end):
        return None  # `70% 8-token CLS` names a setting; `a 4,096-token window` is a size
    if found.unit == "samples" and view.startswith("-", num.end) and _TEST_AFTER.match(view, end):
        return None  # `a 2-sample Kolmogorov-Smirnov test` names a statistical test
    if found.unit == "steps" and view.startswith("-", num.end) and \
            not cost_steps(view, num.end, end, s1) and not _costly_step_sibling(view, end, s1):
        return None  # `a 3-step pipeline` has parts; `2-step generation` is a cost, and so is
        # `a 20-step high-quality version` beside `a 4-step fast-inference version`
    if found.unit == "models" and num.magnitude:
        return _model_size(view, num, None, s0, s1, lex, sign)  # `72B models`: 72e9 parameters
    made = _MADE_BETWEEN.search(view, num.end, end)
    if found.unit == "models" and not (made and made.group(1)) and \
            not _MADE_BEFORE.search(view, max(s0, num.start - 40), num.start) and \
            (not made or _EVALUATED.search(view, max(s0, num.start - 40), num.start)):
        return None  # `we assess 22 mainstream models`: the models compared are setup (rule 11);
    # `an ensemble of 4 models`, `we release 50 pre-trained models`, `10,866 merged models` are sizes
    if found.metric == "context length" and not num.magnitude:
        return None  # `1,000 contexts from Wikipedia`; `128K context` is a length in tokens
    if found.family == "frame rate" and "Hz" in view[num.end:end] and \
            _ARTICLE.search(view, max(s0, num.start - 4), num.start) and _RATE_SETTING.match(view, end):
        return None  # `a 25 Hz VAE` sets a component's rate; `a 60 FPS AR experience` is measured
    if found.unit == "%" and _CONFIDENCE.match(view, end):
        return None  # `95% CI`, `a 90% confidence interval`: the interval's level is a setting
    if found.unit == "layers" and not _DEPTH.search(view, s0, num.start):
        return None  # `two layers` of an architecture are setup; `beyond 1200 layers` deep is not
    if found.family == "time" and (_PERIOD.search(view, max(s0, num.start - 20), num.start)
                                   or _AGO.match(view, end)):
        return None  # `over the past 20 years`, `every 2 years`, `540 million years ago`
    if found.family == "length" and not _measured_length(view, num, end, s0, s1, lex):
        return None if _SPEED_AFTER.match(view, end) else _unitless(view, num, s0, s1, lex, sign)
        # `a 5 m x 5 m arena`, `placed 1 m apart`: the setup's sizes; `30 km/h` a speed; what
        # the number was before lengths counted stays (`an ADE of 0.45 m`, `MPJPE of 45.2 mm`)
    value_max, rule, levels = None, "number_unit", _levels_to(view, num, lex)
    second = _second_number(view, num, end, s1, lex)
    if second and not _from_to(view, num) and not levels:  # 7x-9x, 5 ms to 10 ms
        other = attach_unit(view, second, lex, s1)
        if other and other[0] == found and second.value > num.value:  # not `81.2% - 3.4% higher`
            value_max, end, rule = second.value * found.factor, other[1], "range_unit"
        elif not other and found.family == "count" and second.magnitude and \
                second.value > num.value * found.factor:  # `from 17 million parameters to 1 billion`
            value_max, end, rule = second.value, second.end, "range_unit"
    return Mention(num.start, end, num.value * found.factor, value_max, found.unit, found.family,
                   found.kind, found.metric, rule, sign, level=levels)


# what a length measures when it is a result: an error, an accuracy, a range reached
_LENGTH_MEASURE = re.compile(r"\b(?:errors?|accuracy|precision|range|drift|deviat\w*|RMSE|ATE|RPE|MAE|"
                             r"displacement|ADE|FDE|minADE|minFDE|(?:PA-)?MPJPE|EPE|Chamfer|"
                             r"L[12]" + SPACE + r"+distance)\b", re.IGNORECASE)
# the measure in the number's own clause: before it, or right after it (`3 mm end-effector accuracy`)
_CLAUSE_CUT = re.compile(r"[,;:(]|\b(?:while|whereas|but)\b")  # a list's items share their measure
_AFTER_CUT = re.compile(r"[,;:(]|\b(?:and|while|whereas|but|with)\b")
_LENGTH_SETUP_AFTER = re.compile(SPACE + r"*(?:apart|above|below|away|long|wide|tall|high|deep|thick|"
                                 r"radius|resolution|each|area|grid|cells?|voxels?|slices?|spacing|"
                                 r"baseline|[x×]|of" + SPACE + r"+(?:driving|travel))\b")
_LENGTH_SETUP_BEFORE = re.compile(r"\b(?:at|height|altitude|mounted|larger|smaller|bigger|spans?|"
                                  r"covers?|measures|walks?|travel\w*|drives?|baseline|radius|"
                                  r"range" + SPACE + r"+image)\b(?:" + SPACE + r"+(?:of|than|a|an))?" +
                                  SPACE + r"*$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)" + SPACE + r"+$", re.IGNORECASE)  # `a 1 km trajectory`
_SPEED_AFTER = re.compile(r"/(?:s|h|sec|hr)\b|" + SPACE + r"+per" + SPACE + r"+(?:second|hour)\b")


def _measured_length(view: str, num: Number, end: int, s0: int, s1: int, lex: Lexicon) -> bool:
    """A length that is a result: `an ATE of 0.12 m`, `3 mm end-effector accuracy`, `LiDAR range
    beyond 400 m`, `shoal by 12.3 meters`; not a setup's size or a condition (`mounted 1.8 m above`,
    `a 1 km trajectory`, `accuracy at 1 m`, `placed 10 cm apart`, `30 km/h`)."""
    if _SPEED_AFTER.match(view, end):
        return False
    if after_by(view, s0, num.start, lex):
        return True
    before = view[max(s0, num.start - 50):num.start]
    if _LENGTH_SETUP_AFTER.match(view, end) or _LENGTH_SETUP_BEFORE.search(before):
        return False
    cuts = list(_CLAUSE_CUT.finditer(before))
    clause = before[cuts[-1].end():] if cuts else before
    after = view[end:min(s1, end + 45)]
    stop = _AFTER_CUT.search(after)
    after = after[:stop.start()] if stop else after
    if _ARTICLE_BEFORE.search(before) and not _LENGTH_MEASURE.search(after):
        return False  # `a 5 km radius`, `a 3 m long corridor`; not `a 3 mm end-effector accuracy`
    return bool(_LENGTH_MEASURE.search(clause) or _LENGTH_MEASURE.search(after))


# `both a 20-step high-quality version and a 4-step fast-inference version`: the next version
_STEP_SIBLING = re.compile(SPACE + r"*(?:[\w-]+" + SPACE + r"+){0,3}and" + SPACE + r"+(?:an?" + SPACE +
                           r"+)?\d+(-steps?)\b")


def _costly_step_sibling(view: str, end: int, s1: int) -> bool:
    """A glued step count joined by `and` to another that is a cost (its cost word follows)."""
    sibling = _STEP_SIBLING.match(view, end)
    return bool(sibling) and cost_steps(view, sibling.start(1), sibling.end(1), s1)


def _verb_from(stems: str, words: int, nouns: bool = True) -> re.Pattern:
    """A change verb (or its noun in -ment or -tion, unless `nouns` is false), up to `words`
    words (its object) and `from`, ending the text searched; a word holds no FILLER, so LaTeX
    residue cannot make the match backtrack."""
    verb = r")\w*" if nouns else r")(?!\w*(?:ments?|tions?)\b)\w*"
    return re.compile(r"\b(?:" + stems + verb + SPACE + r"+(?:[^\s\u2060]+" + SPACE + r"+){0," +
                      str(words) + r"}?from" + SPACE + r"*" + FROM_OF + r"$", re.IGNORECASE)


# `scale from 3 to 30B`, `reduce the model from 7B to 1B`: sizes changed, not spanned (not
# `improvements from 4M to 2.5B parameters`: what improves is not the size)
_CHANGED_FROM = _verb_from(f"{_RAISE_STEMS}|{_LOWER_STEMS}|extend|expand|scal|shrink|compress|rose|"
                           "fell|extrapolat|generaliz", 4, nouns=False)


_ACROSS = re.compile(r"\bacross\b[^,;]*$", re.IGNORECASE)
_QUALITY_WORD = re.compile(r"\b(?:performance|accuracy|quality)\b", re.IGNORECASE)


def _shared_magnitude(view: str, num: Number, second: Number) -> Number | None:
    """`from 3 to 30B base models`, `from 4 to 128K tokens`: a bare first number takes the
    second's multiplier (whether the two are a range or a before/after pair is decided by the
    caller)."""
    if num.magnitude or not second.magnitude:
        return None
    digits = float(re.match(r"[\d.]+", view[second.start:second.end].replace(",", "")).group())
    value = num.value * second.value / digits if digits else 0
    return replace(num, value=value, magnitude=True) if 0 < value < second.value else None


_NOT_NOUN_NEXT = re.compile(SPACE + r"+(?:across|over|in|on|for|at|with|per|under|was|were|is|are)\b")


def _range_or_pair(view, num, second, s0, s1, lex, sign) -> Mention | None:
    """`2-3 times`, `1.5sim3.0 AP`, `100M to 1B`, `1M to 100M vectors`; or the first of `from
    40.1 to 45.3 AP`."""
    shared = _shared_magnitude(view, num, second)
    after = attach_unit(view, second, lex, s1)
    sizes = second.magnitude and (not after or after[0].family == "count")  # `from 100K to 10M
    # documents`, `from 3 to 30B parameters`
    low = max(s0, num.start - 40)
    changed = _CHANGED_FROM.search(view, low, num.start)
    if changed and _QUALITY_WORD.search(changed.group()):
        changed = None  # `improves performance of the models from 1B to 70B`: sizes spanned
    pair = _from_to(view, num) and not ((shared or sizes) and (
        not changed or _ACROSS.search(view, low, num.start)))
    # `pretrain from 3 to 30B base models`, `fine-tune LLMs from 2B to 9B parameters`, `across
    # model scales from 1.5B to 32B`: sizes spanned, unless a verb changes one to another
    # (`throughput goes from 2K to 9K tokens/s` is a before and an after)
    if not re.search(r"\bto\b", view[num.end:second.start]) and \
            not _YEAR.fullmatch(view[num.start:num.end]):
        pair = False  # `reduces NST from 44.7--67.1% on raw traces to`: the range it starts from
    num = shared or num
    pair = pair or second.value <= num.value  # `a 13B to 1.3B student`: no range runs down
    unit = attach_unit(view, second, lex, s1)
    if pair and second.value > num.value and _THEN_TO.match(view, unit[1] if unit else second.end):
        pair = False  # `latency from 1 to 2 minutes to real-time`: the range it starts from
    if unit and unit[0].unit == "models" and second.magnitude:
        return None if pair else _model_size(view, num, second, s0, s1, lex, sign)
    if unit and unit[0].unit == "parameters" and _checkpoint_size(view, num.start, s0, lex):
        return None  # `Qwen and GLM series (ranging from 4B to 32B parameters)`: checkpoints
    if unit:
        found, end = unit
        value_max = None if pair else second.value * found.factor
        return Mention(num.start, num.end if pair else end, num.value * found.factor, value_max,
                       found.unit, found.family, found.kind, found.metric,
                       "from_to" if pair else "range_unit", sign)
    metric = metric_after(view, second.end, lex, s1)
    if metric:
        name, end = metric
        return Mention(num.start, num.end if pair else end, num.value,
                       None if pair else second.value, name, "metric", "score", name,
                       "from_to" if pair else "range_metric", sign)
    counted = None if pair or not (second.magnitude or second.value.is_integer() or
                                   not _NOT_NOUN_NEXT.match(view, second.end)) else \
        count_noun(view, second, s1, sign, lex)  # not `between 0.41 and 0.77 across tasks`; `1.5
    # to 2.5 tool calls` count
    if counted:
        return replace(counted, start=num.start, value=num.value, value_max=second.value,
                       rule="range_unit")
    if num.magnitude and second.magnitude and not pair:
        return _model_size(view, num, second, s0, s1, lex, sign)
    return None if pair else _interval(view, num, second, s0, lex, sign)


# `N>1 samples`, `K=8 rollouts`, `G = 16` (a group's size); not `n=901 prompts` (a sample reported)
_VARIABLE_SET = re.compile(r"(?<![\w.])(?:[A-Za-z]" + SPACE + r"*[<>≥≤]|[kKG]" + SPACE + r"*=)=?" +
                           SPACE + r"*$")
# `from 1 to 2 minutes to real-time`: a state after `to`, not a purpose (`to support ...`)
_THEN_TO = re.compile(SPACE + r"+to" + SPACE + r"+[a-z]+-[a-z]")


# `5.20% WER (95% CI: 4.69--5.78)`, `7.70% (7.04--8.35)`: the interval around the value before
_INTERVAL_BEFORE = re.compile(r"(?<![\w.-])(\d+\.\d+)" + SPACE + r"*(%|pp|percentage" + SPACE + r"+points)?" +
                              r"(?:" + SPACE + r"+[A-Za-z][\w-]*)?" + SPACE + r"*\(" + SPACE +
                              r"*(?:\d\d" + SPACE + r"*%" + SPACE + r"*)?(?:CI" + SPACE + r"*[:=,]?" +
                              SPACE + r"*)?$")


def _interval(view: str, num: Number, second: Number, s0: int, lex: Lexicon,
              sign: str | None) -> Mention | None:
    """A confidence interval in parentheses right after a value is a range in its unit."""
    before = _INTERVAL_BEFORE.search(view, max(s0, num.start - 40), num.start)
    if not before or "." not in view[num.start:second.end] or not view.startswith(")", second.end):
        return None
    unit = lex.units.get((before.group(2) or "").replace("\u2060", " ")) if before.group(2) else None
    return Mention(num.start, second.end, num.value, second.value,
                   unit.unit if unit else None, unit.family if unit else "metric", "score",
                   None, "interval", sign)


# a decimal called an accuracy without `%`, after a verb that reports a score
_ACCURACY_AFTER = re.compile(SPACE + r"+(?:(?:average|mean|overall)" + SPACE + r"+)?accuracy\b(?!" +
                             SPACE + r"*(?:gains?|improvements?|drops?|points?)\b)")


# a decimal named by the measure right after it: a phrase headed by a quality noun
_MEASURE_AFTER = re.compile(SPACE + r"+((?:(?:average|mean|overall|task|[a-z]+-level)" + SPACE +
                            r"+)?(?:score|quality|[a-z]{4,}(?:ity|ness)))(?=" + SPACE +
                            r"*(?:[,;)]|\.(?!\d)|$|(?:at|on|in|with|and|while|for)\b))")


def _after_score_verb(view: str, num: Number, s0: int) -> bool:
    """A verb that reports a score shortly before the number (`achieves`, `reaching`)."""
    return bool(SCORE_VERB.search(view, max(s0, num.start - 40), num.start))


# `by +2.12 (3B) and +2.95 (7B) points`, `by 6.9 and 5.7 points`: a list whose last item
# carries the unit for all of them
_POINTS_AFTER = re.compile(r"(?:" + SPACE + r"*\([^()]{0,20}\))?(?:" + SPACE + r"*(?:,|and|," + SPACE +
                           r"*and)" + SPACE + r"*[-+−]?\d[\d.]*(?:" + SPACE + r"*\([^()]{0,20}\))?)*" +
                           SPACE + r"+(?:percentage" + SPACE + r"+)?points?\b")


_ACTIVE_PART = re.compile(r"-A\d+(?:\.\d+)?B(?![\w-])")  # `30B-A3B`: 3B of the 30B active
_SIZED = re.compile(r"-(?:scale|sized?)\b")  # `8B-scale backbones`, `an 8B-sized model`
# `the 30B-A3B variant of Qwen3`: a public family's checkpoint named after its size
_OF_FAMILY = re.compile(r"[\w-]*(?:" + SPACE + r"+[\w-]+){0,2}?" + SPACE + r"+of" + SPACE + r"+(?:the" + SPACE +
                        r"+)?([A-Z][\w.-]*)")


def _family_after(view: str, end: int, lex: Lexicon) -> bool:
    found = _OF_FAMILY.match(view, end, end + 40)
    return bool(found) and bool(
        _family_release(lex.stopwords["public_model_families"]).fullmatch(found.group(1)))


def _duration_adjective(view: str, num: Number, lex: Lexicon, sign) -> Mention | None:
    """`a 2,000-hour synthetic dataset`: the size of data; `a 90-day simulation`, `2-hour
    rollouts`: how long it runs; `under a 24-hour budget`: the time it may spend."""
    for pattern, rule in ((_HOURS_OF_DATA, "hours_of_data"), (_TIMED_NOUN, "timed_noun")):
        found = pattern.match(view, num.end)
        if found:
            unit = lex.units[found.group(1).lower() + "s"]
            spent = rule == "timed_noun" and found.group(2).lower() in ("budget", "limit")
            return Mention(num.start, found.end(1), num.value, None, unit.unit, unit.family,
                           "efficiency" if spent else "scale", None, rule, sign)
    return None


def _unitless(view, num, s0, s1, lex, sign) -> Mention | None:
    """A number with no unit: a metric score, a model size, a GPU count, or nothing."""
    if not num.magnitude and _POINTS_AFTER.match(view, num.end):
        pp = lex.units["points"]
        return Mention(num.start, num.end, num.value, None, pp.unit, pp.family, pp.kind, pp.metric,
                       "listed_points", sign)
    after = metric_after(view, num.end, lex, s1)
    if after:
        name, end = after
        return Mention(num.start, end, num.value, None, name, "metric", "score", name,
                       "number_metric", sign)
    decimal = "." in view[num.start:num.end]
    accuracy = _ACCURACY_AFTER.match(view, num.end) if decimal else None
    if accuracy and _after_score_verb(view, num, s0):
        return Mention(num.start, accuracy.end(), num.value, None, "accuracy", "metric", "score",
                       "accuracy", "number_metric", sign)  # `reaching 79.24 average accuracy`
    changed = _METRIC_CHANGE.match(view, num.end) if decimal else None
    if changed:
        name = metric_name(lex, changed.group(1))
        if name and not lex.metric_families.get(name):  # `6.4 accuracy improvement on TextVQA`:
            # a difference in a quality metric's own unit (not `a 0.4 throughput drop`: a cost's
            # unit is unwritten)
            return Mention(num.start, changed.end(1), num.value, None, name, "metric", "change",
                           name, "number_metric_change", sign)
    moved = _CHANGE_IN_PHRASE.match(view, num.end) if decimal or sign else None
    name = metric_phrase(moved.group(1), lex) if moved and not _HYPERPARAMETER.search(moved.group(1)) \
        and not any(w in lex.stopwords["clause_verbs"] for w in moved.group(1).split()) else None
    if name:  # `a 0.01 increase in the retained context ratio`, `+2.7 gain in scientific fidelity`
        return Mention(num.start, num.end, num.value, None, name, "metric", "change", name,
                       "number_metric_change", sign)
    point = _POINT_CHANGE.match(view, num.end)
    if point:
        pp = lex.units["points"]
        return Mention(num.start, point.end(), num.value, None, pp.unit, pp.family, pp.kind,
                       pp.metric, "number_unit", sign)
    duration = _duration_adjective(view, num, lex, sign)
    if duration:
        return duration
    item = _item_size(view, num, lex, sign) or _collection_size(view, num, s0, lex, sign) or \
        _score_word(view, num, lex, sign) or \
        _rating(view, num, sign) or _counted_in_brackets(view, num, lex, sign, s0)
    if item:
        return item
    named = _MEASURE_AFTER.match(view, num.end) if decimal else None
    if named and (sign or view[num.start - 1:num.start] == "(" or _after_score_verb(view, num, s0)):
        name = named.group(1).replace("\u2060", " ")  # `achieves 0.815 task quality`, `+0.461
        return Mention(num.start, named.end(1), num.value, None, name, "metric",  # traceability`
                       "change" if sign else "score", name, "number_metric", sign)
    rest = view[num.end:num.end + 2]
    if rest[:1] in ("x", "×"):  # `32xA100 GPUs`
        gpus = gpu_count(view, num, lex, s0, s1)
        if gpus:
            return gpus
    if (rest[:1].isalpha() or (rest[:1] == "-" and rest[1:2].isalpha())) and not (
            num.magnitude and _ACTIVE_PART.match(view, num.end) and
            not _family_after(view, num.end, lex)) and not (
            num.magnitude and _SIZED.match(view, num.end)):
        return None  # 3D, 2nd, 6-month, 4-bit, 2B-2B: part of a word or a name; not `a 30B-A3B
        # backbone`, a mixture of experts' total size, nor `8B-scale backbones`, a size
    statistic = statistic_before(view, num, s0, s1, lex)
    if statistic:
        return _dashed_range(view, replace(statistic, sign=sign), num, s1, lex)
    decimal = "." in view[num.start:num.end]
    closed = view.startswith(")", num.end)
    only = _BOUNDED.search(view, max(s0, num.start - 20), num.start)  # `nDCG@10 of only 0.346`,
    # `an F1-score up to 0.797`
    before, rule = (None if num.magnitude else metric_before(
        view, only.start() if only else num.start, s0, lex, parenthesized=closed, bounded=bool(only))), \
        "metric_number"
    if before and _BETWEEN.search(view, max(s0, num.start - 12), num.start) and (
            not _AND_NUMBER.match(view, num.end) or _FILTERED.search(view, s0, s1)):
        before = None  # `the cosine similarity between 2 embeddings`: no range; `keep prompts
        # with a pass rate between 0.2 and 0.8`: a filter, no result
    if only and before and not is_score_metric(lex, before[0]):
        before = None  # `a training cost of only 7,800`: a cost, read below
    if not before and decimal:
        before, rule = tuple_metric_before(view, num.start, num.end, s0, lex), "metric_number"
    if not before and decimal:
        before, rule = acronym_score_before(view, num.start, s0, lex), "acronym_score"
    if not before and decimal:
        before, rule = paren_metric_before(view, num.start, num.end, s0, lex), "metric_number"
    if before:
        name, mstart = before
        closed = closed and "(" in view[mstart:num.start]
        if closed and _YEAR.fullmatch(view[num.start:num.end]):
            return None  # `Image Generation (2025)`: a year
        steps = lex.metric_families.get(name) == frozenset({"steps"})  # `an NFE of 4`: a cost in
        # steps, not a score
        unit, family, kind = ("steps", "steps", "efficiency") if steps else (name, "metric", "score")
        if closed:  # `answer accuracy (0.767)` quotes its `)`
            return Mention(mstart, num.end + 1, num.value, None, unit, family, kind, name,
                           rule, sign, metric_first=True)
        return _dashed_range(view, Mention(mstart, num.end, num.value, None, unit, family,
                                           kind, name, rule, sign, metric_first=True),
                             num, s1, lex)  # `at AUC 0.97-0.99`
    after = acronym_score_after(view, num.start, num.end, s0, lex) if decimal and not num.magnitude \
        else None  # not `a 1.7B DLM`: a model's size
    if after:
        return Mention(num.start, after[1], num.value, None, after[0], "metric", "score",
                       after[0], "acronym_score", sign)
    if decimal and not num.magnitude and benchmark_after(view, num.start, num.end, s0, lex):
        return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                       "score_before_benchmark", sign)
    inside = _metric_in(view, num.end, lex, s1)
    if inside and not num.magnitude:
        return Mention(num.start, inside[1], num.value, None, inside[0], "metric", "score",
                       inside[0], "number_in_metric", sign)
    gpus = gpu_count(view, num, lex, s0, s1)
    if gpus:
        return gpus
    shared = _SHARED_MAGNITUDE.match(view, num.end) if not num.magnitude else None
    sized = _model_size(view, Number(num.start, num.end, num.value * lex.multipliers[
        shared.group(1)][0], True), None, s0, s1, lex, sign) if shared else None
    if sized:  # `ZwZ models (4/7/8B)`: the last size's multiplier is every size's (each
        return sized  # quoted alone: the quote of `4` would hold those of `7/8B` and `8B`)
    if num.magnitude:
        return _breakdown_item(view, num, s0, lex, sign) or \
            _model_size(view, num, None, s0, s1, lex, sign) or count_noun(view, num, s1, sign, lex) \
            or _cost_amount(view, num, s0, sign, lex)  # `30K in API costs`
    if _FACTOR_OF.search(view, max(s0, num.start - 12), num.start):
        return Mention(num.start, num.end, num.value, None, "x", "x", "ratio", None,
                       "factor_of", sign)  # `reduces the computation time by a factor of 20`
    return _by_amount(view, num, s0, s1, lex, sign) or _versus_score(view, num, s0, sign, lex) or \
        _second_value(view, num, s0, s1, sign, lex) or _slash_pair(view, num, s0, sign, lex) or \
        _score_on(view, num, s0, sign, lex) or _changed_level(view, num, s0, s1, lex, sign) or \
        _reached_level(view, num, s0, sign) or _named_level(view, num, s0, sign, lex) or \
        _verb_score(view, num, s0, sign) or _cost_amount(view, num, s0, sign, lex) or \
        _respective_level(view, num, s0, s1, sign, lex) or \
        (count_noun(view, num, s1, sign, lex) if _size_count(view, num, s0) else None) or \
        _benchmark_items(view, num, s0, s1, sign, lex)


_BETWEEN = re.compile(r"\bbetween" + SPACE + r"+$")
_AND_NUMBER = re.compile(AND_GAP.pattern + r"[-+−]?[\d.]")
# a range that selects or defines rather than reports: `keep prompts with a pass rate between 0.2
# and 0.8`, `mAP is averaged over IoU between 0.5 and 0.95`
_FILTERED = re.compile(r"\b(?:keep|kept|retain\w*|discard\w*|filter\w*|select\w*|exclud\w*|remov\w*|"
                       r"normaliz\w*|averaged" + SPACE + r"+over|thresholds?)\b", re.I)


_BOUNDED = re.compile(r"\b(?:only|just|merely|up" + SPACE + r"+to|nearly|about|around|approximately|"
                      r"roughly)" + SPACE + r"*$", re.I)  # bound words between a metric and its value


def _dashed_range(view: str, mention: Mention, num: Number, s1: int, lex: Lexicon) -> Mention:
    """A statistic or score named before its number, widened to a range written with a dash
    (`rho = 0.89-0.96`, `AUC 0.97-0.99`) or with `between ... and` (`AUROC values between 0.89
    and 1.00`); not `from r = 0.62 to 0.81`, a before and an after."""
    second = _second_number(view, num, num.end, s1, lex)
    gap = view[num.end:second.start] if second else ""
    between = _BETWEEN.search(view, max(0, num.start - 12), num.start) and AND_GAP.fullmatch(gap)
    if second and second.value > num.value and not mention.sign and \
            (between or not re.search(r"[a-z]", gap)):
        return replace(mention, end=second.end, value_max=second.value)
    return mention



# `a 56,340-example multimodal guardrail benchmark`: the item, then what holds the items
_ITEM_ADJECTIVE = re.compile(r"-([a-z]{3,})(?![\w-])(?=(?:,?" + SPACE + r"+(?!(?:from|of|in|on|the|a|an|"
                             r"each|per|and|or|to|with|for)\b)[\w-]+){0,3}?,?" + SPACE +
                             r"+(?:datasets?|corpus|corpora|benchmarks?|collections?|suites?|splits?|"
                             r"subsets?|sets?|mixtures?|pools?|banks?)\b)")
_ITEM_UNITS = frozenset({"samples", "images", "videos"})  # not `500-word`, `1024-frame`: lengths


def _item_size(view: str, num: Number, lex: Lexicon, sign: str | None) -> Mention | None:
    """`a 156K-trajectory dataset`, `a 50K-example corpus`: a data collection's size written as
    an adjective of the item it counts (100 or more, or with a multiplier: `a 3-image prompt`,
    `1024-frame videos` and `a 16,384-entry codebook` are settings)."""
    found = _ITEM_ADJECTIVE.match(view, num.end)
    if not found or not (num.magnitude or num.value >= 100):
        return None
    noun = found.group(1)
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    unit = lex.units.get(plural)
    if plural in lex.stopwords["data_item_nouns"]:
        unit = lex.units["samples"]
    if not unit or unit.unit not in _ITEM_UNITS or noun in ("word", "sentence"):
        return None
    return Mention(num.start, found.end(), num.value * unit.factor, None, unit.unit, unit.family,
                   "scale", unit.metric, "item_size", sign)


# `an 81K curated reasoning dataset`, `a 19k sample reasoning dataset`, `a 20M-scale
# file-per-document QA setting`: a thousands- or millions-sized collection with its item words
# left unsaid or spelled as modifiers
_WORDS_BEFORE = r"(?=(?:" + SPACE + r"+(?!(?:from|of|in|on|the|a|an|each|per|and|or|to|with|for|is|" \
    r"are|was)\b)[\w-]+){0,3}?" + SPACE + r"+(?:datasets?|corpus|corpora|collections?"
_COLLECTION_AFTER = re.compile(r"(?:-(?!(?:class|categor)\w*\b)[a-z][\w-]*)?" + _WORDS_BEFORE +
                               r")\b)", re.IGNORECASE)  # not `a 21K-class dataset`: its classes
_SCALE_COLLECTION = re.compile(r"-scale" + _WORDS_BEFORE + r"|documents?|files?|pools?|index|data|"
                               r"settings?)\b)", re.IGNORECASE)
# `a 4K video dataset`, `an 8K image dataset`: a display resolution (`_RESOLUTION`); `a 128K
# long-context SFT dataset`: a context length; no count of items
_DISPLAY_SIZE = re.compile(r"(?:2|4|8|16)[Kk]")
_CONTEXT_AFTER = re.compile(r"(?:-|" + SPACE + r"+)(?:long-)?context\b", re.IGNORECASE)


def _collection_size(view: str, num: Number, s0: int, lex: Lexicon,
                     sign: str | None) -> Mention | None:
    """`an 81K curated reasoning dataset`: the size of a data collection written with a thousands
    or millions multiplier right before the words that name it (not `a 7B ... dataset`: a model
    size, read as parameters elsewhere; not `the MovieLens 1M dataset`: a name)."""
    found = (_COLLECTION_AFTER.match(view, num.end) or _SCALE_COLLECTION.match(view, num.end)) \
        if num.magnitude else None
    if not found or not 1e3 <= num.value < 1e9 or model_name_before(view, num.start, s0, lex) or \
            _CONTEXT_AFTER.match(view, num.end) or (_DISPLAY_SIZE.fullmatch(
                view[num.start:num.end]) and _RESOLUTION.match(view, num.end)):
        return None
    unit = lex.units["samples"]
    return Mention(num.start, found.end(), num.value, None, unit.unit, unit.family, "scale",
                   unit.metric, "collection_size", sign)


_YEAR = re.compile(r"(?:19|20)\d\d")
_LEVEL_SETTING = re.compile(r"\b(?:guidance|scale|coefficient|probabilit\w*|noise|mask\w*|margin|"
                            r"rank|size|weight|penalty|decay|budget)\b", re.IGNORECASE)  # knobs a
# change verb can turn too, beyond _SETTING_WORDS


def _knob(text: str) -> bool:
    """`increase the learning rate`, `the guidance scale`: a setting, not a level of a score."""
    return bool(_SETTING_WORDS.search(text) or _LEVEL_SETTING.search(text))


# `rises from 38.5 to 58.7 on GSM8K`, `advances from 73.9 to 78.3`: verbs a level moves with
_MOVE_WORDS = "rise|rises|rising|rose|risen|advanc|jump|climb|soar|fell|fall|declin|goes|went|" \
    "going|moves|moved|moving"
_LEVEL_FROM = _verb_from(f"{_RAISE_STEMS}|{_LOWER_STEMS}|{_MOVE_WORDS}", 6)
# `advances from 73.9 to 78.3 on GSM8K, and from 28.8 to 34.4 on College Math`: the verb elided
_AND_FROM = re.compile(r"(?:,|\band)" + SPACE + r"+(?:(?:on|in)" + SPACE + r"+)?(?:[A-Z][\w.-]*[\w.]" +
                       SPACE + r"+)?from" + SPACE + r"*$")  # also `PickScore from 0.846 to 0.884
# and HPSv3 from 9.12 to 10.97`, `on GSM8K from 61.2 to 70.4, and on MATH from 35.1 to 42.0`
_PAIR_FROM = re.compile(r"\bfrom" + SPACE + r"+[-+−]?\d[\d.]*%?" + SPACE + r"+to" + SPACE +
                        r"+[-+−]?\d[\d.]*")
_LABEL_FROM = re.compile(r"\(" + SPACE + r"*(?:[A-Z][\w.-]*[\w.]:" + SPACE + r"*)?from" + SPACE +
                         r"*$")  # `(LlamaGen: from 0.306 to 0.339)`: a system's result; `by 3.1
# points (from 48.2 to 51.3)`: the levels of a change
_STAGE_LABEL = r"(?:" + SPACE + r"+\([^()]{1,20}\))?"  # `from 60.2 (R0) to 71.8 (R2)`
_TO_DECIMAL = re.compile(_STAGE_LABEL + SPACE + r"+to" + SPACE + r"+[-+−]?(?=\d*\.\d)")
_FROM_DECIMAL = re.compile(r"(?<![\w.])[\d.]*\.\d+" + _STAGE_LABEL + SPACE + r"+to" + SPACE + r"+$")


def _elided_level_verb(view: str, s0: int, low: int, start: int) -> re.Match | None:
    """The verb of the pair of levels before `and from <start>`, which this pair leaves out."""
    if not _AND_FROM.search(view, low, start):
        return None
    earlier = list(_PAIR_FROM.finditer(view, s0, start - 4))
    pair = earlier[-1].start() if earlier else None
    return _LEVEL_FROM.search(view, max(s0, pair - 120), pair + 4) if pair is not None else None


def _changed_level(view, num, s0, s1, lex, sign) -> Mention | None:
    """`improves a judge from 0.38 to 0.51 in overall accuracy`, `an increasing fractal
    dimension from 1.316 to 1.397`, `(LlamaGen: from 0.306 to 0.339)`, `drops 3.1x (66.4 to
    21.5)`: two decimals a change verb (or a system's label) moves from and to are levels
    (scores), in the metric named after them when one is."""
    if "." not in view[num.start:num.end]:
        return None
    low = max(s0, num.start - 120)
    to = _TO_DECIMAL.match(view, num.end)
    if to:
        start, second = num.start, number_at(view, to.end(), lex)
    else:
        first = _FROM_DECIMAL.search(view, low, num.start)
        start, second = (first.start() if first else None), num
    verb = start is not None and (_LEVEL_FROM.search(view, low, start) or
                                  _LABEL_FROM.search(view, low, start) or
                                  _change_then_paren(view, low, start, lex) or
                                  _elided_level_verb(view, s0, low, start))
    knobs = verb and view[max(low, verb.start() - 80) if verb.re is _LABEL_FROM else verb.start():
                          verb.end()]  # `the learning rate (Adam: from 0.001 to`
    if not verb or _knob(knobs):
        return None  # `increase the learning rate from 0.1 to 0.5`, `the guidance scale` set up
    metric = _metric_in(view, second.end if second else num.end, lex, s1)
    return Mention(num.start, num.end, num.value, None, metric[0] if metric else None, "metric",
                   "score", metric[0] if metric else None, "changed_level", sign,
                   level=True)


# `a benchmark of 34 Flash-based adventure games`, `FT-Bench, a benchmark comprising 10 tasks`:
# what a benchmark or dataset consists of, a size however small
_CONSISTS_OF = re.compile(r"\b(?:benchmark|dataset|corpus|suite|collection)" + SPACE + r"+(?:of|comprising|"
                          r"containing|consisting" + SPACE + r"+of|featuring)" + SPACE + r"+$", re.I)
_NOT_ITEMS = frozenset({"datasets", "benchmarks", "models", "llms", "methods", "baselines", "domains",
                        "categories", "languages", "subjects", "seeds", "rounds"})  # setup, breadth


def _benchmark_items(view: str, num: Number, s0: int, s1: int, sign: str | None,
                     lex: Lexicon) -> Mention | None:
    """A small count right after `a benchmark of`: its items (`34 ... games`, `10 tasks`),
    not what it is built from or spans (`a suite of 16 datasets`, `of 40 subjects`)."""
    if "." in view[num.start:num.end] or not _CONSISTS_OF.search(view, max(s0, num.start - 40),
                                                               num.start):
        return None
    counted = count_noun(view, num, s1, sign, lex)
    return counted if counted and counted.unit.lower() not in _NOT_ITEMS else None


def _size_count(view: str, num: Number, s0: int) -> bool:
    """`8,135 trial records`, `150 scenarios`, `40+ apps`: 100 or more of something, or a
    floor, is a size, where a small count (`three tasks`) is setup; a year, a setting
    (`batch size of 256`, `set K to 100`) or what is evaluated (`across 30+ benchmarks`) is not,
    unless there are thousands of it (`across 41,832 inference runs`: the study's size); a
    power of ten (`10^{19} configurations`) is always a size."""
    written = view[num.start:num.end]
    if ("." in written and "^" not in written) or \
            _SETTING_BEFORE.search(view, max(s0, num.start - 30), num.start) or \
            (num.value < 1000 and _EVALUATED.search(view, max(s0, num.start - 40), num.start)):
        return False
    return written.endswith("+") or "^" in written or (
        num.value >= 100 and ("," in written or not 1900 <= num.value <= 2100))


_DEPTH = re.compile(r"\bdepth\b|\b(?:beyond|up" + SPACE + r"+to|over|more" + SPACE + r"+than)" +
                    SPACE + r"+$", re.I)
# `a 25 Hz VAE`, `a 16 kHz codec`: a rate naming a component's setting, not a speed measured
_RATE_SETTING = re.compile(SPACE + r"+(?:[A-Z]{2,}\w*|codec|tokenizer|encoder|decoder|vocoder|"
                           r"autoencoder|control|sampling)\b")
_CONFIDENCE = re.compile(SPACE + r"*(?:CIs?(?=" + SPACE + r"*(?:[:(,;\[)=]|[-−]?\d))|(?:confidence|credible)" +
                         SPACE + r"+(?:intervals?|levels?|bounds?)\b)")  # `95% CI 0.7-0.9`; not `30% CI build time`
_ARTICLE = re.compile(r"\b(?:a|an)" + SPACE + r"+$", re.I)
_PERIOD = re.compile(r"\b(?:past|last|next|every|per|each)" + SPACE + r"+$", re.I)
_POINT_CHANGE = re.compile(r"-(?:pp\b|(?:percentage-)?points?(?=" + SPACE + r"+(?:[\w@-]+" + SPACE +
                           r"+){0,2}(?:gain|improvement|increase|boost|drop|decrease|decline|"
                           r"reduction|jump|lead|advantage|margin|gap|swing|difference|lift)s?\b))")
# `a +4.7-point gain`, `a 15.36-point accuracy gap`, `a 4.2-point mAP improvement`, `a 17-pp
# delta`; not `5-point scale`
# what makes a count of models a size: a verb that makes them, or a collection they form ...
_MADE_BEFORE = re.compile(r"\b(?:ensembles?|mixture|pool|committee|zoo|(?:train|releas|distill|merg)"
                          r"(?:e|es|ed|ing)?)" + SPACE + r"+(?:[\w-]+" + SPACE + r"+){0,2}$", re.I)
# ... or how they were made, written before `models` (merged or distilled ones even when evaluated)
_MADE_BETWEEN = re.compile(r"\b(?:(merged|distilled)|pre-?trained)\b", re.I)
_EVALUATED = re.compile(r"\b(?:across|among|for" + SPACE + r"+all|evaluat\w*|compar\w*|experiments" +
                        SPACE + r"+on|benchmark(?:ing|ed)|test(?!bed)\w*)\b[^,;.]*$", re.IGNORECASE)  # not `a
# benchmark of 150 scenarios`, a size
_SETTING_BEFORE = re.compile(r"(?:\b(?<!up" + SPACE + r")(?<!close" + SPACE + r")(?:to|at|beyond)|=|\b(?:size|budget|rank|width|depth|length|"
                             r"dimension|number)" + SPACE + r"+of)" + SPACE + r"*$", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:stages?|steps?|phases?|parts?|sections?|sec\.|tables?|tab\.|"
                           r"figures?|figs?\.|eqs?\.|equations?|appendix|algorithms?|theorems?|"
                           r"lemmas?|study|studies|experiments?|rounds?|levels?|layers?)" + SPACE + r"*$",
                           re.IGNORECASE)
_NAME_AFTER = re.compile(SPACE + r"+[A-Z]{2,}\b")
# `compress the attention layers 4x`, `the MLP layers 50%`: an amount, not a layer label
_FACTOR_NEXT = re.compile(SPACE + r"*(?:[x×%]|times\b|-?fold\b)")
_HOURS_OF_DATA = re.compile(r"-(hour|day|minute)s?(?=" + SPACE + r"+(?:[\w-]+" + SPACE +
                            r"+){0,3}(?:dataset|corpus|collection|recording|data\b|audio\b|speech\b|"
                            r"footage\b)s?)", re.IGNORECASE)  # `40-hour recordings`
# `a 90-day simulation`, `a 20-second horizon`: a duration written as an adjective of
# what runs that long (not `3-year-olds`, `a 6-month gap`, `its 5-second training horizon`: an age,
# settings; nor `generates 5-minute videos`, an output's length: a reviewed non-claim that newer
# gold files count, an open convention)
_TIMED_NOUN = re.compile(r"-(second|minute|hour|day|week|year)(?=" + SPACE + r"+(?:(?!training\b)[\w-]+" +
                         SPACE + r"+){0,2}?(simulat\w*|horizon|window|rollouts?|episodes?|"
                         r"experiments?|evaluations?|deployments?|sessions?|trajector\w*|budget|"
                         r"limit)\b)", re.IGNORECASE)
_AGO = re.compile(SPACE + r"+ago\b")
_FACTOR_OF = re.compile(r"\bfactor" + SPACE + r"+of" + SPACE + r"*$", re.I)


_METRIC_CHANGE = re.compile(SPACE + r"+([a-z][\w-]*)" + SPACE + r"+(?:improvement|gain|boost|"
                            r"increase|drop|decrease|reduction)s?\b")


# a change noun, then the measure it changes (a phrase, known to the gazetteer or not), unless
# that is a setting turned (`a 0.5 decrease in learning rate`)
_HYPERPARAMETER = re.compile(_LEVEL_SETTING.pattern + r"|\b(?:learning" + SPACE + r"+rate|temperature|"
                             r"dropout|momentum)\b", re.IGNORECASE)
_CHANGE_IN_PHRASE = re.compile(
    SPACE + r"+(?:" + "|".join(CHANGE_NOUNS) + r"|rise)s?" + SPACE + r"+in" + SPACE +
    r"+(?:(?:the|its|their)" + SPACE + r"+)?((?:[a-z][\w-]*" + SPACE + r"+){0,2}[A-Za-z][\w@-]*)(?=" +
    SPACE + r"*(?:[,.;:)]|$|(?:over|than|compared|on|for|across|with|while|and|against|"
    r"relative)\b))")


_IN_METRIC = re.compile(SPACE + r"+in" + SPACE + r"+(?:(?:average|mean|overall|the)" + SPACE + r"+)?")


def _metric_in(view: str, end: int, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    """`+4.8 in average recall@1`, `+5.3 in CIDEr`: the metric a bare difference is in."""
    join = _IN_METRIC.match(view, end)
    match = lex.metric_after_re.match(view, join.end()) if join else None
    if match and match.end() <= limit and not view[match.end():match.end() + 1].isalnum():
        name = metric_name(lex, match.group(1))
        return (name, match.end()) if name else None
    return None


_ON_CAPITAL = re.compile(SPACE + r"+(?:on|for)" + SPACE + r"+(?:the" + SPACE + r"+)?" + EVAL_MODE +
                      "(?=[A-Z])")
# `61.0 on multi-turn MT-Bench`: any modifier before a name known or shaped as a benchmark
_ON_MODIFIED = re.compile(SPACE + r"+(?:on|for)" + SPACE + r"+(?:the" + SPACE + r"+)?[a-z]+-[a-z]+" +
                          SPACE + r"+(?=[A-Z])")
_SCORE_VERB_BEFORE = re.compile(SCORE_VERB.pattern + r"(?:" + SPACE + r"+\S+){0,2}" + SPACE + r"+$",
                                re.IGNORECASE)  # `XDLM attains 15.0 MBPP in 32 steps`
_NAME_ENDS = re.compile(r"(?=" + SPACE + r"*(?:[,.;:)]|$|(?:in|on|with|and|while)\b))")
_SCORE_OF = re.compile(r"\bscores?" + SPACE + r"+(?:of|from" + SPACE + r"*" + FROM_OF + r"(?:[\d.]+" +
                       SPACE + r"+to)?|is|was|reaches|reaching)" + SPACE + r"*$", re.I)  # also
# `the AIME24 score from a text-only baseline of 22.1 to 50.5`
_ACHIEVED = re.compile(r"\b(?:achiev|attain|obtain|reach|yield)\w*", re.I)
_WHOLE_SCORE_END = re.compile(SPACE + r"*(?:[,;.)]|/\d|$|(?:on|in|for|with|while|compared|than|across|"
                              r"at|and" + SPACE + r"+(?!\d))\b)")
_ARROW_AFTER = re.compile(SPACE + r"*" + ARROW + SPACE + r"*[\d.]")  # `jumps 53.83 → 65.94`
_ARROW_BEFORE = re.compile(ARROW + SPACE + r"*$")
# `ours goes 94.4 → 93.0`, `the proxy saturates (0.505 → 1.000)`: a verb of motion opens the pair
_ARROW_MOVE = re.compile(r"\b(?:go|goes|went|moves?|moved|saturat\w*|drops?|dropped|falls?|fell|"
                         r"shifts?|shifted)" + SPACE + r"*\(?" + SPACE + r"*(?:[\d.]+" + SPACE + r"*" +
                         ARROW + SPACE + r"*)?$", re.I)


_GREEK_NAME = re.compile(r"\b(?:alpha|beta|gamma|delta|lambda|sigma|tau|eta|epsilon|mu)\b", re.I)


_NAMED_SCORE = re.compile(SPACE + r"+(?:on|for)" + SPACE + r"+(?:the" + SPACE + r"+)?"
                          r"([A-Z][\w.+-]*[\w+])(" + SPACE + r"+score\b)?")


def _named_score(view: str, end: int, lex: Lexicon) -> str | None:
    """`0.85 on GenEval score`: the score's name, canonical when known (`Inception score` ->
    IS, `CLIP score`); not a generic word (`on the Average score`). `0.75 on GenEval`: a
    benchmark the gazetteer knows as its own score."""
    named = _NAMED_SCORE.match(view, end)
    if not named or named.group(1).lower() in lex.stopwords["generic_score_words"]:
        return None
    name = named.group(1)
    if not named.group(2):
        known = metric_name(lex, name)
        return known if known in lex.score_metrics else None
    return metric_name(lex, name + " score") or metric_name(lex, name) or name


_SCORE_WORD = re.compile(SPACE + r"+(?:(?:overall|average|mean|total)" + SPACE + r"+)?scores?\b")
_ON_BENCHMARK = re.compile(SPACE + r"+(?:on|in)" + SPACE + r"+(?:the" + SPACE + r"+)?(?=[A-Z])")


# `164B tokens (82B English, 82B German, and 80M Bavarian)`: a total's parts in parentheses,
# each a number named by a word, counted in the total's unit
_PARTS_OPEN = re.compile(r"(\d[\d.,]*[KMBT]?\+?" + SPACE + r"*[A-Za-z][\w-]*)" + SPACE + r"*\(" + SPACE +
                         r"*(?:[^()]*?(?:[,;]|" + SPACE + r"and)" + SPACE + r"*(?:and" + SPACE + r"+)?)?$")
_PART_NAME = re.compile(SPACE + r"+[A-Z][a-z]+(?=" + SPACE + r"*(?:[,;)]|and\b))")


def _breakdown_item(view: str, num: Number, s0: int, lex: Lexicon, sign: str | None) -> Mention | None:
    """`(82B English, 82B German, and 80M Bavarian)` after `164B tokens`: a part of a count
    named by a word takes the total's unit (a count's: tokens, samples, images, ...)."""
    if not _PART_NAME.match(view, num.end):
        return None
    opened = _PARTS_OPEN.search(view, max(s0, num.start - 100), num.start)
    total = number_at(view, opened.start(1), lex) if opened else None
    unit = attach_unit(view, total, lex, opened.end(1)) if total else None
    if not unit or unit[0].family != "count" or unit[0].unit in ("models", "parameters") or \
            num.value > total.value:
        return None  # not `3 models (7B Base, 7B Instruct, and 14B Chat)`: sizes, not parts
    return Mention(num.start, num.end, num.value, None, unit[0].unit, unit[0].family, "scale",
                   None, "breakdown", sign)


_OUT_OF = re.compile(r"/(?:5|10|100)(?![\d.]*\d|[\w%/])")  # a rating's scale: `4.92/5`


# what a rating follows: its parenthesis, or a verb or noun of scoring (`averaging`, `rated`)
_RATED = re.compile(r"(?:\(|\b(?:averag\w*|scor\w*|rat(?:ed|ings?)|reach\w*|achiev\w*|obtain\w*|"
                    r"receiv\w*)(?:" + SPACE +
                    r"+(?:of|at|an?))?)" + SPACE + r"*$", re.I)


def _rating(view: str, num: Number, sign: str | None) -> Mention | None:
    """`both averaging 4.92/5`, `(4.74/5)`: a decimal rating out of 5, 10 or 100 is a score;
    not `a learning rate of 2.5/10 of the default`, `the 1.5/5 split`."""
    scale = _OUT_OF.match(view, num.end)
    if not scale or num.magnitude or "." not in view[num.start:num.end] or \
            not _RATED.search(view, max(0, num.start - 30), num.start):
        return None
    return Mention(num.start, scale.end(), num.value, None, None, "metric", "score", None, "rating",
                   sign)


# `far fewer training samples (1.3M vs. 30.1M)`: a counted noun, then its counts in brackets
_NOUN_THEN_BRACKET = re.compile(r"\b([a-z]+s)" + SPACE + r"*\((?:" + SPACE + r"*[\d.,]+[KMB]" + SPACE +
                                r"*(?:vs\.?|versus|/|,|and)" + SPACE + r"*)?$")


_BARE_COUNT_MIN = 10  # below it a bracketed count is an enumeration's label or a setting
_PER_AFTER = re.compile(SPACE + r"+per\b")
_BARE_COUNT_END = re.compile(SPACE + r"*(?:vs\.?|versus|/|,|and|\))")


def _bare_count(view: str, num: Number) -> bool:
    """A whole number with no multiplier that can count data items: not a year, and not so
    small that it is an enumeration's label or a setting (`training samples (2) Fine-grained`,
    `rollouts (8) per prompt`)."""
    return num.value >= _BARE_COUNT_MIN and "." not in view[num.start:num.end] and \
        not _YEAR.fullmatch(view, num.start, num.end)


def _counted_in_brackets(view: str, num: Number, lex: Lexicon, sign: str | None,
                         s0: int) -> Mention | None:
    """`with far fewer training samples (1.3M vs. 30.1M)`: counts with a multiplier in brackets
    right after the plural count noun they count; without one, only data items (`Single-app
    tasks (27) test one app`, `new prompts (11,919)`)."""
    found = _NOUN_THEN_BRACKET.search(view, max(s0, num.start - 60), num.start) \
        if _BARE_COUNT_END.match(view, num.end) and not _PER_AFTER.match(view, num.end + 1) \
        else None  # not `tokens (82B English, ...)`, `rollouts (16) per prompt`
    noun = found.group(1) if found else ""
    unit = lex.units.get("samples") if noun in lex.stopwords["data_item_nouns"] else lex.units.get(noun)
    if not unit or unit.family != "count" or unit.unit == "models":
        return None  # `Qwen models (4B and 8B)`: sizes, read as a model's
    if not num.magnitude and not (unit.unit == "samples" and _bare_count(view, num)):
        return None
    return Mention(num.start, num.end, num.value * unit.factor, None, unit.unit, unit.family,
                   "scale", unit.metric, "counted_in_brackets", sign)


def _score_word(view: str, num: Number, lex: Lexicon, sign: str | None) -> Mention | None:
    """`1699.5 score on MME benchmark`, `76.5 overall score on SEEDbench`: a decimal called a
    score, named by the benchmark it is scored on (a benchmark scored in its own name)."""
    word = _SCORE_WORD.match(view, num.end) if "." in view[num.start:num.end] else None
    on = _ON_BENCHMARK.match(view, word.end()) if word else None
    benchmark = _benchmark_at(view, on.end(), lex) if on else None
    if not benchmark:
        return None
    name = benchmark.group()
    return Mention(num.start, word.end(), num.value, None, name, "metric", "score", name,
                   "named_score", sign)


# an item of a list of results: after a separator, a symbol or a name with a digit (`v6`)
_RESULT_LIST = re.compile(r"(?:[:;,|)\]]|[^\w\s=<>~≈(\u2060-]|\b[A-Za-z][\w.-]*\d[\w.]*|\d%?" +
                          SPACE + r"+and)" + SPACE + r"*$")  # `8.43, 5.96 and 10.60 on MMLU-Pro`


_LAST_NAME = re.compile(NAMED_PAIR)


def _benchmark_before(left: str, lex: Lexicon) -> bool:
    """`GSM8K 61.2 → 70.4`, `ImgEdit 3.38→3.75`: the text before a pair of levels ends with a
    benchmark's name, or a name shaped as one (a capital or digit inside: not `Accuracy`)."""
    name = _LAST_NAME.search(left)
    bench = _benchmark_at(left, name.start(1), lex) if name else None
    return (bool(bench) and bench.end() == name.end(1)) or \
        (bool(name) and bool(NAME_LIKE.search(name.group(1))))


def _benchmark_at(view: str, pos: int, lex: Lexicon) -> re.Match | None:
    """The benchmark's name starting at `pos`: one the gazetteer knows or one shaped like one."""
    return lex.dataset_re.match(view, pos) or BENCH_SHAPED.match(view, pos)


def _score_on(view: str, num: Number, s0: int, sign: str | None,
              lex: Lexicon) -> Mention | None:
    """`achieving 64.5 on LongVideoBench`, `+4.6 on MLVU`, `a score of 802`, `SUC
    score from 0.703 to 0.742`: a decimal score (or signed difference) whose metric has no
    known name; or `BFCLv3 : 8B jumps 53.83 → 65.94`, a pair of scores joined by an arrow."""
    left = view[max(s0, num.start - 120):num.start]
    if "." not in view[num.start:num.end]:  # a whole number only as `achieves a score of 802`,
        scored = _SCORE_OF.search(left)  # not a setting (`use a score of 5`), a scale (`a score
        # of 1 to 10`, `of 4 or higher`) or a count (`the mean score of 3 annotators`)
        return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                       "score_on_benchmark", sign) if scored and _ACHIEVED.search(
                           left, max(0, scored.start() - 60), scored.start()) and \
            _WHOLE_SCORE_END.match(view, num.end) else None
    arrow = _ARROW_AFTER.match(view, num.end)
    after = number_at(view, arrow.end() - 1, lex) if arrow else None
    unit = attach_unit(view, after, lex, len(view)) if after else None
    if unit and unit[0].family != "metric":
        return None  # `20.6 -> 26.9%`: a step to a level in a unit (see _arrow_step)
    if (_ARROW_BEFORE.search(left) or arrow) and \
            (_scored(left, lex) or _benchmark_before(left, lex) or ARROW_LABEL.search(left) or
             _ARROW_MOVE.search(left) and not (_knob(left) or _GREEK_NAME.search(left))) and \
            not _SETTING_WORDS.search(left):  # not `the mixing weight shifts (0.2 → 0.8)`
        return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                       "arrow_score", sign, level=True)
    known = lex.dataset_re.match(view, num.end + 1) if view[num.end:num.end + 1] == " " else None
    modified = _ON_MODIFIED.match(view, num.end)
    on = _ON_CAPITAL.match(view, num.end) or (
        modified if modified and _benchmark_at(view, modified.end(), lex) else None)
    named = on or (known and _NAME_ENDS.match(view, known.end()) and
                   _SCORE_VERB_BEFORE.search(view, max(s0, num.start - 40), num.start))
    listed = on and _benchmark_at(view, on.end(), lex) and _RESULT_LIST.search(left) and \
        not _SETTING_WORDS.search(left[-40:])  # `benchmarks: 94.3 on AIME 2026`, `v6 76.4 on
    # IMO-AnswerBench`: a result list names no verb (not `a weight of 0.5 on MMLU-Pro`)
    if not _SCORE_OF.search(left) and not (named and (sign or SCORE_VERB.search(left) or listed)):
        return None
    metric = _named_score(view, num.end, lex)
    return Mention(num.start, num.end, num.value, None, metric, "metric", "score", metric,
                   "score_on_benchmark", sign,  # `0.85 on GenEval score`: the score's name
                   level=bool(_SCORE_OF.search(left)))  # `behind the adult score of 94.1`


_COMPARED_VERB = re.compile(r"\b(?:outperform|surpass|beat|exceed|improv|better|higher|lower)\w*",
                            re.IGNORECASE)
_VS_AFTER = re.compile(SPACE + r"*(?:vs\.?|versus)" + SPACE + r"*[-+]?\d[\d,]*\.\d")
_VS_BEFORE = re.compile(r"\d\.\d+" + SPACE + r"*(?:vs\.?|versus)" + SPACE + r"*$")
# `42.66 for Gemini-2.5-Pro vs. 30.45 for GLM-4.5V`: each score given with its system
_FOR_SYSTEM = SPACE + r"+for" + SPACE + r"+[A-Z][\w.-]*[\w)]" + SPACE + r"*"
_VS_SYSTEM_AFTER = re.compile(_FOR_SYSTEM + r"(?:vs\.?|versus)" + SPACE + r"*[-+]?\d[\d,]*\.\d+" +
                              _FOR_SYSTEM)
_VS_SYSTEM_BEFORE = re.compile(r"\d\.\d+" + _FOR_SYSTEM + r"(?:vs\.?|versus)" + SPACE + r"*$")
# `PSNR of 26.6 vs. NeRFiller (15.9)`, `0.91 vs. GPT-4o (0.85)`: the system compared with, its
# score in parentheses
_VS_NAMED = SPACE + r"*(?:vs\.?|versus)" + SPACE + r"+[A-Z][\w.+-]*[\w+]" + SPACE + r"*\(" + SPACE + r"*"
_VS_NAMED_PAREN = re.compile(r"\d\.\d+" + _VS_NAMED + r"$")
_VS_NAMED_AFTER = re.compile(_VS_NAMED + r"[-+]?\d[\d,]*\.\d")


def _versus_score(view: str, num: Number, s0: int, sign: str | None,
                  lex: Lexicon) -> Mention | None:
    """`(66.0 vs. 37.5 on OmniMMI Proactive Alerting)`, `BLEU 23.9 vs. 19.6`: two decimals
    set against each other in a clause that reports scores are scores (the second in the
    first's metric, see `versus`), and so are two given with their systems (`42.66 for X vs.
    30.45 for Y`); not settings (`temperature 0.7 vs. 1.0`)."""
    if "." not in view[num.start:num.end]:
        return None
    left = view[max(s0, num.start - 120):num.start]
    if _VS_SYSTEM_AFTER.match(view, num.end) or _VS_SYSTEM_BEFORE.search(left[-60:]) or \
            _VS_NAMED_PAREN.search(left[-60:]) or _VS_NAMED_AFTER.match(view, num.end):
        return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                       "versus_score", sign)
    if not (_VS_AFTER.match(view, num.end) or _VS_BEFORE.search(left[-24:])):
        return None
    if _SETTING_WORDS.search(left[-24:]) or not (
            _scored(left, lex) or _COMPARED_VERB.search(left) or _ON_CAPITAL.search(
                view, num.end, min(len(view), num.end + 40)) or lex.dataset_re.search(left[-16:])):
        return None
    return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                   "versus_score", sign)


# `an FID of 1.41 without guidance and 1.05 with`: a metric's value, a short qualifier, `and`
_AND_SECOND = re.compile(r"(?:of|=|:)" + SPACE + r"*\d[\d,]*\.\d+(?:" + SPACE + r"+[a-z][\w-]*){0,4}" +
                         SPACE + r"*,?" + SPACE + r"+and" + SPACE + r"+$")


_QUALIFIER_NEXT = re.compile(SPACE + r"*(?:[,;.)]|$|(?:with|without|on|in|for|at|under|when|after|"
                             r"before|using|across|and)\b)")


def _second_value(view: str, num: Number, s0: int, s1: int, sign: str | None,
                  lex: Lexicon) -> Mention | None:
    """`attaining an FID of 1.41 without guidance and 1.05 with guidance`: a decimal joined by
    `and` to a score metric's value named with `of` is a second value of that metric (not in a
    list closed by `respectively`, whose items pair with their metrics in order)."""
    if "." not in view[num.start:num.end] or "respectively" in view[num.end:s1]:
        return None
    left = view[max(s0, num.start - 80):num.start]
    pair = _AND_SECOND.search(left)
    named = list(lex.metric_re.finditer(left, 0, pair.start())) if pair else []
    if not named or left[named[-1].end():pair.start()].strip():
        return None
    name = metric_name(lex, named[-1].group(1))
    if not is_score_metric(lex, name) or not _QUALIFIER_NEXT.match(view, num.end):
        return None  # not `a Dice of 0.91 and 2.1 mm HD95`: a quantity of its own
    return Mention(num.start, num.end, num.value, None, name, "metric", "score", name,
                   "second_value", sign, level=True)


# `surpassing both DAPO (36.7/31.6) and GRPO (36.7/32.1)`, `a performance of (23.3/19.0)`: two
# decimals in brackets split by a slash, after a system's name, `ours` or `performance of`
_SLASH_OPEN = r"(?:[A-Z][\w.+-]*|\bours|(?i:\b(?:performance|scores?|results?))" + SPACE + r"+of)" + \
    SPACE + r"*\(" + SPACE + r"*"  # not `a drop rate of (0.1/0.2)`: a setting
_SLASH_BEFORE_FIRST = re.compile(_SLASH_OPEN + r"$")
_SLASH_AFTER_FIRST = re.compile(SPACE + r"*/" + SPACE + r"*\d+\.\d+" + SPACE + r"*\)")
_SLASH_BEFORE_SECOND = re.compile(_SLASH_OPEN + r"\d+\.\d+" + SPACE + r"*/" + SPACE + r"*$")
_SLASH_AFTER_SECOND = re.compile(SPACE + r"*\)")


def _slash_pair(view: str, num: Number, s0: int, sign: str | None, lex: Lexicon) -> Mention | None:
    """`DCPO ... surpassing both DAPO (36.7/31.6) and GRPO (36.7/32.1)`: the two scores a
    system's bracket gives in a sentence that reports or compares scores."""
    if "." not in view[num.start:num.end]:
        return None
    left = view[max(s0, num.start - 120):num.start]
    paired = (_SLASH_BEFORE_FIRST.search(left) and _SLASH_AFTER_FIRST.match(view, num.end)) or \
        (_SLASH_BEFORE_SECOND.search(left) and _SLASH_AFTER_SECOND.match(view, num.end))
    if not paired or not (_scored(left, lex) or _COMPARED_VERB.search(left)):
        return None
    return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                   "slash_pair", sign, level=True)


def _signed_gain(view: str, num: Number, s0: int, sign: str | None,
                 lex: Lexicon) -> Mention | None:
    """`consistent gains across language (+0.9), vision-language (+0.6, +2.3 ...)`: a signed
    decimal after an improvement word, in its clause or in parentheses; not a level reached
    (`improves the correlation to +0.62`, `a Sharpe ratio of +1.35`)."""
    if sign != "+" or "." not in view[num.start:num.end] or \
            _LEVEL_BEFORE.search(view, max(s0, num.start - 12), num.start - 1):
        return None
    left = view[max(s0, num.start - 200):num.start - 1]
    opened = left.rfind("(") > left.rfind(")")
    scope = left if opened else re.split(r"[,;]", left)[-1]
    cues = (lex.cues[c.group(1).lower()] for c in lex.cue_re.finditer(scope))
    if not any(cue[2] for cue in cues) and not _GAIN_OF_PAIR.search(left):
        return None  # `53.83 → 65.94 (+12.11)`: the gain of the pair before it
    return Mention(num.start, num.end, num.value, None, None, "metric", "change", None,
                   "signed_gain", sign)


_LEVEL_BEFORE = re.compile(r"(?:\b(?:to|of|reach\w*|at)|[=:])" + SPACE + r"*$", re.IGNORECASE)
_GAIN_OF_PAIR = re.compile(r"\d" + SPACE + r"*(?:" + ARROW + r"|to)" + SPACE + r"*[\d.]+%?" + SPACE +
                           r"*\($")


def _scored(left: str, lex: Lexicon) -> bool:
    """The text before a number reports a score: a score verb, a known metric, `Name :` or a
    level that moves (`the average improves 54.3 → 57.0`)."""
    return bool(SCORE_VERB.search(left) or lex.metric_re.search(left) or
                re.search(r"\w" + SPACE + r"*:", left[-40:]) or _MOVED.search(left[-40:]))


_MOVED = re.compile(r"\b(?:improv|increas|boost|rais|rising|rises|rose|jump|climb)\w*", re.I)
_MOVED_TO = re.compile(r"(?:" + _MOVED.pattern + r"|\b(?:drop|fall|fell|declin|decreas|reduc)\w*)" +
                       SPACE + r"+to" + SPACE + r"+$", re.I)  # also `scores drop to 0.72`


_PEAKED_AT = re.compile(r"\b(?:" + PEAKED + r")" + SPACE + r"+at" + SPACE + r"+$", re.I)


_MOVES_TO = re.compile(SPACE + r"+(?:rises|rose|climbs|climbed|jumps|jumped|improves|improved|increases|"
                       r"increased|drops|dropped|falls|fell|declines|declined|decreases|decreased)" +
                       SPACE + r"+to" + SPACE + r"+[-−]?\d+\.\d")


def _reached_level(view: str, num: Number, s0: int, sign: str | None) -> Mention | None:
    """`94.3 on AIME 2026, improved to 97.1 with CLR`: a decimal a score moves up to (or from:
    `53.0 falls to 43.5`) is a level (a whole number after `increases to` is more often a count
    or a setting); a number a
    score peaks or settles at is one too (`majority voting peaks at 42`)."""
    peaked = _PEAKED_AT.search(view, max(s0, num.start - 30), num.start)
    moves = _MOVES_TO.match(view, num.end)  # `the base agent's raw 53.0 falls to 43.5`: the start
    if not peaked and ("." not in view[num.start:num.end] or not (
            moves or _MOVED_TO.search(view, max(s0, num.start - 30), num.start))):
        return None
    if _knob(view[max(s0, num.start - 60):num.start]):
        return None  # `increase the dropout to 0.3`, `raise the guidance scale to 7.5`
    return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                   "reached_level", sign, level=True)


_RESULT_STEMS = "achiev|attain|obtain|reach|yield|observ|report|record|deliver|measur|maintain|" \
    "exhibit|scor"
_OBSERVED = re.compile(r"\b(?:" + _RESULT_STEMS + r")\w*", re.I)
# `we observe population-based visibility of 0.877`: a level named by the noun before `of`
_PHRASE_WORD = (r"(?!(?:the|a|an|its|their|our|we|and|or|of|with|(?:" + _RESULT_STEMS +
                r")\w*)\b)[a-z][\w-]*")
_NOUN_OF = re.compile(r"(?<![\w-])((?:" + _PHRASE_WORD + SPACE + r"+){0,2}" + _PHRASE_WORD + ")" +
                      SPACE + r"+of" + SPACE + r"+(?:(?:approximately|about|around|roughly|nearly|"
                      r"only|just)" + SPACE + r"+)?$")
# the result verb right before a level's noun (`we observe X of 0.877`), or a list separator
# right after another such level (`, Y of 0.840 and -0.811 along axes, and a Z of 1.17`)
_GOVERNED = re.compile(r"\b(?:" + _RESULT_STEMS + r")\w*" + SPACE + r"+(?:(?:an?|the)" + SPACE +
                       r"+)?$", re.I)
_AFTER_LEVEL = re.compile(r"\bof" + SPACE + r"+(?:[a-z]+" + SPACE + r"+)?[-−]?[\d.]+(?:" + SPACE +
                          r"+(?:[a-z]+|[-−]?[\d.]+)){0,6}" + SPACE + r"*(?:,|and|,\s*and)" + SPACE +
                          r"+(?:(?:an?|the)" + SPACE + r"+)?$", re.I)
_SUBSET_HEAD = re.compile(r"(?:s|\bboth|\ball|\bsplit|\bset)$")  # `on unseen objects`, `on both tasks`
# `scoring only 0.74 on attribute fidelity.`: a level named by the aspect it is scored on
_ON_ASPECT = re.compile(SPACE + r"+on" + SPACE + r"+((?:[a-z][\w-]*" + SPACE + r"+){0,2}[a-z][\w-]*)"
                        r"(?=" + SPACE + r"*(?:[,.;:)]|$|(?:and|while|but|whereas)\b))")


def _named_level(view: str, num: Number, s0: int, sign: str | None,
                 lex: Lexicon) -> Mention | None:
    """A decimal a result verb reports, named by a lowercase phrase no gazetteer knows:
    `observe visibility of 0.877`, `scoring only 0.74 on attribute fidelity`; not a setting
    (`use a dropout of 0.1`, `reaches a learning rate of 0.5`)."""
    if "." not in view[num.start:num.end]:
        return None
    noun = _NOUN_OF.search(view, max(s0, num.start - 50), num.start)
    aspect = None if noun else _ON_ASPECT.match(view, num.end)
    found = noun or aspect
    left = view[max(s0, num.start - 160):num.start]
    if not found or _knob(left[-60:] + found.group()) or _SETTING_WORDS.search(found.group()):
        return None
    if noun and not (_GOVERNED.search(view, max(s0, noun.start(1) - 40), noun.start(1)) or (
            _AFTER_LEVEL.search(view, max(s0, noun.start(1) - 80), noun.start(1)) and
            _OBSERVED.search(left))):
        return None  # the verb must report this noun (`we observe X of 0.877, Y of 0.840`), not
        # a setting later in its sentence (`achieves 71.2% at a sparsity of 0.5`)
    if aspect and not _OBSERVED.search(left[-30:]):
        return None
    metric = metric_phrase(found.group(1), lex)
    if not metric:
        return None
    if aspect and _SUBSET_HEAD.search(found.group(1)):
        return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                       "named_level", sign, level=True)  # `0.85 on unseen objects`: a subset
    return Mention(noun.start(1) if noun else num.start, aspect.end() if aspect else num.end,
                   num.value, None, metric, "metric", "score", metric, "named_level", sign,
                   metric_first=bool(noun), level=True)  # quoted with its metric words


# `Operator scores 13.27, and the best reaches 22.18`: a decimal right after a score verb
_VERB_BEFORE = re.compile(r"\b(" + _RESULT_STEMS + r")\w*" + SPACE +
                          r"+(?:(?:only|just|merely|about|around|nearly|roughly|approximately)" +
                          SPACE + r"+)?$", re.IGNORECASE)


def _verb_score(view: str, num: Number, s0: int, sign: str | None) -> Mention | None:
    """A decimal a result verb reports with no metric word: a score (`scores 49.7`, `achieves
    26.98 with only 450M parameters`); not a setting reached (`the learning rate reaches 0.1`)."""
    verb = _VERB_BEFORE.search(view, max(s0, num.start - 30), num.start) \
        if "." in view[num.start:num.end] else None
    if not verb or not _WHOLE_SCORE_END.match(view, num.end) or \
            _knob(view[max(s0, num.start - 60):num.start]) or \
            _SETTING_WORDS.search(view, max(s0, num.start - 40), num.start + 60):
        return None  # also `We achieve 0.5, 0.7, and 0.9 for the three thresholds`
    metric = "score" if verb.group(1).lower() == "scor" else None
    return Mention(num.start, num.end, num.value, None, metric, "metric", "score", metric,
                   "verb_score", sign, level=True)


# `over its base model (6.7, 4.3, and 0.6, respectively)`: decimals listed against the items
# named before them
_RESPECTIVE_RUN = re.compile(r"(?<![\w.])[-+−]?\d+\.\d+(?:(?:" + SPACE + r"*,)?" + SPACE + r"*(?:and" +
                             SPACE + r"+)?[-+−]?\d+\.\d+)+(?:" + SPACE + r"*,)?" + SPACE +
                             r"*respectively\b")
_RESULT_BEFORE = re.compile(r"\b(?:improv|gain|outperform|surpass|" + _RESULT_STEMS + r")\w*|"
                            r"\b(?:accuracy|performance|results?|scores?)\b", re.I)


_VALUED = re.compile(r"\d" + SPACE + r"*(?:[A-Za-z-]+" + SPACE + r"+)?$")  # `1885.24 final perplexity`
_CUT = re.compile(r"[,;:]")
_VALUE_NEXT = re.compile(r"[^\d,;:]{0,25}\d")  # `FID degrades to 5.1`


def _names_score(text: str, lex: Lexicon) -> bool:
    """`degrades to 1885.24 final perplexity ..., whereas X remains trainable at`, `The BLEU and
    chrF of the baseline are`: the text names a score metric that has a value of its own or
    heads the list's clause (not `For FID, the EMA rates ... are`, `the perplexity filter
    removes documents, with cutoffs at`)."""
    return any(is_score_metric(lex, metric_name(lex, m.group(1))) and (
        _VALUED.search(text, max(0, m.start() - 20), m.start()) or _VALUE_NEXT.match(text, m.end()) or
        not _CUT.search(text, m.end()))
        for m in lex.metric_re.finditer(text))


def _respective_level(view: str, num: Number, s0: int, s1: int, sign: str | None,
                      lex: Lexicon) -> Mention | None:
    """A bare decimal in a list of decimals closed by `respectively`, after words of a result or a
    score metric: a score level (not a setting, `alpha and beta to 0.5 and 0.1, respectively`, or
    a version,
    `Ubuntu 20.04 and 22.04`)."""
    if "." not in view[num.start:num.end] or "respectively" not in view[num.end:s1]:
        return None
    for run in _RESPECTIVE_RUN.finditer(view, max(s0, num.start - 80), s1):
        if run.start() <= num.start - (1 if sign else 0) and num.end <= run.end():
            before = view[s0:run.start()]
            if _knob(before[-60:]) or not (_RESULT_BEFORE.search(before) or _names_score(before, lex)) \
                    or model_name_before(view, run.start(), s0, lex):
                return None
            return Mention(num.start, num.end, num.value, None, None, "metric", "score", None,
                           "respective_level", sign, level=True)
    return None


# `a total training cost of only 7,800`, `(cost around 250)`, `cost less than 500 to train`: an
# amount whose currency sign the capture lost (`$`): the cost is the claim, in dollars
_COST_BEFORE = re.compile(r"(?<![\w-])((?:[a-z][a-z-]*" + SPACE + r"+)?costs?)" + SPACE + r"+(?:(?:of|around|about|"
                          r"approximately|roughly|nearly|is|was|at|(only|just|under|below|less" + SPACE +
                          r"+than))" + SPACE + r"+){1,3}$")
_TO_VERB = re.compile(SPACE + r"+to" + SPACE + r"+[a-z]+")
_CURRENCY_BEFORE = re.compile(r"\b(?:USD|US\$)" + SPACE + r"*$")  # `under USD 100`
# costs that are no money: an algorithm's or a metric's (`switching cost`, `edit cost`)
_NOT_MONEY = re.compile(r"\b(?:edit|switching|regularization|transport|communication|regret|"
                        r"computational|path|step|migration)\b", re.I)
# `nearly 30K in API costs`: the amount before what it was spent on
_COST_AFTER = re.compile(SPACE + r"+in" + SPACE + r"+((?:[A-Za-z][\w-]*" + SPACE + r"+)?costs?)\b")


def _cost_amount(view: str, num: Number, s0: int, sign: str | None, lex: Lexicon) -> Mention | None:
    """A bare amount a cost phrase gives, 100 or more (`training cost of 7,800`, `30K in API
    costs`) or any after `only` or a bound (`BOM cost of only 50.5`), or one in dollars (`USD
    100`)."""
    if currency := _CURRENCY_BEFORE.search(view, max(s0, num.start - 6), num.start):
        return Mention(currency.start(), num.end, num.value, None, "USD", "cost", "efficiency",
                       "cost", "cost_amount", sign)  # `at a cost of under USD 100`
    cost = _COST_BEFORE.search(view, max(s0, num.start - 50), num.start)
    spent = None if cost else _COST_AFTER.match(view, num.end)
    ends = _WHOLE_SCORE_END.match(view, num.end) or _TO_VERB.match(view, num.end)  # `cost less
    # than 500 to train`
    if not (cost and ends or spent) or num.value < 100 and not (
            cost and cost.group(2) and not _NOT_MONEY.search(cost.group(1))):
        return None  # not `a switching cost of 2 in the worst case`, `an edit cost of only 3`
    phrase = (cost or spent).group(1)
    money = None if _NOT_MONEY.search(phrase) else "USD"  # the capture drops `$`: a cost with no
    # unit is money, in the papers' dollars
    return Mention(num.start, num.end, num.value, None, money, "cost", "efficiency",
                   metric_phrase(phrase, lex), "cost_amount", sign)


_SETTING_WORDS = re.compile(r"\b(?:temperature|learning" + SPACE + r"+rate|ratio|version|dropout|"
                            r"threshold|weight" + SPACE + r"+decay|sparsity|momentum|smoothing|"
                            r"top-?[pk]|beam|keep" + SPACE + r"+rate|multipliers?|"
                            r"schedule|anneal\w*|sweep\b|[αβγλ])",
                            re.IGNORECASE)  # `a sweep`, not `it sweeps all subsets`


_LIST_JOIN = re.compile(SPACE + r"*[,/]?" + SPACE + r"*(?:(?:and|or)" + SPACE + r"+)?")


def _list_item(view: str, num: Number, s1: int, lex: Lexicon, sign: str | None,
               items: int = 6) -> Mention | None:
    """`42, 4.5, 6.5 times less`, `0.25/0.28 FID`: a bare number takes the unit or metric
    of the list it opens; not a version after a name (`FastSpeech 2 and 2s`)."""
    setting = _SETTING_WORDS.search(view, max(0, num.start - 24), num.start)
    qualifier = _QUALIFIER.match(view, num.end)
    if (not qualifier and model_name_before(view, num.start, 0, lex)) or \
            public_family_before(view, num.start, 0, lex) or \
            (setting and not setting.group().lower().startswith("ratio")):
        return None  # `temperature 0.7 and 1.0, and 45.1 AP`: settings, not AP scores (but
        # `compression ratios of 2.1, 3.4 and 5.6x` are results)
    if qualifier:
        return _qualified_count(view, num, qualifier.end(), s1, lex, sign, items)
    pos = num.end
    for _ in range(items):
        nxt = _next_item(view, pos, lex)
        if nxt is None:
            return None
        unit = attach_unit(view, nxt, lex, s1)
        if unit:
            found, shared = unit[0], _SHARED_MAGNITUDE.match(view, num.end)
            scale = lex.multipliers[shared.group(1)][0] if shared and not num.magnitude else 1
            return Mention(num.start, num.end, num.value * scale * found.factor, None, found.unit,
                           found.family, found.kind, found.metric, "list_unit", sign)  # `2/4/8T
            # tokens`: the last item's multiplier is every item's
        metric = metric_after(view, nxt.end, lex, s1)
        if metric:
            return Mention(num.start, num.end, num.value, None, metric[0], "metric", "score",
                           metric[0], "list_metric", sign)
        counted = count_noun(view, nxt, s1, sign, lex) if num.magnitude else None
        if counted and counted.unit == "samples":  # `1.5k and 2.6k turns`: thousands share the
            # data items the last one counts (not `1.9k and 2.1k Codeforces ratings`)
            return replace(counted, start=num.start, end=num.end, value=num.value,
                           rule="list_unit")
        pos = nxt.end
    return None


def _next_item(view: str, pos: int, lex: Lexicon) -> Number | None:
    """The number of the list's next item after `pos` (`, and +8.40`: a sign may come first)."""
    join = _LIST_JOIN.match(view, pos)
    at = join.end() + (view[join.end():join.end() + 1] in ("+", "-", "−"))
    return number_at(view, at, lex) if view[pos:join.end()].strip(" \u2060") else None


def _qualified_count(view: str, num: Number, pos: int, s1: int, lex: Lexicon, sign: str | None,
                     items: int) -> Mention | None:
    """`7,500 Persian and 3,000 English questions`: counts each qualified by a word share the
    noun the last one names (a size: the first count must be one); only the noun passes on,
    never a unit or a metric (not `300 Chinese, 45% answered`)."""
    if not _size_count(view, num, 0):
        return None
    for _ in range(items):
        nxt = _next_item(view, pos, lex)
        if nxt is None:
            return None
        counted = count_noun(view, nxt, s1, sign, lex)
        if counted:
            return replace(counted, start=num.start, end=num.end, value=num.value,
                           rule="list_unit")
        following = _QUALIFIER.match(view, nxt.end)
        if not following:
            return None
        pos = following.end()
    return None


# `7,500 Persian and 3,000 English questions`, `1,000 Python, 500 Java and 300 Go problems`
_QUALIFIER = re.compile(SPACE + r"+[A-Z][a-z]+(?=" + SPACE + r"*(?:,|and\b)" + SPACE + r"*(?:and" + SPACE +
                        r"+)?\d)")


_PLURAL = re.compile(r"[A-Z]?[a-z]{2,}s|[A-Z]{2,}s")  # `170,083 non-redundant RNAs`
_OPENING_QUOTE = re.compile(r"[\s\u2060]+[\"“]")  # between a count and its words: `3.6 million "robotized"`
_WORD = re.compile(r"[A-Za-z][\w-]*|\d[Dd]\b|\d")  # a digit ends the noun phrase of this number
# (`3D` is a word: `3.7M verified 3D annotations`)
# the text before a `)` it did not open, `;` or `:`: a count's noun phrase ends there
_OWN_PHRASE = re.compile(r"[^();:]*(?:\([^()]*\)[^();:]*)*")
_NOT_NOUNS = frozenset({"this", "thus", "does", "has", "was", "its", "across", "various",
                        "previous", "less", "plus", "is", "as", "us", "yes", "always",
                        # verbs that follow a count (more in stopwords `count_verbs`, which
                        # end its phrase: `Setting K to 100 yields`)
                        "suffices", "thanks", "remains", "requires", "makes", "means", "helps",
                        "gives", "takes", "seems", "times", "news"})
_AFTER_NAME = re.compile(r"\b[A-Z][\w-]*[A-Z0-9][\w-]*" + SPACE + r"+$")  # `MovieLens 1M show gains`:
# the number is a name's edition (not `Our 1,000 show transcripts`)
_ON_BEFORE = re.compile(r"\b(?:on|across|over|all|the|our|these)" + SPACE + r"+(?:(?:more" + SPACE +
                        r"+than|over|the)" + SPACE + r"+)?$")
_SOURCED = re.compile(r"(?:\b(?:from|across)|\b(?:review|analysis|survey|study)" + SPACE +
                      r"+of)" + SPACE + r"+(?:(?:over|nearly|about|around|approximately|roughly|"
                      r"more" + SPACE + r"+than)" + SPACE + r"+)?$", re.IGNORECASE)
_LEARNED_FROM = re.compile(r"\b(?:learn|train)\w*" + SPACE + r"+from\b", re.IGNORECASE)
_EVALUATED_WORDS = frozenset({"evaluated", "tested", "compared", "benchmarked", "surveyed"})
_FUNCTION_WORDS = frozenset({"of", "in", "on", "and", "or", "with", "for", "to", "the", "a",
                             "an", "by", "from", "at", "that", "which", "is", "are", "per",
                             "most", "it", "we", "they", "our", "their", "all", "during",
                             "while", "when", "after", "before", "over", "under", "into", "via",
                             "each", "than", "as", "within", "without", "between", "through",
                             "toward", "towards", "upon"})


def count_noun(view: str, num: Number, s1: int, sign: str | None, lex: Lexicon) -> Mention | None:
    """`10K real-world JSON schemas`, `35M publicly accessible data`, `140+ films`: a count of
    things (a dataset's or a run's size) whose noun is not a known unit: counted in `samples`
    when the noun is a data item (`trial records`), else in the noun (`films`). Billions are
    left to the units (tokens, parameters): `xLSTM 7B achieves` is a model's name and a verb."""
    if _RESOLUTION.match(view, num.end) or view[num.start:num.end].rstrip("+")[-1] in "BbT" or \
            _side_of_size(view, num, 0):
        return None  # also `10B+ ... systems`, `256\\times256 images`
    phrase = _OWN_PHRASE.match(view, num.end, min(s1, num.end + 60)).group()
    words = list(_WORD.finditer(phrase))[:6]  # not past `20K subset), RL data`
    gap = view[num.end:num.end + words[0].start()] if words else ""
    if not words or (gap.strip(" \u2060+") and not _OPENING_QUOTE.fullmatch(gap)):  # not `"top
        # 100" lists`
        return None
    for n, word in enumerate(words):
        text = word.group()
        if text == "and" and 0 < n < len(words) - 1 and (
                words[n - 1].group()[0].isupper() and words[n + 1].group()[0].isupper() or
                PARTICIPLE.fullmatch(words[n - 1].group()) and PARTICIPLE.fullmatch(words[n + 1].group())):
            continue  # `1012 high-quality Chinese and English questions`, `1,539 automatically
            # extracted and validated scenarios`: two qualifiers
        if text.isdigit() or (text in lex.stopwords["count_verbs"] and (
                n or text.endswith("s") or _AFTER_NAME.search(view, max(0, num.start - 30), num.start))):
            return None  # `ImageNet 256 within 10 epochs`: the noun is the next number's;
            # `the MovieLens 1M dataset show gains`: past the noun
        if n and text.endswith("ly") and len(text) > 4 and not (
                n + 1 < len(words) and PARTICIPLE.fullmatch(words[n + 1].group())):
            return None  # `2,000 question test split reliably separates`: past the noun; not
            # `520 graduate-level meticulously curated questions`
        evaluated = text in _EVALUATED_WORDS or text == "benchmarks"
        if text in _FUNCTION_WORDS or text in lex.stopwords["setting_nouns"] or (
                evaluated and _ON_BEFORE.search(view, max(0, num.start - 20), num.start)):
            return None  # `512 input lengths`, `the 500 most common types`: a setting;
            # `all 80 evaluated documents`, `results on more than 20+ GUI benchmarks`: what is
            # evaluated (`a dataset of 12,000 tested solutions`, `of 50+ VLM benchmarks`: sizes)
        if text in lex.stopwords["source_nouns"] and _SOURCED.search(
                view, max(0, num.start - 40), num.start) and \
                not _LEARNED_FROM.search(view, max(0, num.start - 40), num.start):
            return None  # `derived from 807 NLP papers`: where the data came from (setup); not
            # `learns from over 10 million sequences`: the data it learns from
        if text == "data" or (_PLURAL.fullmatch(text) and text not in _NOT_NOUNS
                              and not text.endswith(("ss", "us", "is"))):
            known = lex.units.get(text.lower())  # `5,000 challenging multi-step math questions`
            if known and known.unit != "pp":  # `767 scoring points` are items, not a score's
                return Mention(num.start, num.end + word.end(), num.value * known.factor, None,
                               known.unit, known.family, known.kind, known.metric, "count_noun",
                               sign)
            unit = "samples" if text.lower() in lex.stopwords["data_item_nouns"] else text.lower()
            return Mention(num.start, num.end + word.end(), num.value, None, unit, "count",
                           "scale", None, "count_noun", sign)
    return None


_TRAINING = re.compile(r"\b(?:train|pre-?train|fine-?tun)\w*|\b(?:minutes|hours|days|weeks)"
                       r"\b", re.I)  # compute spent, not a result measured on the device


def measured_on(view: str, start: int, s0: int, s1: int) -> bool:
    """`... on a single GPU` in a sentence that trains nothing: the device a result is
    measured on, the claim's hardware rather than a count of its own."""
    return bool(_ON_DEVICES.search(view[max(s0, start - 30):start])) \
        and not _TRAINING.search(view, s0, s1)


_ON_DEVICES = re.compile(r"\bon" + SPACE + r"+(?:[\d.]+" + SPACE + r"*(?:,|and)" + SPACE + r"*)*$")


_DEVICE_TIME = re.compile(r"(?:-\d+G\w*)?(?:[" + SPACE[1:-1] + r"-]*GPU)?[" + SPACE[1:-1] + r"-]*(hours?|days?)\b",
                          re.I)


_DEVICE_PREFIX = re.compile(r"[x×]" + SPACE + r"*|" + SPACE + r"+(?:single" + SPACE + r"+)?(?:\d+" + SPACE +
                            r"?GB?b?" + SPACE + r"+)?")  # `8 single 80GB A100s`, `32xA100 GPUs`
_GPU_WORD = re.compile(SPACE + r"+GPUs?\b")


def device_after(view: str, num: Number, lex: Lexicon, limit: int) -> tuple[str, int] | None:
    """(canonical name, end) of a specific device right after a count (`8 A100`, `2x H100`)."""
    pos = _DEVICE_PREFIX.match(view, num.end)
    if not pos:
        return None
    rest = view[pos.end():min(limit, pos.end() + 40)]  # from its start: `32xA100` glues it
    match = lex.hardware_re.match(rest)  # the first device in file order, specific ones first
    named = device(lex, match) if match else None
    if named is None or named[1]:  # no device, or only a generic word (`GPUs`)
        return None
    return named[0], pos.end() + match.end()


def gpu_count(view: str, num: Number, lex: Lexicon, s0: int, limit: int) -> Mention | None:
    """`8 A100 GPUs`, `one single 80GB A100`: a count of accelerators, with their name; not
    the device a result is measured on (`33.5 fps on a single Titan Xp`), which is hardware."""
    named = None if measured_on(view, num.start, s0, limit) else device_after(view, num, lex, limit)
    if named is None:
        return None
    canonical, end = named
    hours = _DEVICE_TIME.match(view, end)
    if hours:  # `20,000 A100-80G GPU hours`: compute spent, in time (rule 10)
        unit = "h" if hours.group(1).lower().startswith("hour") else "d"
        return Mention(num.start, hours.end(), num.value, None, unit, "time",
                       "efficiency", None, "device_time", hardware=canonical)
    tail = _GPU_WORD.match(view, end)
    return Mention(num.start, tail.end() if tail else end, num.value, None,
                   "GPUs", "count", "scale", None, "gpu_count", hardware=canonical)


# `OPT models of 1.3B and`, `Qwen2.5 models (7B and`, `Qwen and GLM series (ranging from 4B to`
_FAMILY_SIZES = re.compile(r"\b([A-Z][\w.-]*)(?:" + SPACE + r"+(?:and|&)" + SPACE + r"+[A-Z][\w.-]*)*" +
                           r"(?:" + SPACE + r"+(?:models|variants|checkpoints|series|famil(?:y|ies)))?" +
                           SPACE + r"*(?:of|with|(?:ranging" + SPACE + r"+)?from|\((?:" + SPACE +
                           r"*(?:ranging" + SPACE + r"+)?from)?)" + SPACE +
                           r"*(?:[\d.]+" + SPACE + r"*(?:[KMB]|[mb]illion)?" + SPACE +
                           r"*(?:,|and|or|to|/|-)" + SPACE + r"*)*$")


# `Qwen-Image (20B parameters)`, `DeepSeek R1 (671B)`, `Kimi k2 (>1T)`: a checkpoint's size
_FAMILY_PAREN = re.compile(r"\b([A-Z][\w.-]*)(?:" + SPACE + r"+[\w.-]+)?" + SPACE + r"*\(" + SPACE +
                           r"*(?:[<>≤≥~]=?" + SPACE + r"*)?$")


# what may follow a family's name in a checkpoint's (`Qwen2.5`, `Llama-3`, `Qwen-Image`); not
# `Llama-style`, `BERT-like`, `OPTiMo`
_FAMILY_MEMBER = re.compile(r"$|[\d._]|-(?!(?:style|like|based|sized|type)\b)")


def public_family_before(view: str, start: int, s0: int, lex: Lexicon) -> bool:
    """`OPT models of 1.3 billion and 6.7 billion parameters`: sizes of a public model family
    (a gazetteer list) are checkpoint names; `Transformer models of 125M` are not."""
    found = _FAMILY_SIZES.search(view, max(s0, start - 80), start) or \
        _FAMILY_PAREN.search(view, max(s0, start - 40), start)
    return bool(found) and any(_FAMILY_MEMBER.match(found.group(1), len(family))
                               for family in lex.stopwords["public_model_families"]
                               if found.group(1).startswith(family))


# `10B unique Python tokens`; not `3B active per token`
_DATA_UNIT_AFTER = re.compile(SPACE + r"+(?:(?!(?:per|active|activated)\b)[\w-]+" + SPACE +
                              r"+){1,2}([a-z]+s)\b")


# `Step-DeepResearch (32B) scores`, `The Teacher (27B):`: a name, then its size in parentheses
_OWN_NAME_PAREN = re.compile(r"(?<![\w.-])[A-Z][\w.+-]*[\w+]" + SPACE + r"+\(" + SPACE + r"*$")
_PAREN_CLOSE = re.compile(SPACE + r"*\)")
# a clause that sets the named model against others (`outperforms DiT-XL/SiT-XL (675M)`) or
# uses it (`Experiments on LLaVA-1.5 (7B)`, `pretrain on FineWeb (15T)`: others' models, data)
_COMPARED_BEFORE = re.compile(r"\b(?:(?:" + OUTDO + r"|rival|match|compar)\w*|"
                              r"than|vs|versus|like|such|including|over|against|unlike|on|"
                              r"using|with|to|from|across|of|in)\b", re.IGNORECASE)


def _own_named(view: str, num: Number, second: Number | None, s0: int) -> bool:
    """A size alone in parentheses after a name that no public family owns, in a clause that
    neither compares the name with others nor uses it (annotation rule 12: the paper's own
    model, `we obtain LLaDA2.0-mini (16B)`): in billions or as a range (`ModernALBERT (50M to
    120M)`); not `Europe (~2B resources`, `LTX-Video (2B/13B)`, `pretrain on FineWeb (15T)`."""
    found = _OWN_NAME_PAREN.search(view, max(s0, num.start - 60), num.start)
    if not found or not _PAREN_CLOSE.match(view, (second or num).end) or \
            not (num.value >= 1e9 or second):  # (public families are the caller's check)
        return False
    clause = view[s0:found.start()]
    return not _COMPARED_BEFORE.search(clause[max(map(clause.rfind, ",;:")) + 1:])


def _model_size(view, num, second, s0, s1, lex, sign) -> Mention | None:
    """`a 7B model`, `up to 1.6B`, `from 2.1M to 86.9K`: parameter counts in running text."""
    if _checkpoint_size(view, num.start, s0, lex) or _RESOLUTION.match(view, (second or num).end) \
            or _others_size(view, (second or num).end, lex) or \
            (_LARGER_BEFORE.search(view, max(s0, num.start - 20), num.start) and
             _MODELS_AFTER.match(view, (second or num).end)):
        return None
    own = _own_named(view, num, second, s0)
    if model_name_before(view, num.start, s0, lex) and not own:
        return None
    if _CONTEXT_SIZE.search(view, max(s0, num.start - 50), num.start):
        return Mention(num.start, num.end, num.value, None, "tokens", "count", "scale",
                       "context length", "context_size", sign)
    window = view[max(s0, num.start - 60):min(s1, (second or num).end + 40)]
    if not own and not _MODEL_CONTEXT.search(window) and not _SIZE_AFTER.match(view, num.end) and \
            not (num.value >= 1e8 and _ROLE_AFTER.match(view, (second or num).end)) and \
            not (num.value >= 1e6 and _VERSION.search(window)):
        return None  # `the previous 128K version` is a context length
    if num.value < 1e6 and not re.search(r"param", window, re.IGNORECASE):
        return None  # `a 4B agent trained on roughly 10K open-data`: thousands size data
    counted = count_noun(view, num, s1, sign, lex) if not second else None
    if counted and not _MODEL_CONTEXT.search(view, num.end, counted.end):
        return None  # `8.3 billion AI agents`: the noun after it says what is counted
    data = _DATA_UNIT_AFTER.match(view, (second or num).end)
    unit = lex.units.get(data.group(1).lower()) if data else None
    if unit and unit.family == "count" and unit.unit not in ("parameters", "models"):
        # `10B unique Python tokens`: the data's size, in its unit
        return Mention(num.start, data.end(), num.value, second.value if second else None,
                       unit.unit, "count", unit.kind, unit.metric, "number_unit", sign)
    return Mention(num.start, (second or num).end, num.value, second.value if second else None,
                   "parameters", "count", "scale", "parameters", "model_size", sign)


_NEXT_WORD = re.compile(SPACE + r"+([\w-]+(?:\.[\w-]+)*)")
# `We evaluate six models spanning encoder-decoder (250M-3B)`: the range of the models a study
# evaluates (public checkpoints, rule 12), not the size of its own
_EVALUATED_MODELS = re.compile(r"\b(?:evaluat|test|benchmark|assess|compar)\w*" + SPACE + r"+(?:(?!our\b)"
                               r"[\w-]+" + SPACE + r"+){0,3}models\b(?:(?!\bour\b)[^.;,()]|\([^()]*\))*\([^()]*$",
                               re.IGNORECASE)  # also the range's end: `(4B to 32B parameters)`


def _checkpoint_size(view: str, start: int, s0: int, lex: Lexicon) -> bool:
    """A size before `start` that names public checkpoints: of a public family, or in the
    range of the models a study evaluates (rule 12)."""
    return public_family_before(view, start, s0, lex) or \
        bool(_EVALUATED_MODELS.search(view, s0, start))


_DECADE = re.compile(r"(?:1[89]|20)\d0")
_OTHERS = frozenset({"competitors", "baselines", "counterparts", "rivals"})
_MODELS_AFTER = re.compile(r"(?:" + _SIZED.pattern + r")?" + SPACE + r"+(?:[\w-]+" + SPACE +
                           r"+)?(?:models|LLMs|VLMs|MLLMs|networks)\b")
_LARGER_BEFORE = re.compile(r"\b(?:larger|bigger|smaller" + SPACE + r"+than)(?:" + SPACE + r"+than)?" +
                            SPACE + r"+(?:[\d.]+[BM]?" + SPACE + r"*[-–]" + SPACE + r"*)?$")  # `much
# larger 32B models`, `smaller than 7B-scale AR models`: others


def _others_size(view: str, end: int, lex: Lexicon) -> bool:
    """`a 0.5B Qwen2.5 model` names a public checkpoint; `larger 8B competitors` are baselines."""
    sized = _SIZED.match(view, end)  # `outperforms 7B-scale competitors`
    word = _NEXT_WORD.match(view, sized.end() if sized else end)
    return bool(word) and (word.group(1) in _OTHERS or bool(  # not `a 1B Llama-style model`
        _family_release(lex.stopwords["public_model_families"]).fullmatch(word.group(1))))


@lru_cache(maxsize=1)
def _family_release(families: frozenset[str]) -> re.Pattern:
    """A public family's name with its version as written (`Qwen2.5`, `Llama-3`)."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(families))) + r")[-\d.]*")


_PAIRED = re.compile(r"[\d.]+(?:/|" + SPACE + r"+and" + SPACE + r"+)$")
_BY = re.compile(r"\bby" + SPACE + r"+(?:[^\s\d]+" + SPACE + r"+){0,2}$")
_COMPARED_BY = re.compile(r"\b(?:" + OUTDO + r"|improv|boost|reduc|lower|decreas)\w*" + SPACE +
                          r"+(?:\S+" + SPACE + r"+){0,6}by" + SPACE + r"+(?:[^\s\d]+" + SPACE +
                          r"+){0,2}$", re.IGNORECASE)


_REDUCED = re.compile(r"(?:reduc|lower|decreas)", re.IGNORECASE)
_RESULT_SIZE = re.compile(r"\b(?:model|memory|storage|file|checkpoint|index|cache)" + SPACE + r"+size\b",
                          re.IGNORECASE)  # `reduces the model size by 4`: a result, no knob
_SHAPE_NOUN = re.compile(r"\b(?:resolution|dimension|length|stride|width|depth|layers)\b")


def _by_amount(view, num, s0, s1, lex, sign) -> Mention | None:
    """`surpassing ... by at least 3.5`: a bare difference, in the sentence's score metric
    when it names one."""
    # the second of `by 0.4/0.19`, `by 0.3 and 0.16`
    left = _PAIRED.sub("", view[max(s0, num.start - 30):num.start])
    if num.value >= 1900 or not _BY.search(left):
        return None
    if not re.match(SPACE + r"*(?:[.,;)/]|$|points?\b|on\b|in\b|and\b|relative\b|compared\b|over\b|"
                    r"across\b|while\b)", view[num.end:num.end + 12]):
        return None
    names = [metric_name(lex, m.group(1)) for m in lex.metric_re.finditer(view, s0, s1)]
    scores = [name for name in names if is_score_metric(lex, name)]
    wider = _PAIRED.sub("", view[max(s0, num.start - 100):num.start])
    compared = None if scores else _COMPARED_BY.search(wider)
    if not scores and (not compared or _REDUCED.match(compared.group()) and
                       ((_knob(wider) and not _RESULT_SIZE.search(compared.group())) or
                        _SHAPE_NOUN.search(compared.group()))):
        return None  # not `reduce the learning rate by 0.5`, `reduces the resolution by 2`
    name = scores[0] if scores else None  # `outperform MLPs by 16.3`: unit unstated
    return Mention(num.start, num.end, num.value, None, name, "metric", "change", name,
                   "by_amount", sign)
