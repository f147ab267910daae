"""The `claims` command line: help everywhere, clean errors, run -> eval -> diff -> report."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import DIGESTS, ROOT

runner = CliRunner()


@pytest.mark.parametrize("command", [[], ["run"], ["eval"], ["explain"], ["diff"], ["report"]])
def test_every_command_has_help(command):
    result = runner.invoke(app, command + ["--help"])
    assert result.exit_code == 0 and "Usage" in result.output


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", "--no-prefect", "--out", str(out), str(DIGESTS[0]),
                                 str(DIGESTS[2])])
    assert result.exit_code == 0, result.output
    assert "2 snapshots, 210 papers" in result.output
    return out


def test_eval_scores_the_dev_gold(dataset):
    if not (ROOT.parent / "shared" / "gold").exists():
        pytest.skip("../shared/gold is not beside this checkout")
    result = runner.invoke(app, ["eval", "--gold", str(ROOT.parent / "shared" / "gold"),
                                 "--data", str(dataset), "--json"])
    scores = json.loads(result.output)
    assert scores["papers"] == 45 and scores["f1"] >= 0.9


def test_diff_of_a_snapshot_with_itself_is_empty(dataset):
    result = runner.invoke(app, ["diff", DIGESTS[0].stem, DIGESTS[0].stem, "--data",
                                 str(dataset), "--json"])
    diff = json.loads(result.output)
    assert (diff["added"], diff["removed"], diff["changed"]) == ([], [], [])
    assert diff["unchanged"] > 100


def test_diff_writes_parquet_for_notebooks(dataset, tmp_path):
    out = tmp_path / "diff.parquet"
    result = runner.invoke(app, ["diff", DIGESTS[0].stem, DIGESTS[2].stem, "--data",
                                 str(dataset), "--out", str(out)])
    assert result.exit_code == 0 and out.exists() and "re-announced" in result.output


def test_report_is_written(dataset, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(dataset, out)
    runner.invoke(app, ["run", "--no-prefect", "--out", str(out), str(DIGESTS[1])])
    result = runner.invoke(app, ["report", "--data", str(out), "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0
    report = (tmp_path / "r.md").read_text()
    assert "| 000_4179bc235cb7c468 | May 28 | 89 |" in report
    assert "| 001_27692c3b1d99ddda |  | 119 |" in report  # compact layout: no date line


def test_explain_shows_rules_and_drops():
    result = runner.invoke(app, ["explain", "It runs at 178 fps, 3x faster than VGG16."])
    assert "[number_unit] '178 fps'" in result.output
    assert "drop   '16'" in result.output and "part of a name" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["run", "--no-prefect", "--out", "{tmp}", "missing.txt"], 1,
     "rejected: missing.txt: no such file or directory"),
    (["run", "--no-prefect", "--out", "{tmp}", "{tmp}"], 1, "holds no digest"),
    (["eval", "--gold", "nope.jsonl"], 2, "error: nope.jsonl: no such gold file"),
    (["diff", "x", "y", "--data", "nowhere"], 2, "error: x: no such snapshot"),
], ids=["missing-digest", "empty-directory", "missing-gold", "unknown-snapshot"])
def test_user_mistakes_get_one_line_errors(args, code, message, tmp_path):
    result = runner.invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output


def test_failed_run_keeps_earlier_outputs(dataset, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(dataset, out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    before = sorted(p.read_bytes() for p in out.rglob("*.parquet"))
    result = runner.invoke(app, ["run", "--no-prefect", "--out", str(out), str(bad)])
    assert result.exit_code == 1 and "binary data" in result.output
    assert sorted(p.read_bytes() for p in out.rglob("*.parquet")) == before


def test_debug_shows_the_traceback():
    result = runner.invoke(app, ["--debug", "eval", "--gold", "nope.jsonl"])
    assert result.exit_code != 0 and result.exception is not None


def test_serve_refuses_a_bad_cron_or_a_missing_directory_before_starting(tmp_path):
    result = runner.invoke(app, ["serve", "--watch", str(tmp_path), "--cron", "not a cron"])
    assert result.exit_code == 2 and "--cron: not a cron schedule: 'not a cron'" in result.output
    result = runner.invoke(app, ["serve", "--watch", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "Invalid value for '--watch'" in result.output


def test_report_names_the_line_of_a_corrupt_rejects_file(dataset, tmp_path):
    shutil.copytree(dataset, tmp_path / "data")
    (tmp_path / "data" / "rejected.jsonl").write_text('{"path": "a", "reason": "b"}\n{bad\n')
    result = runner.invoke(app, ["report", "--data", str(tmp_path / "data"),
                                 "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "rejected.jsonl:2: invalid JSON" in result.output


def test_eval_against_a_second_annotation_counts_its_differences(tmp_path):
    gold = ROOT / "tests" / "gold_fresh" / "004_p049-086.jsonl"
    lines = [json.loads(line) for line in gold.read_text().splitlines()]
    claims = [i for i, row in enumerate(lines) if not row.get("no_claims")]
    second = [row for i, row in enumerate(lines) if i != claims[0]]  # one claim left out
    second[claims[1] - 1] = {**second[claims[1] - 1], "kind": "no such kind"}
    (tmp_path / "second.jsonl").write_text("".join(json.dumps(r) + "\n" for r in second))
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--against",
                                 str(tmp_path / "second.jsonl"), "--json"])
    scores = json.loads(result.stdout)
    assert result.exit_code == 0 and (scores["fn"], scores["fp"]) == (1, 0)
    assert scores["fields"]["kind"]["agree"] == scores["fields"]["kind"]["total"] - 1
