"""What a line of an archived page says by itself: the cues that make it furniture whatever
stands around it ("Also read:", "Share", "Please enter your comment!", "6 min read", a date alone),
the reasons given for furniture, and what counts as running text. Pure functions of one line.
"""

from __future__ import annotations

import re

from factcards.text.dates import dates_in
from factcards.text.verbatim import normalise

ABOVE = "a heading or label above the article (headline, title, section, menu)"
SUBHEADING = "a subheading"
READ_ALSO = "a link to another story (\"Also read\", \"Read more\")"
SHARE = "a share, follow or subscribe line"
COMMENTS = "part of the comment form"
AUTHOR = "an author blurb"
RAIL = "the heading of a list of other stories"
OTHER_STORY = "another story's headline"
TEASER = "another story's teaser"
BYLINE = "a byline or credit line"
DATELINE = "a date line (when published or updated)"
READING_TIME = "a reading-time line"
RETRIEVED = "the day the page was retrieved, not published"
MEDIA = "a photo caption or credit"
WIDGET = "navigation, an advert or a widget's label"
TAGS = "a list of tags or categories"
COPYRIGHT = "a copyright or imprint line"
AFTER = "a line after the article"
TEASER_COPY = "a teaser: the same paragraph is printed again below"


_WRITER = r"(?i:writer|journalist|reporter|correspondent|editor|author|columnist|blogger|wordsmith" \
          r"|storyteller|contributor|freelancer)s?"
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
# (reason, pattern, most words): a line is judged by its words alone. Patterns see normalised text
# (plain quotes and dashes) and ignore case unless they say otherwise.
_ALONE: list[tuple[str, re.Pattern[str], int]] = [(reason, re.compile(pattern, re.I), most) for
                                                  reason, pattern, most in [
    (AUTHOR, r"^about the author$", 3),
    (READ_ALSO, r"^(?:also read|read also|read more|see also|more on this|must read|read next"
                r"|recommended|related|further reading|watch|listen)\s*[:|>»›-]", 30),
    (READ_ALSO, r"^(?:also read|read also|read more|see also)\b(?!.*[.!?]$)", 30),
    (RAIL, r"^(?:(?:previous|next) (?:story|article|post)|related(?: articles| stories| posts| news"
           r"| content)?|(?:latest|more) (?:from|in|on) .{1,40}|(?:latest|more|top|other) (?:news"
           r"|stories|articles|posts|headlines)|hot topics|trending(?: now)?|most (?:read|popular"
           r"|viewed|shared)|popular (?:posts|stories)|recommended(?: for you)?|you (?:may|might) also"
           r" like|don't miss|read next|editor's picks|in case you missed it)\s*:?$", 8),
    (COMMENTS, r"^(?:leave a (?:reply|comment)|cancel reply|post (?:a )?comment|add a comment"
               r"|please enter your|you have entered an incorrect|your email address will not be"
               r"|save my name, email|notify me of|this site uses akismet|\d+ comments?$|comments?$"
               r"|no comments|join the (?:conversation|discussion)|(?:name|e-?mail|website|comment)"
               r"\s*:?\s*\*?$)", 25),
    (SHARE, r"^(?:share|share this|share on|tweet|follow us|follow|subscribe|sign up|sign in|log in"
            r"|newsletter|print|e-?mail|copy link|whatsapp|facebook|twitter|linkedin|telegram"
            r"|pinterest|reddit|instagram|google news)\b(?!.*[.!?]$)", 14),
    (SHARE, r"\b(?:google news|facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube)$", 6),
    (READING_TIME, r"\b\d+\s*-?\s*(?:min|mins|minutes?)\s+read\b", 6),
    (BYLINE, r"^(?:by|written by|words by|posted by|story by)\s+\S(?!.*[.!?]$)", 12),
    (BYLINE, r"^(?:reporting|writing|editing|additional reporting|compiled|edited)(?: by)?\b.*\bby\b",
     30),
    (BYLINE, rf"(?-i:^{_NAME}),? (?:[\w-]+ ){{0,3}}{_WRITER}$", 8),
    (DATELINE, r"^(?:last )?(?:updated|published|posted)(?: on)?\s*:?(?:\s|$)(?!.*[.!?]$)", 12),
    (MEDIA, r"^(?:photo|image|picture|source|credit|courtesy|file photo|illustration)s?\s*:", 25),
    (MEDIA, r"\b(?:photo|image|picture)\s*:\s*\S(?!.*[.!?]$)", 25),
    (WIDGET, r"^(?:go ?to ?top|back to (?:top|the\b.*)|skip to (?:main )?content|advertisement"
             r"|sponsored(?: content)?|scroll to continue|loading\.*)$", 8),
    (WIDGET, r"\b(?:audio|video) player\b", 12),
    (WIDGET, r"^[a-z]+(?:_[a-z0-9]+)+$", 1),
    (TAGS, r"^(?:tags?|filed under|categories|topics)\s*:", 20),
    (COPYRIGHT, r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))", 25),
]]
# An author blurb describes the writer and speaks of readers or following them.
_DESCRIBES = re.compile(rf"(?:^{_NAME},? (?:is|was) an? |\b(?:with|by|meet) {_NAME}, an? )"
                        rf"(?:[\w'-]+ ){{0,5}}?{_WRITER}\b")
_AUDIENCE = re.compile(r"\b(?:readers|follow (?:him|her|them)|(?:his|her|their) (?:work|writing"
                       r"|articles|stories|storytelling|narratives|diaries|books?|columns?))\b", re.I)
_RETRIEVED = re.compile(r"^(?:today|retrieved|accessed|archived)\b", re.I)
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b[0-3]?\d[/.][01]?\d[/.](?:19|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?…][\"')\]]*$")
_TITLE_WORD = re.compile(r"^[A-Z0-9\"'(]")


def words(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_prose(text: str) -> bool:
    """A paragraph of running text: several words and a final full stop, or long."""
    count = words(text)
    return (count >= 8 and ends_sentence(text)) or count >= 40


def cut_short(text: str) -> bool:
    """Long, or stopping mid-sentence ("... to ensure safety and"): a teaser, not a headline."""
    last = text.split()[-1]
    return words(text) > 20 or text.endswith(("...", "…")) or (last.islower() and len(last) <= 3)


def _full_date(text: str) -> bool:
    return any(m.year is not None for m in dates_in(text)) or bool(_ISO_DATE.search(text))


def heading_like(text: str) -> bool:
    """Short and without a final full stop; or a short question in title case."""
    tokens = text.split()
    if len(tokens) > 14:
        return False
    if not ends_sentence(text) and not text.endswith((":", ";", ",")):
        return True
    long_words = [w for w in tokens if len(w) > 3]
    capitalised = sum(1 for w in long_words if _TITLE_WORD.match(w))
    return text.endswith("?") and capitalised >= 0.75 * len(long_words)


def judge_line(text: str) -> str | None:
    """The reason a line is furniture whatever stands around it, or None."""
    plain = normalise(text).strip()
    count = words(plain)
    for reason, pattern, most in _ALONE:
        if count <= most and pattern.search(plain):
            return reason
    if _DESCRIBES.search(plain) and _AUDIENCE.search(plain):
        return AUTHOR
    if count <= 12 and _full_date(plain) and _RETRIEVED.match(plain):
        return RETRIEVED
    if count <= 12 and not ends_sentence(plain) and _full_date(plain):
        return DATELINE
    return None
