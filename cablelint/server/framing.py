"""Reading LSP frames from stdin, finding the next frame after a bad one.

Why not pygls' reader: pygls 2.1.1 reads headers line by line and only takes
a line that is exactly ``Content-Length: N\\r\\n``.  After one frame with a
wrong or missing length, the rest of a body (which ends without a line break)
sticks to the front of every following header line, and the server never
reads another message.  Here the stream is scanned for the next header
instead, so one bad frame costs that frame alone:

* no ``Content-Length`` (or a line that is not a header): the bytes before
  the next header are skipped;
* a length too short: the body is cut there (a JSON error, answered as usual
  by pygls), and the rest is skipped up to the next header;
* a length too long: a header (CR LF and all) cannot be part of a JSON body
  (a string holds no raw CR LF, and the words are no JSON outside one), so a
  header found inside the body means the frame was wrong; it is dropped and
  the header read, without waiting for bytes that may never come.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

logger = logging.getLogger(__name__)

#: one header block: Content-Length and any other header lines, then a blank line
_HEADER = re.compile(rb"Content-Length:[ \t]*(\d+)[ \t]*\r\n(?:[!-9;-~]+:[^\r\n]*\r\n)*\r\n",
                     re.IGNORECASE)
#: bytes kept from a stretch without a header (a header cut by a read)
_TAIL = 1024
#: bytes read at most at once
_CHUNK = 65536


def frames(read: Callable[[int], bytes]) -> Iterator[bytes]:
    """The body of each frame in the stream ``read(n)`` gives, until it ends.

    ``read`` returns what is available (at least one byte) or b"" at the end.
    """
    buffer = b""
    while True:
        found = _HEADER.search(buffer)
        while found is None:
            data = read(_CHUNK)
            if not data:
                return
            if len(buffer) > _TAIL:
                _skipped(buffer[:-_TAIL])
                buffer = buffer[-_TAIL:]
            buffer += data
            found = _HEADER.search(buffer)
        if found.start():
            _skipped(buffer[:found.start()])
        length, start = int(found.group(1)), found.end()
        buffer = buffer[start:]
        scanned = 0
        while True:
            again = _HEADER.search(buffer, max(scanned - 64, 0))
            if again is not None and again.start() < length:
                # the frame's length was wrong: a new frame began inside its body
                logger.error("a frame of %d bytes was cut short by the next frame; "
                             "dropped", length)
                buffer = buffer[again.start():]
                break
            if len(buffer) >= length:
                body, buffer = buffer[:length], buffer[length:]
                yield body
                break
            scanned = len(buffer)
            data = read(_CHUNK)
            if not data:
                return
            buffer += data


def _skipped(data: bytes) -> None:
    if _OTHER_HEADERS.fullmatch(data):
        return  # headers before Content-Length (Content-Type): nothing lost
    logger.error("skipped %d bytes that are not an LSP frame (a wrong or missing "
                 "Content-Length)", len(data))


_OTHER_HEADERS = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r\n)*")


def reader_of(stream: BinaryIO) -> Callable[[int], bytes]:
    """``read(n)`` on ``stream`` returning what is available, not waiting for ``n``."""
    read1 = getattr(stream, "read1", None)
    return read1 if read1 is not None else stream.read
