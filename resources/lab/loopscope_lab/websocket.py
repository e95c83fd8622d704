"""RFC 6455 WebSocket server side: handshake and framing on asyncio streams."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import struct

from .httpio import Request, head_bytes

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_MESSAGE_BYTES = 1024 * 1024

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


class ProtocolError(Exception):
    """The peer broke the protocol; close with this code."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code


def accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + GUID).encode("ascii")).digest()).decode("ascii")


def is_upgrade(req: Request) -> bool:
    return ("websocket" in (req.header("upgrade") or "").lower()
            and "upgrade" in (req.header("connection") or "").lower())


def handshake_error(req: Request) -> str | None:
    if req.method != "GET":
        return "WebSocket handshake must be a GET"
    if (req.header("sec-websocket-version") or "") != "13":
        return "Sec-WebSocket-Version must be 13"
    key = req.header("sec-websocket-key") or ""
    try:
        if len(base64.b64decode(key, validate=True)) != 16:
            return "Sec-WebSocket-Key must be 16 bytes in base64"
    except ValueError:
        return "Sec-WebSocket-Key is not base64"
    return None


def encode_frame(opcode: int, payload: bytes, fin: bool = True) -> bytes:
    """A server frame: never masked (RFC 6455 5.1)."""
    first = (0x80 if fin else 0) | opcode
    n = len(payload)
    if n < 126:
        header = struct.pack("!BB", first, n)
    elif n < 1 << 16:
        header = struct.pack("!BBH", first, 126, n)
    else:
        header = struct.pack("!BBQ", first, 127, n)
    return header + payload


class WebSocket:
    """One accepted connection: receive whole messages, send text/binary, answer pings."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.closed = False
        self._send_lock = asyncio.Lock()

    @classmethod
    async def accept(cls, req: Request, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> "WebSocket":
        key = req.header("sec-websocket-key") or ""
        writer.write(head_bytes(101, [("Upgrade", "websocket"), ("Connection", "Upgrade"),
                                      ("Sec-WebSocket-Accept", accept_key(key))]))
        await writer.drain()
        return cls(reader, writer)

    async def _send(self, data: bytes) -> None:
        async with self._send_lock:
            if self.writer.is_closing():
                raise ConnectionResetError("connection closed")
            self.writer.write(data)
            await self.writer.drain()

    async def send_text(self, text: str) -> None:
        await self._send(encode_frame(OP_TEXT, text.encode("utf-8")))

    async def send_binary(self, data: bytes) -> None:
        await self._send(encode_frame(OP_BINARY, data))

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if self.closed:
            return
        self.closed = True
        try:
            await self._send(encode_frame(OP_CLOSE, struct.pack("!H", code) + reason.encode()[:120]))
        except (ConnectionError, OSError):
            pass

    async def _read_frame(self) -> tuple[bool, int, bytes]:
        b1, b2 = await self.reader.readexactly(2)
        fin, rsv, opcode = bool(b1 & 0x80), b1 & 0x70, b1 & 0x0F
        masked, n = bool(b2 & 0x80), b2 & 0x7F
        if rsv:
            raise ProtocolError(1002, "reserved bits set (no extension was negotiated)")
        if not masked:
            raise ProtocolError(1002, "client frames must be masked")
        if n == 126:
            (n,) = struct.unpack("!H", await self.reader.readexactly(2))
        elif n == 127:
            (n,) = struct.unpack("!Q", await self.reader.readexactly(8))
        if opcode >= 0x8 and (n > 125 or not fin):
            raise ProtocolError(1002, "bad control frame")
        if n > MAX_MESSAGE_BYTES:
            raise ProtocolError(1009, "message too big")
        mask = await self.reader.readexactly(4)
        data = bytearray(await self.reader.readexactly(n))
        for i in range(n):
            data[i] ^= mask[i & 3]
        return fin, opcode, bytes(data)

    async def receive(self) -> tuple[int, bytes] | None:
        """The next text/binary message as (opcode, payload); None once the peer closed.

        Pings are answered and pongs ignored here, so callers only see messages."""
        parts: list[bytes] = []
        kind = None
        try:
            while True:
                fin, opcode, payload = await self._read_frame()
                if opcode == OP_PING:
                    await self._send(encode_frame(OP_PONG, payload))
                elif opcode == OP_PONG:
                    pass
                elif opcode == OP_CLOSE:
                    code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1000
                    await self.close(code if 1000 <= code < 5000 else 1000)
                    return None
                elif opcode in (OP_TEXT, OP_BINARY):
                    if kind is not None:
                        raise ProtocolError(1002, "new message inside a fragmented one")
                    kind, parts = opcode, [payload]
                elif opcode == OP_CONT:
                    if kind is None:
                        raise ProtocolError(1002, "continuation without a message")
                    parts.append(payload)
                else:
                    raise ProtocolError(1002, f"unknown opcode {opcode}")
                if kind is not None and fin and opcode in (OP_TEXT, OP_BINARY, OP_CONT):
                    data = b"".join(parts)
                    if len(data) > MAX_MESSAGE_BYTES:
                        raise ProtocolError(1009, "message too big")
                    if kind == OP_TEXT:
                        try:
                            data.decode("utf-8")
                        except UnicodeDecodeError:
                            raise ProtocolError(1007, "text message is not UTF-8") from None
                    return kind, data
        except ProtocolError as e:
            await self.close(e.code, str(e))
            return None
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            self.closed = True
            return None
