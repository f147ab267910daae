"""Decide each mention's kind, bound and direction from the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .latex import SPACE
from .lexicon import Lexicon
from .mentions import BENCH_SHAPED, MEASURED_FAMILIES, NUMBER, Mention, metric_before

_STOP = re.compile(r"^(?:and|while|with|compared|than|across|when|whereas|but|vs|versus)$", re.I)
_FILLER = re.compile(SPACE + r"*(?:\b(?:a|an|only|just|merely|the)" + SPACE + r"+)*$", re.I)
_BY = re.compile(r"\bby" + SPACE + r"*$", re.I)
# a later item of a list the change's `by` opens: `by 26.7% on PaperBench and 14.3% on Commit0`,
# `by 4-23%, 6-10%, and more than 50%`; each item only a number and what it is on, so no level
# of another clause (`by 2.3%, with 76.4% mIoU, and 81.2%`); one item then `, and` opens a
# new clause (`beating the base by 4.1%, and more than 80% on GSM8K`)
_BY_ITEM = r"[\d.]+(?:%?[-–][\d.]+)?%(?:" + SPACE + r"+(?:absolute|relative))?(?:" + SPACE + \
    r"+(?:on|over|for|in|across)" + SPACE + r"+[^%,;]{1,40}?)?"
_BY_LIST = re.compile(r"\bby" + SPACE + r"+" + _BY_ITEM + r"(?:(?:(?:" + SPACE + r"*,)+" + SPACE + r"*" +
                      _BY_ITEM + r")+(?:" + SPACE + r"*,)?" + SPACE + r"+and|" + SPACE + r"+and|" + SPACE +
                      r"*,)" + SPACE + r"*$", re.I)
CHANGE_NOUNS = ("reduction", "increase", "decrease", "improvement", "gain", "drop", "boost",
                "saving", "degradation", "speedup", "speed-up", "margin", "loss", "uplift")
_OF_CHANGE = re.compile(r"\b(?:" + "|".join(CHANGE_NOUNS) + r")s?(?:" + SPACE + r"+of|,?" + SPACE +
                        r"+averaging)" + SPACE + r"+$", re.I)  # `improvements, averaging 16%`
# `gains of over 10% (e.g., 10.69% on StreamingBench`: an example of the change, a change
_CHANGE_EXAMPLE = re.compile(r"\b(?:" + "|".join(CHANGE_NOUNS) + r")s?" + SPACE + r"+(?:of" + SPACE +
                             r"+)?[^()]{0,20}%\)?" + SPACE + r"*\((?:e\.g\.|i\.e\.|for" + SPACE +
                             r"+example),?" + SPACE + r"*$", re.I)
# `(e.g., 75.8% vs. 76.4% top-1`, `(e.g., 68.2% accuracy on GSM8K, up from 64.0%)`: levels
_LEVEL_PAIR = re.compile(r"[^()]{0,40}?(?:\b(?:vs|versus|to|from)\b\.?|→)" + SPACE + r"*[~≈]?\d")
_FRACTION = re.compile(SPACE + r"*(?:of\b|(?:\w+" + SPACE + r"+)?(?:parameters|params|weights)\b)")
_AMOUNT_OF = re.compile(SPACE + r"+of" + SPACE + r"+(?:(?!(?:GPU|TPU|compute|computation|training|"
                        r"inference)\b)[\w-]+,?" + SPACE + r"+){0,4}?(?:audio|speech|"
                        r"videos?|data|footage|recordings|text|gameplay|music|demonstrations|"
                        r"interactions|conversations|dialogues|lectures|podcasts|movies|driving|"
                        r"clips|trajectories)\b", re.I)  # `eight years of 10-meter resolution
# Sentinel-2 data`, `~1,000 hours of drive-through, walk-through, and aerial footage`
_HOURS_DATA = re.compile(r"(?:(?<=[hH]ours)|(?<=hrs))" + SPACE + r"+(?:of" + SPACE + r"+)?(?:data|footage|"
                         r"recordings|audio|speech|video|videos)\b")  # `over 35,000 hours data`
# what sizes data, for any unit: `a dataset of`, `containing`, `155 videos totaling`
_DATA_OF = r"\b(?:dataset|corpus|collection)s?" + SPACE + r"+(?:of|with|containing)"
_TOTALING = r"(?:^|[.;]|\b[a-z]{3,}s)" + SPACE + r"*total(?:l?ing|s)?"
_SIZED = re.compile(r"(?:" + _DATA_OF + r"|\b(?:dataset|corpus|collection)s?" + SPACE +
                    r"+(?:spanning|covering)|\b(?:containing|comprising|encompassing)|"
                    r"\b(?:corpus|speech|audio|videos?|recordings)\b[^.;]{0,80}\bcovering|" +
                    _TOTALING + r"|\b(?:pre-?|post-?)?train(?:ed|ing)?" + SPACE + r"+on)" + SPACE +
                    r"*$", re.I)  # `a dataset of over 8,300 hours`, `Totaling over 8,743 hours, X contains`,
# `155 videos totaling 146.8 hours`, `pre-training on 4,000 hours`
# `250,046 performances (21k+ hours)`, `MIKU-EmoBench(131.2 hours)`: a duration alone in
# parentheses after recorded items or a dataset's name sizes them
_DATA_ITEMS = r"(?:performances|recordings|clips|videos|utterances|demonstrations|episodes|" \
    r"trajectories|songs|pieces|dialogues|conversations|lectures|frames)"
_DATA_PAREN = re.compile(r"(?:\b" + _DATA_ITEMS + r"|"
                         r"\b([A-Z](?=[\w-]*[A-Z0-9])[\w-]*))" + SPACE + r"*\(" + SPACE + r"*$")
_PAREN_CLOSE = re.compile(SPACE + r"*\)")
# `2,000 hours and 482K+ replayable demonstrations`: a duration listed with recorded items
_AND_DATA = re.compile(SPACE + r"+and" + SPACE + r"+[\d.,]+[KMkm]?\+?" + SPACE + r"+(?:[\w-]+" + SPACE +
                       r"+)?" + _DATA_ITEMS + r"\b")
# `a dataset of 2 TB`, `7,439 artifacts totaling 15.01 GB`: bytes that size data (not `trained
# on`, which for bytes names a device's memory)
_DATA_BYTES = re.compile(r"(?:" + _DATA_OF + r"|\b(?:containing|comprising)|" + _TOTALING + r")" +
                         SPACE + r"*$", re.I)


def _data_paren(view: str, m: Mention, before: str, lex: Lexicon) -> bool:
    """`250,046 performances (21k+ hours)`, `MIKU-EmoBench(131.2 hours)`: a duration alone in
    parentheses after recorded items or a dataset's name (not a model's: `LLaMA-7B (2.1 hours)`)."""
    found = _DATA_PAREN.search(before)
    name = found.group(1) if found else None
    return bool(found) and bool(_PAREN_CLOSE.match(view, m.end)) and (
        not name or bool(lex.dataset_re.fullmatch(name) or BENCH_SHAPED.fullmatch(name)))
# `episodes lasting up to 12 minutes`, `gap durations up to 300 ms`: how long the data runs
_LASTING = re.compile(r"\b(?:lasting|durations?|lengths?|spanning)(?:" + SPACE + r"+(?:of|up" + SPACE +
                      r"+to|over|about|around|nearly|under))?" + SPACE + r"*$", re.I)
_LONG = re.compile(SPACE + r"+(?:in" + SPACE + r"+duration|long|each|total)\b")
# `a small fraction (about 20%) of`, `a proportion of`: a share the text calls one
_FRACTION_NAMED = re.compile(r"\b(?:fraction|proportion|portion|share)" + SPACE + r"*\(?" + SPACE +
                             r"*$", re.I)
_METRIC_COLON = re.compile(r"[:=]" + SPACE + r"*$")
_CLAUSE = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b")
_LIST_WORDS = frozenset({"and", "or", "on", "for", "in", "with", "the", "a", "respectively", "mean",
                         "median"})  # `reductions of 1.3-30.5% (mean 5.4%)`
_CONNECTOR = re.compile(r"\b(?:of|is|was|at|from|reach\w*)\b|[:=]")
_PLACED = re.compile(SPACE + r"+(above|below)" + SPACE + r"+(?:the|a|an|its|their|all|every|any|" +
                     r"[A-Z])", re.I)
_EXTRA = re.compile(SPACE + r"+(?:extra|additional|added)\b(?!" + SPACE + r"+(?:[\w-]+" + SPACE +
                    r"+)?(?:parameters|params|weights)\b)", re.I)  # not `< 3% extra parameters`
_NEGATED = re.compile(r"\b(?:without|not|no|never)" + SPACE + r"+$", re.I)
_SLOWDOWN = re.compile(SPACE + r"+(?:[\w-]+" + SPACE + r"+)?slowdowns?\b", re.IGNORECASE)
_PLUS = re.compile(r"[KMBTkmb]?\+")
_OR_LESS = re.compile(SPACE + r"+or" + SPACE + r"+(?:fewer|less|lower|below|smaller)\b")
_OR_MORE = re.compile(r"\+|" + SPACE + r"+or" + SPACE + r"+(?:more|higher|above|greater)\b")
# `97% of the time.`, `in 60% of the cases`: a rate; not `20% of the time needed` (a fraction)
OF_THE_TIME = re.compile(SPACE + r"*of" + SPACE + r"+the" + SPACE + r"+(?:time|cases)(?=" + SPACE +
                         r"*(?:[.,;:)]|$|(?:on|in|for|across|when|while|with|and)\b))", re.I)
_OF_SCORE = re.compile(SPACE + r"*(?:of" + SPACE + r"+(?:(?:the|its|their)" + SPACE + r"+)?"
                       r"(?:[\w-]+" + SPACE + r"+)?(?:performance|accuracy|quality)|"
                       r"performance" + SPACE + r"+of)\b|" + OF_THE_TIME.pattern, re.I)
# `87.32% (vs. 86.86% of Wan-I2V)`: the score of a named system set against another
_VERSUS_OF_NAME = re.compile(r"\b(?:vs\.?|versus)" + SPACE + r"*$")
_OF_NAME = re.compile(SPACE + r"*of" + SPACE + r"+[A-Z][\w.+-]*" + SPACE + r"*\)")  # `of Wan-I2V)`
_SOLVING = r"(?:catch|answer|solv|identif|detect|rescu|fix|resolv|succeed|pass)\w*"  # verbs of a rate
_OF_CAPITALIZED = re.compile(SPACE + r"*of" + SPACE + r"+[A-Z]")  # `solves 70.8% of ProverBench`
# `solves 70.8% of ProverBench, 41.5% of PutnamBench and`: a verb that solves, then the earlier
# items of its list (not `in 30% of FLOPs`: a fraction of a resource)
_SOLVED_SHARES = re.compile(r"\b" + _SOLVING + r"(?:[^;%\d]{0,20}\d[\d.,]*%" +
                            SPACE + r"*of" + SPACE + r"+[A-Z][\w.+-]*(?![\w.+-]))*[^;%\w]{0,6}(?:and" + SPACE +
                            r"+)?(?:(?:about|over|nearly|only|roughly|up" + SPACE + r"+to|more" + SPACE +
                            r"+than|~)" + SPACE + r"*)?$", re.I)
_OF_THE_RESOURCE = re.compile(SPACE + r"*of" + SPACE + r"+(?:the" + SPACE +
                              r"+)?(?:total|first|last|training|data|parameters|steps|tokens|"
                              r"budget|compute)\b")
# a hedge between `from` or `to` and the number: `from roughly 3% to 17–24%`, `to about 90%`
HEDGE = r"(?:(?:roughly|about|around|approximately|nearly|only|just|below|under|over|above|~)" + \
    SPACE + r"*)?"
# `within 2.5% of dense models`, `within 0.3 points of the teacher`: a gap, a change
WITHIN = re.compile(r"\bwithin" + SPACE + r"+(?:\(" + SPACE + r"*)?" + HEDGE + r"(?:[\d.]+%?" + SPACE +
                    r"*(?:,|and|or)" + SPACE + r"*)*$")  # also `within 2.3% and 2.6% of`
# `from a baseline of 36% to 92%`: the words that name the first level, a level noun (not
# `results from our experiments show an improvement of 3.2%`, `comes from a reduction of 45%`:
# changes; not `raising the replay rate from a value of 0.25 to 0.5`: a setting)
FROM_OF = r"(?:(?:[^\s.;\d]+" + SPACE + r"+){0,3}(?:baselines?|averages?|scores?|rates?|means?|" \
    r"medians?)" + SPACE + r"+of" + SPACE + r"+)?"
_TO_LEVEL = re.compile(r"\bfrom" + SPACE + r"+" + FROM_OF + HEDGE + r"(?:[\d.,]+" + SPACE + r"*(?:\\?%|points?)?" + SPACE +
                       r"+to" + SPACE + r"+" + HEDGE + r")?$")
_RANGING = re.compile(r"\b(?:rang|span|vary|varies|varied)\w*" + SPACE + r"+from\b", re.IGNORECASE)
# a change that moves from one size to another: `the gap narrows from 12.3 to 4.1 points`
_CHANGE_MOVED = re.compile(r"\b(?:gap|margin|lead|advantage|difference)s?\b[^,;]{0,30}\b(?:narrow|shr[iau]nk|"
                           r"widen|clos|grow|grew)\w*\b[^,;]{0,25}$", re.IGNORECASE)


_TOKENS_SPENT = re.compile(r"\b(?:using|uses|use|requir\w*|needs?|needing|consum\w*|spend\w*|with)" +
                          SPACE + r"+(?:only|just|merely)" + SPACE + r"*(?:(?:~|≈|about|around|roughly)" +
                          SPACE + r"*)?$", re.I)
_TRAINING = re.compile(r"(?<![a-z])(?:pre-?)?train|\bfine-?tun", re.I)
_DATA_HOLDS = re.compile(r"\b(?:contain|compris|includ|collect|gather|curat|releas)\w*\b[^.;]{0,30}$", re.I)
_FROM_OR_TO = re.compile(r"\b(?:from|to)" + SPACE + r"*$", re.I)


def _levels_from(before: str) -> bool:
    """`from 73.44% to`, `from 43.0 to`: the number ends a `from ... to` pair of levels, not a
    range (`gains range from 2% to 5%`)."""
    return bool(_TO_LEVEL.search(before)) and not _RANGING.search(before[-60:])
_SLASHED = re.compile(r"[\d.]+/$")  # `by 0.25/0.28 FID`: the first of a slash pair
_IN_METRIC = re.compile(r"^" + SPACE + r"+(?:in|on)" + SPACE + r"+(?:[^,;\d\s\u2060][^,;\s\u2060]*"
                        r"(?![^,;\s\u2060])|" + SPACE + r")*?(?=,|\band\b)")  # `in NDCG@20 and`; one
# space per step, so a run of spaces or LaTeX padding splits one way only
_BY_CHUNK = re.compile(r"((?:(?!(?:and|while|with|than|but|or)\b)[\w-]+" + SPACE + r"+){1,4})\(?by"
                       + SPACE + r"*$", re.I)
_VERB_FORM = re.compile(r"(?:ing|ed|es|[^s]s|up)$", re.I)  # drops, reducing, speeds up
_EXAMPLE_INTRO = re.compile(r"\(?(?:e\.g\.|for example|for instance|such as),?" + SPACE + r"*$",
                            re.I)  # `improvements (e.g., up to 49.76%`: the cue is the list's
REDUCING = r"\b(?:reduc|compress|cut|shrink|prun|lower)\w*"  # verbs that make something smaller
_REDUCING = re.compile(REDUCING, re.I)
_REDUCED_TO = re.compile(REDUCING + SPACE +
                         r"+(?:[^,;%]{0,60}?" + SPACE + r")?(?<!\bby" + SPACE + r")to$", re.I)
_VERB_LAST = re.compile(r"\b([a-z]+)" + SPACE + r"*$", re.I)
_REMOVAL = (r"(?:remov\w*|prun\w*|eliminat\w*|discard\w*|drop(?:s|ped|ping)?|skip(?:s|ped|ping)?|"
            r"reduc\w*|sav(?:e|es|ed|ing)|cut(?:s|ting)?)\b")  # not `dropout`
_REMOVED_BEFORE = re.compile(r"\b" + _REMOVAL + r"(?!" + SPACE + r"+to\b)(?=[^.;]{0,40}$)", re.I)
_REMOVED_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:are|is|be)" + SPACE + r"+" + _REMOVAL, re.I)
_MARGIN = re.compile(SPACE + r"*margins?\b", re.I)
_SCALE_UP = re.compile(r"\b(?:scal|ramp)\w*" + SPACE + r"*$", re.I)
ONLY = re.compile(r"\b(?:only|just|merely)" + SPACE + r"*$", re.I)
_RESOURCE_NOUNS = (r"[TGM]?FLOPs|MACs|KV cache|GPU hours|GPU memory|memory|compute|computation|"
                   r"training data|data|tokens|storage|parameters|params|cost|resources")
_RESOURCE = re.compile(SPACE + r"*(?:[\w-]+" + SPACE + r"+){0,2}?(?:" + _RESOURCE_NOUNS + r")\b")
# `utilizes 75.2% GPU memory usage`, `using just 46.7% GPU memory cost and 8.7% inference time`:
# a verb of using opens the clause, and the share of a resource (or of time) follows the number
_USES = re.compile(r"\b(?:us(?:e|es|ed|ing)|utiliz\w+|requir(?:e|es|ed|ing)|consum(?:e|es|ed|ing)|"
                   r"needs?|needing)\b", re.I)
# `at 50% sparsity`, `At 5% labeling ratio`, `(0.25% poisoning rate)`, `(10% data)`: the share a
# setting is run at, a fraction (rule 7), not a result
_AT_SETTING = re.compile(r"(?:\b(?i:at|with)|\()" + SPACE + r"*$")
_SETTING_SHARE = re.compile(SPACE + r"*(?:[\w-]+" + SPACE + r"+)?(?:sparsity|(?:labell?ing|label|pruning|"
                            r"masking|mask|keep|poisoning)" + SPACE + r"+(?:ratio|rate)|(?:token|KV|cache)" +
                            SPACE + r"+retention)\b|" + SPACE + r"*data" + SPACE + r"*\)")  # not `94.1%
# knowledge retention`: a result
_RESOURCE_USED = re.compile(SPACE + r"*(?:(?!(?:and|or|while|with|at|on|in|but|by|than)\b)[\w-]+" + SPACE +
                            r"+){0,2}?(?:" + _RESOURCE_NOUNS + r"|time)\b(?!" + SPACE +
                            r"*(?:efficiency|utili[sz]ation|savings?|reduction|overhead)\b)")  # also
# `inference time`; not `improves accuracy by 5.2% and reduces inference time`
# `% of` the things a result is counted over: cases, queries, comparisons, samples, commits ...
_OUTCOMES_OF = re.compile(SPACE + r"*of" + SPACE + r"+(?:(?:the|all|such|these|its|their)" + SPACE +
                          r"+)?(?:[\w-]+" + SPACE + r"+){0,4}?(?:cases|queries|questions|problems|"
                          r"tasks|comparisons|configurations|settings|trials|instances|samples|"
                          r"examples|commits|prompts|responses|episodes|runs|attempts|images|"
                          r"videos|corruptions|mismatches|errors|users|participants)\b", re.I)
# `% of` a resource or budget, a fraction of it (rule 7): data, weights, compute, time, cost; and
# items the gold counts as a fraction (`84% of samples require audio`) where no outcome verb
# comes before (`_OUTCOMES_OF`)
_SHARE_OF_RESOURCE = re.compile(SPACE + r"*of" + SPACE + r"+(?:[\w-]+" + SPACE + r"+){0,4}?(?:[TGM]?FLOPs|"
                                r"MACs|KV|cache|memory|compute|computation|cost|costs|budget|data|resources|"
                                r"dataset|corpus|tokens|parameters|params|weights|layers|neurons|experts|"
                                r"heads|channels|activations|units|connections|filters|blocks|modules|"
                                r"dimensions|time|energy|steps|pixels|size|throughput|performance|"
                                r"latency|samples|problems|errors|labels|vocabulary|training|"
                                r"pretraining|annotations|examples|images|videos|frames|trajectories|"
                                r"prompts)\b", re.I)
# `% of` plural items: what the share counts (the resources above aside; `this` is no plural)
_ITEMS_OF = re.compile(SPACE + r"*of" + SPACE + r"+(?:(?:the|all|such|these|its|their|our)" + SPACE +
                       r"+)?(?:(?!of\b)[\w-]+" + SPACE + r"+){0,3}?(?!this\b)[a-z-]{3,}(?<!s)s\b(?!" + SPACE +
                       r"*of\b)")
_OUTCOME_VERB = re.compile(r"\b(?:" + _SOLVING + r"|miss\w*|fail\w*|preferred|wins?|"
                           r"correct\w*|outperform\w*|in)" + SPACE + r"+(?:(?:only|"
                           r"over|about|around|nearly|roughly|up" + SPACE + r"+to|more" + SPACE +
                           r"+than|~)" + SPACE + r"*)?$", re.I)
_COMPARED = re.compile(SPACE + r"+(?:faster|slower|quicker|shorter|longer|lower|higher|"
                       r"less|more)\b", re.I)


@dataclass(frozen=True)
class Decision:
    """What classify concluded for one mention, and whether it read a cue of its own."""

    kind: str
    bound: str
    direction: str | None
    metric: str | None
    own_cue: bool
    inherited: str | None = None  # "left" or "right": the list item whose reading it took
    improvement: bool = False  # the cue says better (improves, outperforms), not higher


def _words_after(view: str, end: int, limit: int, count: int = 4) -> list[re.Match]:
    words = []
    for match in re.finditer(r"[\w-]+|[,;()]", view[end:limit]):
        if not match.group()[0].isalnum() or _STOP.match(match.group()):
            break
        words.append(match)
        if len(words) == count:
            break
    return words


def _cue_after(view: str, end: int, limit: int, lex: Lexicon) -> tuple[str, str | None] | None:
    if _MARGIN.match(view, end):
        return "down", None, False  # `under an 1% margin`: a loss kept small (not `by a margin`)
    if _SLOWDOWN.match(view, end):
        return "down", None, False  # `a 30x slowdown`; never a cue to the left of a number
    if _EXTRA.match(view, end):
        return "up", None, False  # `3.9% extra computation`, `4% added cost`: an overhead
    place = _PLACED.match(view, end)
    if place:  # `26.4 points above the strongest baseline`; never a cue to the left (a bound)
        return ("up" if place.group(1).lower() == "above" else "down"), None, False
    bound = _OR_MORE.match(view, end) or _OR_LESS.match(view, end)
    end = bound.end() if bound else end  # `3x or more`: a bound, not a cue
    words = _words_after(view, end, limit)
    if not words:
        return None
    span = view[end:end + words[-1].end()]
    match = lex.cue_re.search(span)
    if match and _NEGATED.search(span, 0, match.start()):
        return None  # `by 6.58x without losing efficiency`
    return lex.cues[match.group(1).lower()] if match else None


def _verb_right_before(view: str, start: int, s0: int, lex: Lexicon):
    """`saving ~50% GPU memory overhead`: a change verb right before the number (bound words
    aside) is the number's own cue, whatever noun follows it."""
    left = strip_bound(view[max(s0, start - 40):start], lex)
    verb = _VERB_LAST.search(left)
    cue = lex.cues.get(verb.group(1).lower()) if verb else None
    return cue if cue and _VERB_FORM.search(verb.group(1)) else None


