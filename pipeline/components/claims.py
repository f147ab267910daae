"""Component claimtrail_claims: kind, bound, direction, metric, dataset, hardware per mention."""

from __future__ import annotations

import re
from itertools import groupby

from spacy.language import Language
from spacy.tokens import Doc

from ..classify import classify, direction_for, inherit_lists
from ..latex import SPACE
from ..lexicon import load_lexicon
from ..link import (dataset_for, find_names, hardware_for, item_metric, joined_pair,
                    listed_numbers, metric_for, paired_in_order, respective_hardware, respectively,
                    right_metric, versus)

Doc.set_extension("claims", default=None, force=True)
_AND = re.compile(r"\band\b")  # a second item of its own, coordinated with the first
# `from 33.98% to 42.74% on Qwen and from 19.74% to 32.98% on Llama`: a second pair of levels
# whose verb and measure are left out
_AND_FROM = re.compile(r"\band" + SPACE + r"+from" + SPACE + r"*$")


# `60% less GPU usage`, `46.7% GPU memory cost`: a device named right after the number
_COMPARATIVE = re.compile(SPACE + r"*(?:(?:less|more|lower|higher|fewer)" + SPACE + r"+)?")


def _dataset(view: str, names, m, kind: str, sentence: tuple[int, int], lex, listed: bool):
    """The dataset a number is read on; a result (not a number listed with others, which pair in
    order) on one of two benchmarks joined by `and` is read on both."""
    found = dataset_for(view, names, m, *sentence, lex, kind)
    joins = kind in ("score", "change", "ratio") and not listed
    return joined_pair(view, names, found, *sentence, lex) if joins else found


# a measure of how well a device is used: `95.5% weak scaling efficiency`, `34% MFU`
_DEVICE_MEASURE = re.compile(r"\b(?:scaling\s+efficiency|utili[sz]ation|MFU|bandwidth)\b", re.I)
# a sentence about learning, where `data` is what a model learns from (`using less than 1% of
# the data` to align, `trained on 100times data`)
_LEARNING = re.compile(r"\b(?:train\w*|pre-?train\w*|fine-?tun\w*|tuning|learn\w*|SFT|RL|distill\w*|"
                       r"supervis\w*|align\w*|data-efficient)", re.I)
_MODEL_TRAITS = frozenset({None, "parameters", "context length", "model size", "depth"})  # what
# a model is, not what running it costs


def _cost(metric: str | None, lex) -> bool:
    """A change measured on a device is one of speed or cost (`30% lower latency on A100`),
    not of a quality score (`improves reasoning performance by 5%`)."""
    return metric is None or metric == "speedup" or bool(lex.metric_families.get(metric)) or \
        bool(lex.hardware_re.search(metric))  # `GPU usage`


def _device_use(view: str, end: int, metric: str | None, lex) -> bool:
    """The number measures a device's use (`60% less GPU usage`, `CPU utilization`), so the
    device is its hardware (rule 16: `GPU memory` -> `GPU`)."""
    return bool(metric and lex.hardware_re.search(metric)) or \
        bool(lex.hardware_re.match(view, _COMPARATIVE.match(view, end).end()))


_SLASH_NEXT = re.compile(SPACE + r"*/")


def _slash_metrics(view: str, mentions, claims: list[dict]) -> None:
    """`an Avg@1 of 46.7 ... and an Avg@32 of 38.8 ..., surpassing DAPO (36.7/31.6)`: the two
    scores of a slash pair take, in order, the two metrics the sentence named its own scores by."""
    if not any(m.rule == "slash_pair" for m in mentions):
        return
    own = [(m, c) for m, c in zip(mentions, claims) if m.rule != "slash_pair" and c["metric"]]
    named = {c["metric"]: c for m, c in own if m.metric_first}
    if len(named) != 2:  # `42.1 EM and 55.0 F1`, `an accuracy of 81.3 and a latency of 12.5 ms`
        named = {c["metric"]: c for m, c in own if c["kind"] in ("score", "efficiency")}
    if len(named) != 2:
        return
    first, second = named.values()
    for m, claim in zip(mentions, claims):
        if m.rule == "slash_pair":
            model = first if _SLASH_NEXT.match(view, m.end) else second
            claim["metric"], claim["unit"], claim["kind"] = model["metric"], model["unit"], model["kind"]
            # `(4.5/50.0)` after `an FID of 2.1 with an NFE of 4`: 50 steps, a cost


