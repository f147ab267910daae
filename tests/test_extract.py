"""Extraction rules, parametrized with sentences from real abstracts (tests/cases/claims.jsonl)."""

from __future__ import annotations

import json

import pytest

from pipeline.extract import extract_digest
from pipeline.parse import read_digest

from .conftest import CASES, DIGESTS

_CASES = [json.loads(line) for line in (CASES / "claims.jsonl").read_text().splitlines() if line]


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_rule_on_real_sentence(nlp, case):
    doc = nlp(case["text"])
    found = [{**c, "quote": case["text"][c["start"]:c["end"]]} for c in doc._.claims]
    assert [c["quote"] for c in found] == [e["quote"] for e in case["expected"]]
    for claim, expected in zip(found, case["expected"]):
        for key, value in expected.items():
            if key in ("value", "value_max"):
                assert claim[key] == pytest.approx(value, rel=1e-6), (key, claim)
            else:
                assert claim[key] == value, (key, claim)


@pytest.mark.parametrize("path", DIGESTS, ids=[p.stem for p in DIGESTS])
def test_every_quote_is_the_text_at_its_offsets(nlp, path):
    digest = read_digest(path)
    claims, papers = extract_digest(digest, nlp)
    assert claims and len(papers) == len(digest.papers)
    for claim in claims:
        assert digest.text[claim["char_start"]:claim["char_end"]] == claim["quote"]
        assert claim["quote"] in claim["sentence"]


def test_claim_ids_are_unique_within_a_snapshot(nlp):
    claims, _ = extract_digest(read_digest(DIGESTS[0]), nlp)
    ids = [c["claim_id"] for c in claims]
    assert len(ids) == len(set(ids))


