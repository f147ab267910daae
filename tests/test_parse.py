"""Digest parsing: both layouts, header recognition, exact offsets, clear errors."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.errors import DigestFormatError, InputError
from pipeline.parse import parse_text, read_digest

from .conftest import DIGESTS

SPACED = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research " \
         "community\n\nMay 28\n\nTitle One\n\nAbstract one has 2x speedup.\n\nTitle Two\n\nSecond."
COMPACT = "Get trending papers in your email inbox once a day!\nGet trending papers in your " \
          "email inbox!\nSubscribeTitle One\nAbstract one has 2x speedup.\nTitle Two\nSecond."


def _parse(text: str):
    return parse_text(text, "snap.txt", hashlib.sha256(text.encode()).hexdigest())


@pytest.mark.parametrize("text, date", [(SPACED, "May 28"), (COMPACT, None),
                                        (SPACED.replace("\n", "\r\n"), "May 28")],
                         ids=["spaced", "compact", "crlf"])
def test_layouts_give_titles_abstracts_and_offsets(text, date):
    digest = _parse(text)
    assert digest.digest_date == date
    assert [(p.title, p.abstract) for p in digest.papers] == [
        ("Title One", "Abstract one has 2x speedup."), ("Title Two", "Second.")]
    for paper in digest.papers:
        assert text[paper.title_start:paper.title_start + len(paper.title)] == paper.title
        assert text[paper.abstract_start:paper.abstract_start + len(paper.abstract)] \
            == paper.abstract


@pytest.mark.parametrize("path, papers, date", [
    (DIGESTS[0], 89, "May 28"), (DIGESTS[1], 119, None), (DIGESTS[2], 121, "May 9"),
    (DIGESTS[3], 86, "Mar 14"), (DIGESTS[4], 30, "Jan 12"), (DIGESTS[5], 30, None),
    (DIGESTS[6], 30, "May 30"), (DIGESTS[7], 29, None), (DIGESTS[8], 30, "Dec 17"),
    (DIGESTS[9], 30, None), (DIGESTS[10], 24, "Apr 11"), (DIGESTS[11], 26, None),
    (DIGESTS[12], 29, "Dec 9"), (DIGESTS[13], 26, None), (DIGESTS[14], 25, "Mar 14"),
    (DIGESTS[15], 30, None), (DIGESTS[16], 11, "Dec 5"), (DIGESTS[17], 26, None),
    (DIGESTS[18], 27, "Apr 4"), (DIGESTS[19], 23, None), (DIGESTS[20], 23, "Jan 17"),
    (DIGESTS[21], 29, None), (DIGESTS[22], 10, "Mar 21"), (DIGESTS[23], 26, None),
    (DIGESTS[24], 30, "Aug 19"), (DIGESTS[25], 30, None), (DIGESTS[26], 26, "Feb 5"),
    (DIGESTS[27], 24, None), (DIGESTS[28], 30, None), (DIGESTS[29], 30, "Jun 1"),
    (DIGESTS[30], 30, None), (DIGESTS[31], 30, "Jan 13"), (DIGESTS[32], 30, "Aug 18"),
    (DIGESTS[33], 30, None), (DIGESTS[34], 30, "Aug 21"), (DIGESTS[35], 29, None),
    (DIGESTS[36], 30, "Dec 10"), (DIGESTS[37], 30, None), (DIGESTS[38], 30, "Dec 12"),
    (DIGESTS[39], 30, None), (DIGESTS[40], 30, "Dec 11"), (DIGESTS[41], 30, None),
    (DIGESTS[42], 30, "Feb 21"), (DIGESTS[43], 30, None), (DIGESTS[44], 30, "Apr 3"),
    (DIGESTS[45], 30, None), (DIGESTS[46], 30, "Apr 11"), (DIGESTS[47], 30, None),
    (DIGESTS[48], 22, "Aug 5"), (DIGESTS[49], 20, None), (DIGESTS[50], 11, "Aug 7"),
    (DIGESTS[51], 18, None), (DIGESTS[52], 30, "Jan 1"), (DIGESTS[53], 30, None),
    (DIGESTS[54], 30, "Jan 5"), (DIGESTS[55], 30, None), (DIGESTS[56], 30, "Jun 2"),
    (DIGESTS[57], 30, None), (DIGESTS[58], 30, "Jun 4"), (DIGESTS[59], 30, None),
    (DIGESTS[60], 30, "Sep 15"), (DIGESTS[61], 30, None), (DIGESTS[62], 30, "Sep 17"),
    (DIGESTS[63], 30, None), (DIGESTS[64], 30, "Nov 3"), (DIGESTS[65], 30, None),
    (DIGESTS[66], 30, "Nov 5"), (DIGESTS[67], 30, None), (DIGESTS[68], 30, "Jul 14"),
    (DIGESTS[69], 30, None), (DIGESTS[70], 30, "Jul 16"), (DIGESTS[71], 30, None),
    (DIGESTS[72], 30, "Apr 20"), (DIGESTS[73], 30, None), (DIGESTS[74], 30, "Apr 22"),
    (DIGESTS[75], 30, None), (DIGESTS[76], 30, "Mar 2"), (DIGESTS[77], 30, None),
    (DIGESTS[78], 30, "Mar 4"), (DIGESTS[79], 30, None), (DIGESTS[80], 30, "Oct 6"),
    (DIGESTS[81], 30, None), (DIGESTS[82], 30, "Oct 8"), (DIGESTS[83], 30, None),
    (DIGESTS[84], 30, "Aug 11"), (DIGESTS[85], 30, None), (DIGESTS[86], 30, "Aug 13"),
    (DIGESTS[87], 30, None), (DIGESTS[88], 30, "Sep 1"), (DIGESTS[89], 30, None),
    (DIGESTS[90], 30, "Sep 3"), (DIGESTS[91], 30, None), (DIGESTS[92], 30, "Aug 25"),
    (DIGESTS[93], 30, None), (DIGESTS[94], 30, "Aug 27"), (DIGESTS[95], 30, None),
    (DIGESTS[96], 30, "Jul 28"), (DIGESTS[97], 30, None), (DIGESTS[98], 30, "Jul 30"),
    (DIGESTS[99], 30, None), (DIGESTS[100], 30, "May 18"), (DIGESTS[101], 30, None),
    (DIGESTS[102], 30, "May 20"), (DIGESTS[103], 30, None), (DIGESTS[104], 30, "Dec 8"),
    (DIGESTS[105], 30, None), (DIGESTS[106], 30, "Dec 10"), (DIGESTS[107], 30, None),
    (DIGESTS[108], 30, "Jun 15"), (DIGESTS[109], 30, None), (DIGESTS[110], 30, "Jun 17"),
    (DIGESTS[111], 30, None), (DIGESTS[112], 30, "Feb 9"), (DIGESTS[113], 30, None),
    (DIGESTS[114], 30, "Feb 11"), (DIGESTS[115], 30, None), (DIGESTS[116], 30, "Mar 23"),
    (DIGESTS[117], 30, None), (DIGESTS[118], 30, "Mar 25"), (DIGESTS[119], 30, None),
    (DIGESTS[120], 30, "Jul 13"), (DIGESTS[121], 30, None), (DIGESTS[122], 30, "Jul 15"),
    (DIGESTS[123], 30, None)],
    ids=[p.stem for p in DIGESTS])
def test_bundled_digests(path, papers, date):
    digest = read_digest(path)
    assert (len(digest.papers), digest.digest_date) == (papers, date)
    assert digest.snapshot == path.stem and digest.source == path.name
    assert not any(p.title.startswith("Subscribe") for p in digest.papers)


def test_bom_is_dropped_and_offsets_count_the_decoded_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SPACED.encode())
    digest = read_digest(path)
    first = digest.papers[0]
    assert digest.text[first.title_start:].startswith("Title One")


@pytest.mark.parametrize("content, message", [
    (b"", "no papers found"), (b"new\n\nSubscribe\n\nMay 28\n", "no papers found"),
    (b"\x00\x01binary", "binary data"), (b"Title\n\xff\xfe bad", "not UTF-8"),
], ids=["empty", "header-only", "binary", "not-utf8"])
def test_bad_digests_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DigestFormatError, match=message) as info:
        read_digest(path)
    assert str(path) in str(info.value) and isinstance(info.value, ValueError)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_digest(tmp_path / "missing.txt")


def test_title_without_abstract_is_reported_not_paired():
    digest = _parse(SPACED + "\n\nDangling title")
    assert len(digest.papers) == 2 and "Dangling title" in digest.warnings[0]
