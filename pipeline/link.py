"""Attach metric, dataset and hardware to each claim from gazetteers, clause first."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .classify import (CHANGE_NOUNS, OF_THE_TIME, REACH, WITHIN, after_by, in_by_list, item_share,
                       strip_bound)
from .latex import SPACE
from .lexicon import Lexicon, device
from .mentions import (ARROW, ARROW_LABEL, BENCH_SHAPED, EVAL_MODE, MEASURED_FAMILIES, NAMED_PAIR, OUTDO,
                       PEAKED, RATIO_VERB, SCORE_VERB, Mention, acronym_score_after, metric_name)

_SPLIT = re.compile(SPACE + r"?(?:(?:test|dev)-(?:clean|other)|test-dev|test-std|minival|val(?:idation)?|test|dev)"
                    r"(?![\w-])(?!" + SPACE + r"+(?:sets|splits)\b)")  # not `the MiniF2F and ProofNet
# test sets`: the split of each
# `WebArena-Infinity`, `MedQA-USMLE`, `MiniF2F-test`, `BrowseComp-zh`: a part glued to a known
# benchmark's name; not a word that makes it an adjective (`MMLU-style`)
_GLUED_PART = re.compile(r"-(?:[A-Z0-9][\w+]*|(?!(?:style|like|level|scale|specific|wise|sized|size|"
                         r"free|aware|centric|oriented|driven|guided|only|based|powered|inspired|compatible|"
                         r"friendly|ready|heavy|intensive|bound)\b)[a-z]{2,})(?![\w-])")
# a model built on a known name (`AVA-Encoder`, `GAIA-Agent`): no benchmark at all
_BUILT_ON = re.compile(r"-(?:Encoder|Decoder|Net|Model|Agent|Policy|Former|SLAM)s?\b")
# `ToolBench-trained`, `ImageNet-pretrained`: data a model learned from, not a benchmark it is
# measured on
_LEARNED_FROM = re.compile(r"-(?:pre-?|fine-?)?(?:trained|tuned|derived|distilled)\b")
_NAMED = re.compile(r"\b(?:(?i:on|for|in)|(?:applied|transfer\w*|generali[sz]\w*|adapt\w*)" + SPACE +
                    r"+to)" + SPACE + r"+(?:the" + SPACE + r"+)?(?:[a-z]+" + SPACE +
                    r"+)?"
                    r"([A-Z][\w-]*(?:" + SPACE + r"[A-Z0-9][\w-]*)?)" + SPACE +
                    r"+(?:dataset|benchmark|test set|corpus)s?\b")
_DRAWN_FROM = re.compile(r"\b(?:from|of|using|with)" + SPACE + r"+the" + SPACE + r"+([A-Z][\w-]*)" +
                         SPACE + r"+(?:dataset|corpus)\b")  # `derived from the AIDev dataset`
# `on the dynamic benchmark J1-EVAL`: the data noun before a name shaped like one
_NOUN_NAME = re.compile(r"\b(?:the|a)" + SPACE + r"+(?:[a-z-]+" + SPACE + r"+)?(?:benchmark|dataset)" +
                        SPACE + r"+([A-Z][\w-]*[A-Z0-9][\w-]*)(?![\w-])")
_FOR_NAME = re.compile(r"%" + SPACE + r"+for" + SPACE + r"+([A-Z][\w-]+)")
_ADJACENT = re.compile(SPACE + r"*(?:on|for|in)" + SPACE + r"+(?:the" + SPACE + r"+)?$")
_ABBREVIATION = re.compile(r"([A-Z][\w-]*(?:" + SPACE + r"[A-Z][\w-]*)*)" + SPACE + r"*\(([A-Z]{2,6})\)")
_STOP_RIGHT = re.compile(r"\b(?:and|while|with|compared|than|across|whereas|but)\b|[,;]")
_CHANGE_VERB = (r"\b(?:higher|lower(?:s|ed|ing)?|better|improv\w*|reduc\w*|boost\w*|increas\w*|"
                r"decreas\w*|enhanc\w*|sav(?:es|ing)|cut(?:s|ting)?|shorten\w*|rais(?:es|ed|ing)|"
                r"lift(?:s|ed|ing)?|extend(?:s|ed|ing)?|inflat\w*)" + SPACE + r"+(?:(?:the|its)" + SPACE + r"+)?")
_CHANGED_PHRASE = r"((?:[A-Za-z][A-Za-z-]+" + SPACE + r"+){0,3}(?:[a-z][a-z-]+|[A-Z]{2,6}))"
_PHRASE = re.compile(_CHANGE_VERB + _CHANGED_PHRASE + SPACE +
                     r"+(?:by|from|consistently|significantly)\b")  # `reducing CoT calls by`,
# `reduces motion tracking failure rates from 55.2% to 6.9%`; not a model's name (`boosts LLaVA
# by`): the head is lowercase
# `reduced the exposure rate in harmful content detection by`, `improving resolution rates on the
# SWE-bench Verified by`: the object, then where it is measured
_PHRASE_WHERE = re.compile(_CHANGE_VERB + _CHANGED_PHRASE + SPACE + r"+(?:in|on|for|across|under)" +
                           SPACE + r"+(?:(?!by\b)[^,;.()\d])+?" + SPACE + r"+by\b")
# `improving X by 52.6% and Y by 64.8%`: the verb is not repeated
_ELIDED = re.compile(r"(?:,|\band)" + SPACE + r"+(?:(?:the|its)" + SPACE + r"+)?" +
                     _CHANGED_PHRASE + SPACE + r"+by\b")
_CHANGE_VERB_RE = re.compile(_CHANGE_VERB)
# `reducing review time from approximately 7 weeks to 20 hours`: the before, then the after
_PAIR_GAP = re.compile(r"(?:[a-z]+ )?[-+]?[\d.,]+ ?[A-Za-z%]* to(?: [a-z]+)?")
# `raises success from SFT baselines of 36%, 44%, and 12% to 92%, 88%, and`: what names the
# first levels, then the levels of lists before this one
_LISTS_GAP = re.compile(r"(?:[^\d;]{1,50} of)?(?: ?[-+]?[\d.,]+ ?%?,?(?: and| to)?)*")
_BY_ITEM_BEFORE = re.compile(r"\bby" + SPACE + r"+(?:[a-z]+" + SPACE + r"+){0,3}[-+]?\d[\d.,]*" + SPACE +
                             r"*(?:%|pp|x|×|points?|percentage" + SPACE + r"+points)?" + SPACE + r"*$")
_VERB_IN_PHRASE = re.compile(r"\b(?:outperform|surpass|exceed|beat|slow|grow|lag|fall|rise|drop|"
                             r"reach|yield|gain|boost|lower|lift|cut)(?:s|es|ed|ing)?\b|"
                             r"\b(?:achiev|improv|reduc|increas|decreas|rais)(?:e|es|ed|ing)\b")
_ABBREVIATED_BY = re.compile(_CHANGE_VERB + r"(?:[\w-]+" + SPACE + r"+){0,3}(?i:rate|score|error|ratio|"
                             r"accuracy|index|distance|similarity|loss|precision|recall)" + SPACE +
                             r"+\(([A-Z][A-Za-z0-9-]*)\)" + SPACE + r"+by\b")
# `improving Effective Safety Rate (ESR) by`, not `boosts LLaVA (LV) by`


_VARIANT = re.compile(r"(?:" + SPACE + r"?(?:\d+(?:" + SPACE + r"*[x×]" + SPACE + r"*|\u2060*times)\d+|"
                      r"[A-Z][a-z]+-[A-Z][a-z]+)|" + SPACE + r"*\((?:[a-z][\w.]*|[A-Z][a-z]+\.?)\)(?=" + SPACE +
                      r"+(?:bench|benchmark|split|subset|set)\b)|" +
                      r"(?:(?<=\d\d)" + SPACE + r"*(?:,|and|&))?" + SPACE + r"(?:19|20)\d\d(?!" +
                      SPACE + r"+[a-z]+s\b)|" +
                      SPACE + r"(?:[vV]?[1-9](?:\.\d)?|(?<=[A-Z]{2}[\s\u2060])2[2-9])(?=" + SPACE + r"*(?:[,;:()]|\.(?!\d)|$|(?:and|or|with|"
                      r"using|benchmarks?|datasets?|suite)\b)|-[A-Z])(?!" + SPACE + r"*(?:,|and|or)" + SPACE +
                      r"*\d+-(?:shot|way))|" + SPACE + r"[vV]\d+(?:\.\d+)?|" +
                      SPACE + r"[1-9]\.\d(?=" + SPACE + r"+\d+\.\d)|"
                      r"-(?:\d{2,4}|\d+[Kk]|[vV]\d+(?:\.\d+)?|[A-Z]{1,4}))"
                      r"(?!\w|-(?![A-Z]))")  # `ImageNet 256x256`, `ImageNet 256 x 256`, `MME (Cog.) bench`,
# `WMT'14 English-German`, `ImageNet-256`,
# `HMMT 2025`, `AIME 24`, `AIME 2024 and 2025`, `ImageNet-1K`, `LongBench-v2`, `nuScenes-QA`, `Terminal-Bench 2.0:`, `ARC-AGI 2`,
# `Navsim v1`, `LiveCodeBench v6 76.4`, `RoboTwin 2.0-Plus`, `OSWorld 2.0 7.6 -> 43.2`:
# the edition as written
_EDITION = re.compile(r"(?:" + SPACE + r"([A-Z][a-z]+|[A-Z]{4,})|-([A-Za-z][a-z]+))(?![\w-])")
# `VOiCES R4-B-F`, `NOIZEUS Sta-0`, `PhyX MCQ`: a subset's tag ending the name, at a clause end
_SUBSET_TAG = re.compile(SPACE + r"([A-Z]{2,5}|[A-Z][A-Za-z]*\d*(?:-[A-Za-z0-9]+)+)(?=" + SPACE +
                         r"*(?:[,;:()]|\.(?!\d)|$))")
# `OmniMMI Proactive Alerting)`, `the GenAI-Bench Counting task`: a named subset, one or two
# capitalized words closing the name
_SUBSET_WORDS = re.compile("(?:" + SPACE + r"[A-Z][a-z]{2,}){1,2}(?=" + SPACE + r"*(?:[,;:()]|\.(?!\d)|$|"
                           r"(?:and|or|tasks?|subsets?|splits?)\b))")
_LEVEL = re.compile(SPACE + r"(?:Level|Track)(?:-|" + SPACE + r")?\d+(?![\w-])")  # `KernelBench
# Level-2`, `DFC2023 Track 2`: a numbered part of a benchmark
_ON_NAME = re.compile(SPACE + r"*(?:on|for)" + SPACE + r"+(?:the" + SPACE + r"+)?" + EVAL_MODE +
                      r"([A-Z][\w./^'+-]*[\w^+])")  # `on zero-shot COCO2014`
# RoBERTa_Large, Qwen2.5-7B, Foundation-Sec-8B-Instruct, FlexVAR-d16 (a depth), ViT-B/16, Youtu-LLM, Full-SFT
_SIZE_SUFFIX = r"_|\dB(?:-[A-Za-z]\w*)*$|-d\d+$|-[A-Z]/\d+$"
_MODEL_SUFFIX = re.compile(_SIZE_SUFFIX + r"|-(?:Large|Base|Small|Tiny|XL|XXL|Instruct|Chat|LLM|VLM|MLLM|"
                           r"SFT|DPO|GRPO)$")
_SIZE_SUFFIX_RE = re.compile(_SIZE_SUFFIX)
_MODEL_LIKE = re.compile(_MODEL_SUFFIX.pattern + r"|\dM$")  # in an introduction `SpeakerVid-5M`
# is data, elsewhere `ViT-300M` a model
# `error rates on MNIST`, `results on HumanEval+`: after `on`, a name with two capitals or
# a digit (MNIST, COCO2017, SQuAD), unlike an ordinary capitalized word
_BENCHMARK_NAME = (r"([A-Z][A-Za-z]*(?:[A-Z0-9][\w.+^-]*[\w+^]|[A-Z])|[A-Z][a-z]+(?=" + SPACE +
                   r"[vV]\d)|[A-Z][a-z]+(?:-[A-Z][A-Za-z0-9]*)+(?=" + SPACE + r"*(?:[,;:]|\((?![A-Z]{2,5}\))|\.(?!\d)|$)))"
                   r"(?![\w-])(?!" + SPACE +
                   r"+data\b)")  # not `fine-tuning on OpenThoughts data`
# `On the challenging FATE-H and FATE-X subsets, ...`: a sentence opening on a benchmark; `on the
# advanced IMO-Proof Bench`
_BENCHMARK_LIKE = re.compile(r"(?:\bon" + SPACE + r"+(?:the" + SPACE + r"+(?:[a-z]+" + SPACE + r"+)?)?|\bOn" + SPACE +
                             r"+(?:the" + SPACE + r"+)?(?:[a-z]+-?[a-z]+" + SPACE + r"+)?)" +
                             _BENCHMARK_NAME)
_TITLE_HYPHEN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")  # `Gumbel-Softmax`, `Browsecomp-Plus`
# `building on Gumbel-Softmax,`, `relying on Monte-Carlo,`: what a method rests on
_METHOD_ON = re.compile(r"\b(?i:based|built|building|builds|relying|relies|rely|grounded|focus\w*)" + SPACE +
                        r"+on$")
_NOT_DATA_AFTER = re.compile(SPACE + r"+(?:architecture|framework|backbone|model|method|paradigm|"
                             r"approach|family|series|pipeline)s?\b")
NAME_LIKE = re.compile(r".[A-Z0-9]")  # a second capital or a digit: MMMU, K400, not English
# A name shaped like a benchmark's wherever it stands: `StreamingBench`, `OVO-Bench`, `GenEval`,
# `📊 BFCLv3 : 8B jumps`, `benchmarks: BrowseComp: 48.6% GAIA: 75.7%`: a name labelling the
# item after a symbol
_LABEL = re.compile(r"[^\w\s,.;()'\"-]" + SPACE + r"*([^\W\d_][\w.+^\u00b2-]*[\w+^\u00b2])" +
                    SPACE + r"*:" + SPACE)
_LABEL_REACH = 60  # characters from a label to a number of its item
_NOT_BENCH_SHAPED = frozenset({"benchmark", "benchmarks", "benchmarking", "benchmarked"})
_NEXT_TO = re.compile(SPACE + r"+")
_OF = re.compile(SPACE + r"*of" + SPACE)
_SIZE_WORD = re.compile(SPACE + r"*(?:smaller|larger|bigger)\b")
_PHRASE_END = re.compile(r"[^\w-]*(?:$|[.,;:)]|(?:and|of|than|on|in|with|compared|while|when|at|"
                         r"for|to|over|as|respectively|vs|versus)\b)")
_NEXT_TO_THE = re.compile(SPACE + r"+the" + SPACE + r"+")
_SEGMENT = re.compile(r"[,;]|\b(?:and|while|whereas|but)\b")
_URL = re.compile(r"\S*(?:https?://|www\.|\.com|\.io|\.org|github)\S*")
# A dataset the paper introduces, named where it is introduced: `MMFineReason, a large-scale
# multimodal reasoning dataset comprising`, `Dynamic RealEstate10K (D-RE10K), a real-world
# dataset of`, `DanQing, which contains`, `FinForge-5k Dataset:`
_NOT_LINK = r"(?!(?:on|in|for|with|to|from|by|that|which|and|or|of|is|are|was|were)\b)"
_DATA_NOUN = r"(?:dataset|benchmark|corpus|testbed|collection)s?\b"
_DATA_NOUN_RE = re.compile(r"\b(?i:" + _DATA_NOUN + ")")
_NEW_NAME = (r"((?:[A-Z][\w.+^-]*[\w+]|[a-z]+\d[\w.+-]*)(?:" + SPACE +  # also `v1g, a dataset`
             r"(?!(?:Dataset|Benchmark|Corpus)\b)[A-Z0-9][\w.+-]*[\w+])?)")
_NOUN_THEN_NAME = re.compile(r"\b" + _DATA_NOUN + SPACE + r"+([A-Z][\w.+-]*[\w+])" + SPACE +
                             r"+(?:with|of|containing|comprising|spanning)" + SPACE + r"+(?:over" +
                             SPACE + r"+|more" + SPACE + r"+than" + SPACE + r"+)?(?=\d)")
_PHRASE_WORDS = (r"(?:" + _NOT_LINK + r"(?:[^\s\u2060,.;:()]|[,.](?=\d))+,?" + SPACE + r"+){0,6}?"
                 r"(?:[a-z][\w-]*,?" + SPACE + r"+and" + SPACE + r"+[a-z][\w-]*" + SPACE +
                 r"+)?")  # `a multi-dimensional and multi-step dataset`, `a high-quality, and diverse`
_INTRODUCED = re.compile(
    r"(?<![\w-])" + _NEW_NAME + r"(?:" + SPACE + r"*\(([A-Z][\w.-]*[\w])\))?(?:"
    # `X, a large-scale ... dataset comprising`, `X : A world-first ... dataset containing`,
    # `X , a 900B-token corpus`: the data noun heads the phrase (after `the`, only before the
    # verbs that describe data: not `InternVL3, the dataset used for fine-tuning`)
    + SPACE + r"*[,:]" + SPACE + r"+(?:(?i:an?)" + SPACE + r"+" + _PHRASE_WORDS + _DATA_NOUN + r"(?=" +
    SPACE + r"*(?:[,.;:()]|$|(?:of|with|that|which|for|built|drawn|made|[a-z]+(?:ing|ed)|"
    r"(?:consist|contain|comprise|include|span|cover|feature|total)s?)\b))|"
    r"(?i:the)" + SPACE + r"+" + _PHRASE_WORDS + _DATA_NOUN + r"(?=" + SPACE + r"*(?:[,.;:()]|$|"
    r"(?:of|comprising|containing|with|that|which|for|spanning|covering|featuring|consisting|"
    r"built|curated|collected)\b)))"
    # `X, which contains 100 million image-text pairs` (a count of data, checked after)
    r"|,?" + SPACE + r"+(?:which" + SPACE + r"+)?(?:contains|comprises|consists" + SPACE +
    r"+of|encompassing|comprising|containing|featuring)" + SPACE + r"+(?:over" + SPACE +
    r"+|more" + SPACE + r"+than" + SPACE + r"+)?(?P<count>\d)"
    r"|" + SPACE + r"+(?:Dataset|Benchmark|Corpus)\b"  # `FinForge-5k Dataset:`
    # `ROVER is a human-annotated benchmark that`, `the Viewpoint-100K dataset, consisting of`
    r"|" + SPACE + r"+is" + SPACE + r"+(?i:an?)" + SPACE + r"+" + _PHRASE_WORDS + _DATA_NOUN +
    r"|(?P<noun_after>" + SPACE + r"+" + _DATA_NOUN + r",?" + SPACE + r"+(?:consisting|containing|"
    r"comprising|featuring|which" + SPACE + r"+(?:contains|comprises|consists))\b))")
_DATA_UNITS = frozenset({"tokens", "images", "samples", "frames", "languages", "videos", "h"})


@dataclass(frozen=True)
class Names:
    """Dataset and hardware mentions of one abstract: (start, end, surface as written in
    `text` or canonical), the spans whose digits belong to a name (URLs, devices, datasets),
    and each introduction of a new dataset (where its name ends, where its phrase ends, its
    name as written)."""

    datasets: list[tuple[int, int, str]]
    hardware: list[tuple[int, int, str, bool]]
    blocked: list[tuple[int, int]]
    text: str
    introductions: list[tuple[int, int, str]]


def _abbreviations(view: str, lex: Lexicon) -> list[str]:
    """`AudioCaps (AC)`: an abbreviation the abstract defines for a known dataset."""
    return [m.group(2) for m in _ABBREVIATION.finditer(view)
            if any(m.group(1).endswith(alias) for alias in lex.datasets)]


_OWN_SIZES = frozenset({"parameters", "GPUs"})  # a model's or a run's size, not the data's
_SIZED_WITHIN = 60  # characters from `a ... dataset` to the number that sizes it
_SENTENCE_STOP = re.compile(r"[.;:!?]\s")


_COINED = re.compile(r"[\d-]")  # a coined name: `Viewpoint-100K`, `MM-Eval`


def _introduced(view: str, lex: Lexicon) -> list[tuple[re.Match, list[str]]]:
    """Each introduction of a new dataset with its names (and the abbreviation in parentheses),
    unless a stop word, a public model family or a model-like name; an ordinary word opening a
    sentence (`Finally, a new benchmark`) is no name."""
    families = tuple(lex.stopwords["public_model_families"])
    found = []
    for m in _INTRODUCED.finditer(view):
        first = m.group(1).split()[0]
        opens = view[:m.start()].rstrip()[-1:] in ("", ".", "!", "?", ":")
        if first in lex.stopwords["name_openers"] or (opens and not NAME_LIKE.search(first)) or (
                m.group("count") and not _counts_data(view, m.end(), lex)) or (
                m.group("noun_after") and not _COINED.search(m.group(1))):
            continue  # `the Viewpoint-100K dataset, consisting of`; not `a high-quality OMTG
            # dataset comprising`, a task's acronym before the noun
        model = _SIZE_SUFFIX_RE if _DATA_NOUN_RE.search(m.group(0)) else _MODEL_SUFFIX
        names = [name for name in (m.group(1), m.group(2)) if name
                 and name not in lex.stopwords["not_benchmarks"] and not name.startswith(families)
                 and not model.search(name)]  # a role suffix is data's when a data noun says so:
        # `ProCUA-SFT, a dataset of`, `SimplerEnv-Instruct, an 80-task benchmark`
        if names:
            found.append((m, names))
    for m in _NOUN_THEN_NAME.finditer(view):  # `a programming dataset HARDTESTS with 47k problems`
        name = m.group(1)
        if name not in lex.stopwords["not_benchmarks"] and not name.startswith(families) and \
                not _MODEL_LIKE.search(name) and _counts_data(view, m.end(), lex):
            found.append((m, [name]))
    return found


def _counts_data(view: str, pos: int, lex: Lexicon) -> bool:
    """`contains 100 million image-text pairs`, not `consists of 50 layers`: a noun of data items
    among the few words after the count."""
    for word in re.findall(r"[A-Za-z][\w-]*", view[pos:pos + 60])[:5]:
        unit = lex.units.get(word) or lex.units.get(word.lower())
        if (unit and unit.unit in _DATA_UNITS) or word.lower() in lex.stopwords["data_item_nouns"]:
            return True
    return False


_YEAR_LIST = re.compile(SPACE + r"*(?:,|and|&)")
_RESPECTIVELY = re.compile(r"(?:[^.;]|\.\d)*\brespectively\b")  # within the sentence


_MORE_YEARS = re.compile(SPACE + r"*(?:,|and|&|/)" + SPACE + r"*((?:19|20)\d\d)(?![\w-])")
_ENDS_IN_YEAR = re.compile(r"(.*\S)" + SPACE + r"+(?:19|20)\d\d$")


def _more_editions(view: str, text: str, datasets: list) -> list:
    """`on AIME 2024 and 2025 (or AIME 2024/2025) ..., respectively`: each later year is a
    benchmark of its own, named with the first's name (`AIME 2025`), one per number."""
    out = []
    for _, end, name in datasets:
        base = _ENDS_IN_YEAR.match(name)
        if not base or not _RESPECTIVELY.match(view, end, end + 150):
            continue
        while more := _MORE_YEARS.match(view, end):
            out.append((more.start(1), more.end(1), f"{base.group(1)} {text[more.start(1):more.end(1)]}"))
            end = more.end()
    return out