class ClaimBuilder:
    """Reads doc._.view, doc._.names and doc._.mentions; assigns doc._.claims, plain dicts with offsets
    into doc.text (start, end, sentence bounds) and the contract's claim fields."""

    def __init__(self):
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        view, lex = doc._.view or doc.text, self.lexicon
        names, claims = doc._.names or find_names(view, lex, doc.text), []
        for (s0, s1), group in groupby(doc._.mentions or [], key=lambda x: (x[0], x[1])):
            mentions = [m for _, _, m in group]
            decisions = inherit_lists(view, mentions, [classify(view, m, s0, s1, lex)
                                                       for m in mentions], lex)
            paired = respectively(view, names, mentions, s0, s1, lex)
            in_order = {} if len(paired) == len(mentions) else \
                paired_in_order(view, names, mentions, s0, s1)
            devices = respective_hardware(names, mentions, view, s0, s1)
            first = len(claims)
            own = [item_metric(view, m, s0, lex) for m in mentions]  # `2.1% CTR and 3.4% CVR`
            listed = listed_numbers(view, mentions)  # `by 6.1% and 4.8%`: paired, not joined
            counted = any(m.unit == "GPUs" for m in mentions)
            costs = counted or any(d.kind in ("efficiency", "ratio") for d in decisions)
            for i, (m, d) in enumerate(zip(mentions, decisions)):
                metric, unit = (m.metric if m.rule == "table_cell" else  # its row or column
                                metric_for(view, m, d.kind, d.metric, own[i], s0, s1, lex)), m.unit
                if d.inherited == "left" and len(claims) > first and not m.metric:
                    metric = own[i] or right_metric(view, m, s1, lex) \
                        or claims[-1]["metric"] or metric  # `56.1% and 58.5% resolution rates`
                elif not metric and i and versus(view, mentions[i - 1], m):
                    metric = claims[-1]["metric"]
                if metric == "data" and _LEARNING.search(view, s0, s1):
                    metric = "training data"  # `using less than 1% of the data` to align; not
                    # `transmits 60% less data than TCP`
                if unit is None and d.kind == "score" and m.family == "metric":
                    metric = unit = metric or "score"  # a bare score takes its metric as unit
                    # (`BLEU 23.9 vs. 19.6`, `training loss from 1.776 to 1.758`), else `score`
                elif unit == "pp" and d.kind == "score":
                    unit = "%"  # `from 43.0 to 64.4 points`: a level in points is a percentage
                hardware = m.hardware
                if not hardware and (m.unit == "GPUs" or d.kind in ("efficiency", "ratio") or (
                        d.kind == "change" and _cost(metric, lex)) or _device_use(view, m.end, metric, lex)
                        or (metric and _DEVICE_MEASURE.search(metric))):
                    hardware = devices.get(i) or hardware_for(names, m, s0, s1)
                elif not hardware and (d.kind in ("score", "change") and not costs or (
                        d.kind == "scale" and not counted and metric not in _MODEL_TRAITS
                        and _cost(metric, lex))):
                    hardware = hardware_for(names, m, s0, s1, specific_only=True)  # `Executing
                    # on the ibm_fez backend, we observe visibility of 0.877`, `on 40GB A100 GPUs
                    # we reduce it to 66%`; not when a cost, speed or device count is in the
                    # sentence (`29.8 mAP at 33.5 fps on a Titan Xp`, `trained on 8 A100 GPUs`;
                    # for a share of a cost, a device count: `LLaMA-65B, trained on 2,048 A100
                    # GPUs`): the device is theirs
                claims.append({
                    "start": m.start, "end": m.end, "sentence_start": s0, "sentence_end": s1,
                    # a level keeps its sign (`a correlation of −0.12`); a change has a direction
                    "value": -m.value if m.sign == "-" and d.kind == "score" else m.value,
                    "value_max": m.value_max, "unit": unit,
                    "kind": d.kind, "bound": d.bound, "direction": d.direction,
                    "metric": metric,
                    "dataset": m.dataset or paired.get(i) or in_order.get(i) or
                    _dataset(view, names, m, d.kind, (s0, s1), lex, i in listed),
                    "hardware": hardware,
                    "rule": m.rule,
                })
            for i in range(len(claims) - 2, first - 1, -1):
                if own[i - first]:
                    continue  # its own metric word: `+2.98% CTR, +3.71% IPV`
                if decisions[i - first].inherited == "right" or (  # `99%, 99% and 90% X`
                        claims[i]["metric"] is None and decisions[i + 1 - first].inherited == "left"):
                    claims[i]["metric"] = claims[i + 1]["metric"]
            for prev, claim in zip(claims[first:], claims[first + 1:]):
                if claim["metric"] is None and (prev["kind"], prev["unit"]) == (
                        claim["kind"], claim["unit"]) and (not _AND.search(
                        view, prev["end"], claim["start"]) or _AND_FROM.search(
                        view, prev["end"], claim["start"])):  # `+11.56% in LLM-Match, with a
                    claim["metric"] = prev["metric"]  # maximum gain of +13.62%`; not `a 10%
                    # gain in compression and a 4% gain on downstream tasks`
            _slash_metrics(view, mentions, claims[first:])
            for claim, m, d in zip(claims[first:], mentions, decisions):
                claim["direction"] = direction_for(claim, m, d, lex)
            for i in range(first + 1, len(claims)):
                if claims[i]["rule"] == "interval":  # `+3.1% (95% CI: 1.2--5.0)`: the value's reading
                    claims[i].update({k: claims[i - 1][k] for k in ("kind", "direction", "metric")})
        doc._.claims = claims
        return doc


@Language.factory("claimtrail_claims")
def make_claims(nlp: Language, name: str) -> ClaimBuilder:
    return ClaimBuilder()
