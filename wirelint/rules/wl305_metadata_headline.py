"""WL305 metadata-headline-mismatch: the file's metadata gives another headline than the copy."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document
from wirelint.input.formats.story import MarkupDocument, same_headline
from wirelint.registry import Context, Rule


class MetadataHeadlineMismatch(Rule):
    """A headline in the file's metadata that is not the headline of the copy.

    ## What it does
    Reads stories held in NewsML-G2 and ninjs, which carry a headline in their metadata
    (`contentMeta/headline`, ninjs `headline` or `headlines`) as well as in the copy (the
    inline NITF `hl1`, an HTML `h1`). When the metadata headline is neither the copy's
    headline nor that headline with a suffix (` – Reuters`), it is reported where the
    metadata gives it, with a note at the copy's headline. Case, punctuation and spacing
    do not count as a difference. Plain text has no metadata: the rule never reports there.

    ## Why it matters
    Feeds, search and apps show the metadata headline; the page shows the copy's. After a
    rewrite that changed only one of them, readers see two stories, and a corrected
    headline may live on in the one nobody looked at.

    ## Example
    ```xml
    <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">
    <contentMeta><headline>Fed to halt QE to avert bubble</headline></contentMeta>
    <contentSet><inlineXML contenttype="application/nitf+xml">
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
    <body.head><hedline><hl1>Fed to keep buying bonds as markets wobble</hl1></hedline></body.head>
    <body.content><p>WASHINGTON (Reuters) - The Fed will keep buying bonds.</p></body.content>
    </body></nitf></inlineXML></contentSet>
    </newsItem>
    ```
    The `contentMeta/headline` is reported, with a note at the `hl1`.
    """

    code = "WL305"
    name = "metadata-headline-mismatch"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not isinstance(doc, MarkupDocument):
            return
        meta = doc.metadata
        if meta.headline is None or meta.headline_span is None:
            return
        heads = doc.headlines
        if any(same_headline(meta.headline, h.text) for h in heads):
            return
        notes = [Note(h.span, "the copy's headline") for h in heads[:1]]
        shown = heads[0].text if heads else ""
        msg = f"the metadata headline ({meta.headline_source}) is `{meta.headline}`"
        msg += f", the copy's is `{shown}`" if shown else ", and the copy has none"
        yield self.diagnostic(meta.headline_span, msg, notes=notes)
