"""Plain wire stories written as NITF, NewsML-G2, ninjs and HTML, for tests and benchmarks.

Each writer keeps every character of the story and its structure as the plain-text
parser reads it, and escapes in the ways real feeds do (numeric and named entities,
CDATA, ``\\u`` escapes, HTML inside a JSON string), so that a reader that maps
positions wrongly shows up as a finding in the wrong place.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.entities import codepoint2name
from xml.sax.saxutils import escape

from wirelint.config import Config
from wirelint.document.model import PartKind, parse_document
from wirelint.input.formats import detect_format
from wirelint.input.formats.lint import lint_source_text

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"


@dataclass
class Parts:
    headlines: list[str]
    bullets: list[str]
    bylines: list[str]
    body: list[tuple[str, str]]  # ("p" | "subhead" | "credit", text)


def parts(text: str) -> Parts:
    doc = parse_document(text)
    out = Parts([], [], [], [])
    for part in doc.parts:
        kind = part.kind
        words = part.text
        if kind is PartKind.PARAGRAPH and doc.dateline is not None and part is doc.paragraphs[0]:
            words = doc.text[doc.dateline.span.start : part.span.end]
        # Line breaks and runs of spaces become one space, as markup readers take them;
        # other spaces (thin, no-break) are the story's and stay.
        words = re.sub(r"[ \t\r\n]+", " ", words).strip()
        if kind is PartKind.HEADLINE and not out.body:
            out.headlines.append(words)
        elif kind is PartKind.BULLET and not out.body:
            out.bullets.append(words)
        elif kind is PartKind.META and not out.body:
            out.bylines.append(words)
        elif kind is PartKind.SUBHEAD:
            out.body.append(("subhead", words))
        elif kind in (PartKind.CREDIT, PartKind.BOILERPLATE):
            out.body.append(("credit", words))
        elif kind in (PartKind.PARAGRAPH, PartKind.BULLET, PartKind.HEADLINE, PartKind.META):
            out.body.append(("p", words))
    return out


def _numeric(text: str) -> str:
    """XML-escaped, every character past ASCII as a numeric reference (&#8217;)."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in escape(text))


def _named(text: str) -> str:
    """HTML-escaped, with named entities where HTML has them (&rsquo;)."""
    out = []
    for c in html.escape(text, quote=False):
        name = codepoint2name.get(ord(c)) if ord(c) >= 128 else None
        out.append(f"&{name};" if name else c)
    return "".join(out)


def _nitf_body(p: Parts, esc: object, *, cdata_every: int = 0) -> str:
    enc = esc if callable(esc) else escape
    lines = ["<body>", "<body.head>", "<hedline>"]
    lines += [f"<hl{min(i + 1, 2)}>{enc(h)}</hl{min(i + 1, 2)}>" for i, h in enumerate(p.headlines)]
    lines.append("</hedline>")
    if p.bullets:
        lines.append("<abstract><ul>")
        lines += [f"  <li>{enc(b)}</li>" for b in p.bullets]
        lines.append("</ul></abstract>")
    lines += [f"<byline>{enc(b)}</byline>" for b in p.bylines]
    lines += ["</body.head>", "<body.content>"]
    credits = []
    for i, (kind, words) in enumerate(p.body):
        if kind == "credit":
            credits.append(words)
        elif kind == "subhead":
            lines.append(f"<hl2>{enc(words)}</hl2>")
        elif cdata_every and i % cdata_every == 1 and "]]>" not in words:
            lines.append(f"<p><![CDATA[{words}]]></p>")
        else:
            lines.append(f"<p>{enc(words)}</p>")
    lines.append("</body.content>")
    if credits:
        lines.append("<body.end>")
        lines += [f"<tagline>{enc(c)}</tagline>" for c in credits]
        lines.append("</body.end>")
    lines.append("</body>")
    return "\n".join(lines)


def to_nitf(text: str) -> str:
    p = parts(text)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
        '<nitf version="-//IPTC//DTD NITF 3.6//EN">\n'
        "<head><title>story</title></head>\n" + _nitf_body(p, _numeric) + "\n</nitf>\n"
    )


def to_newsml(text: str, *, provider: str | None = None) -> str:
    p = parts(text)
    provider_el = (
        f'<provider literal="{escape(provider)}"/>'
        if provider
        else '<provider qcode="nprov:test"/>'
    )
    meta_headline = f"<headline>{escape(p.headlines[0])}</headline>" if p.headlines else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<newsItem xmlns="{NEWSML_NS}" guid="urn:newsml:example.com:20230104:story" '
        'version="1" standard="NewsML-G2" standardversion="2.35" conformance="power">\n'
        '<catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>\n'
        "<itemMeta>\n"
        '  <itemClass qcode="ninat:text"/>\n'
        f"  {provider_el}\n"
        "  <versionCreated>2023-01-04T12:00:00Z</versionCreated>\n"
        "</itemMeta>\n"
        f"<contentMeta>\n  {meta_headline}\n</contentMeta>\n"
        "<contentSet>\n"
        '<inlineXML contenttype="application/nitf+xml">\n'
        f'<nitf xmlns="{NITF_NS}">\n' + _nitf_body(p, escape, cdata_every=3) + "\n</nitf>\n"
        "</inlineXML>\n</contentSet>\n</newsItem>\n"
    )


