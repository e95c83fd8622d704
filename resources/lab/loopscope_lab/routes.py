"""The lab's endpoints: what each path answers, in httpbin's spirit but smaller."""

from __future__ import annotations

import asyncio
import json
import random
import re
import uuid
from collections.abc import Awaitable, Callable

from .httpio import Request, Response, head_bytes

MAX_DELAY_S = 10.0
MAX_BYTES = 1024 * 1024
MAX_STREAM_LINES = 100
STREAM_LINE_DELAY_S = 0.05

FIRST_NAMES = ["Ada", "Grace", "Alan", "Barbara", "Linus", "Guido", "Margaret", "Dennis",
               "Ken", "Edsger", "Frances", "Donald"]
ITEM_NAMES = ["kettle", "lamp", "notebook", "teapot", "bicycle", "umbrella", "chair", "mug",
              "clock", "radio"]


class Streaming:
    """A response whose body is produced over time with chunked transfer encoding."""

    def __init__(self, status: int, content_type: str,
                 chunks: Callable[[], "AsyncChunks"],
                 content_length: int | None = None) -> None:
        self.status = status
        self.content_type = content_type
        self.chunks = chunks
        self.content_length = content_length

    async def send(self, writer: asyncio.StreamWriter, keep_alive: bool, head_only: bool) -> None:
        headers = [("Content-Type", self.content_type)]
        if self.content_length is not None:
            headers.append(("Content-Length", str(self.content_length)))
        else:
            headers.append(("Transfer-Encoding", "chunked"))
        headers.append(("Connection", "keep-alive" if keep_alive else "close"))
        writer.write(head_bytes(self.status, headers))
        await writer.drain()
        if head_only:
            return
        async for chunk in self.chunks():
            if not chunk:
                continue
            if self.content_length is None:
                writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                writer.write(chunk)
            await writer.drain()
        if self.content_length is None:
            writer.write(b"0\r\n\r\n")
            await writer.drain()


AsyncChunks = object  # an async iterator of bytes; kept loose for Python 3.11 typing
Handler = Callable[[Request, "Lab", re.Match[str]], Awaitable[Response | Streaming]]


class Lab:
    """State shared by all connections: flaky counters and chat rooms."""

    def __init__(self) -> None:
        self.flaky_counts: dict[str, int] = {}
        self.chat_members: set[object] = set()


def _origin_info(req: Request) -> dict[str, object]:
    return {"args": req.args_dict(), "headers": req.headers_dict(), "origin": "127.0.0.1",
            "url": f"http://{req.header('host', '127.0.0.1')}{req.target}"}


def _number(text: str | None, default: float) -> float:
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default