REACH = 400  # characters a cue or clause boundary is looked for before a number


def _clause_start(view: str, s0: int, pos: int) -> int:
    """Where the number's clause starts, within `REACH` characters before it."""
    low = max(s0, pos - REACH)
    starts = [m.end() for m in _CLAUSE.finditer(view, low, pos)]
    return starts[-1] if starts else low


def _cue_before(view: str, start: int, s0: int, lex: Lexicon) -> tuple[str, str | None] | None:
    """The last cue of the clause before the number; in `... by N` the verb's
    (`accelerating compression by 25 times` speeds up, whatever `compression` says;
    `the throughput of baselines drops by 90%` drops)."""
    clause = _clause_start(view, s0, start)
    by_chunk = _BY_CHUNK.search(strip_bound(view[clause:start], lex))
    cues = list(lex.cue_re.finditer(by_chunk.group(1))) if by_chunk else []
    verbs = [c for c in cues if _VERB_FORM.search(c.group(1))]
    if cues:  # `decrease memory overhead by`: the leading verb, whatever its form
        return lex.cues[(verbs[-1] if verbs else cues[0]).group(1).lower()]
    matches = list(lex.cue_re.finditer(view, clause, start))
    return lex.cues[matches[-1].group(1).lower()] if matches else None


def bound_of(view: str, number_start: int, end: int, s0: int, lex: Lexicon) -> str:
    """`=` unless a bound word stands right before the number (or `or more` after it)."""
    left = view[max(s0, number_start - 40):number_start].rstrip("+-−")
    left = left[:_FILLER.search(left).start()].rstrip(" \u2060")
    for phrase, bound in lex.bounds:
        if left.lower().endswith(phrase.lower()):
            before = left[:len(left) - len(phrase)]
            if phrase.startswith(">") and before.endswith(("-", "=")):
                continue  # `61.2% -> 70.4%`: an arrow, not a bound
            if phrase.lower() == "up to" and _SCALE_UP.search(before) \
                    and not lex.cue_re.match(view[end:end + 20].lstrip(" \u2060")):
                return "="  # `we scale up to 1.25B parameters`: the size reached, no bound
            if not phrase[0].isalpha() or not before or not before[-1].isalnum():
                outer = _outer_bound(before, lex) if bound == "~" else None
                return outer or bound  # `up to ~15%`: the limit, not the rounding
    digits = NUMBER.match(view, number_start)
    if _OR_MORE.match(view, end) or (digits and _PLUS.match(view, digits.end())):
        return ">="  # `3x or more`, `140+ films`, `1M+ tokens`
    return "<=" if _OR_LESS.match(view, end) else "="


