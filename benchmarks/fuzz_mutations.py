"""Mutations of real cables for ``benchmarks/fuzz.py``.

Why these: each imitates damage that real inputs carry (issue #13): broken
bytes from a bad transcoding, lines lost, doubled or reordered by an
extraction, control and invisible characters pasted from editors and web
pages, whole cables joined into one line, archives glued into one file with
thousands of paragraphs, and files cut short between two blocks.  Every
mutation is a pure function of the text and a seeded ``random.Random``, so an
input is reproduced from ``(seed, index)`` alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

#: characters that editors, web pages and extraction leave in text
ODD_CHARACTERS = (
    "\u0301",  # combining acute accent
    "\u0338",  # combining long solidus overlay
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "\x00",
    "\x0b",
    "\x0c",
    "\u00a0",
    "\r",  # a lone carriage return
    "\ufeff",  # a byte-order mark in the middle of the text
    "\u2028",  # line separator (not a line break for cablelint)
    "\u00b6",  # pilcrow
)


def byte_flips(data: bytes, rng: random.Random) -> bytes:
    """Flip a bit, or set a byte, at 1-8 random places (may make the text invalid UTF-8)."""
    if not data:
        return data
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        position = rng.randrange(len(buffer))
        if rng.random() < 0.5:
            buffer[position] ^= 1 << rng.randrange(8)
        else:
            buffer[position] = rng.randrange(256)
    return bytes(buffer)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def delete_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 5)):
        if len(lines) > 1:
            start = rng.randrange(len(lines))
            del lines[start:start + rng.randint(1, 4)]
    return "\n".join(lines)


def duplicate_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 5)):
        start = rng.randrange(len(lines))
        chunk = lines[start:start + rng.randint(1, 6)]
        lines[start:start] = chunk * rng.randint(1, 3)
    return "\n".join(lines)


def shuffle_lines(text: str, rng: random.Random) -> str:
    """Shuffle a window of lines (sometimes the whole text)."""
    lines = _lines(text)
    if rng.random() < 0.2:
        rng.shuffle(lines)
    else:
        start = rng.randrange(len(lines))
        window = lines[start:start + rng.randint(2, 12)]
        rng.shuffle(window)
        lines[start:start + len(window)] = window
    return "\n".join(lines)


def odd_characters(text: str, rng: random.Random) -> str:
    """Insert control, invisible and combining characters, anywhere or at line edges."""
    pieces = list(text)
    for _ in range(rng.randint(1, 10)):
        character = rng.choice(ODD_CHARACTERS) * rng.choice((1, 1, 1, 2, 5))
        if rng.random() < 0.3:  # a line holding only the character
            character = "\n" + character + "\n"
        pieces.insert(rng.randint(0, len(pieces)), character)
    return "".join(pieces)


def line_endings(text: str, rng: random.Random) -> str:
    return text.replace("\n", rng.choice(("\r\n", "\r")))


def long_lines(text: str, rng: random.Random) -> str:
    """Join a run of lines (or all of them) into one very long line."""
    lines = _lines(text)
    glue = rng.choice((" ", "", "  ", "."))
    if rng.random() < 0.3:
        return glue.join(lines)
    start = rng.randrange(len(lines))
    end = start + rng.randint(2, 200)
    lines[start:end] = [glue.join(lines[start:end])]
    return "\n".join(lines)


def many_paragraphs(text: str, rng: random.Random) -> str:
    """Thousands of numbered paragraphs (an archive glued into one file)."""
    count = rng.randint(1_000, 3_000)
    mark = rng.choice(("(C)", "(U)", "(SBU)", "(S)", "", "(c)"))
    body = "\n\n".join(f"{number}. {mark} The regent of ZENDA met RASSENDYLL on day {number}."
                       for number in range(1, count + 1))
    lines = _lines(text)
    at = rng.randrange(len(lines) + 1)
    lines[at:at] = ["", body, ""]
    return "\n".join(lines)


def truncate(text: str, rng: random.Random, boundaries: Sequence[int]) -> str:
    """Cut the text at a block boundary of its parse (keep the head, sometimes the tail)."""
    if not boundaries:
        return text[:rng.randint(0, len(text))]
    cut = rng.choice(boundaries)
    return text[cut:] if rng.random() < 0.2 else text[:cut]


TextMutation = Callable[[str, random.Random], str]

#: name -> (weight, mutation); truncation and byte flips are handled by the harness
TEXT_MUTATIONS: dict[str, tuple[float, TextMutation]] = {
    "delete-lines": (3, delete_lines),
    "duplicate-lines": (3, duplicate_lines),
    "shuffle-lines": (2, shuffle_lines),
    "odd-characters": (4, odd_characters),
    "line-endings": (1, line_endings),
    "long-lines": (2, long_lines),
    # slow inputs (hundreds of KB): rare, so that they do not dominate the time
    "many-paragraphs": (0.05, many_paragraphs),
}