async def get(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    return Response.json(_origin_info(req))


async def headers(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    return Response.json({"headers": req.headers_dict()})


async def uuid4(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    return Response.json({"uuid": str(uuid.uuid4())})


async def json_doc(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    return Response.json({"slideshow": {
        "author": "Loopscope", "title": "Sample Slide Show",
        "slides": [{"title": "Wake up to asyncio", "type": "all"},
                   {"title": "Overview", "type": "all",
                    "items": ["Why await", "Who runs the tasks"]}]}})


async def post(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    text = req.body.decode("utf-8", "replace")
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    info = _origin_info(req)
    info.update({"data": text, "json": parsed})
    return Response.json(info)


async def delay(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    seconds = min(max(_number(m.group(1), 0.0), 0.0), MAX_DELAY_S)
    await asyncio.sleep(seconds)
    info = _origin_info(req)
    info["delay"] = seconds
    return Response.json(info)


async def status(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    code = int(m.group(1))
    if not 100 <= code <= 599 or code == 101:
        return Response.json({"error": f"cannot answer with status {code}"}, 400)
    extra = [("Location", "/get")] if 300 <= code < 400 else []
    return Response(code, b"", None, extra)


async def random_bytes(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    n = min(int(m.group(1)), MAX_BYTES)
    seed = req.arg("seed")
    rng = random.Random(int(seed)) if seed and seed.isdigit() else random.Random()
    return Response(200, rng.randbytes(n), "application/octet-stream")


async def stream(req: Request, lab: Lab, m: re.Match[str]) -> Streaming:
    n = min(int(m.group(1)), MAX_STREAM_LINES)
    delay_s = min(max(_number(req.arg("delay"), STREAM_LINE_DELAY_S), 0.0), 1.0)

    async def lines():
        for i in range(n):
            if i:
                await asyncio.sleep(delay_s)
            yield (json.dumps({"id": i, "url": req.target}) + "\n").encode()

    return Streaming(200, "application/json", lines)


async def drip(req: Request, lab: Lab, m: re.Match[str]) -> Streaming:
    duration = min(max(_number(req.arg("duration"), 2.0), 0.0), MAX_DELAY_S)
    numbytes = int(min(max(_number(req.arg("numbytes"), 10), 0), MAX_BYTES))
    initial = min(max(_number(req.arg("delay"), 0.0), 0.0), MAX_DELAY_S)
    pause = duration / numbytes if numbytes else 0.0

    async def drops():
        await asyncio.sleep(initial)
        for i in range(numbytes):
            if i:
                await asyncio.sleep(pause)
            yield b"*"

    return Streaming(200, "application/octet-stream", drops, content_length=numbytes)


async def item(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    n = int(m.group(1))
    return Response.json({"id": n, "name": ITEM_NAMES[n % len(ITEM_NAMES)],
                          "price": round(1.5 + (n * 37 % 100) / 4, 2), "in_stock": n % 3 != 0})


async def user(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    n = int(m.group(1))
    name = FIRST_NAMES[n % len(FIRST_NAMES)]
    return Response.json({"id": n, "name": name, "email": f"{name.lower()}{n}@example.test",
                          "active": n % 4 != 0})


async def flaky(req: Request, lab: Lab, m: re.Match[str]) -> Response:
    fail = int(_number(req.arg("fail"), 2))
    key = req.arg("key", "default") or "default"
    seen = lab.flaky_counts.get(key, 0) + 1
    lab.flaky_counts[key] = seen
    if seen <= fail:
        return Response.json({"error": "temporarily unavailable", "attempt": seen, "key": key},
                             503, [("Retry-After", "0")])
    return Response.json({"ok": True, "attempt": seen, "key": key})


ROUTES: list[tuple[set[str], re.Pattern[str], Handler]] = [
    ({"GET"}, re.compile(r"/get"), get),
    ({"GET"}, re.compile(r"/json"), json_doc),
    ({"GET"}, re.compile(r"/headers"), headers),
    ({"GET"}, re.compile(r"/uuid"), uuid4),
    ({"POST", "PUT", "PATCH"}, re.compile(r"/post"), post),
    ({"GET", "POST"}, re.compile(r"/delay/(\d+(?:\.\d+)?)"), delay),
    ({"GET", "POST", "PUT", "PATCH", "DELETE"}, re.compile(r"/status/(\d{3})"), status),
    ({"GET"}, re.compile(r"/bytes/(\d+)"), random_bytes),
    ({"GET"}, re.compile(r"/stream/(\d+)"), stream),
    ({"GET"}, re.compile(r"/drip"), drip),
    ({"GET"}, re.compile(r"/items/(\d+)"), item),
    ({"GET"}, re.compile(r"/users/(\d+)"), user),
    ({"GET", "POST"}, re.compile(r"/flaky"), flaky),
]


async def dispatch(req: Request, lab: Lab) -> Response | Streaming:
    path = req.path.rstrip("/") or "/"
    method = "GET" if req.method == "HEAD" else req.method
    allowed_elsewhere = False
    for methods, pattern, handler in ROUTES:
        m = pattern.fullmatch(path)
        if not m:
            continue
        if method in methods:
            return await handler(req, lab, m)
        allowed_elsewhere = True
    if allowed_elsewhere:
        return Response.json({"error": f"{req.method} is not allowed on {path}"}, 405)
    if path == "/":
        return Response.json({"service": "loopscope lab", "endpoints": [
            "/get", "/json", "/headers", "/uuid", "/post", "/delay/{s}", "/status/{code}",
            "/bytes/{n}", "/stream/{n}", "/drip", "/items/{id}", "/users/{id}", "/flaky",
            "/ws/echo", "/ws/chat"]})
    return Response.json({"error": f"no such endpoint: {path}"}, 404)
