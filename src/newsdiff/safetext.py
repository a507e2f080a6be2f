"""Text that is safe at the door: nothing a page says can break YAML, git, XML or a terminal.

Pages, feeds and config files may carry characters no archive file should hold: C0/C1 control
characters (a NUL ends a C string, ESC drives a terminal), lone surrogates (UTF-8 cannot
encode them: the YAML dump raised), non-characters (U+FFFE, U+FDD0…), and bidi overrides
that make a headline read differently from what it says.  ``safe_text`` removes the first
three and neutralises the last, so everything downstream can assume clean Unicode.
"""

from __future__ import annotations

import re

# Kept: tab, newline (paragraphs).  Carriage returns become newlines.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
# Embeddings, overrides and isolates (U+202A–202E, U+2066–2069): a headline that reverses
# itself on screen.  Plain marks (U+200E, U+200F) only nudge neutral characters: kept.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}{_SURROGATES}{_NONCHARACTERS}{_BIDI_CONTROLS}]")


def safe_text(text: str) -> str:
    """``text`` without control characters, lone surrogates, non-characters, bidi overrides."""
    if not text:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", text)


def is_safe(text: str) -> bool:
    """Whether ``text`` already holds nothing ``safe_text`` would remove."""
    return "\r" not in text and _UNSAFE.search(text) is None