def _outer_bound(left: str, lex: Lexicon) -> str | None:
    """The one-sided bound written before an approximate one (`up to ~15%`)."""
    left = left.rstrip(" \u2060").lower()
    return next((bound for phrase, bound in lex.bounds if bound in ("<=", ">=")
                 and left.endswith(phrase.lower())), None)


def after_by(view: str, s0: int, start: int, lex: Lexicon) -> bool:
    """The number follows `by` (bound words aside): `reduces latency by up to 30%`."""
    return bool(_BY.search(strip_bound(view[max(s0, start - 120):start], lex)))


def in_by_list(view: str, s0: int, start: int, lex: Lexicon) -> bool:
    """The number follows `by` or is a later item of the list `by` opens (`by 5.9% in X and`)."""
    left = strip_bound(view[max(s0, start - 200):start], lex)
    return bool(_BY.search(left) or _BY_LIST.search(left))


def strip_bound(left: str, lex: Lexicon) -> str:
    """`left` without its trailing bound words or symbols (`by about`, `of ~`, `by up to
    approximately`) and filler."""
    left = left[:_FILLER.search(left).start()].rstrip(" \u2060")
    while phrase := next((p for p, _ in lex.bounds if left[-len(p):].lower() == p.lower()), None):
        left = left[:len(left) - len(phrase)].rstrip(" \u2060")
    return left


