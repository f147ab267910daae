"""The report in a real browser: headless Chromium runs the page's script on the bundled dataset.

Debian's `chromium` is installed here when missing (as root, with apt-get); where that cannot
be done the test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.report import render_html
from pipeline.write import read_table

from .conftest import ROOT

SEARCH = "speedup gpu"


def _install_chromium() -> str | None:
    """Path of chromium, installing Debian's package first if needed and possible."""
    if shutil.which("chromium") or not shutil.which("apt-get") or os.geteuid() != 0:
        return shutil.which("chromium")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        subprocess.run(step, env=env, capture_output=True, timeout=900, check=False)
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = _install_chromium()
    if path is None:
        pytest.skip("chromium is not installed and cannot be (needs root, apt-get and "
                    "Debian's package index)")
    return path


def _browse(chromium: str, url: str, tmp: Path, *args: str) -> str:
    result = subprocess.run(
        [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
         f"--user-data-dir={tmp / 'profile'}", *args, url],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class _Rows(HTMLParser):
    """Text and `hidden` flag of each row in the body of the claims table."""

    def __init__(self):
        super().__init__()
        self.rows: list[tuple[str, bool]] = []
        self._inside = self._row = False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("id", "claims") in attrs:
            self._inside = True
        elif self._inside and tag == "tr" and any(k == "id" for k, _ in attrs):
            self.rows.append(("", any(k == "hidden" for k, _ in attrs)))
            self._row = True

    def handle_endtag(self, tag):
        self._inside = self._inside and tag != "table"
        self._row = self._row and tag != "tr"

    def handle_data(self, data):
        if self._inside and self._row:
            text, hidden = self.rows[-1]
            self.rows[-1] = (text + data, hidden)


def test_report_table_searches_in_chromium(chromium, bundled_dataset, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_html(bundled_dataset), encoding="utf-8")
    dom = _browse(chromium, f"{page.as_uri()}?q={SEARCH.replace(' ', '+')}", tmp_path,
                  "--dump-dom")
    parser = _Rows()
    parser.feed(dom)
    assert len(parser.rows) == len(read_table(bundled_dataset, "claims"))  # one row per claim
    terms = SEARCH.split()
    expected = [all(t in text.lower() for t in terms) for text, _ in parser.rows]
    assert [not hidden for _, hidden in parser.rows] == expected
    assert 0 < sum(expected) < len(expected)
    assert f'<output id="shown">{sum(expected)}</output>' in dom

    screenshot = ROOT / "outputs" / "report.png"
    screenshot.parent.mkdir(exist_ok=True)
    _browse(chromium, f"{page.as_uri()}#q=A100", tmp_path, "--window-size=1400,3000",
            f"--screenshot={screenshot}")
    assert screenshot.stat().st_size > 50_000
