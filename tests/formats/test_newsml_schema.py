"""NewsML-G2 samples are valid against IPTC's 2.35 schema, and IPTC's own example reads."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED, corpus_files
from tests.formats.convert import to_newsml
from tests.formats.test_seed_formats import SAMPLES
from wirelint.config import Config
from wirelint.input.formats import detect_format
from wirelint.input.formats.lint import lint_source_text
from wirelint.input.formats.read import read_story

SCHEMAS = SHARED / "schemas" / "newsml-g2"
XSD = SCHEMAS / "NewsML-G2_2.35-spec-All-Power.xsd"
IPTC_EXAMPLE = SCHEMAS / "LISTING_2_NewsML-G2_Text_Document.xml"

pytestmark = pytest.mark.skipif(not XSD.is_file(), reason="the NewsML-G2 schema is not present")


@pytest.fixture(scope="module")
def schema() -> object:
    etree = pytest.importorskip("lxml.etree")
    # The schema is read where it lies (it imports xml.xsd from its own folder).
    return etree.XMLSchema(etree.parse(str(XSD)))


def _validate(schema: object, text: str) -> list[str]:
    from lxml import etree

    doc = etree.fromstring(text.encode("utf-8"))
    ok = schema.validate(doc)  # type: ignore[attr-defined]
    return [] if ok else [str(e) for e in schema.error_log]  # type: ignore[attr-defined]


def test_the_seed_sample_is_valid_newsml_g2(schema: object) -> None:
    sample = SAMPLES / "makiivka-portal.newsml.xml"
    assert _validate(schema, sample.read_text(encoding="utf-8")) == []


def test_corpus_stories_written_as_newsml_g2_are_valid(schema: object) -> None:
    for path in corpus_files(every=200):
        text = to_newsml(path.read_text(encoding="utf-8"), provider="Reuters")
        assert _validate(schema, text) == [], path


def test_iptcs_example_text_item_reads_as_a_story() -> None:
    raw = IPTC_EXAMPLE.read_text(encoding="utf-8")
    assert detect_format(str(IPTC_EXAMPLE), raw) == "newsml"
    story = read_story(raw, str(IPTC_EXAMPLE), "newsml")
    assert story.text.startswith('# Fed to halt QE to avert "bubble"\n\nBy Meredith Jameson')
    # Its metadata headline is the copy's, give or take a leading space: no WL305.
    result = lint_source_text(raw, str(IPTC_EXAMPLE), Config(select=("WL305",)), "newsml")
    assert result.diagnostics == []
    # The provider is no agency wirelint knows: it names no brand.
    assert story.metadata.brands[0] == "Acme News and Media LLC"