def _number_start(view: str, mention: Mention) -> int:
    if mention.metric_first:  # the value's first digit, not one of the metric's (`F1 of up to 0.797`)
        digit = re.search(r"(?<![\w@.^])\d", view[mention.start:mention.end])
        return mention.start + digit.start() if digit else mention.start
    return mention.start


_OPENS_PARENTHESIS = re.compile(r"\(" + SPACE + r"*[<>≤≥~≈]?" + SPACE + r"*$")


def _left_cue_near(view: str, start: int, s0: int, lex: Lexicon) -> bool:
    """A change verb shortly before the number with no other number between (`reducing
    computational cost (up to 75%)`), unless the number is a level reached (`to 85%`)."""
    window = strip_bound(view[max(s0, start - 80):start], lex)
    window = _EXAMPLE_INTRO.sub("", window).rsplit(",", 1)[-1]
    cues = list(lex.cue_re.finditer(window))
    if view[start - 1:start] == "(" or (_OPENS_PARENTHESIS.search(view, max(s0, start - 4), start)
                                        and not (cues and _VERB_FORM.search(cues[-1].group(1)))):
        return False  # `test error (4.91% on CIFAR-10)`, `less capable (<50 F1)`: a level in
        # passing; `reduces inference latency (~40%)` is the change
    return bool(cues) and not re.search(r"\d", window[cues[-1].end():]) \
        and not _LEVEL_RIGHT_BEFORE.search(window) and not _HOLDS.search(window[cues[-1].end():])


