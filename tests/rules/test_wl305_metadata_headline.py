"""WL305 metadata-headline-mismatch: metadata headline against the copy's; the metadata brand."""

from __future__ import annotations

import json

from wirelint.config import Config
from wirelint.input.formats import detect_format
from wirelint.input.formats.lint import lint_source_text

NS = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def newsml(meta_headline: str, hl1: str, provider: str = "", dateline: str = "(Reuters)") -> str:
    prov = f"<provider><name>{provider}</name></provider>" if provider else ""
    body = f"<hedline><hl1>{hl1}</hl1></hedline>" if hl1 else ""
    return (
        f'<?xml version="1.0"?>\n<newsItem {NS}>\n<itemMeta>{prov}</itemMeta>\n'
        f"<contentMeta>\n  <headline>{meta_headline}</headline>\n</contentMeta>\n"
        '<contentSet><inlineXML contenttype="application/nitf+xml">'
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>'
        f"<body.head>{body}</body.head><body.content>"
        f"<p>LONDON, Jan 4 {dateline} - Storms closed ports across the north on Tuesday.</p>"
        "</body.content></body></nitf></inlineXML></contentSet>\n</newsItem>\n"
    )


def ninjs(headline: str, h1: str) -> str:
    body = (f"<h1>{h1}</h1>" if h1 else "") + "<p>LONDON (Reuters) - Storms closed ports.</p>"
    return json.dumps({"uri": "u", "headline": headline, "body_html": body}, indent=1)


def findings(raw: str, path: str, code: str = "WL305", **config: object) -> list[str]:
    cfg = Config(select=(code,), **config)  # type: ignore[arg-type]
    result = lint_source_text(raw, path, cfg, detect_format(path, raw))
    return [raw[d.span.start : d.span.end] for d in result.diagnostics]


def test_the_note_points_at_the_copys_headline() -> None:
    raw = newsml("Storms shut northern ports", "Ferries cancelled as gales sweep in")
    result = lint_source_text(raw, "item.xml", Config(select=("WL305",)), "newsml")
    (d,) = result.diagnostics
    (note,) = d.notes
    assert raw[note.span.start : note.span.end] == "Ferries cancelled as gales sweep in"
    assert result.lines.position(d.span.start).line == 5


def test_a_known_provider_names_the_brand_for_wl201() -> None:
    raw = newsml("Storms shut ports", "Storms shut ports", provider="Reuters", dateline="(AFP)")
    assert findings(raw, "item.xml", "WL201") == ["AFP"]


def test_an_unknown_provider_names_no_brand() -> None:
    raw = newsml(
        "Storms shut ports", "Storms shut ports", provider="Acme Media LLC", dateline="(AFP)"
    )
    assert findings(raw, "item.xml", "WL201") == []


def test_the_configured_brand_beats_the_metadata() -> None:
    raw = newsml("Storms shut ports", "Storms shut ports", provider="Reuters", dateline="(AFP)")
    assert findings(raw, "item.xml", "WL201", brand="AFP") == []
