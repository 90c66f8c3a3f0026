"""Mangled real copy, for the fuzz tests and benchmarks/fuzz.py.

Each operation damages a story the way pasted tables, OCR output, scraped pages and
hurried edits do. Operations take a ``choose(lo, hi)`` function (an int in [lo, hi]):
hypothesis's ``draw`` in the tests, ``random.Random.randint`` in the benchmark, so
both run the same damage.

:func:`problems` is the contract every lint of any text must keep: no rule raises,
every finding lies inside the text, its positions convert both ways (people's line and
column, the editor's UTF-16 units), and the same text gives the same findings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from wirelint.config import Config
from wirelint.diagnostics import Diagnostic
from wirelint.document.positions import LineIndex
from wirelint.document.span import Span
from wirelint.engine import LintResult, lint_text

Choose = Callable[[int, int], int]
Op = Callable[[str, Choose, int], str]

CONTROL = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85)]
CONTROL += ["\r", "\u2028", "\u2029"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
BIDI += ["\u2066", "\u2067", "\u2068", "\u2069"]
COMBINING = ["\u0301", "\u0300", "\u0308", "\u0327", "\u030c", "\u0323", "\u20dd"]
QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "`", "''"]
ASTRAL = ["\U0001f600", "\U0001d400", "\U00020000", "\U0001f1fa\U0001f1e6"]
OPEN_COMMENTS = [
    "<!-- wirelint: ignore WL101",
    "<!-- wirelint: ignore-file",
    "<!-- wirelint: ignore",
    "<!--",
    "-->",
    "<!-- wirelint: ignore WL101 -->",
    "<!-- wirelint: ignore-file ALL -->",
    "```",
]
URLS = [
    "https://example.com/a_b-c?d=e&f=G#H",
    "www.Example.co.uk/News/Story_2024.html",
    "user.name+tag@Example.ORG",
    "http://[::1]:8080/x",
]
TABLES = [
    "| Team | P | W | D | L | Pts |\n|---|---|---|---|---|---|\n| Arsenal | 38 | 26 | 6 | 6 | 84 |\n",
    "Company\t1986\t1987\nAcme Corp\t1.2\t3.4\nBeta Ltd\t-0.5\t12.7\n",
    "  Shr 1.23 dlrs vs 45 cts\n  Net 1,234,000 vs 567,000\n  Revs 12.3 mln vs 11.0 mln\n",
]


def _pick(choose: Choose, items: Sequence[str]) -> str:
    return items[choose(0, len(items) - 1)]


def _insert(text: str, choose: Choose, piece: str) -> str:
    at = choose(0, len(text))
    return text[:at] + piece + text[at:]


def _word_at(text: str, choose: Choose) -> tuple[int, int]:
    """Start and end of a word near a chosen place (the whole text if it has none)."""
    at = choose(0, max(len(text) - 1, 0))
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    return start, len(text) if end == -1 else end


def control(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, _pick(choose, CONTROL) * choose(1, 3))


def invisible(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, _pick(choose, ZERO_WIDTH + BIDI) * choose(1, 2))


def combining(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, "".join(_pick(choose, COMBINING) for _ in range(choose(1, 4))))


def stray_quote(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, _pick(choose, QUOTES))


def astral(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, _pick(choose, ASTRAL))


def open_comment(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, _pick(choose, OPEN_COMMENTS))


def repeat_word(text: str, choose: Choose, scale: int) -> str:
    start, end = _word_at(text, choose)
    word = text[start:end]
    return text[:start] + " ".join([word] * choose(2, 2 + scale // 50)) + text[end:]


def capitals(text: str, choose: Choose, scale: int) -> str:
    start = choose(0, len(text))
    end = min(len(text), start + choose(1, 400))
    return text[:start] + text[start:end].upper() + text[end:]


def long_token(text: str, choose: Choose, scale: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    n = choose(20, scale)
    token = (letters * (n // len(letters) + 1))[:n]
    if choose(0, 1):
        token = token.capitalize()
    return _insert(text, choose, f" {token} ")


def long_line(text: str, choose: Choose, scale: int) -> str:
    """Line breaks removed from a stretch: a paragraph without a break, as scraped."""
    start = choose(0, len(text))
    end = min(len(text), start + choose(1, scale * 20))
    return text[:start] + text[start:end].replace("\n", " ") + text[end:]


def long_paragraph(text: str, choose: Choose, scale: int) -> str:
    """A paragraph repeated into one block many times its size."""
    paragraphs = text.split("\n\n")
    i = choose(0, len(paragraphs) - 1)
    paragraphs[i] = " ".join([paragraphs[i]] * choose(2, max(2, scale // 20)))
    return "\n\n".join(paragraphs)


def table(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, "\n" + _pick(choose, TABLES) + "\n")


def url(text: str, choose: Choose, scale: int) -> str:
    return _insert(text, choose, f" {_pick(choose, URLS)} ")


def cut(text: str, choose: Choose, scale: int) -> str:
    start = choose(0, len(text))
    return text[:start] + text[min(len(text), start + choose(1, 200)) :]


def line_endings(text: str, choose: Choose, scale: int) -> str:
    return text.replace("\n", _pick(choose, ["\r\n", "\r", "\n\n", "\n \n"]))


OPS: dict[str, Op] = {
    op.__name__: op
    for op in (
        control,
        invisible,
        combining,
        stray_quote,
        astral,
        open_comment,
        repeat_word,
        capitals,
        long_token,
        long_line,
        long_paragraph,
        table,
        url,
        cut,
        line_endings,
    )
}
NAMES = sorted(OPS)


#: Longest mangled story, in characters: a paragraph repeated into a paragraph repeated
#: again grows past anything a newsroom file holds (`max-file-size` is 10 MB).
MAX_CHARS = 1_000_000


def mangle(text: str, choose: Choose, operations: int, scale: int) -> tuple[str, list[str]]:
    """``text`` after ``operations`` chosen damages; ``scale`` bounds the long ones."""
    applied = []
    for _ in range(operations):
        name = NAMES[choose(0, len(NAMES) - 1)]
        text = OPS[name](text, choose, scale)[:MAX_CHARS]
        applied.append(name)
    return text, applied


# -- the contract ---------------------------------------------------------------------------


def _spans(d: Diagnostic) -> list[Span]:
    return [d.span, *(n.span for n in d.notes), *(e.span for f in d.fixes for e in f.edits)]


def fingerprint(result: LintResult) -> list[tuple[object, ...]]:
    return [(d.code, d.span, d.message, d.notes, d.fixes, d.severity) for d in result.diagnostics]


def problems(text: str, result: LintResult, again: LintResult | None = None) -> list[str]:
    """What is wrong with linting ``text``: empty when the contract holds."""
    out = [f"{c.code} crashed: {c.error}" for c in result.crashes if not c.user_error]
    lines = LineIndex(text)
    for d in result.diagnostics:
        for span in _spans(d):
            if not 0 <= span.start <= span.end <= len(text):
                out.append(f"{d.code}: span {span} outside the text ({len(text)} characters)")
                continue
            pos = lines.position(span.start)
            if lines.offset(pos.line, pos.column) != span.start:
                out.append(f"{d.code}: line/column {pos} does not lead back to {span.start}")
            u16 = lines.utf16(span.start)
            if lines.offset_from_utf16(u16.line, u16.column) != span.start:
                out.append(f"{d.code}: UTF-16 position {u16} does not lead back to {span.start}")
    if again is not None and fingerprint(again) != fingerprint(result):
        out.append("the same text gave different findings on a second run")
    return out


def lint_twice(text: str, config: Config) -> tuple[LintResult, LintResult]:
    return lint_text(text, config, "story.txt"), lint_text(text, config, "story.txt")


def seed_stories(corpus: Path | None, limit: int) -> list[str]:
    """Real copy to damage: the bundled example, then corpus stories when present."""
    here = Path(__file__).resolve().parents[1]
    stories = [(here / "examples" / "makiivka-portal.txt").read_text(encoding="utf-8")]
    if corpus is not None and corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")
        step = max(1, len(files) // max(limit, 1))
        stories += [p.read_text(encoding="utf-8") for p in files[::step][:limit]]
    return stories