# `more turns even when small models have 100% accuracy`: a verb between the cue and the number
# that holds or reaches a level
_HOLDS = re.compile(r"\b(?:has|have|had|achiev\w*|reach\w*|attain\w*|obtain\w*|scor\w*|secur\w*)\b",
                    re.I)
# `raises CLI success to 69.3%`, `outperforming the CLI agent at 48.2%`, `outperforming the best
# model's 27.6%`: the level reached, or the other system's level
_LEVEL_RIGHT_BEFORE = re.compile(r"(?:\b(?:to|at)|'s|’s)" + SPACE + r"*$")


def _names_quality(text: str, lex: Lexicon) -> bool:
    """`reduces the top-1 error to`: a quality metric (no cost family) whose level is reached."""
    return any(not lex.metric_families.get(lex.metrics.get(x.group(1)) or
                                           lex.metrics.get(x.group(1).lower()), frozenset())
               for x in lex.metric_re.finditer(text))


def share_of_resource(view: str, end: int) -> bool:
    """`10% of the data`, `half of training time`: the share ending at `end` is a fraction of a
    resource or budget (rule 7)."""
    return bool(_SHARE_OF_RESOURCE.match(view, end))


def item_share(view: str, end: int) -> bool:
    """`31.6% of the generated kernels`: the `%` ending at `end` is a share of plural items (a
    rate, whose items are not its metric), not a fraction of a resource (`10% of the data`)."""
    return bool(_ITEMS_OF.match(view, end)) and not share_of_resource(view, end)


