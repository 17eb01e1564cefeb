"""A small synchronous LSP client over a subprocess's pipes.

Why in ``tests/`` and not in the package: only the tests and
``benchmarks/lsp_latency.py`` use it (the benchmark puts ``tests/`` on
``sys.path``), and an installed cablelint has no use for a client.  Both need
the same thing -- Content-Length framing, requests matched to responses,
notifications kept with the time they arrived, and requests from the server
(``client/registerCapability``) answered -- without an event loop.  It is
deliberately plain JSON (dicts), so that tests see exactly what travels on the
wire, and can send malformed bytes too.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO


class LspError(RuntimeError):
    """An error response from the server."""

    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(f"{error.get('code')}: {error.get('message')}")
        self.error = error


@dataclass
class Received:
    """One message from the server and when it was read (``time.perf_counter``)."""

    message: dict[str, Any]
    at: float

    @property
    def method(self) -> str | None:
        return self.message.get("method")

    @property
    def params(self) -> Any:
        return self.message.get("params")


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def read_message(stream: BinaryIO) -> dict[str, Any] | None:
    """The next framed message; None at the end of the stream."""
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            if length is not None:
                break
            continue
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = stream.read(length)
    return json.loads(body.decode("utf-8"))


class StdioClient:
    """Starts ``command`` and talks LSP to it; use as a context manager."""

    def __init__(self, command: Sequence[str], cwd: str | None = None,
                 env: dict[str, str] | None = None,
                 answer: Callable[[str, Any], Any] | None = None) -> None:
        self.process = subprocess.Popen(list(command), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        cwd=cwd, env=env)
        self.received: list[Received] = []
        self.server_requests: list[dict[str, Any]] = []
        self.stderr = b""
        self._answer = answer or (lambda method, params: None)
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        self._write_lock = threading.Lock()
        self._responses: dict[Any, dict[str, Any]] = {}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._errors = threading.Thread(target=self._read_stderr, daemon=True)
        self._errors.start()

    # --- the wire --------------------------------------------------------------

    def send_raw(self, data: bytes) -> None:
        with self._write_lock:
            assert self.process.stdin is not None
            self.process.stdin.write(data)
            self.process.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        self.send_raw(frame({"jsonrpc": "2.0", **message}))

    def _read(self) -> None:
        assert self.process.stdout is not None
        while True:
            try:
                message = read_message(self.process.stdout)
            except (ValueError, OSError):
                message = None
            if message is None:
                break
            now = time.perf_counter()
            if "method" in message and "id" in message:  # a request from the server
                self._reply(message)
                with self._changed:
                    self.server_requests.append(message)
                    self._changed.notify_all()
                continue
            with self._changed:
                if "method" not in message:
                    self._responses[message.get("id")] = message
                else:
                    self.received.append(Received(message, now))
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _reply(self, request: dict[str, Any]) -> None:
        try:
            result = self._answer(request["method"], request.get("params"))
            self.send({"id": request["id"], "result": result})
        except OSError:
            pass

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr += line

    # --- requests and notifications --------------------------------------------

    def notify(self, method: str, params: Any = None) -> None:
        message: dict[str, Any] = {"method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def request(self, method: str, params: Any = None, timeout: float = 20) -> Any:
        """Send a request and wait for its result; LspError for an error response."""
        response = self.request_raw(method, params, timeout)
        if "error" in response:
            raise LspError(response["error"])
        return response.get("result")

    def request_raw(self, method: str, params: Any = None, timeout: float = 20,
                    id_: Any = None) -> dict[str, Any]:
        """Send a request and return its whole response message."""
        id_ = next(self._ids) if id_ is None else id_
        message: dict[str, Any] = {"id": id_, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.response(id_, timeout)

    def response(self, id_: Any, timeout: float = 20) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._changed:
            while id_ not in self._responses:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._reader.is_alive():
                    raise TimeoutError(f"no response to request {id_!r} "
                                       f"(server stderr: {self.stderr[-2000:]!r})")
                self._changed.wait(remaining)
            return self._responses.pop(id_)

    def mark(self) -> int:
        """A point in the notification stream: wait for what arrives after it."""
        with self._changed:
            return len(self.received)

    def wait_for(self, method: str, predicate: Callable[[Any], bool] = lambda params: True,
                 after: int = 0, timeout: float = 20) -> Received:
        """The first notification ``method`` after ``after`` whose params satisfy ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._changed:
            position = after
            while True:
                while position < len(self.received):
                    item = self.received[position]
                    position += 1
                    if item.method == method and predicate(item.params):
                        return item
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._reader.is_alive():
                    raise TimeoutError(f"no {method} notification "
                                       f"(server stderr: {self.stderr[-2000:]!r})")
                self._changed.wait(remaining)

    def wait_for_request(self, method: str, timeout: float = 20) -> dict[str, Any]:
        """The first request ``method`` the server sent us (already answered)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for request in self.server_requests:
                    if request.get("method") == method:
                        return request
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._reader.is_alive():
                    raise TimeoutError(f"no {method} request from the server")
                self._changed.wait(remaining)

    def diagnostics(self, uri: str, after: int = 0, version: int | None = None,
                    timeout: float = 20) -> list[dict[str, Any]]:
        """The next diagnostics published for ``uri`` (for ``version`` if given)."""
        def matches(params: Any) -> bool:
            return params.get("uri") == uri and (version is None
                                                 or params.get("version") == version)
        return self.wait_for("textDocument/publishDiagnostics", matches, after,
                             timeout).params["diagnostics"]

    # --- life cycle --------------------------------------------------------------

    def initialize(self, root_uri: str | None = None, capabilities: Any = None,
                   options: Any = None) -> dict[str, Any]:
        result = self.request("initialize", {
            "processId": None, "rootUri": root_uri,
            "capabilities": capabilities if capabilities is not None else {},
            "initializationOptions": options,
        })
        self.notify("initialized", {})
        return result

    def stop(self, timeout: float = 10) -> int:
        """``shutdown``, ``exit``, close the pipe; the server's exit code."""
        if self.process.poll() is None:
            try:
                self.request("shutdown", timeout=timeout)
                self.notify("exit")
            except (OSError, TimeoutError):
                pass
        return self.close(timeout)

    def close(self, timeout: float = 10) -> int:
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()
        except OSError:
            pass
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def __enter__(self) -> StdioClient:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.close(timeout=5)