# Counter-examples a review of the rules wrote to break them (not from abstracts): each pins
# the quotes found and one field of one claim.
_COUNTER = [
    ("We apply dropout to 50% of the activations.", ["50%"], 0, "kind", "scale"),
    ("It reduces the top-1 error to 21.3% on ImageNet.", ["21.3%"], 0, "kind", "score"),
    ("Requiring 2.5M trainable parameters, our adapter matches full fine-tuning.",
     ["2.5M trainable parameters"], 0, "kind", "scale"),
    ("We train Transformer models of 125M and 350M parameters from scratch.",
     ["125M", "350M parameters"], 1, "unit", "parameters"),
    ("Our kernel achieves 2.1x, 2.5x and 1.8x speedups on A100, H100 and V100, respectively.",
     ["2.1x", "2.5x", "1.8x"], 1, "dataset", None),
    ("It cuts inference cost by 2x and runs at 30 FPS on a single A100 GPU.",
     ["2x", "30 FPS"], 1, "hardware", "NVIDIA A100"),
    ("The method scales up to 8x faster on long inputs.", ["8x"], 0, "bound", "<="),
    ("Our approach reaches 85% on the held-out split.", ["85%"], 0, "metric", None),
    ("We use an ensemble of 4 models.", ["4 models"], 0, "unit", "models"),
    ("We search over 10^{19} configurations.", ["10^{19} configurations"], 0, "value", 1e19),
    ("The model processes 7 x 10^5 tokens per second.", ["7 x 10^5 tokens per second"], 0,
     "value", 7e5),
    ("XDLM attains 15.0 MBPP in 32 steps.", ["15.0", "32 steps"], 1, "metric", "steps"),
    ("Gains: MMLU +2.1%, GSM8K +3.0%.", ["2.1%", "3.0%"], 0, "metric", None),
    ("The metric correlates with human judgments across three test sets (r = 0.82).",
     ["r = 0.82"], 0, "metric", "correlation"),
    ("Patients receiving the recommended dose had lower mortality (HR 0.81, 95% CI 0.70-0.93).",
     ["HR 0.81"], 0, "metric", "hazard ratio"),
    ("Pruning yields a 40% reduction in model size with no accuracy loss.", ["40%"], 0, "metric",
     "model size"),
    ("Throughput goes from 2K to 9K tokens/s on an H100.", ["2K", "9K tokens/s"], 0, "value_max",
     None),
    ("Results: SFT +4.1%, DPO +2.7% over the base model.", ["4.1%", "2.7%"], 0, "metric", None),
    ("Our model also improves. CTR +1.1% and GMV +2.3% in online A/B tests.", ["1.1%", "2.3%"], 0,
     "metric", "CTR"),
    ("Our web agent finishes tasks in 12 steps on average, using 500 sampled trajectories.",
     ["12 steps", "500 sampled trajectories"], 0, "metric", "steps"),
    # review of session 16's rules (helpers 131 and 132)
    ("We match full fine-tuning while fine-tuning one third of the parameters.", ["one third"], 0,
     "kind", "scale"),
    ("Half of training time is spent on data loading.", ["Half"], 0, "kind", "scale"),
    ("Our model achieves lower perplexity in half of the benchmarks.", ["half"], 0, "kind",
     "scale"),
    ("Our method reduces memory usage by half, compared to the baseline.", ["half"], 0,
     "direction", "down"),
    ("It reaches up to half the latency of the baseline.", ["half"], 0, "bound", "<="),
    ("We collect a quarter of a million question-answer pairs and half a million images.",
     ["a quarter of a million question-answer pairs", "half a million images"], 1, "value", 5e5),
    ("It achieves 0.91 AUROC on MIMIC and 0.88 on eICU.", ["0.91 AUROC", "0.88"], 1, "metric",
     "AUROC"),
    ("The proposed method outperforms prior work by 2.3%, with 76.4% mIoU, and 81.2% on "
     "Cityscapes.", ["2.3%", "76.4%", "81.2%"], 2, "kind", "score"),
    ("Our model scores 62.5% on MMLU-Pro, beating the base model by 4.1%, and more than 80% on "
     "GSM8K.", ["62.5%", "4.1%", "80%"], 2, "kind", "score"),
    ("Our agent outperforms GPT-4 by 15.2% on WebArena, while the human success rate, 78.2%, "
     "remains far higher.", ["15.2%", "78.2%"], 1, "kind", "score"),
    ("We achieve high quality with only one step of sampling.", ["one step"], 0, "metric",
     "denoising steps"),
    ("Errors vary between 2 and 3 orders of magnitude across settings.",
     ["2 and 3 orders of magnitude"], 0, "value_max", 1000.0),
    ("We train with a batch of 2^{20} tokens.", ["2^{20} tokens"], 0, "value", 1048576.0),
    ("On AIME 2024 and 2025, our model scores 80.3% and 72.1%, respectively.", ["80.3%", "72.1%"],
     0, "dataset", "AIME 2024"),
    ("Our method improves accuracy by +3.1% (95% CI: 1.2--5.0) over the baseline.",
     ["3.1%", "1.2--5.0"], 1, "kind", "change"),
    ("We measure 5.20% WER (90% CI: 4.69--5.78) on clean speech.", ["5.20%", "4.69--5.78"], 1,
     "value_max", 5.78),
    ("Our agent achieves 45.1 on long-horizon CALVIN and 61.0 on multi-turn MT-Bench.",
     ["45.1", "61.0"], 1, "dataset", "MT-Bench"),
    ("Our segmenter improves Dice by 3.1% on in-house CT scans.", ["3.1%"], 0, "dataset", None),
    ("Fine-tuning improves the judge agreement from 9.8 to 12.4 in accuracy.",
     ["9.8", "12.4 in accuracy"], 0, "metric", "accuracy"),
    ("Among patients, the treatment lowered mortality (HR 0.84, 95% CI 0.7-0.9).", ["HR 0.84"], 0,
     "metric", "hazard ratio"),
    ("Additionally, in the 256-frame setting, our method reduces memory usage by 40%.", ["40%"], 0,
     "metric", "memory"),
    ("BrainG3N outperforms baselines, reaching AUC 0.937 for sex classification.", ["AUC 0.937"],
     0, "unit", "AUC"),
    ("It reaches a CLIPScore of 0.31 while GPT-4 of 0.5 temperature is used.", ["CLIPScore of 0.31"],
     0, "metric", "CLIP score"),
    ("BlockFFN achieves over 80% TLS and 70% 8-token CLS.", ["80%", "70%"], 1, "kind", "score"),
    ("An oracle trained on a different hidden concept still reaches 71%.", ["71%"], 0, "metric",
     None),
    ("We support 100+ languages and handle 1M+ tokens.", ["100+ languages", "1M+ tokens"], 1,
     "bound", ">="),
    ("It boosts LLaVA by 3.2% in accuracy.", ["3.2%"], 0, "metric", "accuracy"),
    ("It reaches 2.37x speedup on both NVIDIA and AMD GPUs.", ["2.37x"], 0, "dataset", None),
    ("Evaluated on MMLU 2000 examples, accuracy is 70%.", ["2000 examples", "70%"], 1, "dataset",
     "MMLU"),
    ("The baseline attains a Spearman correlation of −0.12.", ["Spearman correlation of −0.12"],
     0, "value", -0.12),
    ("The retriever alone reaches 70%, and memory drops to 40%.", ["70%", "40%"], 0, "metric",
     None),
    ("Accuracy improves from 61.2% -> 70.4%.", ["61.2%", "70.4%"], 1, "bound", "="),
    ("Fine-tuning takes under 1 hour per dataset on a single A100 GPU.",
     ["1 hour", "a single A100 GPU"], 0, "kind", "efficiency"),
    ("Without any slowdown at inference the model achieves 76.3% top-1 accuracy on ImageNet.",
     ["76.3%"], 0, "kind", "score"),
    ("Human preference rates for all baselines are 35%.", ["35%"], 0, "metric", None),
    ("Compared with existing methods that require 8 A100 GPUs and 3 days of training, FastX "
     "needs a single GPU and 5 hours.", ["a single GPU", "5 hours"], 1, "unit", "h"),
    ("Compared with existing methods that require 8 A100 GPUs and 3 days of training, FastX "
     "needs a single GPU and 5 hours.", ["a single GPU", "5 hours"], 0, "hardware", "GPU"),
    ("Training takes 5 hours on 32x A100 GPUs.", ["5 hours", "32x A100 GPUs"], 1, "unit", "GPUs"),
    ("We release 5,000 challenging multi-step math questions.",
     ["5,000 challenging multi-step math questions"], 0, "unit", "samples"),
    ("It improves the correlation with human ratings to +0.62 and gains +1.2 on MMLU.",
     ["1.2"], 0, "kind", "change"),
    ("Finally, a new benchmark of 500 samples is released.", ["500 samples"], 0, "dataset", None),
    ("We propose FooNet, a method evaluated on a new benchmark of 500 samples.", ["500 samples"],
     0, "dataset", None),
    ("We propose Qwen3-Data, which contains 2M samples.", ["2M samples"], 0, "dataset", None),
    ("The policy runs at 25 Hz, and a 30 FPS real-time tracker follows.", ["25 Hz", "30 FPS"], 1,
     "unit", "FPS"),
    ("It improves throughput twofold.", ["twofold"], 0, "direction", "up"),
    ("The tokenizer reaches 0.9 rFID and the generator 2.1 gFID.", ["0.9 rFID", "2.1 gFID"], 1,
     "metric", "gFID"),
    ("It reaches 54.1 nDCG@5 on BEIR.", ["54.1 nDCG@5"], 0, "metric", "NDCG@5"),
    ("It scores 61.0% on GPQA-Diamond and 40% on MMLU Pro.", ["61.0%", "40%"], 0, "dataset",
     "GPQA-Diamond"),
    ("We report 12.5% on ImageNet Long-tail splits.", ["12.5%"], 0, "dataset", "ImageNet"),
    ("Benchmark results show 45.2% accuracy.", ["45.2%"], 0, "dataset", None),
    ("BENCHMARK: our model reaches 45.2% accuracy.", ["45.2%"], 0, "dataset", None),
    ("It improves TruthfulQA by 3.1%.", ["3.1%"], 0, "dataset", "TruthfulQA"),
    ("It reaches 45.2%, 50.1% and 38.0% on MMLU and GSM8K.", ["45.2%", "50.1%", "38.0%"], 2,
     "dataset", "MMLU"),
    ("It reaches 45.2% and 2.1 ms on MMLU and GSM8K.", ["45.2%", "2.1 ms"], 1, "dataset", "MMLU"),
    ("While existing methods reach 40%, ours reaches 45% accuracy.", ["45%"], 0, "metric",
     "accuracy"),
    ("It boosts LLaVA (LV) by 3.2% in accuracy.", ["3.2%"], 0, "metric", "accuracy"),
    ("We cut latency by 30%, while the model stays at 45 FPS.", ["30%", "45 FPS"], 0, "metric",
     "latency"),
    ("It lowers computational cost (up to 75%).", ["75%"], 0, "kind", "change"),
    ("Training takes 30 hours on 8 GPUs.", ["30 hours", "8 GPUs"], 0, "kind", "efficiency"),
    ("It wins 9 out of 10 seeds and 71/72 cells.", ["9 out of 10 seeds", "71/72 cells"], 1, "unit",
     "cells"),
    ("We compress the model from 7B to 1B parameters.", ["7B", "1B parameters"], 0, "value_max",
     None),
    ("We release models from 7 to 70B parameters.", ["7 to 70B parameters"], 0, "value", 7e9),
    ("We extend the context window from 4 to 128K tokens.", ["4", "128K tokens"], 0, "value",
     4000),
    ("It improves 5% on MMLU and 3% GSM8K accuracy.", ["5%", "3%"], 1, "metric", "accuracy"),
    ("It adds 3% LLMs to the pool.", ["3%"], 0, "metric", None),
    # review of session 5's rules (helper 58)
    ("Across the sixteen long-context benchmarks that we carefully study in this work, the "
     "results show that while existing methods degrade accuracy by 14%, our method improves "
     "accuracy by 5.2% and reduces latency by 30%.", ["5.2%", "30%"], 1, "metric", "latency"),
    ("We introduce Cosmo, a synthetic dataset that lifts accuracy by 4.1% on MMLU.", ["4.1%"], 0,
     "dataset", "MMLU"),
    ("FastNet, which contains 12 layers, achieves 45.3 AP on COCO.", ["45.3 AP"], 0, "dataset",
     "COCO"),
    ("ResNet-50, which consists of 50 layers, reaches 76.1% top-1 accuracy on ImageNet.",
     ["76.1%"], 0, "dataset", "ImageNet"),
    ("We propose DataDream, a dataset distillation method with 5.2% higher accuracy on ImageNet.",
     ["5.2%"], 0, "dataset", "ImageNet"),
    ("Our Benchmark contains 500 tasks and our agent solves 45.2% of them on WebArena.",
     ["500 tasks", "45.2%"], 1, "dataset", "WebArena"),
    ("Our ToolBench-trained agent improves pass rate by 12%.", ["12%"], 0, "dataset", None),
    ("Compared with Emu Edit, our editor improves CLIP-T by 2.3%.", ["2.3%"], 0, "dataset", None),
    ("It achieves 71.2% on an MMLU-based evaluation suite.", ["71.2%"], 0, "dataset", "MMLU"),
    ("It reaches 95.08% and 41.4% on the MiniF2F and ProofNet test sets respectively.",
     ["95.08%", "41.4%"], 1, "dataset", "ProofNet"),
    ("Our AVA-Encoder improves mAP by 3.1 points.", ["3.1 points"], 0, "dataset", None),
    ("Extending the context window to 4M, our method beats the 1M baseline by 6.3 points on "
     "RULER.", ["4M", "6.3 points"], 1, "dataset", "RULER"),
    ("Experiments on three benchmarks show improvements of 15%, 5%, and 19%, respectively.",
     ["15%", "5%", "19%"], 0, "metric", None),
    ("It improves the performance of Vision-Language Models on Rebus by 2.1-4.1% and 20-30% using "
     "closed-source and open-source models respectively.", ["2.1-4.1%", "20-30%"], 1, "metric",
     None),
    ("It improves by 3.2% on non-QA tasks.", ["3.2%"], 0, "dataset", None),
    ("Our detector achieves 38.2 mAP@0.5:0.95 on COCO.", ["38.2 mAP@0.5:0.95"], 0, "metric",
     "mAP"),
    ("Our model achieves 61.3% on AIME with maj@16.", ["61.3%"], 0, "value", 61.3),
    ("Our model achieves 81.2% -- 3.4% higher than the baseline.", ["81.2%", "3.4%"], 1, "kind",
     "change"),
    ("Our method enables a 60 FPS AR experience on mobile phones.", ["60 FPS"], 0, "unit", "FPS"),
    ("It reaches 84.25 for Overall score and 9.41 on the Inception score.", ["84.25", "9.41"], 1,
     "metric", "IS"),
    ("It reaches 84.25 for Overall score on VBench.", ["84.25"], 0, "metric", "score"),
    ("YOLO-X reaches 29.8 mAP at 33.5 fps on a single Titan Xp.", ["29.8 mAP", "33.5 fps"], 0,
     "hardware", None),
    ("It cuts the cost of 4 separate encoders and saves 12%.", ["12%"], 0, "kind", "change"),
    ("The learning rates are 0.1 and 0.01, respectively, and it gains 2.1%.", ["2.1%"], 0, "kind",
     "change"),
    ("On 12/05 we ran Qwen2.5 (1.5/7B) and it gains 2.1%.", ["2.1%"], 0, "kind", "change"),
    ("Our model is trained on over 2 million articles.", ["2 million articles"], 0, "unit",
     "articles"),
    ("It reaches 45.2% pass@1 on a suite of Python benchmarks.", ["45.2%"], 0, "dataset", None),
    ("We compare SkyReasoner, a strong reasoning model, and a curated benchmark featuring 500 hard "
     "problems, reaching 61.2% accuracy.", ["500 hard problems", "61.2%"], 1, "dataset", None),
    ("Our pruned model retains 95% of the inference speed of the original.", ["95%"], 0, "metric",
     "speedup"),
    ("Our tokenizer gives a 10% improvement in compression and a 4% gain on downstream tasks.",
     ["10%", "4%"], 1, "metric", None),
    ("Trained on 8 A100 GPUs, our model achieves 45.3 mAP on COCO.", ["8 A100 GPUs", "45.3 mAP"], 1,
     "hardware", None),
    ("We pretrain on 2/4/8T tokens.", ["2", "4", "8T tokens"], 1, "value", 4e12),
    ("Our method yields a 3.1% ImageNet improvement and a 12% LLaVA improvement.", ["3.1%", "12%"],
     1, "metric", None),
    ("On COCO and LVIS, our method reduces latency and memory by 30% and 40%.", ["30%", "40%"], 0,
     "dataset", "LVIS"),
    ("With 25% and 50% of the labels, our method reaches 70.1% on CIFAR-10 and CIFAR-100.",
     ["25%", "50%", "70.1%"], 1, "dataset", "CIFAR-10"),
    ("The key advantage is a threefold speedup over FlashAttention.", ["threefold"], 0, "metric",
     "speedup"),
    ("The dataset has 5090 videos.", ["5090 videos"], 0, "unit", "videos"),
    ("Our base model, xAR-B (172M), outperforms DiT-XL.", ["172M"], 0, "unit", "parameters"),
    ("It reaches +2.98% CTR | +11.46% NER.", ["2.98%", "11.46%"], 0, "dataset", None),
    ("It scores 45.1% MMLU and 3% GSM8K.", ["45.1%", "3%"], 1, "dataset", "GSM8K"),
    ("A 7B model based on the HRM architecture reaches 45% accuracy.", ["7B", "45%"], 1, "dataset",
     None),
    # second review (helper 65)
    ("We propose KronNet, a $\\mathbf{W}_{0}\\mathbf{W}_{1}\\mathbf{W}_{2}\\mathbf{W}_{3}$ "
     "factorization that runs 3x faster.", ["3x"], 0, "metric", "speedup"),
    ("While existing methods need 8 A100 GPUs, our method runs at 30 FPS on one.", ["30 FPS"], 0,
     "hardware", None),
    ("It achieves a 1.8X speedup and a 4.4% R-Sum improvement.", ["1.8X", "4.4%"], 1, "metric",
     "R-Sum"),
    ("It brings 2.1% CTR and 3.4% CVR gains.", ["2.1%", "3.4%"], 0, "metric", "CTR"),
    ("On ADE20K our model reaches mIoU 48.1/49.3 mIoU.", ["48.1", "49.3 mIoU"], 0, "metric",
     "mIoU"),
    ("Our system achieves 200 ms speech-to-speech latency on a single GPU.", ["200 ms"], 0, "kind",
     "efficiency"),
    ("Our method reduces inference latency (~40%) with no loss in accuracy.", ["40%"], 0, "kind",
     "change"),
    ("We distill a 13B to 1.3B parameter student.", ["13B", "1.3B parameter"], 0, "value_max",
     None),
    ("It solves 20 of 2,000 tasks and wins 9 of 10, losing one.", ["20 of 2,000 tasks", "9 of 10"],
     1, "unit", None),
    ("Our suite of models (0.5B/1.5B/3B/7B) is released.", ["0.5B", "1.5B", "3B", "7B"], 3,
     "value", 7e9),
    ("It reaches 3.2 R@1.", ["3.2 R@1"], 0, "metric", "R@1"),
    ("It improves PPG classification by 8.2 AUROC points, PCG murmur detection by 18.8 points.",
     ["8.2 AUROC", "18.8 points"], 1, "metric", "AUROC"),
    ("It reaches 0.62 on GenEval, while FID 12.3 is reported by prior work on COCO.",
     ["0.62"], 0, "metric", "GenEval"),
    ("We give a 95% confidence interval; accuracy is 95% CIoU, and 30% CI build time is saved.",
     ["95%", "30%"], 0, "metric", "CIoU"),
    ("Our kernel doubles the throughput and halves the memory.", ["doubles", "halves"], 1,
     "value", 0.5),
    ("The attack success rises from 7.3% to 70.4%.", ["7.3%", "70.4%"], 1, "metric",
     "attack success rate"),
    ("🔥 Highlights: accuracy rises by 10.1% on average.", ["10.1%"], 0, "dataset", None),
    ("We release FooSet, a dataset of 12,000 tested clips.", ["12,000 tested clips"], 0,
     "dataset", "FooSet"),
    ("On ImageNet, accuracy rises by 2.1%; on COCO, it gains 1.5 AP.", ["2.1%", "1.5 AP"], 1,
     "dataset", "COCO"),
    ("🔥 RL: improves accuracy by 12.1% over SFT.", ["12.1%"], 0, "dataset", None),
    ("The method improves robustness by 4.1% and outperforms prior work by 2.0 points.",
     ["4.1%", "2.0 points"], 1, "metric", None),
    ("It beats proprietary systems, including GPT-4o (51.3% vs. 45.2%) on MathVista.",
     ["51.3%", "45.2%"], 0, "dataset", "MathVista"),
    ("To adapt InternVL3, the dataset used contains 500K image-text pairs.",
     ["500K image-text pairs"], 0, "dataset", None),
    ("We pretrain a 1B Llama-style model from scratch.", ["1B"], 0, "unit", "parameters"),
    ("Building on the success of LLMs, our model reaches 62.3% on MMLU.", ["62.3%"], 0,
     "metric", None),
    ("We introduce DR-Venus, a 4B deep research agent trained on 8.3 billion AI agents.",
     ["4B", "8.3 billion AI agents"], 1, "unit", "agents"),
    # session 9's rules
    ("It gets 45.3 AP with temperature 0.7 and 1.0, and 45.1 AP at a threshold of 0.5 and 0.7.",
     ["45.3 AP", "45.1 AP"], 1, "value", 45.1),
    ("VLAA-GUI reaches 77.5% on OSWorld-Verified with Claude Opus 4.6 and 61.0% on "
     "WindowsAgentArena.", ["77.5%", "61.0%"], 1, "dataset", "WindowsAgentArena"),
    ("It goes from 40.1 to 45.3 AP to set a new record.", ["40.1", "45.3 AP"], 0, "value_max",
     None),
    ("SHARP is evaluated on a fixed corpus of n=901 socially sensitive prompts.",
     ["901 socially sensitive prompts"], 0, "unit", "samples"),
    ("Our model achieves a training loss of 1.68, a weight decay of 0.1 and a dropout of 0.2.",
     ["training loss of 1.68"], 0, "metric", "training loss"),
    ("The method yields a threefold speedup and a two-fold reduction in cost.",
     ["threefold", "two-fold"], 1, "direction", "down"),
    ("We keep 10% of the parameters and answer 88.7% of the queries.", ["10%", "88.7%"], 0,
     "kind", "scale"),
    # review of session 9's rules (helper 32)
    ("Our caching reduces latency from 800 to 120 ms to support interactive use.",
     ["800", "120 ms"], 0, "value_max", None),
    ("This results in a fivefold gain in throughput; pruning gives a threefold drop in latency.",
     ["fivefold", "threefold"], 1, "direction", "down"),
    ("Our pruned model achieves 71.2% accuracy at a sparsity of 0.5.", ["71.2%"], 0, "metric",
     "accuracy"),
    ("We achieve 45.1 AP using a momentum of 0.9 and label smoothing of 0.1.", ["45.1 AP"], 0,
     "metric", "AP"),
    ("The model attains a BLEU of 34.5 using beam sizes of 4.0 and 5.0.", ["BLEU of 34.5"], 0,
     "metric", "BLEU"),
    ("Our codec achieves compression ratios of 2.1, 3.4 and 5.6x on text, images and audio.",
     ["2.1", "3.4", "5.6x"], 0, "unit", "x"),
    ("We pretrain Llama-style models of 150M, 400M and 1B parameters on 100B tokens.",
     ["150M", "400M", "1B parameters", "100B tokens"], 0, "unit", "parameters"),
    ("Our model achieves 0.85 on unseen objects and 0.62 on hard negatives.", ["0.85", "0.62"], 0,
     "metric", "score"),
    ("Our method requires only 20% of the time needed by the diffusion baseline.", ["20%"], 0,
     "kind", "scale"),
    ("Our framework yields a 6.1% improvement in RAG.", ["6.1%"], 0, "metric", None),
    ("Our model generates sequences of 2,048 tokens in under a second.",
     ["2,048 tokens", "a second"], 0, "metric", None),
    ("Our 7B model, trained on MMLU and GSM8K, improves latency and memory by 35% and 42%, "
     "respectively.", ["7B", "35%", "42%"], 1, "dataset", "GSM8K"),
    ("Our method improves recall by 6.3% on \\textbf{long} \\textbf{tail} \\textbf{categories} "
     "while reducing FLOPs by 30%.", ["6.3%", "30%"], 1, "kind", "change"),
    ("We train OPT models of 1.3B and 6.7B parameters and our own models (7B and 14B).",
     ["7B", "14B"], 0, "unit", "parameters"),
    # session 11's rules
    ("We evaluate 12 models and train 3 models.", ["3 models"], 0, "unit", "models"),
    ("Latency falls 120 -> 45 ms on a phone.", ["120", "45 ms"], 0, "unit", "ms"),
    ("We keep only 10% of the layers and 5% of the training tokens.", ["10%", "5%"], 1, "kind",
     "scale"),
    ("It reaches 92% of the accuracy of its teacher.", ["92%"], 0, "kind", "score"),
    ("Results: AIME: 81.2% and GSM8K: 65.1%.", ["81.2%", "65.1%"], 1, "dataset", "GSM8K"),
    ("In-context learning accuracy improves by 5% with retrieval.", ["5%"], 0, "metric",
     "accuracy"),
    ("It scores above 90% on all tasks.", ["90%"], 0, "bound", ">="),
    ("The model is trained on 64 GPUs for 10 days.", ["64 GPUs", "10 days"], 1, "kind",
     "efficiency"),
    ("The improvement is 5% on average.", ["5%"], 0, "kind", "change"),
    # review of session 11's rules (helper 73)
    ("We obtain 28.4 BLEU (−0.3) while being 3x faster.", ["28.4 BLEU", "0.3", "3x"], 1,
     "direction", "down"),
    ("Throughput rises from 1.2K → 3.4K → 9.8K tokens/s with speculative decoding.",
     ["1.2K", "3.4K", "9.8K tokens/s"], 1, "unit", "tokens/s"),
    ("Key results: MMLU 71.2 → 74.5, GSM8K 80.1 → 85.3, HumanEval 60.4 → 66.1.",
     ["71.2", "74.5", "80.1", "85.3", "60.4", "66.1"], 4, "dataset", "HumanEval"),
    ("📈 mIoU 45.1 → 48.3 on ADE20K.", ["45.1", "48.3"], 1, "dataset", "ADE20K"),
    ("📉 WER 12.4 → 8.1 on LibriSpeech.", ["12.4", "8.1"], 0, "dataset", "LibriSpeech"),
    ("It improves accuracy on GSM8K from 61.2 to 70.4, and MATH-500 from 35.1 to 42.0.",
     ["61.2", "70.4", "35.1", "42.0"], 2, "dataset", "MATH-500"),
    ("It improves accuracy on GSM8K from 61.2 to 70.4, and on MATH from 35.1 to 42.0.",
     ["61.2", "70.4", "35.1", "42.0"], 3, "kind", "score"),
    ("We find a 3-point difference in accuracy between the two settings.", ["3-point"], 0,
     "unit", "pp"),
    ("It delivers a 4.2-point mAP improvement on COCO.", ["4.2-point"], 0, "metric", "mAP"),
    ("Our method eliminates 62% of hallucinations in long-form answers.", ["62%"], 0,
     "direction", "down"),
    ("Using only 10% of the labeled images, our method matches full supervision.", ["10%"], 0,
     "kind", "scale"),
    ("On Chinese benchmarks, our model improves accuracy by 3.2%.", ["3.2%"], 0, "dataset",
     None),
    ("The success rate improves 32.1 → 58.4%.", ["32.1", "58.4%"], 0, "kind", "score"),
    ("It achieves 81.2 on AIME 2024 (+12.3) and 65.0 on AIME 2025 (+9.8).",
     ["81.2", "12.3", "65.0", "9.8"], 3, "kind", "change"),
    ("Code and 50 pre-trained models are released.", ["50 pre-trained models"], 0, "unit",
     "models"),
    ("Our method achieves an FID of 2.31 (±0.05) on ImageNet 256x256.", ["FID of 2.31"], 0,
     "metric", "FID"),
    ("LoRA rank 8 → 71.2% accuracy, rank 64 → 73.5%.", ["71.2%", "73.5%"], 0, "kind", "score"),
    ("We introduce Qwen-X, a model trained on 1M images.", ["1M images"], 0, "dataset", None),
    ("Real-time streaming inference (19.63 FPS on 2x H100) for full-body avatars.",
     ["19.63 FPS"], 0, "hardware", "NVIDIA H100"),
    ("Training uses 32x A100 GPUs for 3 days.", ["32x A100 GPUs", "3 days"], 0, "unit", "GPUs"),
    ("Our model generates images in 2 steps and runs in 12 minutes.", ["2 steps", "12 minutes"],
     1, "kind", "efficiency"),
    ("Latency stays under 12 ms.", ["12 ms"], 0, "kind", "efficiency"),
    ("We enlarge the context window by 6.58x without losing efficiency.", ["6.58x"], 0,
     "direction", "up"),
    ("We built a tiny feedback module (< 3% extra parameters).", ["3%"], 0, "kind", "scale"),
]