def _kind(view: str, m: Mention, s0: int, s1: int, cue, lex: Lexicon) -> str:
    before = view[max(s0, m.start - REACH):m.start]  # not the whole sentence: long lists stay linear
    if m.kind == "efficiency" and m.metric_first:
        return "efficiency"  # `an NFE of 4`, `NFE from 50 to 4`: a cost named before its value
    if m.level and not m.sign:
        return "score"  # the levels a score moves between, whatever verb moves it
    if m.metric_first and m.kind != "scale":  # `SSIM of 0.969`, `a correlation of −0.12`;
        # `LPIPS +0.095` changes; `(n = 5,957)` is a size
        return "change" if m.sign and not _CONNECTOR.search(view, m.start, _number_start(view, m)) \
            else "score"
    if m.kind in ("ratio", "change") and not (m.unit == "pp" and not m.sign and _levels_from(
            before) and not _CHANGE_MOVED.search(before)):
        return m.kind  # not `from 43.0 to 64.4 points`: levels in points (but `the gap narrows
        # from 12.3 to 4.1 points` moves a change)
    if m.family in MEASURED_FAMILIES and _levels_from(before):
        return "score"  # `from 73.44% to 81.35%`: both ends are levels; not `gains range from`
    if m.unit == "%" and _OF_SCORE.match(view, m.end):
        return "score"  # `91.4% of the accuracy`, `98.0%performance of its teacher`
    if m.family == "%" and WITHIN.search(before) and not _OF_THE_RESOURCE.match(view, m.end):
        return "change"  # `(typically within 1-2%)`: the distance to a reference; not `within 5%
        # of the total training steps`, a fraction
    if m.unit == "%" and _OF_NAME.match(view, m.end) and _VERSUS_OF_NAME.search(before):
        return "score"  # `(vs. 86.86% of Wan-I2V)`: a system's score, not a fraction of it
    if m.unit == "%" and (_OUTCOMES_OF.match(view, m.end) and _OUTCOME_VERB.search(before[-40:]) or
                          _OF_CAPITALIZED.match(view, m.end) and _SOLVED_SHARES.search(before)):
        return "score"  # `catch 93-100% of wrong-case corruptions`, `preferred in 94.3% of
        # pairwise comparisons`: a rate of outcomes, not a fraction of a resource (rule 7)
    if m.unit == "%" and item_share(view, m.end) and \
            not _REMOVED_BEFORE.search(view, _clause_start(view, s0, m.start), m.start):
        return "score"  # `31.6% of the generated kernels achieve`, `80.1% of follow-up
        # interactions are image-dependent`: the share of items with a property, a rate
    if m.unit == "%" and not cue and (_FRACTION.match(view, m.end) or (
            ONLY.search(before) and _RESOURCE.match(view, m.end)) or (
            _RESOURCE_USED.match(view, m.end) and not _BY.search(strip_bound(before, lex)) and
            _USES.search(view, max(_clause_start(view, s0, m.start), view.rfind(",", s0, m.start) + 1),
                         m.start))):  # not `Using RL, the agent improves success rate by 18.2%`
        if _REMOVED_BEFORE.search(view, _clause_start(view, s0, m.start), m.start) or \
                _REMOVED_AFTER.match(view, m.end):
            return "change"  # `remove up to 25% of the parameters`: a drop, not what is left
        return "scale"  # `10% of the parameters`, `only 55.6% TFLOPs`
    if m.unit == "%" and not cue and _SETTING_SHARE.match(view, m.end) and \
            _AT_SETTING.search(strip_bound(before[-20:], lex)):
        return "scale"  # `pruning at 50% sparsity`: the setting, a fraction
    if m.unit == "%" and not cue and _FRACTION_NAMED.search(strip_bound(before[-40:], lex)):
        return "scale"  # `a small fraction (3-10%) of such instructions`: a share, named so
    reduced = _REDUCED_TO.search(strip_bound(view[_clause_start(view, s0, m.start):m.start], lex))
    if m.unit == "%" and reduced and not _names_quality(reduced.group(), lex):
        return "scale"  # `compresses ResNet-20 to 40.3%`: what is left, a fraction (rule 7)
    if m.family in MEASURED_FAMILIES:
        left = strip_bound(_SLASHED.sub("", before), lex)
        if not m.sign and not cue and metric_before(view, m.start, s0, lex) \
                and not _OF_CHANGE.search(left + " "):
            return "score"  # `an ImageNet accuracy of 88.0%`
        if m.sign or _BY.search(left) or _BY_LIST.search(left) or _OF_CHANGE.search(left + " ") or cue \
                or _left_cue_near(view, m.start, s0, lex) or (
                    _CHANGE_EXAMPLE.search(left) and not _LEVEL_PAIR.match(view, m.end)):
            return "change"
        return "score"
    if m.family == "time" and (_AMOUNT_OF.match(view, m.end) or _HOURS_DATA.match(view, m.end) or
                               _SIZED.search(strip_bound(before, lex)) or
                               _LASTING.search(strip_bound(before, lex)) or _LONG.match(view, m.end)
                               or _AND_DATA.match(view, m.end)
                               or _data_paren(view, m, strip_bound(before, lex), lex)):
        return "scale"  # `10K hours of audio`, `episodes lasting up to 12 minutes`, `audio files
        # up to 40 minutes in duration`, `250,046 performances (21k+ hours)`: the size of data
    if m.family == "bytes" and ((_AMOUNT_OF.match(view, m.end) and not ONLY.search(before)) or
                                _DATA_BYTES.search(strip_bound(before, lex))):
        return "scale"  # `27.3GB of data`, `artifacts totaling 15.01 GB`: how much data there
        # is; not `only 6MB of data`, `80 GB A100 GPUs`, `the KV cache takes 12 GB`: costs
    if m.family == "steps" and (_SIZED.search(strip_bound(before, lex)) or
                                _data_paren(view, m, strip_bound(before, lex), lex)):
        return "scale"  # `1,000 trajectories totaling 8,509 steps`, `709 episodes (2,579 action
        # steps)`: the size of data
    if m.family in ("time", "frame rate") and _COMPARED.match(view, m.end):
        return "change"  # `12 ms faster`, `70 FPS faster`
    if m.unit == "calls" and _DATA_HOLDS.search(strip_bound(before, lex)):
        return "scale"  # `the benchmark contains 2,000 API calls`: the data's size
    if m.unit == "tokens" and not _TRAINING.search(view, s0, s1) and (_TOKENS_SPENT.search(before) or (
            _REDUCING.search(view, _clause_start(view, s0, m.start), m.start) and
            _FROM_OR_TO.search(strip_bound(before, lex)))):
        return "efficiency"  # `while using only ~31k tokens`, `reducing the average response
        # length ..., from 149 to just 44 tokens`: tokens a method spends, a cost (not `using
        # only 1B tokens` of pre-training data: the data's size)
    return m.kind or "efficiency"


