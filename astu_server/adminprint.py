"""Text a device sent, made safe to print on an admin's terminal.

A device name, a username or an access-log target may hold anything a laptop chose
to send: an escape sequence that rewrites the lines above it, a newline that forges
a line of its own, a bidi override that reverses what follows. Everything the server
CLI prints from uploaded text goes through `printable`, which shows such characters
as visible escapes instead of obeying them.
"""

from __future__ import annotations

import unicodedata

# Control (Cc), format (Cf: bidi overrides, zero-width), line and paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def printable(text: object) -> str:
    """`text` as one line with every control or format character escaped."""
    return "".join(_escaped(char) for char in str(text))


def _escaped(char: str) -> str:
    if char != "\\" and unicodedata.category(char) not in _ESCAPED_CATEGORIES:
        return char
    if char == "\\":
        return "\\\\"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