# Sentences the review wrote where no number is a claim: settings, versions, what is evaluated.
_NO_CLAIMS = [
    "Setting K to 100 yields the best trade-off.",
    # review of session 7's rules (helper 10)
    "The contrastive loss uses a temperature τ = 0.07, following prior work.",
    "We use nucleus sampling with p = 0.95 for decoding.",
    "Results are averaged over five runs (n = 5) on each benchmark.",
    "We report mean F1 (5 seeds) and accuracy (3 runs) for each model.",
    "Reducing the guidance scale from 7.5 to 3.0 improves sample diversity.",
    "Our optimizer needs only a single step size hyperparameter.",
    "Full autonomy is just one step away.",
    "We report the mean score of 3 annotators per sample.",
    "Responses were scored by GPT-4 judges, which assign a score of 1 to 10.",
    "The 2,000 question test split reliably separates strong and weak models.",
    "Our compact detector rivals 10B+ heavily engineered proprietary commercial detection systems.",
    "Pruning causes a 0.4 throughput drop on edge devices.",
    "We set the weight to 0.5 on ImageNet.",
    "We evaluate on 3 datasets (1-3) and sweep the rate (0.1-0.5) first.",
    "We use a dropout p of 0.1 for all layers.",
    "Coding agents can generate web applications from natural-language descriptions, yet a recent "
    "benchmark study shows that generated applications fail to meet functional requirements in "
    "over 70% of cases.",
    # review of session 8's later rules (helper 18)
    "In a second, complementary experiment, we vary the data size.",
    "The learning rate (Adam: from 0.001 to 0.0001) is annealed.",
    "Compared with Qwen2.5 (0.62-0.71) and the 2023 release (0.62-0.71), our judge agrees more.",
    "Settings: from 0.1 to 0.5 in steps of 0.1, and we sweep (Dropout: from 0.1 to 0.5).",
    # review of session 8's rules (helper 17)
    "A weight of 0.5 on MMLU-Pro and 1.0 on GSM8K is used for mixing.",
    "Sampling at 0.7 on HumanEval and 0.2 on MBPP gives stable results.",
    "The retrieval datastore has a size of 1.4B.",
    "Videos are split into 300-frame clips from the dataset.",
    "Detections are matched (IoU 0.5 on COCO) before scoring.",
    "We take only one step of SGD per batch.",
    "Learning rates were varied over 4 orders of magnitude.",
    "The KL penalty weight is increased to 0.05 in the second stage.",
    "In a second stage, we fine-tune the model, and we run it a second time to verify.",
    "Can a video-language model write a faithful paragraph about a minute of film?",
    "We raise the guidance scale to 7.5 and increase the dropout to 0.3.",
    "We set SSIM 0.9 as the threshold and use a compact 16,384-entry codebook.",
    "We use a batch size of 256 during all experiments.",
    "A budget of 500 suffices for every task.",
    "We sample with a CFG of 7.5 and an EMA of 0.999.",
    "We fine-tune Qwen 2.5 VL on our data.",
    "We evaluate on 30+ datasets and 30+ benchmarks, comparing 20+ methods.",
    "Temperature is annealed 1.0 → 0.1 during training.",
    "We adopt a 2-step approach to retrieval.",
    "Dataset, per-clip scores for all 17 models, and the full evaluation pipeline are released.",
    "We predict 30-day mortality from 48-hour ICU windows.",
    "Our model generates 5-minute videos at 256 times 256 resolution.",
    "The challenges are mainly threefold: data, compute and evaluation.",
    "We train a 16 kHz codec and a 50 Hz VAE.",
    "We evaluate 3 of the 5 tasks on the 12/05 release; it holds in 15 of 12 cases.",
    "We train Qwen3 (4B/8B/14B) with online RL.",
    "Our contribution is twofold and can be summarized as follows.",
    "A 2-sample Kolmogorov-Smirnov test confirms that only 1/4 tokens matter.",
    "By doubling the data, the model learns faster.",
    "The issue affects all 80 evaluated documents and 62 tested languages.",
    "It reaches state-of-the-art results on more than 20+ GUI benchmarks.",
    "With only a 0.5B Qwen2.5 model as backbone, it beats larger 8B competitors.",
    "We compare sampling at temperature 0.7 vs. 1.0 and Python 3.8 vs 3.12.",
    "By doubling the model size, we find that doubling the context length hurts retrieval.",
    "We report results after fine-tuning for 1.5 ImageNet epochs.",
    "We fine-tune with LoRA (r = 16), top-p = 0.9 and n = 4 layers; P = 0.3 of tokens are masked.",
    "The model is trained with tau 2 and kappa 3.",
    "Sharing helps when the factor κ > 1 and hurts when κ < 1; it matches GRPO (N=8).",
    "This is one step further toward AGI: we take a single step of gradient descent.",
    "We use a score of 5 on a Likert scale and report 3 accuracy drop cases.",
    "We increase the learning rate from 0.1 to 0.5 and reduce dropout from 0.3 to 0.1.",
    "Related: InstructMoLE: Instruction-Guided Mixture for Multi-Conditional Image Generation (2025).",
    # session 9's rules
    "While GRPO sidesteps this with group-based baselines, it demands N>1 samples per prompt.",
    "We sample K=8 rollouts and G = 16 responses per prompt with k >= 3 samples.",
    "In particular, CineMobile adopts a three-fold optimization strategy: (1) pruning.",
    "This makes verification subject to a twofold difficulty: first, intent is underspecified.",
    "We use a dropout of 0.1 and reach a learning rate of 0.5 after warmup.",
    "The learning rate reaches 0.1 after warmup and the temperature reaches 0.7.",
    "Experiments on Qwen and GLM series (ranging from 4B to 32B parameters) confirm it.",
    "Analyses of existing methods show that current models reach only 45.2% accuracy.",
    "We filter image pairs (SSIM 0.9 threshold) and keep the rest.",
    "We distill models including Qwen-Image (20B parameters) and Wan2.2 (28B parameters).",
    "Experiments on 17 unified models reveal two key findings.",
    "Prior work has largely examined only single-step generation, typically the final answer.",
    "Semi-off-Policy RL improves InternVL2.5 and InternVL3.0 with 8B and 38B sizes.",
    "Transformers incur quadratic cost, limiting performance when the sequence is long (e.g., 100K tokens).",
    "As sparsity reaches 0.9, the accuracy of dense baselines collapses.",
    "We achieve 0.5, 0.7, and 0.9 for the three thresholds.",
    "Results of conventional methods plateau at 62.4% accuracy on this task.",
    # review of session 10's rules (helper 67)
    "We set alpha and beta to 0.5 and 0.1, respectively.",
    "Experiments use Ubuntu 20.04 and 22.04, respectively.",
    "The algorithm achieves a switching cost of 2 in the worst case.",
    "Generation takes only minutes with FastSpeech 2s.",
    # session 11's rules
    "We vary the batch size 32 → 64 → 128 during warm-up.",
    "The 5-point Likert scale ranges from 1 to 5.",
    "We anneal the temperature (from 1.0 to 0.1) during training.",
    "We reduce the learning rate to 0.1 after warmup.",
    "Participants used a 7-point scale; the difference was significant.",
    "We systematically evaluate 30 state-of-the-art LLMs, including 12 reasoning models.",
    "We evaluate 20 recently released models on our benchmark.",
    "After training, we evaluate 12 models on five benchmarks.",
    "We test the model in 3 different contexts.",
    "We increase the sampling temperature of the policy during rollouts (from 0.6 to 1.2).",
    "The contributions of this paper are two-fold. First, we propose a reward model.",
    "This is how 1930s mathematics fixed long-context rot.",
    "We fine-tune on Claude Opus 4.6 trajectories collected from our agent.",
    "We sample with 0.5 probability at each step.",
    # review of session 16's rules (helpers 131 and 132)
    "This paper introduces TriPlay-RL, which adds a third active player: an Evolving Evaluator.",
    "We store only half-precision weights.",
    "Our method reduces latency in half-precision inference.",
    "We distill from Mistral 7B Instruct samples.",
    "We fine-tune on Llama 2 13B Chat conversations.",
    "We use Claude 3 Opus trajectories for training.",
    "We use Common Voice 13 English utterances.",
]