def classify(view: str, m: Mention, s0: int, s1: int, lex: Lexicon) -> Decision:
    """Kind, bound, direction (and the cue's metric) of one mention in sentence view[s0:s1]."""
    inner = lex.cue_re.search(view, m.start, m.end)
    cue = (lex.cues[inner.group(1).lower()] if inner else None) or _verb_right_before(
        view, m.start, s0, lex) or _cue_after(view, m.end, s1, lex)
    right_cue = cue is not None
    cue = cue or _cue_before(view, m.start, s0, lex)
    start = _number_start(view, m)
    colon = _METRIC_COLON.search(view[max(s0, start - 3):start])
    level = colon and m.unit != "pp" and not (right_cue and m.unit == "%") and \
        not (m.kind == "efficiency" and m.metric_first) and (  # `at NFE = 10`: a cost
        m.family in MEASURED_FAMILIES or metric_before(view, start, s0, lex))
    # `AIME: 81.2%` is a level; `Relative to X: 82.95% lower latency` is a change
    kind = "score" if level else _kind(
        view, m, s0, s1, cue if right_cue else None, lex)
    direction = None
    if kind in ("ratio", "change"):
        direction = {"+": "up", "-": "down"}.get(m.sign or "") or (cue[0] if cue else None) or (
            "down" if kind == "change" and m.unit == "%" and (_FRACTION.match(view, m.end) or WITHIN.search(
                view, max(s0, start - 40), start)) else None)  # `stays within 10%`: a gap kept small
        if direction is None and kind == "ratio":
            direction = "down" if m.value < 1 else "up"  # `half the compute`
    metric = cue[1] if cue and kind in ("ratio", "change") else None
    own = right_cue or after_by(view, s0, m.start, lex) or (
        kind == "scale" and m.unit == "%")  # `14.6% of the parameters` reads itself
    bound = bound_of(view, start, m.end, s0, lex)
    if m.rule == "one_pass":
        bound = "="  # `within a single forward pass`: exactly one
    if m.rule == "timed_noun":  # `over a 90-day simulation`: a preposition of time, no floor;
        bound = "<=" if m.kind == "efficiency" else "=" if bound == ">=" else bound  # a 5-hour
        # limit or budget is a ceiling
    return Decision(kind, bound, direction, metric, own,
                    improvement=bool(cue and cue[2]))


def _is_list_gap(gap: str, bound_words: frozenset[str]) -> bool:
    """Text between two items of one list: commas, `and`, names, parentheses, bound words
    (`80 %, or over 90 %`), no verb."""
    if not re.search(r"[,(]|\band\b", gap):
        return False
    words = re.findall(r"[\w'-]+", re.sub(r"\([^()]*\)", " ", gap))
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _LIST_WORDS
               or w.lower() in bound_words for w in words)


def _same_list(view: str, prev: Mention, cur: Mention, lex: Lexicon) -> bool:
    """Two neighbouring items of one list of quantities in the same unit."""
    gap = _IN_METRIC.sub("", view[prev.end:cur.start])  # `15.7% in FAD, 22.7% in IS`
    return prev.family == cur.family and prev.unit == cur.unit and len(gap) <= 60 \
        and _is_list_gap(gap, lex.bound_words) and not lex.cue_re.search(gap) \
        and not lex.metric_re.search(gap) and not cur.metric_first \
        and (prev.sign is None) == (cur.sign is None)  # not `65.94 (+12.11)`: a level, its gain