def _with_variant(view: str, end: int, lex: Lexicon) -> int:
    """The end of a dataset name with its written edition or size (`HMMT 2025`, `-v2`) and
    edition words (`SWE-bench Live Lite`, `GPQA-Diamond`, `GPQA-diamond`, `OMTG Bench`)."""
    while variant := _VARIANT.match(view, end):  # `ARC-AGI 2`: a suffix, then the version
        if _YEAR_LIST.match(variant.group()) and _RESPECTIVELY.match(view, end, end + 150):
            break  # `on AIME 2024 and 2025, ... respectively`: two benchmarks, one each
        end = variant.end()
    while (word := _EDITION.match(view, end)) and \
            (word.group(1) or word.group(2)).capitalize() in lex.stopwords["dataset_editions"]:
        end = word.end()
    level = _LEVEL.match(view, end)
    end = level.end() if level else end
    subset = _SUBSET_WORDS.match(view, end)
    if subset and not any(metric_name(lex, w) or w in lex.stopwords["not_benchmarks"] or
                          w in lex.stopwords["not_subset_words"] or
                          w.lower() in lex.stopwords["generic_score_words"]
                          for w in subset.group().split()):
        return subset.end()  # `SimplerEnv Fractal and`, `GR-1 Tabletop (300 demos)`
    tag = _SUBSET_TAG.match(view, end)
    return tag.end() if tag and not lex.metrics.get(tag.group(1)) and \
        tag.group(1) not in lex.stopwords["not_benchmarks"] else end  # not `ImageNet SOTA`