@pytest.mark.parametrize("text, quotes, index, key, value", _COUNTER, ids=[c[0][:40] for c in _COUNTER])
def test_reviewed_counterexample(nlp, text, quotes, index, key, value):
    claims = nlp(text)._.claims
    assert [text[c["start"]:c["end"]] for c in claims] == quotes
    assert claims[index][key] == value


@pytest.mark.parametrize("text", _NO_CLAIMS, ids=[t[:40] for t in _NO_CLAIMS])
def test_reviewed_sentence_without_claims(nlp, text):
    assert [text[c["start"]:c["end"]] for c in nlp(text)._.claims] == []


def test_a_long_sentence_still_reads_the_metric_right_before_a_number(nlp):
    """metric_before and the kind rules look only at a bounded window before each number
    (bench/long_lists.py keeps long lists linear): a metric named right before a number far
    into a sentence is still read, and so is a list of 200 scores."""
    filler = ", ".join(f"module {chr(97 + i % 26)}" for i in range(120))
    text = f"We combine {filler}, reaching an FID of 1.55 and 0.62 accuracy gains of +2.1%."
    claims = nlp(text)._.claims
    assert [(text[c["start"]:c["end"]], c["metric"], c["kind"]) for c in claims][:1] == \
        [("FID of 1.55", "FID", "score")]
    scores = "We report " + ", ".join(f"{i}.5 AP" for i in range(200)) + "."
    assert [c["metric"] for c in nlp(scores)._.claims] == ["AP"] * 200
