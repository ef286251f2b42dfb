"""A saved web page as text: decoded the way a browser decodes it, and read block by block.

The text seed of an archived page is its title, then every block of text a reader sees, one
paragraph each, in the page's order: the article and its furniture alike, so that the words stating
who published the page and when are in the archive beside the article. Pure functions of bytes.
"""

from __future__ import annotations

import codecs
import re

from lxml import html as lxml_html
from lxml.html import HtmlElement, defs
from trafilatura.utils import decode_file

# The HTML standard's rules for sniffing a page (MIME Sniffing, "text/html" patterns): a page starts
# with one of these tags, after white space and an optional XML declaration.
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--|<(?:!doctype\s+html|html|head|script|iframe"
                         r"|h1|div|font|table|a|style|title|b|body|br|p)[\s>/])", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*\?>")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# The Encoding Standard decodes these labels as windows-1252, as every browser does.
_AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii"}
# lxml's block elements predate HTML5; its sectioning elements are blocks too.
BLOCKS = defs.block_tags | {"address", "article", "aside", "body", "details", "dialog", "figcaption",
                            "figure", "footer", "header", "hgroup", "html", "main", "nav", "section",
                            "summary"}
# Never shown as text: the head, code, embedded objects and choices in a closed list.
UNSEEN = {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
          "embed", "canvas", "video", "audio", "datalist", "select"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _declared(data: bytes) -> str | None:
    """The codec a page declares in a `<meta>` within its first 1024 bytes, if Python knows it."""
    match = _META_CHARSET.search(data[:1024])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith("utf-16"):  # a page that can declare it in ASCII is not UTF-16
        return "utf-8"
    return "cp1252" if name in _AS_WINDOWS_1252 else name


def decode(data: bytes) -> str:
    """The page's text: a byte-order mark first, then the declared charset, then UTF-8, then a
    guess (charset_normalizer, through trafilatura)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    for codec in (_declared(data), "utf-8"):
        if codec:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue
    return decode_file(data)


def looks_like_html(text: str) -> bool:
    return "\x00" not in text[:1024] and bool(_HTML_START.match(text))


def parse(text: str) -> HtmlElement:
    """The page's element tree (lxml refuses a string that declares its own encoding)."""
    return lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1) or "<html></html>")


def _hidden(element: HtmlElement) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style", "")))


class _Blocks:
    """Text gathered block by block: a block boundary ends a paragraph, `<br>` a line."""

    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = []
        self.lines: list[str] = []
        self.pieces: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)

    def end_line(self) -> None:
        line = " ".join("".join(self.pieces).split())
        self.pieces = []
        if line:
            self.lines.append(line)

    def end_paragraph(self) -> None:
        self.end_line()
        if self.lines:
            self.paragraphs.append(self.lines)
            self.lines = []

    def walk(self, element: HtmlElement) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag and tag not in UNSEEN and not _hidden(element):
            block = tag in BLOCKS
            if block:
                self.end_paragraph()
            if tag == "br":
                self.end_line()
            self.add(element.text)
            for child in element:
                self.walk(child)
            if block:
                self.end_paragraph()
        self.add(element.tail)


def title_of(tree: HtmlElement) -> str:
    return " ".join((tree.findtext(".//title") or "").split())


def page_text(tree: HtmlElement) -> str:
    """The text seed of a page: its title, then each block of visible text, one paragraph each."""
    blocks = _Blocks()
    body = tree.find(".//body")
    if body is not None:
        blocks.walk(body)
    blocks.end_paragraph()
    title = title_of(tree)
    paragraphs = ([[title]] if title else []) + blocks.paragraphs
    return "\n\n".join("\n".join(lines) for lines in paragraphs) + "\n"


def _inner_text(element: HtmlElement) -> str:
    """An element's visible text as the text seed gives it, its lines joined by spaces."""
    blocks = _Blocks()
    blocks.add(element.text)
    for child in element:
        blocks.walk(child)
    blocks.end_paragraph()
    return " ".join(line for lines in blocks.paragraphs for line in lines)


def headings(tree: HtmlElement) -> list[str]:
    """The page's headings of the highest level it uses (`<h1>`, else `<h2>`, ...), in order."""
    for level in range(1, 7):
        found = [text for heading in tree.iter(f"h{level}") if not _hidden(heading)
                 if (text := _inner_text(heading))]
        if found:
            return found
    return []


def canonical_url(tree: HtmlElement) -> str | None:
    """The address the page gives itself in its markup (canonical link or og:url), if any."""
    for href in tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        if href.strip().lower().startswith(("http://", "https://")):
            return href.strip()
    return None
