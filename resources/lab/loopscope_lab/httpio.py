"""HTTP/1.1 request parsing and response writing over asyncio streams."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qs, unquote, urlsplit

MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 8 * 1024 * 1024


class BadRequest(Exception):
    """The peer sent something that is not HTTP/1.x; answer 400 and close."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: list[tuple[str, str]]
    body: bytes = b""
    path: str = "/"
    query: dict[str, list[str]] = field(default_factory=dict)

    def header(self, name: str, default: str | None = None) -> str | None:
        lname = name.lower()
        for k, v in self.headers:
            if k.lower() == lname:
                return v
        return default

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def keep_alive(self) -> bool:
        conn = (self.header("connection") or "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in conn
        return "close" not in conn

    def headers_dict(self) -> dict[str, str]:
        # httpbin style: Title-Case names, last value wins.
        return {"-".join(p.capitalize() for p in k.split("-")): v for k, v in self.headers}

    def args_dict(self) -> dict[str, str | list[str]]:
        return {k: v[0] if len(v) == 1 else v for k, v in self.query.items()}


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """The next request on the connection, or None when the peer closed it cleanly."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as e:
        if not e.partial.strip():
            return None
        raise BadRequest(400, "incomplete request head") from None
    except asyncio.LimitOverrunError:
        raise BadRequest(431, "request head too large") from None
    lines = head.decode("latin-1").split("\r\n")
    while lines and not lines[0]:  # tolerate stray CRLFs between requests (RFC 9112 2.2)
        lines.pop(0)
    parts = lines[0].split(" ") if lines else []
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(400, "malformed request line")
    method, target, version = parts
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(400, "malformed header line")
        headers.append((name, value.strip()))
    split = urlsplit(target)
    req = Request(method.upper(), target, version, headers,
                  path=unquote(split.path) or "/", query=parse_qs(split.query, keep_blank_values=True))
    te = (req.header("transfer-encoding") or "").lower()
    if "chunked" in te:
        req.body = await _read_chunked(reader)
    else:
        length = req.header("content-length")
        if length:
            try:
                n = int(length)
            except ValueError:
                raise BadRequest(400, "bad Content-Length") from None
            if n < 0 or n > MAX_BODY_BYTES:
                raise BadRequest(413, "body too large")
            try:
                req.body = await reader.readexactly(n)
            except asyncio.IncompleteReadError:
                raise BadRequest(400, "body shorter than Content-Length") from None
    return req


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    try:
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                    pass
                return bytes(body)
            if len(body) + size > MAX_BODY_BYTES:
                raise BadRequest(413, "body too large")
            body += await reader.readexactly(size)
            await reader.readexactly(2)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
        raise BadRequest(400, "bad chunked body") from None


def status_line(status: int) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    return f"HTTP/1.1 {status} {reason}\r\n".encode("latin-1")


def head_bytes(status: int, headers: list[tuple[str, str]]) -> bytes:
    out = [status_line(status)]
    out += [f"{k}: {v}\r\n".encode("latin-1") for k, v in headers]
    out.append(b"\r\n")
    return b"".join(out)


class Response:
    """A complete response with a body of known length."""

    def __init__(self, status: int = 200, body: bytes = b"",
                 content_type: str | None = "application/json",
                 headers: list[tuple[str, str]] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = list(headers or [])
        if content_type and body:
            self.headers.append(("Content-Type", content_type))

    @classmethod
    def json(cls, value: object, status: int = 200,
             headers: list[tuple[str, str]] | None = None) -> "Response":
        body = (json.dumps(value, indent=2) + "\n").encode()
        return cls(status, body, "application/json", headers)

    async def send(self, writer: asyncio.StreamWriter, keep_alive: bool, head_only: bool) -> None:
        headers = list(self.headers)
        no_body = self.status in (204, 304) or 100 <= self.status < 200
        if not no_body:
            headers.append(("Content-Length", str(len(self.body))))
        headers.append(("Connection", "keep-alive" if keep_alive else "close"))
        writer.write(head_bytes(self.status, headers))
        if not no_body and not head_only:
            writer.write(self.body)
        await writer.drain()