def _html_body(p: Parts, enc: object, *, second_headline_in_body: bool = True) -> str:
    e = enc if callable(enc) else html.escape
    lines = []
    heads = p.headlines if second_headline_in_body else []
    lines += [f"<h1>{e(h)}</h1>" for h in heads]
    if p.bullets:
        lines.append("<ul>")
        lines += [f"<li>{e(b)}</li>" for b in p.bullets]
        lines.append("</ul>")
    lines += [f'<p class="byline">{e(b)}</p>' for b in p.bylines]
    for kind, words in p.body:
        if kind == "subhead":
            lines.append(f"<h2>{e(words)}</h2>")
        else:
            lines.append(f"<p>{e(words)}</p>")
    return "\n".join(lines)


def to_html(text: str) -> str:
    p = parts(text)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        '<title>story</title></head>\n<body>\n<nav><a href="/">Home</a></nav>\n'
        "<article>\n" + _html_body(p, _named) + "\n</article>\n"
        "<footer>Site footer</footer>\n</body>\n</html>\n"
    )


def to_ninjs1(text: str) -> str:
    """ninjs 1.x: ``headline``; the lines after it open ``body_html``; ASCII-only JSON."""
    p = parts(text)
    # ninjs 1.x has one headline field: a second headline line (a web headline, a
    # standfirst) is the first line of the body, as it was in the plain story.
    rest = Parts([], p.bullets, p.bylines, p.body)
    lead = "".join(f"<p>{_named(h)}</p>\n" for h in p.headlines[1:])
    item = {
        "uri": "http://example.com/story/1",
        "type": "text",
        "headline": p.headlines[0] if p.headlines else "",
        "body_html": lead + _html_body(rest, _named),
    }
    return json.dumps(item, indent=2, ensure_ascii=True) + "\n"


def to_ninjs2(text: str, *, holder: str | None = None) -> str:
    """ninjs 2.x: ``headlines`` and ``bodies``; UTF-8 JSON with HTML escaped minimally."""
    p = parts(text)
    rest = Parts([], p.bullets, p.bylines, p.body)
    item: dict[str, object] = {
        "uri": "http://example.com/story/2",
        "type": "text",
        "headlines": [
            {"role": "main" if i == 0 else "alternate", "value": h}
            for i, h in enumerate(p.headlines)
        ],
        "bodies": [
            {"role": "main", "contenttype": "text/html", "value": _html_body(rest, html.escape)}
        ],
    }
    if holder:
        item["copyrightholder"] = holder
    return json.dumps(item, indent=2, ensure_ascii=False) + "\n"


WRITERS = {
    "nitf": (to_nitf, ".nitf.xml"),
    "newsml": (to_newsml, ".newsml.xml"),
    "html": (to_html, ".html"),
    "ninjs1": (to_ninjs1, ".ninjs1.json"),
    "ninjs2": (to_ninjs2, ".ninjs2.json"),
}


def visible(raw: str, start: int, end: int, fmt: str) -> str:
    """What a reader sees of ``raw[start:end]``: markup dropped, escapes decoded."""
    text = raw[start:end]
    if fmt == "ninjs":
        text = json.loads(f'"{text}"')
    out = []
    opened = raw.rfind("<![CDATA[", 0, start)
    if opened != -1 and raw.find("]]>", opened, start) == -1:
        # The slice begins inside a CDATA section: that much is text as written.
        head, _, text = text.partition("]]>")
        out.append(head)
    # CDATA is text as written; elsewhere tags go and entities are decoded.
    for i, piece in enumerate(re.split(r"<!\[CDATA\[(.*?)(?:\]\]>|$)", text, flags=re.S)):
        out.append(piece or "" if i % 2 else html.unescape(re.sub(r"<[^>]*>", " ", piece)))
    return " ".join("".join(out).split())


def compare(plain: str, raw: str, path: str, config: Config | None = None) -> list[str]:
    """How the findings on ``raw`` differ from those on the plain story (empty: none).

    Every finding must be the plain text's finding (code and message), and its span and
    notes must cover, in the file, the words they cover in the plain text.
    """
    cfg = config or Config()
    fmt = detect_format(path, raw)
    # Linted twice: WL401 can judge a word differently the first time a process meets it
    # (the grammar lexicon remembers look-ups), and the file is read second.
    lint_source_text(plain, "story.txt", cfg)
    want = lint_source_text(plain, "story.txt", cfg).diagnostics
    got = lint_source_text(raw, path, cfg, fmt).diagnostics
    problems = []
    if [(d.code, d.message) for d in want] != [(d.code, d.message) for d in got]:
        missing = {(d.code, d.message) for d in want} - {(d.code, d.message) for d in got}
        extra = {(d.code, d.message) for d in got} - {(d.code, d.message) for d in want}
        problems.append(f"{path}: findings differ: missing {missing}, extra {extra}")
        return problems
    for a, b in zip(want, got, strict=True):
        if len(a.notes) != len(b.notes):
            problems.append(f"{path}: {a.code} has {len(b.notes)} notes, not {len(a.notes)}")
            continue
        pairs = [(a.span, b.span)]
        pairs += [(x.span, y.span) for x, y in zip(a.notes, b.notes, strict=True)]
        for x, y in pairs:
            expected = " ".join(plain[x.start : x.end].split())
            found = visible(raw, y.start, y.end, fmt)
            if expected != found:
                problems.append(f"{path}: {a.code} covers {found!r} in the file, not {expected!r}")
    return problems
