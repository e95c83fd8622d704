"""The lab server seen from outside: raw stdlib clients and the real libraries lessons use."""

from __future__ import annotations

import asyncio
import base64
import http.client
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
import unittest
from urllib.parse import urlsplit

LAB_DIR = os.environ.get("LOOPSCOPE_LAB_DIR") or os.path.join(
    os.path.dirname(__file__), "..", "..", "resources", "lab")
SCRIPT = os.path.join(LAB_DIR, "loopscope_lab", "__main__.py")


def start_lab() -> tuple[subprocess.Popen[bytes], str]:
    proc = subprocess.Popen([sys.executable, SCRIPT, "--port", "0"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline().decode().strip()
    if not line.startswith("LOOPSCOPE_LAB_URL="):
        proc.kill()
        raise RuntimeError(f"lab did not start: {line!r} {proc.stderr.read()!r}")  # type: ignore[union-attr]
    return proc, line.split("=", 1)[1]


class LabCase(unittest.TestCase):
    proc: subprocess.Popen[bytes]
    url: str

    @classmethod
    def setUpClass(cls) -> None:
        cls.proc, cls.url = start_lab()
        parts = urlsplit(cls.url)
        cls.host, cls.port = parts.hostname, parts.port

    @classmethod
    def tearDownClass(cls) -> None:
        cls.proc.terminate()
        cls.proc.wait(5)
        for f in (cls.proc.stdin, cls.proc.stdout, cls.proc.stderr):
            if f:
                f.close()

    def conn(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=10)

    def get_json(self, path: str) -> tuple[int, object]:
        c = self.conn()
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        c.close()
        return r.status, json.loads(body) if body else None


class TestHttpStdlib(LabCase):
    def test_get_echoes_args_and_headers(self) -> None:
        status, body = self.get_json("/get?a=1&b=x&b=y")
        self.assertEqual(status, 200)
        self.assertEqual(body["args"], {"a": "1", "b": ["x", "y"]})
        self.assertIn("Host", body["headers"])

    def test_keep_alive_serves_many_requests_on_one_connection(self) -> None:
        c = self.conn()
        for i in range(5):
            c.request("GET", f"/items/{i}")
            r = c.getresponse()
            self.assertEqual(r.status, 200)
            self.assertEqual(json.loads(r.read())["id"], i)
        c.close()

    def test_fake_json_endpoints(self) -> None:
        self.assertEqual(self.get_json("/users/7")[1]["id"], 7)
        self.assertIn("slideshow", self.get_json("/json")[1])
        self.assertEqual(len(self.get_json("/uuid")[1]["uuid"]), 36)
        self.assertIn("headers", self.get_json("/headers")[1])

    def test_status_codes(self) -> None:
        for code in (200, 201, 204, 404, 418, 500, 503):
            c = self.conn()
            c.request("GET", f"/status/{code}")
            r = c.getresponse()
            r.read()
            self.assertEqual(r.status, code)
            c.close()

    def test_unknown_path_and_method(self) -> None:
        self.assertEqual(self.get_json("/nope")[0], 404)
        c = self.conn()
        c.request("DELETE", "/get")
        self.assertEqual(c.getresponse().status, 405)
        c.close()

    def test_post_echoes_json(self) -> None:
        c = self.conn()
        c.request("POST", "/post", body=json.dumps({"x": [1, 2]}),
                  headers={"Content-Type": "application/json"})
        body = json.loads(c.getresponse().read())
        self.assertEqual(body["json"], {"x": [1, 2]})
        c.close()

    def test_post_chunked_body(self) -> None:
        c = self.conn()
        c.request("POST", "/post", body=iter([b'{"a"', b': 1}']), encode_chunked=True,
                  headers={"Transfer-Encoding": "chunked"})
        self.assertEqual(json.loads(c.getresponse().read())["json"], {"a": 1})
        c.close()

    def test_delay_takes_that_long_and_is_capped(self) -> None:
        t = time.monotonic()
        status, body = self.get_json("/delay/0.3")
        self.assertEqual(status, 200)
        self.assertGreaterEqual(time.monotonic() - t, 0.29)
        self.assertEqual(body["delay"], 0.3)

    def test_bytes(self) -> None:
        c = self.conn()
        c.request("GET", "/bytes/1000?seed=4")
        r = c.getresponse()
        data = r.read()
        self.assertEqual(len(data), 1000)
        c.request("GET", "/bytes/1000?seed=4")
        self.assertEqual(c.getresponse().read(), data)  # seeded: repeatable
        c.close()

    def test_stream_is_chunked_json_lines(self) -> None:
        c = self.conn()
        c.request("GET", "/stream/4")
        r = c.getresponse()
        self.assertEqual(r.getheader("Transfer-Encoding"), "chunked")
        lines = r.read().decode().splitlines()
        self.assertEqual([json.loads(x)["id"] for x in lines], [0, 1, 2, 3])
        c.close()

    def test_drip(self) -> None:
        t = time.monotonic()
        c = self.conn()
        c.request("GET", "/drip?duration=0.3&numbytes=6")
        self.assertEqual(c.getresponse().read(), b"******")
        self.assertGreaterEqual(time.monotonic() - t, 0.2)
        c.close()

    def test_flaky_fails_n_times_per_key(self) -> None:
        codes = [self.get_json("/flaky?fail=2&key=k1")[0] for _ in range(4)]
        self.assertEqual(codes, [503, 503, 200, 200])
        self.assertEqual(self.get_json("/flaky?fail=1&key=k2")[0], 503)

    def test_concurrent_delays_overlap(self) -> None:
        async def one() -> None:
            r, w = await asyncio.open_connection(self.host, self.port)
            w.write(b"GET /delay/0.5 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            await r.read()
            w.close()

        async def many() -> float:
            t = time.monotonic()
            await asyncio.gather(*(one() for _ in range(10)))
            return time.monotonic() - t

        self.assertLess(asyncio.run(many()), 2.0)

    def test_garbage_gets_400(self) -> None:
        with socket.create_connection((self.host, self.port), timeout=5) as s:
            s.sendall(b"NONSENSE\r\n\r\n")
            self.assertTrue(s.recv(100).startswith(b"HTTP/1.1 400"))


def ws_connect(host: str, port: int, path: str) -> socket.socket:
    s = socket.create_connection((host, port), timeout=5)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
               "Sec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += s.recv(1)
    assert head.startswith(b"HTTP/1.1 101"), head
    return s


def ws_send(s: socket.socket, opcode: int, payload: bytes, fin: bool = True) -> None:
    mask = os.urandom(4)
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | opcode])
    if n < 126:
        head += bytes([0x80 | n])
    else:
        head += bytes([0x80 | 126]) + struct.pack("!H", n)
    s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def ws_recv(s: socket.socket) -> tuple[int, bytes]:
    def exactly(n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = s.recv(n - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data
    b1, b2 = exactly(2)
    n = b2 & 0x7F
    if n == 126:
        (n,) = struct.unpack("!H", exactly(2))
    elif n == 127:
        (n,) = struct.unpack("!Q", exactly(8))
    assert not b2 & 0x80, "server frames are never masked"
    return b1 & 0x0F, exactly(n)


class TestWebSocketRaw(LabCase):
    def test_echo_text_binary_fragmented_ping_close(self) -> None:
        s = ws_connect(self.host, self.port, "/ws/echo")
        ws_send(s, 0x1, "héllo".encode())
        self.assertEqual(ws_recv(s), (0x1, "héllo".encode()))
        ws_send(s, 0x2, b"\x00\x01" * 200)
        self.assertEqual(ws_recv(s), (0x2, b"\x00\x01" * 200))
        ws_send(s, 0x1, b"frag", fin=False)
        ws_send(s, 0x0, b"mented")
        self.assertEqual(ws_recv(s), (0x1, b"fragmented"))
        ws_send(s, 0x9, b"p1")
        self.assertEqual(ws_recv(s), (0xA, b"p1"))
        ws_send(s, 0x8, struct.pack("!H", 1000))
        op, payload = ws_recv(s)
        self.assertEqual(op, 0x8)
        self.assertEqual(struct.unpack("!H", payload[:2])[0], 1000)
        s.close()

    def test_unmasked_frame_is_a_protocol_error(self) -> None:
        s = ws_connect(self.host, self.port, "/ws/echo")
        s.sendall(b"\x81\x02hi")
        op, payload = ws_recv(s)
        self.assertEqual(op, 0x8)
        self.assertEqual(struct.unpack("!H", payload[:2])[0], 1002)
        s.close()

    def test_plain_get_on_ws_path_is_400(self) -> None:
        self.assertEqual(self.get_json("/ws/echo")[0], 400)


class TestRealClients(LabCase):
    def test_aiohttp(self) -> None:
        import aiohttp

        async def go() -> None:
            async with aiohttp.ClientSession() as session:
                async def fetch(i: int) -> int:
                    async with session.get(f"{self.url}/items/{i}") as r:
                        return (await r.json())["id"]
                self.assertEqual(await asyncio.gather(*(fetch(i) for i in range(5))),
                                 list(range(5)))
                async with session.post(f"{self.url}/post", json={"k": "v"}) as r:
                    self.assertEqual((await r.json())["json"], {"k": "v"})
                async with session.get(f"{self.url}/stream/3") as r:
                    lines = [line async for line in r.content]
                    self.assertEqual(len(lines), 3)
                async with session.ws_connect(f"{self.url}/ws/echo") as ws:
                    await ws.send_str("aio")
                    self.assertEqual(await ws.receive_str(), "aio")
        asyncio.run(go())

    def test_httpx(self) -> None:
        import httpx

        async def go() -> None:
            async with httpx.AsyncClient(base_url=self.url) as client:
                rs = await asyncio.gather(*(client.get("/delay/0.2") for _ in range(4)))
                self.assertTrue(all(r.status_code == 200 for r in rs))
                r = await client.get("/status/503")
                self.assertEqual(r.status_code, 503)
                async with client.stream("GET", "/drip?duration=0.2&numbytes=4") as r:
                    self.assertEqual(b"".join([c async for c in r.aiter_bytes()]), b"****")
        asyncio.run(go())
        with httpx.Client(base_url=self.url) as client:
            self.assertEqual(client.get("/users/2").json()["id"], 2)

    def test_websockets_echo_and_chat(self) -> None:
        import websockets

        ws_url = self.url.replace("http://", "ws://")

        async def go() -> None:
            async with websockets.connect(f"{ws_url}/ws/echo") as ws:
                await ws.send("one")
                self.assertEqual(await ws.recv(), "one")
                await asyncio.wait_for(await ws.ping(), 5)
            async with websockets.connect(f"{ws_url}/ws/chat") as a, \
                    websockets.connect(f"{ws_url}/ws/chat") as b:
                await asyncio.sleep(0.1)  # both joined
                await a.send("hello room")
                self.assertEqual(await asyncio.wait_for(b.recv(), 5), "hello room")
                self.assertEqual(await asyncio.wait_for(a.recv(), 5), "hello room")
        asyncio.run(go())


class TestLifecycle(unittest.TestCase):
    def test_exits_when_stdin_closes(self) -> None:
        proc, _ = start_lab()
        proc.stdin.close()  # type: ignore[union-attr]
        self.assertEqual(proc.wait(5), 0)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]

    def test_exits_on_sigterm_with_open_connections(self) -> None:
        proc, url = start_lab()
        parts = urlsplit(url)
        idle = socket.create_connection((parts.hostname, parts.port))  # keep-alive, idle
        proc.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait(5), 0)
        idle.close()
        for f in (proc.stdin, proc.stdout, proc.stderr):
            f.close()  # type: ignore[union-attr]


if __name__ == "__main__":
    unittest.main()