_SCOPED_AND = re.compile(r"\W*(?:(?:on|in|across|for|compared" + SPACE + r"+(?:to|with)|relative" +
                         SPACE + r"+to|against)" + SPACE + r"+[^,;.()]{1,60}?(?:" + SPACE +
                         r"*\([^()]{0,60}\))?|(?:on" + SPACE + r"+)?average)" + SPACE + r"+and" +
                         SPACE + r"+[~≈<>]?$")  # `14.02% across 8 SNS tasks and 7.56% in ...`,
# `16% on MapBench (e.g., museum navigation) and 24% on ...`, `by an average 51% compared to A
# and 25.7% compared to B`, `by >50% average and ~80% in peak`
_SCOPE_WORD = re.compile(r"\b(?:on|in|across|for)\b")


def _scoped_pair(view: str, prev: Mention, cur: Mention, lex: Lexicon) -> bool:
    """A second quantity in the same unit, with no metric word of its own, joined by `and` after
    the first one's own scope (`up to 14.02% across 8 major SNS tasks and 7.56% in SNS bilingual
    evaluation`)."""
    gap = view[prev.end:cur.start]
    own = lex.metric_re.search(view, cur.end, cur.end + 30)  # `and 80% accuracy on B`: a level
    return prev.unit == cur.unit and bool(_SCOPED_AND.match(gap)) and \
        not lex.cue_re.search(gap) and not cur.metric_first and not (
            own and not _SCOPE_WORD.search(view, cur.end, own.start()))


def _coordinated(gap: str, lex: Lexicon) -> bool:
    """`up to 10.09dB PSNR gain and 14.54 times faster`: two results joined by `and`, with no
    verb of their own between them, share the bound written before the first."""
    if len(gap) > 40 or not re.search(r"\band\b", gap) or \
            re.search(r"[,;()]|\bby\b|\w(?:ing|ed)\b", gap):  # not `and rendering at`
        return False
    return not any(_VERB_FORM.search(c.group(1)) for c in lex.cue_re.finditer(gap))


def inherit_lists(view: str, mentions: list[Mention], decisions: list[Decision],
                  lex: Lexicon) -> list[Decision]:
    """`up to 50.72%, 53.19% and 90.60%`: later items of a list take the first item's reading;
    `1.4%, 1.0% accuracy loss`: items before the one with the cue take its reading."""
    out = list(decisions)
    for i in range(1, len(mentions)):
        p = _before_gloss(view, mentions, i)
        scoped = p >= 0 and out[p].kind == "change" and not out[i].own_cue and \
            out[i].kind == "score" and _scoped_pair(view, mentions[p], mentions[i], lex)
        if p < 0 or not (scoped or _same_list(view, mentions[p], mentions[i], lex)):
            continue
        bound = out[i].bound if out[i].bound != "=" else out[p].bound
        if out[i].own_cue:  # `up to 4.86x and 2.18x speedup`: the bound still covers the list
            out[i] = replace(out[i], bound=bound)
        else:
            out[i] = Decision(out[p].kind, bound, _signed(mentions[i], out[p].direction),
                              out[p].metric, False, "left", out[p].improvement)
    for i in range(1, len(mentions)):
        if out[i].bound == "=" and out[i - 1].bound != "=" and _coordinated(
                view[mentions[i - 1].end:mentions[i].start], lex):
            out[i] = replace(out[i], bound=out[i - 1].bound)
    for i in range(len(mentions) - 2, -1, -1):
        after = out[i + 1]
        own_or_passed = decisions[i + 1].own_cue or after.inherited == "right"
        if not decisions[i].own_cue and own_or_passed and "(" not in view[
                mentions[i].end:mentions[i + 1].start] and _same_list(view, mentions[i],
                                                                      mentions[i + 1], lex):
            out[i] = Decision(after.kind, out[i].bound, _signed(mentions[i], after.direction),
                              after.metric, False, "right", after.improvement)
    return out


def _before_gloss(view: str, mentions: list[Mention], i: int) -> int:
    """The list item before mention i: the one before, unless a parenthesis of levels lies
    between. Opened right before i, it glosses the item before (`gains of 7.3% (79.4% to
    86.7%)`): none; closed right after the levels, the item before the parenthesis (`7.3%
    (79.4% to 86.7%) and 7.2%`). Not `by 2.92% (3.41%)`, a value of another setting."""
    gap = view[mentions[i - 1].end:mentions[i].start]
    if gap.rstrip().endswith("(") and mentions[i].level:
        return -1
    if not gap.lstrip().startswith(")") or i < 2 or not mentions[i - 2].level:
        return i - 1
    opened = view.rfind("(", 0, mentions[i - 2].start)
    before = [j for j in range(i - 2) if mentions[j].end <= opened]
    return before[-1] if before else -1


def _signed(m: Mention, direction: str | None) -> str | None:
    """`differences of −2.5, +3.1 and −0.6 points`: an item's own sign over the list's direction."""
    return {"+": "up", "-": "down"}.get(m.sign or "", direction)


def direction_for(claim: dict, m: Mention, d: Decision, lex: Lexicon) -> str | None:
    """An improvement in a lower-is-better metric (`outperforms ... by 0.28 FID`, `15.7%
    improvement in FAD`) is a drop: down, unless the text gives the sign itself or says
    higher (`0.3% increase of error`); a factor below one (`half the size`) is a drop,
    and a speedup without a cue of its own is a rise."""
    if claim["kind"] == "change" and claim["direction"] == "up" and not m.sign \
            and d.improvement and claim["metric"] in lex.lower_better:
        return "down"
    if claim["kind"] == "ratio" and claim["value"] < 1:
        return "down"
    if claim["kind"] == "ratio" and claim["metric"] == "speedup" and not d.own_cue and not m.sign:
        return "up"  # `up to 57.51times when ...`: a speedup is up whatever cue came before
    return claim["direction"]
