"""pygls' protocol, answering requests whose params cannot be read.

Why: pygls reads each message into lsprotocol types while decoding the JSON;
when a request's params do not fit (a hover without a position), it logs the
error but sends no response, and a client waiting for one hangs.  JSON-RPC
asks for an ``Invalid params`` (-32602) error response, which this sends.
"""

from __future__ import annotations

import logging
from typing import Any

from lsprotocol.types import ResponseError
from pygls.exceptions import JsonRpcException
from pygls.protocol import LanguageServerProtocol

logger = logging.getLogger(__name__)


class CableProtocol(LanguageServerProtocol):
    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            message_id = data.get("id")
            if "method" in data and isinstance(message_id, (int, str)) and \
                    not isinstance(message_id, bool):
                logger.warning("%s: %s", data.get("method"), error)
                self._send_response(message_id, error=ResponseError(
                    code=error.code, message=f"{error.message} for {data.get('method')}"))
            raise