# `we introduce π-Bench, a benchmark ... comprising`, `We release PAGE Bench, with`: the name of
# what the paper releases, right after the verb that releases it
_RELEASED = re.compile(r"\b(?:introduc|present|propos|releas|buil[dt]|construct|curat|creat)\w*" + SPACE +
                       r"+((?:[A-Z]|[^\W\d_A-Za-z]-)[\w.+^-]*[\w+^](?:" + SPACE +
                       r"[A-Z][\w.+^-]*[\w+^])?)(?=" + SPACE + r"*[,:(]|" + SPACE + r"+(?:with|of|"
                       r"comprising|containing|consisting|that|which)\b)")


def _released_name(view: str, names: Names, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """A data size takes the name of the dataset or benchmark its sentence says the paper
    releases before it, when it is no model's (`we introduce Qwen-X, trained on 1M images`)."""
    found = list(_RELEASED.finditer(view, s0, m.start))
    if not found:
        return None
    name = found[-1].group(1)
    shaped = lex.dataset_re.fullmatch(name) or BENCH_SHAPED.fullmatch(name) or re.search(
        r"\b(?:Bench|Benchmark|Dataset|Corpus|Set)\b", name) or _DATA_NOUN_NEAR.match(
        view, found[-1].end(1))
    if not shaped or _MODEL_LIKE.search(name):
        return None
    return names.text[found[-1].start(1):found[-1].end(1)]


# `WebGym contains nearly 300,000 tasks`, `The SWE-Lego dataset comprises`: a name opening the
# sentence as the subject of a verb that sizes data
_DATA_SUBJECT = re.compile(r"[^\w(]*(?:The" + SPACE + r"+|Our" + SPACE + r"+|(Dataset|Benchmark)" + SPACE +
                           r"+)?(?!(?:The|Our|This|These|Its|Their)\b)([A-Z][\w.+^-]*[\w+](?:" + SPACE +
                           r"[A-Z][\w.+^-]*[\w+])?)" + SPACE + r"+((?:dataset|benchmark|corpus|suite)" +
                           SPACE + r"+)?(?:(?:also|now|further)" + SPACE + r"+)?(?:contains|comprises|"
                           r"includes|consists|covers|spans|features|aggregates|"
                           r"integrates|collects|holds)\b")


def _data_subject(view: str, names: Names, s0: int, lex: Lexicon) -> str | None:
    """A data size in a sentence whose subject is a name that holds data (`WebGym contains
    nearly 300,000 tasks`) sizes that dataset, when the name is no model's or metric's."""
    found = _DATA_SUBJECT.match(view, s0)
    if not found:
        return None
    name = found.group(2)
    if _MODEL_LIKE.search(name) or name in lex.stopwords["not_benchmarks"] or \
            name.startswith(tuple(lex.stopwords["public_model_families"])) or metric_name(lex, name) \
            or not (found.group(1) or found.group(3) or lex.dataset_re.fullmatch(name) or
                    _DATA_SHAPED.search(name)):
        return None  # not `Nemotron-H comprises 56B parameters`, `GRPO includes 2,000 rollouts`
    return names.text[found.start(2):found.end(2)]


# a name shaped as a dataset's or benchmark's: `WebGym`, `BenchHub`, `MedQA`
_DATA_SHAPED = re.compile(r"(?i:bench|gym|hub|arena|corpus|data|set|suite)|QA")


# `MegaMath, a corpus of`, `MegaScience, a large-scale mixture of ... datasets`: a data noun in
# the phrase set beside the name; not `FooNet, a method evaluated on a benchmark`
_DATA_NOUN_NEAR = re.compile(SPACE + r"*[,:(]" + SPACE + r"*(?:an?|the)" + SPACE + r"+(?:(?!(?:on|in|for|"
                             r"with|to|from|by|that|which|and|or|is|are)\b)[\w-]+" + SPACE +
                             r"+){0,6}?" + _DATA_NOUN)


def _named_data(view: str, m: re.Match, regex: re.Pattern, families: tuple[str, ...]) -> bool:
    """A name a data noun introduces is a dataset's, unless it is a model's (`the new benchmark
    GPT-4o solves`) or, after a capital `On` opening the sentence, a plain word (`On Chinese
    benchmarks`: a language, where `On the Time-Dialog benchmark` names one)."""
    name = m.group(1)
    if regex is _NOUN_NAME:
        return not (_MODEL_LIKE.search(name) or name.startswith(families))
    return regex is not _NAMED or view[m.start()].islower() or bool(NAME_LIKE.search(name))


_VENDOR_AND = re.compile(r"\b([A-Z][A-Za-z]+)" + SPACE + r"+(?:and|or)" + SPACE + r"+$")


def _vendor_before(view: str, m: re.Match, lex: Lexicon) -> list:
    """`on both NVIDIA and AMD GPUs`: a vendor joined by `and` to a device shares its head
    (`NVIDIA GPU`), when the gazetteer knows the pair."""
    words = m.group().split()
    vendor = _VENDOR_AND.search(view, max(0, m.start() - 30), m.start())
    if len(words) < 2 or not vendor:
        return []
    shared = lex.hardware_re.fullmatch(vendor.group(1) + " " + " ".join(words[1:]))
    return [(vendor.start(1), vendor.end(1), *device(lex, shared))] if shared else []


def find_names(view: str, lex: Lexicon, text: str | None = None) -> Names:
    """Dataset mentions (as written in `text`, the original of the residue `view`) and
    hardware mentions (canonical) in an abstract."""
    text = view if text is None else text
    hardware = []
    for m in lex.hardware_re.finditer(view):
        hardware.append((m.start(), m.end(), *device(lex, m)))
        hardware += _vendor_before(view, m, lex)
    hardware.sort()
    datasets, known_spans = [], []
    for m in lex.dataset_re.finditer(view):
        known_spans.append(m.span())
        glued = _GLUED_PART.match(view, m.end())
        if _LEARNED_FROM.match(view, m.end()) or _BUILT_ON.match(view, m.end()) or \
                glued and _MODEL_LIKE.search(view, m.start(), glued.end()):
            continue  # `ToolBench-trained`, `AVA-Encoder`, `SimplerEnv-Instruct` (a model's
            # suffix; an introduction may still name it)
        end = glued.end() if glued else m.end()
        split = _SPLIT.match(view, end)
        end = split.end() if split and split.group().strip() else end
        end = _with_variant(view, end, lex)
        datasets.append((m.start(), end, text[m.start():end]))
    known = list(datasets)
    families = tuple(lex.stopwords["public_model_families"])
    for m in _BENCHMARK_LIKE.finditer(view):
        if _TITLE_HYPHEN.fullmatch(m.group(1)) and _METHOD_ON.search(view, max(0, m.start() - 20),
                                                                     m.start() + 2):
            continue  # `building on Gumbel-Softmax,`: a method, not a benchmark
        if _NOT_DATA_AFTER.match(view, m.end(1)):
            continue  # `based on the HRM architecture`
        if not _MODEL_LIKE.search(m.group(1)) and m.group(1) not in lex.stopwords["not_benchmarks"] \
                and not m.group(1).startswith(families) \
                and not any(a <= m.start(1) < b for a, b, _ in known):
            end = _with_variant(view, m.end(1), lex)
            datasets.append((m.start(1), end, text[m.start(1):end]))
    for m in BENCH_SHAPED.finditer(view):
        if (NAME_LIKE.search(m.group(1)) and re.search(r"[A-Z0-9]", m.group(2)) or
                not m.group(1).isascii()) and m.group(1).lower() not in _NOT_BENCH_SHAPED \
                and not _MODEL_LIKE.search(m.group(1)) \
                and not any(a <= m.start(1) < b for a, b, _ in datasets):
            end = _with_variant(view, m.end(1), lex)
            datasets.append((m.start(1), end, text[m.start(1):end]))
            known_spans.append((m.start(1), end))
    for regex in (_NAMED, _DRAWN_FROM, _FOR_NAME, _NOUN_NAME):
        datasets += [(m.start(1), m.end(1), text[m.start(1):m.end(1)])
                     for m in regex.finditer(view) if m.group(1) not in lex.stopwords["not_benchmarks"]
                     and _named_data(view, m, regex, families)]
    introduced = _introduced(view, lex)
    for name in _abbreviations(view, lex) + [n for _, names in introduced for n in names]:
        pattern = re.compile(r"(?<![\w(-])" + re.escape(name) + r"(?![\w)-])")
        datasets += [(m.start(), m.end(), text[m.start():m.end()])
                     for m in pattern.finditer(view)]
    datasets += _more_editions(view, text, datasets)
    taken = [(a, b) for a, b, _, _ in hardware]
    datasets = [d for d in datasets if not any(a <= d[0] < b for a, b in taken)]
    blocked = taken + [m.span() for m in _URL.finditer(view)] + known_spans
    introductions = [(m.end(1), m.end(), text[m.start(1):m.end(1)]) for m, _ in introduced]
    return Names(sorted(set(datasets)), hardware, blocked, text, introductions)


def _distance(span: tuple[int, int], m: Mention) -> int:
    return max(span[0] - m.end, m.start - span[1], 0)


def _nearest(items, m: Mention, s0: int, s1: int):
    inside = [it for it in items if s0 <= it[0] < s1]
    return min(inside, key=lambda it: _distance(it[:2], m)) if inside else None


def _benchmark_like(name: str, start: int, names: Names, lex: Lexicon, plain: bool = False) -> bool:
    """`name` (at `start`) reads as a benchmark's: not a stop word, a model (`YOLO11s`) or a
    device, and not a plain capitalized word unless `plain` (a noun after it says it names
    data)."""
    return name not in lex.stopwords["not_benchmarks"] and not _MODEL_LIKE.search(name) \
        and not name.startswith(tuple(lex.stopwords["public_model_families"])) \
        and (plain or bool(NAME_LIKE.search(name))) and not any(
            a <= start < b for a, b, _, _ in names.hardware)


def _named_after(view: str, names: Names, m: Mention, s1: int, lex: Lexicon) -> str | None:
    """`2.37% on VQA`, `64.5 on LongVideoBench`: a capitalized name right after the number
    (not a device), taken as the benchmark as written."""
    match = _ON_NAME.match(view, m.end)
    if not match or match.end(1) > s1 or not _benchmark_like(match.group(1), match.start(1),
                                                              names, lex):
        return None
    return names.text[match.start(1):_with_variant(view, match.end(1), lex)]


_NAME_PAREN = re.compile(r"(?:\bon|,|\band|\bincluding)" + SPACE + r"+(?:the" + SPACE + r"+)?"
                         r"([A-Z][\w.+^'-]*[\w+^])" + SPACE + r"*\([^()]{0,30}$")
_NEXT_ITEM = re.compile(SPACE + r"*," + SPACE + r"*(?:and" + SPACE + r"+)?[A-Z][\w.+^'-]*[\w+^]" +
                        SPACE + r"*\(")  # `, Futoshiki (`: the list goes on
# `on Sokoban (2.5% → 76.1%), Futoshiki (0.2% → 75.0%), and Sudoku (...)`: a list of names with
# results in parentheses that opens on `on` names benchmarks, even plain capitalized words
_ON_PAREN_LIST = re.compile(r"\bon" + SPACE + r"+(?:the" + SPACE + r"+)?[A-Z][\w.+^'-]*[\w+^]" +
                            SPACE + r"*\([^()]*\)(?:" + SPACE + r"*,(?:" + SPACE + r"*and)?" + SPACE +
                            r"*[A-Z][\w.+^'-]*[\w+^]" + SPACE + r"*\([^()]*\))*" + SPACE +
                            r"*,(?:" + SPACE + r"*and)?" + SPACE + r"*$")


# a name whose result sets it against others: `Prithvi-CAFE (IoU 83.41) outperforms`
_COMPARES = re.compile(SPACE + r"*(?:also" + SPACE + r"+)?(?:" + OUTDO + r"|match|rival|achiev|"
                       r"improv)\w*\b")
# a list of the methods compared: `compared to U-Net (60.14), ..., DOFA (59.15)`; not the
# benchmarks after `on`, `across`, `in`, `including`
_COMPARED_LIST = re.compile(r"\b(?:compared" + SPACE + r"+(?:to|with)|than|(?:" + OUTDO + r")\w*)" +
                            SPACE + r"+(?:(?!\b(?:on|across|in|including)\b)(?:[^.;]|\.(?=\d)))*$")
_PAIR_REST = re.compile(SPACE + r"*" + ARROW + SPACE + r"*[\d.]+%?")


def _pair_end(view: str, m: Mention) -> Mention:
    """The first level of an arrow pair as if it ended where the second does."""
    rest = _PAIR_REST.match(view, m.end)
    return replace(m, end=rest.end()) if rest else m


def _named_before(view: str, names: Names, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`results on Enwik8 (0.99 bpb), PG-19 (26.6 ppl), and ImageNet64 (3.16 bpb)`, `including
    DREAM-1K (BLEU 23.9 vs. 19.6)`: a benchmark-looking name in a list, with the number in
    parentheses after it."""
    match = _NAME_PAREN.search(view, max(s0, m.start - 70), m.start)
    close = view.find(")", m.end)
    plain = bool(match) and (
        (match.group().startswith("on") and close >= 0 and bool(_NEXT_ITEM.match(view, close + 1)))
        or bool(_ON_PAREN_LIST.search(view, max(s0, match.start(1) - 200), match.start(1))))
    if not match or not _benchmark_like(match.group(1), match.start(1), names, lex, plain) or (
            close >= 0 and (_ON_NAME.match(view, close + 1) or _COMPARES.match(view, close + 1))) \
            or _COMPARED_LIST.search(view, max(s0, match.start(1) - 80), match.start(1)):
        return None  # `including GPT-4o (51.3% vs. 45.2%) on MathVista`: the benchmark follows;
        # `Prithvi-CAFE (IoU 83.41) outperforms`, `compared to U-Net (60.14), DOFA (59.15)`:
        # models, compared
    return names.text[match.start(1):match.end(1)]


_NAME_WITH = re.compile(r"(?:[,;:]|\band|\bsuch" + SPACE + r"+as)" + SPACE + r"*([A-Z][\w.+^'-]*[\w+^])" +
                        SPACE + r"+with" + SPACE + r"+$")
_SUCH_AS_BENCHMARKS = re.compile(r"\b(?:benchmarks?|datasets?|tasks?)\b[^.;]{0,20}\bsuch" + SPACE + r"+as\b")


def _named_with(view: str, names: Names, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`such as CVQA with 57.4%, Babel-ImageNet with 50.2% and XM3600 with 64.3%`: a list item
    naming a benchmark-shaped name, then `with` and its score."""
    if (m.unit not in ("%", "pp") and m.family != "metric") or \
            not _SUCH_AS_BENCHMARKS.search(view, max(s0, m.start - 150), m.start):
        return None  # not `DPO with 10% of the data, KTO with 12%`: methods, settings
    found = _NAME_WITH.search(view, max(s0, m.start - 60), m.start)
    if not found or not _benchmark_like(found.group(1), found.start(1), names, lex):
        return None
    return names.text[found.start(1):found.end(1)]


def _labelled(view: str, names: Names, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`📊 BFCLv3 : 8B jumps 53.83 → 65.94 📊 τ²-bench : ... 39.03 Pass@1`: the name labelling
    the item the number is in, when it is a known benchmark, shaped like one, versioned or an
    acronym joined to a word; not past another benchmark (`AIME: 81.2% and GSM8K: 65.1%`)."""
    labels = list(_LABEL.finditer(view, max(s0, m.start - _LABEL_REACH), m.start))
    name = labels[-1].group(1).replace("\u00b2", "2") if labels else ""
    if not labels or any(labels[-1].end() <= d[0] < m.start for d in names.datasets) or \
            not _benchmark_like(name, labels[-1].start(1), names, lex, plain=True) or \
            not (lex.dataset_re.fullmatch(name) or BENCH_SHAPED.fullmatch(name) or
                 re.search(r"\d|^[A-Z]{2,}\w*-[A-Z]", name)):  # `BFCLv3`, `MCP-Universe`
        return None  # not `🔥 RL: improves accuracy by 12.1%`, `✅ MoE: 2.3x faster`
    return names.text[labels[-1].start(1):labels[-1].end(1)]


def _segment(view: str, m: Mention, s0: int, s1: int) -> tuple[int, int]:
    """The stretch of the sentence around the number between commas, `and`, `while`, ..."""
    left = [b.end() for b in _SEGMENT.finditer(view, s0, m.start)]
    right = _SEGMENT.search(view, m.end, s1)
    return (left[-1] if left else s0), (right.start() if right else s1)


# `(ImgEdit 3.38→3.75, GEdit 6.94→7.25)`: a list item, a name and the levels of its pair
_PAIR_LABEL = re.compile(r"(?:[(,;:]|\band)" + SPACE + r"*" + NAMED_PAIR)


_DATA_NOUN_AFTER = re.compile(SPACE + r"+" + _DATA_NOUN)
_JOINED_NAME = re.compile(SPACE + r"+and" + SPACE + r"+([A-Z][\w.+^'-]*[\w+^](?:" + SPACE +
                          r"[A-Z][\w.+^'-]*[\w+^])?)(?![\w-])")
_LISTED_BEFORE = re.compile(r",(?:" + SPACE + r"|\u2060)*$")  # `A, B and C`: a longer list
_LISTED_AFTER = re.compile(SPACE + r"*,?" + SPACE + r"*(?:and|or)\b|" + SPACE + r"*,(?!" + SPACE +
                           r"*(?:and|respectively)\b)" + SPACE + r"*[A-Z]")


def joined_pair(view: str, names: Names, name: str | None, s0: int, s1: int,
                lex: Lexicon) -> str | None:
    """`On MEAD and CREMA-D benchmarks, C-MET improves emotion accuracy by 14%`: a number read
    on a benchmark joined by `and` to a second one is read on both, named as written; not one
    item of a longer list, nor of a sentence that pairs names with numbers (`respectively`)."""
    inside = [d for d in names.datasets if s0 <= d[0] < s1]
    if not name or _RESPECTIVELY.match(view, s0) or [d[2] for d in inside].count(name) != 1:
        return name  # `on HumanML3D and MBench ... by 50% on HumanML3D`: named again, alone
    for start, end, surface in inside:
        second = _JOINED_NAME.match(view, end)
        if not second or second.end() > s1 or _LISTED_BEFORE.search(view, s0, start) or \
                _LISTED_AFTER.match(view, second.end()):
            continue
        known = [d[2] for d in inside if d[0] == second.start(1)]
        if (surface == name and (known or _DATA_NOUN_AFTER.match(view, second.end()))) or \
                name in known:  # `On ImageNet and COCO, ... 2x faster`: read on the second too;
            return names.text[start:second.end()]  # not `on the PILE and M2-BERT-base to`
    return name


_OTHER_DATA = re.compile(SPACE + r"*(?:on|for|in|across)" + SPACE + r"+(?:the" + SPACE + r"+)?(?:other|"
                         r"prior|previous|existing|earlier)" + SPACE + r"+(?:[\w-]+" + SPACE +
                         r"+)?(?:datasets|benchmarks)\b")


def dataset_for(view: str, names: Names, m: Mention, s0: int, s1: int, lex: Lexicon,
                kind: str | None = None) -> str | None:
    """The benchmark right after the number (`77.7% for PIQA`, `80.2% AndroidWorld,`), else
    (for a data size) the dataset whose introduction the number sizes (`X, a dataset of 15K
    sequences`), else the nearest in the number's clause, else the nearest in the sentence; none
    for a number read on others (`compared to only 10% for other datasets`)."""
    if _OTHER_DATA.match(view, m.end):
        return None
    reach = max(s0, m.start - _LABEL_REACH)
    label = (ARROW_LABEL.search(view, reach, m.start) or _PAIR_LABEL.search(view, reach, m.start)) \
        if m.rule == "arrow_score" else None
    if label and not lex.metric_re.fullmatch(label.group(1)) and \
            not _named_after(view, names, _pair_end(view, m), s1, lex) and \
            _benchmark_like(label.group(1), label.start(1), names, lex):
        return names.text[label.start(1):label.end(1)]  # `🚀 AndroidWorld 69.0 -> 81.9`, not
        # `📉 WER 12.4 → 8.1 on LibriSpeech`
    adjacent = [d for d in names.datasets if m.end <= d[0] < min(s1, m.end + 14)]
    if adjacent and _ADJACENT.match(view[m.end:adjacent[0][0]]):
        return adjacent[0][2]
    after = _NAME_NEXT.match(view, m.end) if m.unit in ("%", "pp") else None
    if after and _ITEM_END.match(view, after.end()) and \
            _benchmark_like(after.group(1), after.start(1), names, lex) and \
            (lex.dataset_re.fullmatch(after.group(1)) or not _mostly_upper(after.group(1))):
        return names.text[after.start(1):after.end(1)]  # `(8B: 80.2% AndroidWorld, 48.5% OSWorld)`
    for named, end, name in names.introductions if kind == "scale" and m.unit not in _OWN_SIZES \
            else ():
        if named < m.start <= end + _SIZED_WITHIN and s0 <= end and \
                not _SENTENCE_STOP.search(view, end, m.start):
            return name  # `X, a 900B-token corpus`, `X, a dataset ... with 3146 static actions`
    named = _named_after(view, names, m, s1, lex) or (None if m.unit in _OWN_SIZES else (
        _named_before(view, names, m, s0, lex) or _labelled(view, names, m, s0, lex) or
        _named_with(view, names, m, s0, lex)))
    # not `LLaDA2.0-mini (16B) and LLaDA2.0-flash (100B)`: a model, sized
    if named:
        return named
    if kind == "scale" and m.family == "count" and m.unit not in _OWN_SIZES:
        made = _released_name(view, names, m, s0, lex) or _data_subject(view, names, s0, lex)
        if made:
            return made  # `we introduce PAGE Bench, with 4,906 problems`
    found = _nearest(names.datasets, m, *_segment(view, m, s0, s1)) or \
        _topic(view, names, m, s0) or _nearest(names.datasets, m, s0, s1)
    return found[2] if found else None


_TOPIC_BEFORE = re.compile(r"(?:^|[:;,])\W*(?i:on|for|in|across)" + SPACE + r"+(?:the" + SPACE +
                           r"+)?$")
_TOPIC_AFTER = re.compile(SPACE + r"*(?:(?:dataset|benchmark)s?" + SPACE + r"*)?(?:(?:with|using|for)" +
                          SPACE + r"+(?:[^,;.]|\.\d){1,40})?,")  # also `On ManyICLBench with LLaMA-3.1-8B,`


def _topic(view: str, names: Names, m: Mention, s0: int):
    """`On Refer360, ... improved IoU by +3.4%, and on CAESAR-PRO by +4.99%`: the benchmark a
    clause opens on (`On X,`, `; on X,`) holds for a later number whose own clause names none,
    unless another benchmark comes between."""
    before = [d for d in names.datasets if s0 <= d[0] and d[1] <= m.start]
    last = before[-1] if before else None
    if last and _TOPIC_BEFORE.search(view[s0:last[0]]) and _TOPIC_AFTER.match(view, last[1]):
        return last
    return None


_ITEM = re.compile(r"[A-Z][\w.+^'-]*[\w+^](?:" + SPACE + r"[A-Z0-9][\w.+^'-]*[\w+^])*")
_LISTED = re.compile(r"\b(?:on|for|in|across)" + SPACE + r"+(?:the" + SPACE + r"+)?(" +
                     _ITEM.pattern + r"(?:(?:," + SPACE + r"*(?:and" + SPACE + r"+)?|" + SPACE +
                     r"+and" + SPACE + r"+)" + _ITEM.pattern + r")+)(" + SPACE +
                     r"+(?:datasets|benchmarks|domains|subsets|splits|environments))?," + SPACE +
                     r"*respectively")


def respectively(view: str, names: Names, mentions: list[Mention], s0: int, s1: int,
                 lex: Lexicon) -> dict[int, str]:
    """`44.1% and 30.5% on AC and CL, respectively`: pair numbers (by index) and datasets in
    order; a written list of names (`on Split CIFAR-100, Split CUB-200 and ..., respectively`)
    is taken as written for as many numbers right before it, and so are plain words that a
    noun calls data (`in the Airline and Retail domains, respectively`)."""
    if not mentions or "respectively" not in view[s0:s1]:
        return {}
    listed = _LISTED.search(view, mentions[0].end, s1)
    items = list(_ITEM.finditer(view, listed.start(1), listed.end(1))) if listed else []
    run = [i for i, m in enumerate(mentions) if listed and m.end <= listed.start()][-len(items):]
    if items and len(items) == len(run) and all(  # not `on A100, H100 and V100`, `for Llama-2
            _benchmark_like(x.group(), x.start(), names, lex, plain=bool(listed.group(2)))
            for x in items):  # and Mistral`
        return {i: names.text[x.start():x.end()] for i, x in zip(run, items)}
    after = [d for d in names.datasets if mentions[-1].end <= d[0] < s1]
    if len(after) >= len(mentions):
        return {i: d[2] for i, d in enumerate(after[:len(mentions)])}
    before = [d for d in names.datasets if s0 <= d[0] < mentions[0].start]
    ahead = [m for m in mentions if m.end <= view.find("respectively", mentions[0].end, s1)]
    # `(NORB, CIFAR10) and (MNIST), with error rates of 2.53%, 19.51%, 0.35%, respectively`; `on
    # GSM8K and MMLU, up to 97% and 99% of instances, respectively, ... using only half`: the
    # numbers before the word
    if not after and len(before) == len(ahead):
        return dict(enumerate(d[2] for d in before))
    return _run_before(view, names, mentions, s0) if not after else {}




def _run_before(view: str, names: Names, mentions: list[Mention], s0: int) -> dict[int, str]:
    """`achieves 81% ..., while it improves AIME 2024/2025 by +2.7% and +5.4% respectively`:
    the run of numbers joined by `and` that ends the sentence's list takes the datasets named
    between it and the number before it."""
    first = len(mentions) - 1
    while first and _RUN_JOIN.fullmatch(view, mentions[first - 1].end, mentions[first].start):
        first -= 1
    floor = mentions[first - 1].end if first else s0  # rule 15: never a name in an earlier sentence
    between = [d for d in names.datasets if floor <= d[0] < mentions[first].start]
    run = range(first, len(mentions))
    if len(between) != len(run) or len(run) < 2 or \
            re.search(r"\band\b", view[between[-1][1]:mentions[first].start]):
        return {}  # `on MMLU and GSM8K, improves latency and memory by 35% and 42%`: the run
        # pairs with the metrics named after the datasets
    return {i: d[2] for i, d in zip(run, between)}


_COORDINATED = re.compile(SPACE + r"*(?:,|and|,\s*and)" + SPACE + r"*")
_RUN_JOIN = re.compile(_COORDINATED.pattern + r"[-+−]?")  # `+2.7% and +5.4%`: a sign may follow
_COORDINATED_DATA = re.compile(SPACE + r"*(?:(?:benchmark|dataset|suite|simulation|environment|"
                               r"split)s?)?" + _COORDINATED.pattern)  # `X benchmark and Y simulation`


def _coordinated(view: str, spans: list[tuple[int, int]]) -> bool:
    """Each span follows the last with only `,` or `and` between: `A and B`, `1.2, 3.4 and 5.6`."""
    return all(_COORDINATED.fullmatch(view, a[1], b[0]) for a, b in zip(spans, spans[1:]))


_NUMBER_JOIN = re.compile(_RUN_JOIN.pattern + r"|" + SPACE + r"*/" + SPACE + r"*[-+−]?")


def listed_numbers(view: str, mentions: list[Mention]) -> set[int]:
    """Indexes of the numbers written as a list with a neighbour (`73.1% and 58.7%`, `+20.2 /
    +17.1 points`): a list that pairs with names, never one number read on several."""
    return {k for i, (a, b) in enumerate(zip(mentions, mentions[1:]))
            if _NUMBER_JOIN.fullmatch(view, a.end, b.start) for k in (i, i + 1)}


# `Pretrained on ImageNet-21K and LAION`, `Using the FineWeb-Edu and DCLM datasets`: data learned
# from, listed before the results, which it does not own (rule 15: what a number is measured on)
_TRAINED_ON = re.compile(r"\b(?:(?:pre-?)?train\w*|fine-?tun\w*|distill\w*|using|mix\w*)" + SPACE +
                         r"+(?:(?:on|of|with)" + SPACE + r"+)?(?:the" + SPACE + r"+)?$", re.I)


def _list_beside(view: str, listed: list, mentions: list[Mention], s0: int) -> list:
    """Of a sentence's names that are no single list, the run of them beside its numbers: right
    after them (`by 2.1% and 3.4% on ADE20K and Cityscapes`), else before them (`on the X
    benchmark and Y simulation ... by 5% and 8.3%, surpassing A and B`), unless that is data
    learned from (`Pretrained on X and Y`); [] when neither."""
    after = [d for d in listed if d[0] >= mentions[0].start]
    if after:
        last = max((m.end for m in mentions if m.end <= after[0][0]), default=0)
        if _ADJACENT.fullmatch(view, last, after[0][0]):
            return after
    before = [d for d in listed if d[1] <= mentions[0].start]
    if not before or _TRAINED_ON.search(view, max(s0, before[0][0] - 40), before[0][0]):
        return []
    return before


def paired_in_order(view: str, names: Names, mentions: list[Mention], s0: int,
                    s1: int) -> dict[int, str]:
    """`on CMM and AVHBench ... (7.8% and 2.0% improvements for X, 8.7% and 4.7% for Y)`: with
    the sentence's datasets written as one list of k names (or a list beside the numbers, see
    `_list_beside`), each run of exactly k numbers joined by `and` (same unit) takes them in
    order, as `respectively` would."""
    listed = [d for d in names.datasets if s0 <= d[0] < s1]
    if (len(listed) < 2 or not _coordinated(view, [d[:2] for d in listed])) and mentions:
        listed = _list_beside(view, listed, mentions, s0)
        if len(listed) < 2 or not all(_COORDINATED_DATA.fullmatch(view, a[1], b[0])
                                      for a, b in zip(listed, listed[1:])):
            return {}
    k, spans, pairs = len(listed), [(m.start, m.end) for m in mentions], {}
    for i in range(len(mentions) - k + 1):
        joined_before = i > 0 and _coordinated(view, [spans[i - 1], spans[i]])
        joined_after = i + k < len(spans) and _coordinated(view, [spans[i + k - 1], spans[i + k]])
        if not joined_before and not joined_after and _coordinated(view, spans[i:i + k]) \
                and _results_run(view, mentions[i:i + k], s0):
            pairs.update({i + j: listed[j][2] for j in range(k)})
    return pairs


_TWO_THINGS_BY = re.compile(r"\b[a-z]+" + SPACE + r"+and" + SPACE + r"+[a-z]+" + SPACE + r"+by" +
                            SPACE + r"*$")  # `reduces latency and memory by 30% and 40%`


def _results_run(view: str, run: list[Mention], s0: int) -> bool:
    """Scores or changes of one unit that vary by benchmark: not sizes, device counts, fractions
    (`25% and 50% of the labels`) or two metrics changed at once."""
    return len({m.unit for m in run}) == 1 and run[0].family in MEASURED_FAMILIES \
        and not _OF.match(view, run[-1].end) \
        and not _TWO_THINGS_BY.search(view, max(s0, run[0].start - 40), run[0].start)


def respective_hardware(names: Names, mentions: list[Mention], view: str, s0: int, s1: int):
    """`2.8x, 3.3x and 2.4x faster on GPU, CPU and ARM processors, respectively`: the
    numbers before `respectively` paired in order with the devices listed between them and
    it, as {mention index: device}."""
    end = view.find("respectively", s0, s1)
    if end < 0:
        return _both_devices(names, mentions, view, s0, s1)
    before = [i for i, m in enumerate(mentions) if m.end <= end]
    if len(before) < 2:
        return {}
    listed = [h[2] for h in names.hardware if mentions[before[-1]].end <= h[0] < end]
    return dict(zip(before, listed)) if len(listed) == len(before) else {}


_BOTH_AND = re.compile(r"\bboth" + SPACE + r"+$")
AND_GAP = re.compile(SPACE + r"+and" + SPACE + r"+")  # `A and B`: two items joined


def _both_devices(names: Names, mentions: list[Mention], view: str, s0: int, s1: int):
    """`up to 4.86x and 2.18x speedup on both NVIDIA and AMD GPUs`: two numbers in one unit
    joined by `and`, then `both` two devices, pair in order."""
    devices = [h for h in names.hardware if s0 <= h[0] < s1]
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if not AND_GAP.fullmatch(view, first.end, second.start) or first.unit != second.unit:
            continue  # not `30 fps and 12 W on both Jetson Orin and Jetson Xavier`: which is whose
        after = [h for h in devices if h[0] >= second.end]
        if len(after) >= 2 and _BOTH_AND.search(view, second.end, after[0][0]) and \
                AND_GAP.fullmatch(view, after[0][1], after[1][0]):
            return {i: after[0][2], i + 1: after[1][2]}
    return {}


_ON_DEVICE = re.compile(r"(?:" + SPACE + r"+(?:faster|slower|quicker|cheaper|speedups?|higher|"
                        r"lower|less|more))?" + SPACE + r"+(?:on|with|using)" + SPACE +
                        r"+(?:(?:an?|the|one|a" + SPACE + r"+single)" + SPACE + r"+)?")  # also
# `70% faster on TPUs`


# a generic device that ends its phrase: `70% faster on TPUs.`, not `faster with CPU offloading`,
# `with CPU-side prefetching`
_DEVICE_ENDS = re.compile(r"s?(?![\w-])(?!" + SPACE + r"+(?!(?:and|or|than|at|for|while|with|in)\b)[a-z])")


def hardware_for(names: Names, m: Mention, s0: int, s1: int, specific_only=False) -> str | None:
    """A named device in the sentence, specific names before generic CPU/GPU (with
    `specific_only`, never a generic one)."""
    specific = [h for h in names.hardware if not h[3]]
    named = _nearest(specific, m, s0, s1)
    right = [h for h in (specific if specific_only or named else names.hardware)
             if m.end <= h[0] < s1 and _ON_DEVICE.fullmatch(names.text, m.end, h[0])
             and (not h[3] or _DEVICE_ENDS.match(names.text, h[1]))]
    found = (right[0] if right else None) or named or (
        None if specific_only else _nearest(names.hardware, m, s0, s1))
    return found[2] if found else None  # `x17.8 on H100, x19.0 on RTX 3090`: each its own;
    # `80% faster on GPUs and 70% faster on TPUs`: with no named device, the generic one right
    # after (not `on a single GPU (an A100 80GB)`: the A100)


SCORES = frozenset({"score"})  # pseudo-family: metrics that are not a cost or a size


def _fitting(lex: Lexicon, names, families) -> list[str]:
    """Metric names, keeping only those measured in one of `families` when given (SCORES:
    those with no physical family, i.e. quality metrics)."""
    if families is None:
        return [n for n in names if n]
    if families is SCORES:
        return [n for n in names if n and not lex.metric_families.get(n)]
    return [n for n in names if lex.metric_families.get(n, frozenset()) & families]


def right_metric(view: str, m: Mention, s1: int, lex: Lexicon, families=None) -> str | None:
    """The first metric named right after the number, before the clause goes on."""
    stop = _STOP_RIGHT.search(view, m.end, s1)
    window = view[m.end:stop.start() if stop else s1]
    words = re.match(r"(?:\W*[\w'-]+(?:@[\w.]+)?){0,5}", window).group()  # `NDCG@10` is one
    names = _fitting(lex, (metric_name(lex, x.group(1)) for x in lex.metric_re.finditer(words)),
                     families)
    return names[0] if names else None


def _left_metric(view: str, m: Mention, s0: int, lex: Lexicon, families=None) -> str | None:
    """The last metric named before the number in its sentence (within `REACH` characters)."""
    names = _fitting(lex, (metric_name(lex, x.group(1)) for x in lex.metric_re.finditer(
        view, max(s0, m.start - REACH), m.start)), families)
    return names[-1] if names else None


def _elided_verb(view: str, s0: int, match: re.Match, lex: Lexicon) -> bool:
    """`match` (`and Y by`) follows an item `<change verb> X by N` whose own metric is X: the
    verb is left out, not replaced (`and outperforms prior work by`)."""
    verbs = list(_CHANGE_VERB_RE.finditer(view, s0, match.start()))
    return bool(verbs) and bool(_BY_ITEM_BEFORE.search(view, verbs[-1].end(), match.start())) \
        and not lex.metric_re.search(view, verbs[-1].end(), match.start()) \
        and not _VERB_IN_PHRASE.search(match.group(1))


def _phrase(view: str, m: Mention, s0: int, lex: Lexicon, levels_only: bool = False) -> str | None:
    """`reducing the overall decoding complexity by 80 %`: the object of the change verb;
    `improving Effective Safety Rate (ESR) by approximately 10%`: its abbreviation;
    `improving OOD risk detection by 52.6% and OOD risk description by 64.8%`: the object of
    a verb the second item leaves out (not when the first named its metric: `PPG classification
    by 8.2 AUROC points, PCG murmur detection by 18.8 points` are tasks). With `levels_only`,
    only the object whose levels follow `from` (`reducing review time from 7 weeks to 20 hours`)."""
    for pattern in ((_PHRASE,) if levels_only else (_PHRASE, _ABBREVIATED_BY, _PHRASE_WHERE,
                                                       _ELIDED)):
        matches = list(pattern.finditer(view, s0, m.start))
        if not matches or (pattern is _ELIDED and not _elided_verb(view, s0, matches[-1], lex)):
            continue
        gap = view[matches[-1].end():m.start].split()
        levels = matches[-1].group().endswith("from")
        if levels_only and not levels:
            return None
        words = matches[-1].group(1).split()
        if words[-1].isupper() and (not _measure_acronym(view, words[-1], lex) or
                                    _BEFORE_NAME.search(matches[-1].group(1))):
            continue  # `boosts BERT by`, `improves SOTA by`: a model, a task, a benchmark; `higher
            # than NCFM by`, `improves accuracy on SQA by`: what is compared or measured on
        if words[-1].isupper():  # `improving recommendation CTR by`: the acronym names it, with
            while words[0].islower():  # the acronyms before it (`ATE RMSE`)
                words.pop(0)
        if len(" ".join(gap)) <= 10 or all(w in lex.bound_words for w in gap) or (
                levels and (_PAIR_GAP.fullmatch(" ".join(gap)) or _LISTS_GAP.fullmatch(" ".join(gap)))):
            return metric_phrase(" ".join(words), lex)
    return None


_BEFORE_NAME = re.compile(r"\b(?:than|over|versus|vs|against|on|of|in|across|upon|for|at|with|"
                          r"to|from)\b")
_MEASURE_WORDS = r"(?:rate|ratio|score|accuracy|error|precision|recall|time|latency|throughput|" \
    r"utili[sz]ation|loss|distance|similarity|coefficient|index|length|cost|value|token)s?"


def _measure_acronym(view: str, word: str, lex: Lexicon) -> bool:
    """An acronym the gazetteer knows as a metric, or one the abstract spells out as a measure
    (`Concept Reproduction Rate (CRR)`, `time-to-first-token (TTFT)`); not a task, model or
    method (`SOTA`, `QA`, `BERT`, `automatic speech recognition (ASR)`)."""
    return bool(metric_name(lex, word)) or bool(re.search(
        r"\b" + _MEASURE_WORDS + SPACE + r"*\(" + re.escape(word) + r"\)", view, re.I))


_CHANGE_NOUN = r"(?:" + "|".join(CHANGE_NOUNS) + r")s?"
_WORD = r"(?!(?:compared|versus|vs|than|when|while|with|without|respectively)\b)[a-z][a-z-]+"
_WORD_OR_ACRONYM = (r"(?:" + _WORD + r"|[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)*(?![\w-]))")  # `37.7% ASR
# reduction`, `7.9% R-Sum improvement`; not a CamelCase model (`a 12% LLaVA improvement`)
_TITLE_WORD = r"(?:" + _WORD + r"|[A-Z][a-z]+)"  # `+46.1% improvement in Generation Quality`
_IN_WHAT = (r"+(?:(?:the|its|their)" + SPACE + r"+)?((?:(?:" + _TITLE_WORD + r"|[A-Za-z][a-z]*-\d+)" + SPACE +
            r"+){0,2}(?:" + _TITLE_WORD + r"|[A-Z]+-[A-Z][a-z]+|[A-Z]+@\d+))(?![\w-])(?=" +
            _PHRASE_END.pattern + ")")  # the measure a change is in
_CHANGE_IN = re.compile(SPACE + r"*(?:(?:relative|absolute|average)" + SPACE + r"+)?" + _CHANGE_NOUN +
                        SPACE + r"+(?:in|of|w\.r\.t\.?|with" + SPACE +
                        r"+respect" + SPACE + r"+to)" + SPACE + _IN_WHAT)  # also `+11.56%
# improvement in LLM-Match`, `improvement w.r.t. NDCG@10`; not `in RAG` (a task)
_BY_IN = re.compile(SPACE + r"+in" + SPACE + _IN_WHAT)  # `improves over X by 5.9% in physical realism`
_CHANGED_BY = re.compile(SPACE + r"*((?:" + _WORD_OR_ACRONYM + SPACE + r"+){0,2}" +
                         _WORD_OR_ACRONYM + ")" + SPACE + r"+" + _CHANGE_NOUN + r"(?![\w-])")
_COMPARED = re.compile(SPACE + r"*(?:more|less|fewer|higher|lower|better|greater)" + SPACE + r"+" +
                       r"((?:" + _WORD_OR_ACRONYM + SPACE + r"+){0,2}" + _WORD + r")(?![\w-])(?=" +
                       _PHRASE_END.pattern + ")")  # `60% less GPU usage`
_CHANGE_OF = re.compile(r"\b([a-z][a-z-]+(?<!ing))" + SPACE + r"+(?:" +
                        _CHANGE_NOUN + r"|speedups?)" + SPACE + r"+of" + SPACE + r"*$")
_EFFICIENT = re.compile(r"^([a-z]+)-efficient$")
_PLURAL_HEAD = re.compile(r"\b(rate|score|error|ratio|length|cost|speed|time)s$")
_MODIFIERS = re.compile(r"^(?:(?:average|overall|total|mean|relative|absolute|final)" + SPACE + r"+)+")


def metric_phrase(phrase: str, lex: Lexicon) -> str | None:
    """A metric phrase without generic modifiers (`overall decoding complexity`), canonical when
    the gazetteer knows it (`mean score`) or its head (`first-token latency`: latency); None
    when a word shows it is no metric (`the model`)."""
    written = _MODIFIERS.sub("", phrase.replace("\u2060", " "))
    if known := metric_name(lex, phrase.replace("\u2060", " ")) or metric_name(lex, written):
        return known  # `ASR` as written: an acronym's case matters
    phrase = written.lower()
    phrase = _EFFICIENT.sub(r"\1 efficiency", phrase)  # `more memory-efficient`
    words = phrase.split()
    if not words or any(w in lex.stopwords["not_metric_words"] for w in words):
        return None
    heads = (metric_name(lex, " ".join(words[i:])) for i in range(len(words)))
    head = next((name for name in heads if name), None)
    whole = metric_name(lex, phrase) or metric_name(lex, phrase + " rate")  # `attack success`
    if whole or (head and head not in lex.generic_metrics):
        return whole or head
    counted = lex.units.get(phrase)
    if counted and counted.family == "count" and counted.unit.lower() == phrase.rstrip("s") + "s":
        return counted.unit  # `57% token reduction`: what is counted, in the plural
    return _singular(written if NAME_LIKE.search(written) else phrase)  # `ESR`, not `esr`


def _singular(phrase: str) -> str:
    """`harmful rates` -> `harmful rate`: a metric is named in the singular."""
    return _PLURAL_HEAD.sub(r"\1", phrase)


_ONE_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _changed(view: str, m: Mention, s1: int, lex: Lexicon,
             patterns=(_CHANGE_IN, _CHANGED_BY, _COMPARED)) -> str | None:
    """`an 11.3% reduction in reasoning length`, `a 16% average performance improvement`,
    `70% more compression`: what the change noun or comparative after the number changes (with
    `_BY_IN`, the measure a change `by` is in: `by 5.9% in physical realism`)."""
    for pattern in patterns:
        match = pattern.match(view, m.end, s1)
        if match and _ONE_TITLE_WORD.fullmatch(match.group(1)) and \
                not _MEASURE_OR_ACT.search(match.group(1)):
            return None  # `a 12% improvement in Chinese`: a language or a name, no measure
        if match and not lex.dataset_re.search(match.group(1)):  # not `a 3.1% COCO improvement`
            known = metric_name(lex, match.group(1).replace("\u2060", " "))
            return known or metric_phrase(_head_words(match.group(1), lex)
                                           if pattern in (_CHANGE_IN, _BY_IN) else match.group(1), lex)
    return None


def _head_words(phrase: str, lex: Lexicon) -> str:
    """`user-rated agent usefulness` -> `usefulness`: the words after the last one that names
    no metric (a change's object ends in what it measures; `model size`, a known metric, is
    looked up whole first)."""
    words = phrase.replace("\u2060", " ").split()
    stop = lex.stopwords["not_metric_words"]
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in stop), default=0)
    return " ".join(words[cut:])


# verbs that report a change (`show improvements of`), not nouns (`score`, `maintainability`)
_REPORTED_BY = re.compile(r"(?:show|exhibit|deliver|demonstrate|reveal|report|yield|achieve|obtain|"
                          r"attain|indicate|bring|offer|provide)(?:s|ed|n)?")


def _change_of(view: str, m: Mention, lex: Lexicon) -> str | None:
    """`iteration reductions of up to 2x`: the noun before the change noun."""
    before = _CHANGE_OF.search(strip_bound(view[max(0, m.start - 60):m.start], lex))
    if not before or _REPORTED_BY.fullmatch(before.group(1)) or _VERB_IN_PHRASE.fullmatch(before.group(1)):
        return None  # `VisCog-Bench show improvements of 15%`: a verb, no measure
    return metric_phrase(before.group(1), lex)


_DENOISING = re.compile(r"\b(?:diffusion|denois\w*|sampl(?:ing|er)\b|distill\w*|flow" + SPACE +
                        r"+matching|consistency" + SPACE + r"+models?|DDIM|DDPM|ODE)\b", re.I)
_GENERATOR_AFTER = re.compile(SPACE + r"+(?:[\w-]+" + SPACE + r"+)?generators?\b")  # `a 4-step generator`


_DECODING = re.compile(r"\bdecod(?:e|es|ed|ing)\b", re.I)
# `only 510 RL steps`, `reinforcement learning (RL) spanning nearly 1,000 steps`, `1,000 steps of
# fine-tuning`: a training run's steps (not `the trained model contains 8 steps`, `after
# fine-tuning, the agent solves the task in 12 steps`)
_TRAINED = r"(?<![-\w])(?:RL|(?:pre-?|post-?)?train(?:ing|s)?|fine-?tun(?:e|es|ing)|" \
    r"reinforcement" + SPACE + r"+learning)\b"
_TRAINING_BEFORE = re.compile(_TRAINED + r"(?:[^.;,]|[.,](?=\d)){0,40}$", re.I)
_TRAINING_AFTER = re.compile(SPACE + r"+(?:of|for)" + SPACE + r"+" + _TRAINED, re.I)
_STEPS_REACH = (120, 30)  # characters before and after the steps where a sampler is named: `a
# four-step distilled denoiser`, not `the planner converges within 50 steps, and we distill it`


def _steps_of(view: str, m: Mention, s0: int, s1: int) -> str | None:
    """Steps no metric word names: a diffusion sampler's (`a four-step distilled denoiser`,
    `only one step` of a diffusion model, `a 4-step generator`) are `denoising steps`, a
    decoder's `decoding steps`, a training run's `training steps`, others plain `steps`."""
    if m.unit != "steps":
        return None
    window = (max(s0, m.start - _STEPS_REACH[0]), min(s1, m.end + _STEPS_REACH[1]))
    if _DENOISING.search(view, *window) or _GENERATOR_AFTER.match(view, m.end):
        return "denoising steps"
    if _DECODING.search(view, *window):
        return "decoding steps"  # `decode all remaining tokens in one step`
    trained = _TRAINING_BEFORE.search(view, max(s0, m.start - 60), m.end) or \
        _TRAINING_AFTER.match(view, m.end)
    return "training steps" if trained else "steps"


# `128K-token contexts`, `4K-token sequences`, `sequences of up to 4 million tokens`
_CONTEXT_AFTER = re.compile(SPACE + r"+(?:contexts?|sequences?|inputs?|(?:context" + SPACE +
                            r"+)?windows?)\b", re.I)
_CONTEXT_BEFORE = re.compile(r"\b(?:sequences?|contexts?|inputs?)" + SPACE + r"+(?:of|up" + SPACE +
                             r"+to|with)" + SPACE + r"+(?:(?:up" + SPACE + r"+to|over|more" + SPACE +
                             r"+than)" + SPACE + r"+)?$", re.I)
_GENERATED = re.compile(r"\b(?:generat|produc|output|emit|decod)\w*|\b(?:visual|image|video)" + SPACE +
                        r"+(?:inputs?|tokens?)\b", re.I)
_TRAINING_TOKENS = re.compile(r"\b(?:pre-?)?training\b", re.I)


_TRAINING_RUN = re.compile(r"\btrain", re.I)  # a sentence about training (`trained in 2 days`)
# pretraining or fine-tuning as a verb or a noun anywhere in the sentence, not as an adjective (`a
# pretrained VAE`, `our fine-tuned detector runs in 12 ms`); in the number's own clause, also
# `Pretrained in` and a convergence that is not a solver's or sampler's (`the ADMM solver
# converges within 2 minutes`)
_TRAINING_VERB = re.compile(r"(?<![a-z])(?:pre-?train(?:ing|s)?|fine-?tun(?:ing|es?))\b", re.I)
_TRAINING_RUN_CLAUSE = re.compile(r"(?<![a-z])(?:pre-?trained|fine-?tuned)(?=" + SPACE +
                                  r"+(?:in|within|for|on|using|with|from|under)\b)|\bconverg", re.I)
_NOT_TRAINING = re.compile(r"\b(?:solvers?|samplers?|sampling|algorithms?|optimi[sz]ation|inference|"
                           r"decoding|iterations?|per" + SPACE + r"+(?:frame|image|scene|query|sample))\b",
                           re.I)
_RUN_CUT = re.compile(r"[,;:]|\b(?:and|while|whereas|but)\b")


def _training_clause(view: str, m: Mention, s0: int, s1: int) -> bool:
    """The number's own clause pretrains, fine-tunes or converges a model (`Pretrained in just
    200 H100 GPU hours`), not a solver, a sampler or an inference pass."""
    before = view[s0:m.start]
    cuts = list(_RUN_CUT.finditer(before))
    before = before[cuts[-1].end():] if cuts else before
    after = view[m.end:s1]
    stop = _RUN_CUT.search(after)
    clause = before + " " + (after[:stop.start()] if stop else after)
    return bool(_TRAINING_VERB.search(view, s0, s1) or _TRAINING_RUN_CLAUSE.search(clause)) and \
        not _NOT_TRAINING.search(clause)  # `We pretrain X ..., in 166 hours`


# `pre-trained Nemotron 3 Ultra on 20 trillion text tokens`, `from scratch on 18T tokens`
_TRAINED_ON = re.compile(r"(?:(?<![a-z])(?:pre-?)?train(?:ed|ing)?\b|\bfrom" + SPACE + r"+scratch)"
                         r"(?:(?!\b(?:and|or|but|then|that|which|who|while|to|it|them|[a-z]+ed|"
                         r"evaluat\w*|test\w*)\b)(?:[^.;,]|[.,](?=\d))){0,50}\bon" + SPACE + r"+$",
                         re.I)  # not `trained on English and tested on 50K tokens`


def _token_metric(view: str, m: Mention, s0: int) -> str | None:
    """Tokens that measure a context (`128K-token contexts`) or a training run (`2 trillion
    training tokens`, `pretrained from scratch on 1.5T tokens`)."""
    if _TRAINING_TOKENS.search(view, m.start, m.end) or \
            _TRAINED_ON.search(view, max(s0, m.start - 80), m.start):
        return "training tokens"
    if _GENERATED.search(view, max(s0, m.start - 40), m.start):
        return None  # `generates sequences of 2,048 tokens`, `visual inputs of 576 tokens`
    if (view[m.end - 5:m.end] == "token" and _CONTEXT_AFTER.match(view, m.end)) or \
            _CONTEXT_BEFORE.search(view, max(s0, m.start - 30), m.start):
        return "context length"
    return None


def metric_for(view: str, m: Mention, kind: str, hint: str | None, item: str | None, s0: int,
               s1: int, lex: Lexicon) -> str | None:
    """What the number measures: its metric word, the cue, or the nearest metric in the clause
    (`item`: the number's `item_metric`, which the caller has already read)."""
    if m.family == "metric":  # `lowers the final training loss from 1.776 to 1.758`: the object
        return m.metric or _phrase(view, m, s0, lex) or (  # `majority voting peaks at 42`
            _subject(view, m, s0, lex) if m.rule == "reached_level" else None) or \
            _left_metric(view, m, s0, lex, SCORES)
    if m.family == "count" and m.metric:
        return m.metric  # `a 13B-parameter model` measures parameters, whatever is near
    if m.rule == "number_word_fraction":
        of_what = _noun_after(view, m, lex)  # `half of the refinement steps`: what it is a share of
        return metric_phrase(of_what, lex) if of_what else None
    if kind in ("efficiency", "scale") and m.family != "%":
        if m.family == "time" and kind == "efficiency" and (
                _TRAINING_RUN.search(view, s0, s1) or _training_clause(view, m, s0, s1)):
            return "training time"  # also `Pretrained in just 200 H100 GPU hours`, `converges in
            # just 12 hours`
        if m.unit == "tokens" and (token_metric := _token_metric(view, m, s0)):
            return token_metric
        family = frozenset({m.family})
        inner = _fitting(lex, (metric_name(lex, x.group(1))  # `1M context length`
                               for x in lex.metric_re.finditer(view, m.start, m.end)), family)
        right = right_metric(view, m, s1, lex, family) if m.family in ("bytes", "count") else None
        found = (inner[0] if inner else None) or right or (
            None if m.rule == "count_noun" else _left_metric(view, m, s0, lex, family))  # not
        # `128K context length and up to 100 tool calling turns`: a counted noun is its own
        if found == "parameters" and m.unit not in ("parameters", "models"):
            found = None  # `7 billion parameters and 2 trillion training tokens`
        if m.family in ("time", "bytes") and kind == "scale":
            return found  # `episodes lasting up to 12 minutes`, `27.3GB of data`: how long data
            # runs or how much there is, no latency or memory
        return found or m.metric or _phrase(view, m, s0, lex, levels_only=True) or \
            _steps_of(view, m, s0, s1)
    if m.family in ("time", "frame rate") and kind == "change":
        return hint or m.metric  # `12 ms faster`: a speedup (rule 5), `12 ms less`: latency
    if OF_THE_TIME.match(view, m.end):
        return hint  # `97% of the time` is a rate of what the sentence says, not of time
    named = [lex.metric_after_re.match(view, gap.end()) for gap in
             (_NEXT_TO.match(view, m.end), _NEXT_TO_THE.match(view, m.end)) if gap]
    names = [metric_name(lex, found.group(1)) for found in named
             if found and _PHRASE_END.match(view, found.end())]  # not `3x memory bound speed`
    if kind == "ratio" and any(names):
        return next(name for name in names if name)  # `half the size`, `2x throughput`
    verb_object = _noun_after(view, m, lex) if RATIO_VERB.fullmatch(view, m.start, m.end) else None
    if verb_object and (found := metric_phrase(verb_object, lex)):
        return found  # `while halving visual tokens`: what the verb halves, not a metric to its left
    if kind == "ratio" and _SIZE_WORD.match(view, m.end):
        return "model size"  # `a model 20x smaller`, `more than 60 times smaller`
    if hint:
        return hint
    inner = _fitting(lex, (metric_name(lex, x.group(1))
                           for x in lex.metric_re.finditer(view, m.start, m.end)), None)
    if inner:
        return inner[0]  # `6.22 accuracy points`
    scores = SCORES if kind == "score" or m.unit == "pp" else None
    if item:
        return item
    if kind == "score" and m.unit == "%" and item_share(view, m.end):
        return None  # `physicians accepted 96.5% of extractions`: a rate the text leaves unnamed
    of_what = _noun_after(view, m, lex) if m.unit == "%" and _OF.match(view, m.end) and \
        not WITHIN.search(view, max(s0, m.start - 20), m.start) else None  # not `within 2% of
    # floating point networks`: the reference a gap is measured to
    if of_what:
        return metric_phrase(of_what, lex)  # `prune 95% of visual tokens`
    right = right_metric(view, m, s1, lex, scores)
    if kind == "scale":
        model = "parameters" if re.match(r"\W*(?:of\W+)?(?!(?:for|on|in|across|with|among)\b)"
                                         r"(?:\w+\W+){0,3}model", view[m.end:s1]) else None
        # `compresses to 40% of the model`; not `reduces hallucination to 0.0% for encoder models`
        noun = _noun_after(view, m, lex)
        if m.unit == "%" and not (any(names) or model or noun):
            return _left_metric(view, m, s0, lex) or right  # `compresses ResNet-20 to 40.3%`
        return right or model or noun
    changed = _changed(view, m, s1, lex) if kind in ("change", "ratio") else None
    adjacent = next((name for name in names if name), None)  # `by 1.0%-2.5% mIoU`
    if after_by(view, s0, m.start, lex):  # `decrease memory overhead by 86%`
        return adjacent or changed or _phrase(view, m, s0, lex) or \
            _left_metric(view, m, s0, lex, scores) or right
    found = changed or right or (_change_of(view, m, lex) if kind == "change" else None)
    if found:
        return found
    named_after = _noun_after(view, m, lex) if m.unit in ("%", "x") else None  # `95.5% weak
    # scaling efficiency`, `6.2x sample efficiency` name their own measure, before a metric
    # further left (`mixed precision`)
    return (named_after if kind in ("score", "ratio") and _MEASURE_HEAD.search(named_after or "")
            else None) \
        or (_measure_of(view, m, s0, lex) if kind == "score" else None) \
        or _left_metric(view, m, s0, lex, scores) or _phrase(view, m, s0, lex) or \
        named_after or (_subject(view, m, s0, lex) if m.unit == "%" and not WITHIN.search(
            view, max(s0, m.start - 20), m.start) else None) or \
        (_pooled_score(view, m, s0) if kind == "score" else None)


# `a high usability rate of 88.55%`, `a sensitivity of 68.31%`, `EtF1 of 43.65%`: a measure's
# name right before `of` (or `near`, `=`, `:`) and the number
_MEASURE_OF = re.compile(r"(?<![\w@'\u2019-])((?:(?:[a-z][a-z-]*|[A-Z]{2,})" + SPACE + r"+){0,2}[a-z][a-z-]*|"
                         r"[A-Z][A-Za-z]*[A-Z0-9][\w@-]*)" + SPACE + r"+(?:of|near|=|:|\()" + SPACE +
                         r"*$")  # also `lower CPU utilization (9.5% vs. 23.2%)`


def _measure_of(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """The measure named right before a score (`usability rate of 88.55%`, `CPU utilization
    (9.5%`): a phrase headed by a measure noun, or an acronym shaped as a metric's (`EtF1`);
    never a generic head (`an overall score of 67.0%`) or one after a known metric (`SPIDEr
    score of 44.1%`), which leave the metric to the one named further left."""
    left = strip_bound(view[max(s0, m.start - 60):m.start], lex)
    found = _MEASURE_OF.search(left)
    if not found or lex.metric_re.search(left, max(0, found.start() - 30), found.start()) and \
            not found.group(1)[0].isupper():
        return None
    name = found.group(1)
    if lex.dataset_re.search(name):
        return None
    if name[0].isupper():  # not `an HLE of 25.3%`: a benchmark's acronym
        return metric_name(lex, name) or (name if _METRIC_ACRONYM.search(name) else None)
    words = _singular(name).split()
    while len(words) > 1 and (words[0] in lex.stopwords["not_metric_words"] or
                              words[0] in _LEADING_WORDS or _REPORTING.match(words[0]) or
                              _VERB_IN_PHRASE.fullmatch(words[0])):
        words.pop(0)  # `achieves state-of-the-art scores`, `a high usability rate`, `reduces GPU
        # utilization (45.2%)`: the head
    found = metric_phrase(" ".join(words), lex) if _MEASURE_HEAD.search(words[-1]) else None
    return None if found in ("score", "rate") or found in lex.generic_metrics else found


# `an overall score of 67.0%`, `a VBench-I2V total score of 87.32%`: a pooled score, named so
# only when nothing more specific is
_POOLED_SCORE_OF = re.compile(r"\b(?:(overall|total|average|mean|composite)" + SPACE + r"+)?(scores?)" +
                              SPACE + r"+(?:of|near|=|:)" + SPACE + r"*$", re.I)


def _pooled_score(view: str, m: Mention, s0: int) -> str | None:
    """`overall score` for `an overall score of 67.0%`, `score` for `a score of 54.2%`, when no
    other metric names the score."""
    found = _POOLED_SCORE_OF.search(view, max(s0, m.start - 40), m.start)
    if not found:
        return None
    return f"{found.group(1).lower()} score" if found.group(1) else "score"


_LEADING_WORDS = frozenset({"a", "an", "the", "its", "their", "our", "high", "low", "higher", "lower"})
_REPORTING = re.compile(SCORE_VERB.pattern + r"$|(?:deliver|show|exhibit|maintain|get|got)\w*$|"
                        r"state-of-the-art$|new$|best$")  # `achieves state-of-the-art scores`
_METRIC_ACRONYM = re.compile(r"(?:F1|AUC|AUROC|IoU|AP|Acc|ACC|SR|@\d+)$")  # `EtF1`, `mAP@50`


# the head noun of a phrase that names a measure: `weak scaling efficiency`, `task success`
_MEASURE_NOUN = r"(?:ness|ity|tion|sion|ency|ancy|ence|ance|ment|rate|score|ratio|return|success)"
_MEASURE_HEAD = re.compile(_MEASURE_NOUN + r"$")
_MEASURE_OR_ACT = re.compile(r"(?:" + _MEASURE_NOUN + r"|ing)$")  # `Understanding`, `Quality`
_ADVERB = r"(?:still|also|even|now|further|only|then|all|both|\w+ly)\b"
_LEVEL_VERB = (r"reach(?:es|ed)?|drops?|dropped|falls?|fell|rises?|rose|increases?|increased|"
               r"decreases?|decreased|grows?|grew|climbs?|climbed|exceed(?:s|ed|ing)?|stands?|stood|"
               r"remains?|remained|stays?|stayed|averages?|averaged|rang(?:e|es|ed|ing)|" + PEAKED +
               r"|is|was|are|were")
_SUBJECT = re.compile(
    r"\b((?:(?!" + _ADVERB + r")[a-z][a-z-]+" + SPACE + r"+){0,2}(?!" + _ADVERB + r")[a-z][a-z-]+)" +
    SPACE + r"+(?:of" + SPACE + r"+(?:the" + SPACE + r"+)?[\w-]+(?:" + SPACE + r"+[\w-]+)?" +
    SPACE + r"+)?(?:" + _ADVERB + SPACE + r"+)?"
    r"(?:" + _LEVEL_VERB + r")(?:" + SPACE + r"+(?:from|to|at|by|only|just))*" + SPACE + r"*$")
# `Concept Reproduction Rate (CRR) exceeding 90%`: the abbreviation of a measure's name (one
# ending in a measure word) as the subject of the verb that sets the number
_ACRONYM_SUBJECT = re.compile(r"\b(?i:rate|ratio|score|accuracy|error|precision|recall|similarity|"
                              r"distance|coefficient|index|success)" + SPACE + r"*\(([A-Z][A-Za-z0-9@-]"
                              r"{1,9})\)" + SPACE + r"+(?:" + _LEVEL_VERB + r"|surpassing|above|below|"
                              r"over|under)(?:" + SPACE + r"+(?:from|to|at|by|only|just))*" + SPACE +
                              r"*$")


def _subject(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`dangling rates reach 34-54%`, `exact recovery of the hidden concept drops from 94%`:
    the subject of the verb before a percentage names what it measures."""
    acronym = _ACRONYM_SUBJECT.search(view, max(s0, m.start - 80), m.start)
    left = strip_bound(view[max(s0, m.start - 80):m.start], lex)
    if acronym and not lex.dataset_re.fullmatch(acronym.group(1)):
        return metric_name(lex, acronym.group(1)) or acronym.group(1)
    match = _SUBJECT.search(left)
    if not match or _AFTER_PREPOSITION.search(left, 0, match.start(1)):
        return None  # `an oracle trained on a different hidden concept still reaches 71%`
    words = match.group(1).split()
    if words[0] in _PREPOSITIONS or _PRONOUNS.intersection(words):
        return None  # `human preference rates for all baselines are 35%`, `who we find are
        # only 6% worse`: a clause's subject, no measure
    while words and words[0] in lex.stopwords["not_metric_words"]:
        words.pop(0)  # `..., and memory drops to 40%`
    return metric_phrase(" ".join(words), lex) if words else None


_PREPOSITIONS = frozenset({"on", "in", "of", "for", "with", "from", "to", "at", "by", "over",
                           "under", "than"})
_PRONOUNS = frozenset({"we", "they", "it", "who", "which", "that", "these", "those", "i", "you"})
# `trained on a different hidden concept`, `scores on DA tasks`: a preposition and up to two
# words of any case before the phrase put it inside a prepositional phrase
_AFTER_PREPOSITION = re.compile(r"\b(?:" + "|".join(sorted(_PREPOSITIONS)) + r")" + SPACE +
                                r"+(?:[\w-]+" + SPACE + r"+){0,2}$")


_NOUN = r"(?!(?:vs|versus)\b)[a-z][a-z-]+"  # `13.0% explanation acceptance vs. 9.6%`
_NOUN_AFTER = re.compile(SPACE + r"*(?:of" + SPACE + r"+(?:the" + SPACE + r"+)?)?"
                         r"((?:" + _NOUN + SPACE + r"+){0,2}" + _NOUN + r")(?![a-z-])(?=" + SPACE +
                         r"*(?:[,.;:)]|$|(?:and|but|of|in|on|for|with|while|compared|than|at|by|"
                         r"during|when|to|from|over|across|using|via|through|within|against|"
                         r"versus|vs|among|after|under|without)\b))")


_VERSUS = re.compile(SPACE + r"*(?:[A-Za-z][\w-]*" + SPACE + r"+){0,3}(?:vs\.?|versus)" + SPACE + r"*"
                     r"(?:[A-Z][\w.+-]*[\w+]" + SPACE + r"*\(" + SPACE + r"*)?")  # `26.6 vs. NeRFiller (15.9)`


def versus(view: str, prev: Mention, cur: Mention) -> bool:
    """`80% success vs 50% for confidence-guided`, `(7.3% versus 2.0%)`, `BLEU 23.9 vs. 19.6`:
    the second number of a comparison, in the first's unit (or a bare score after a score),
    measures what the first does."""
    same = prev.unit == cur.unit or (cur.unit is None and prev.family == cur.family == "metric")
    return same and bool(_VERSUS.fullmatch(view, prev.end, cur.start))


_NAME_NEXT = re.compile(SPACE + r"+([A-Z][\w.+^'-]*[\w+^])")
_ITEM_END = re.compile(SPACE + r"*(?:[|,;.()]|$|(?:and|on|in|for|with|over|vs)\b)")


def _mostly_upper(name: str) -> bool:
    """An acronym (`CTR`, `RayIoU`) rather than a CamelCase name (`AndroidWorld`)."""
    letters = [c for c in name if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) >= len(letters)


def item_metric(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """The metric written next to the number, for this item alone: `74.67% exact match
    accuracy`, `+2.98% CTR`, `IPV +1.28%`."""
    return compound_after(view, m, lex) or _acronym_after(view, m, s0, lex) or \
        _acronym_before(view, m, s0, lex) or _measured_in(view, m, s0, lex) or \
        _benchmark_then_measure(view, m, lex)


# what a benchmark's name qualifies that is no measure: `10% ImageNet pretraining`, `a 25% MMLU
# subset`, `1% COCO annotation budget`
_NO_MEASURE = frozenset({"score", "data", "training", "pretraining", "pre-training", "fine-tuning",
                         "finetuning", "subset", "split", "set", "budget", "supervision",
                         "annotation", "labeling", "portion", "fraction", "sample", "corpus"})


def _benchmark_then_measure(view: str, m: Mention, lex: Lexicon) -> str | None:
    """`82.2% ImageNet accuracy`, `32.6% MSRVTT retrieval`: a known benchmark between a
    percentage and the measure it names."""
    if m.unit != "%":
        return None
    gap = _NEXT_TO.match(view, m.end)
    bench = lex.dataset_re.match(view, gap.end()) if gap else None
    measure = _NOUN_AFTER.match(view, bench.end()) if bench and _NEXT_TO.match(view, bench.end()) else None
    words = measure.group(1).split() if measure and not measure.group().startswith(" of") else []
    words = words[:next((i for i, w in enumerate(words) if w in _PREPOSITIONS or w == "and"),
                        len(words))]  # `32.6% MSRVTT retrieval for videos`
    if not 0 < len(words) <= 2 or re.search(r"[^s]s$", words[-1]) or words[-1] in _NO_MEASURE:
        return None  # not `45% COCO images`, items counted, nor `1.0% GLUE score`, `1% ImageNet-1K
        # data`, which the benchmark's name qualifies
    return metric_phrase(" ".join(words), lex)


def _measured_in(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`by 5.9% in physical realism and 10.1% in knowledge-grounded editing`: the measure each
    item of a change `by` opens is in."""
    if m.unit not in ("%", "pp", "x") or not in_by_list(view, s0, m.start, lex):
        return None
    found = _changed(view, m, len(view), lex, (_BY_IN,))
    if not found or metric_name(lex, found):
        return found
    words = found.lower().split()  # not `in Huffman Coding`, `in matched comparisons`, `in
    # three variants of`, `in the prefill stage`: where the change is measured, not what
    named_where = found[0].isupper() or words[-1].endswith("s") or words[-1] in _SETTING_HEADS
    return None if named_where or any(w in lex.number_words or w == "both" for w in words) \
        else found


_SETTING_HEADS = frozenset({"stage", "phase", "setting", "mode", "regime", "case", "scenario",
                            "domain", "task", "benchmark", "dataset", "split", "period", "round"})


# `improvements: IPV +1.28%, CTR +1.00%`: an acronym opening a list item, then a signed change
_SIGNED_ITEM = re.compile(r"(?:^|[:;,(|]|\band)" + SPACE + r"*([A-Z]{2,6})" + SPACE + r"*[-+−]$")


def _acronym_before(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`IPV +1.28%, CTR +1.00%`: a signed percentage led by an acronym names it as its metric,
    unless the acronym is a benchmark (`MMLU +2.1%`) or a method (`SFT +4.1%, DPO +2.7%`)."""
    if not m.sign or m.unit not in ("%", "pp"):
        return None
    found = _SIGNED_ITEM.search(view[s0:m.start])  # `^`: the sentence's start
    if not found or lex.dataset_re.fullmatch(found.group(1)) or \
            found.group(1) in lex.stopwords["not_benchmarks"] or \
            found.group(1) in lex.stopwords["not_metric_acronyms"]:
        return None
    return metric_name(lex, found.group(1)) or found.group(1)


def _acronym_after(view: str, m: Mention, s0: int, lex: Lexicon) -> str | None:
    """`+2.98% CTR | +3.71% IPV`: an acronym right after a percentage, ending its item."""
    if m.unit not in ("%", "pp"):
        return None
    found = acronym_score_after(view, m.start, m.end, s0, lex)
    if not found or not _ITEM_END.match(view, found[1]):
        return None
    return found[0] if _mostly_upper(found[0]) else None  # not `80.2% AndroidWorld`


def compound_after(view: str, m: Mention, lex: Lexicon) -> str | None:
    """`99% zero-shot task performance`, `74.67% exact match accuracy`: a generic metric word
    (accuracy, performance, error) keeps the words that say which one, as written."""
    match = _NOUN_AFTER.match(view, m.end)
    words = match.group(1).replace("\u2060", " ").split() if match else []
    if len(words) < 2 or words[-1] not in lex.generic_metrics or lex.cue_re.search(match.group(1)):
        return None
    return metric_phrase(" ".join(words), lex)


PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed")  # `confined`, `required`; not `speed`, `seed`


def _noun_after(view: str, m: Mention, lex: Lexicon) -> str | None:
    """`80% token-level sparsity`, `3% of the data`: when no known metric fits, the short
    lowercase phrase right after the number names what it measures, cut before the verb of its
    clause (a past participle or a word of stopwords `clause_verbs`)."""
    match = _NOUN_AFTER.match(view, m.end)
    if not match:
        return None
    words = match.group(1).replace("\u2060", " ").split()
    while len(words) > 1 and (words[-1] in lex.stopwords["clause_verbs"] or PARTICIPLE.fullmatch(
            words[-1])):
        words.pop()  # `58% of errors stem from`, `90% of distortion energy confined to`
    phrase = _MODIFIERS.sub("", " ".join(words))  # `97.7% average success`: a success rate
    words = phrase.split()
    if not words:
        return None
    stop = lex.stopwords["not_metric_words"]
    if any(w in stop or w in lex.number_words or w.endswith("ly") for w in words) \
            or lex.cue_re.search(phrase):
        return None
    return metric_name(lex, phrase + " rate") or _singular(phrase)  # `80% success`: its rate
