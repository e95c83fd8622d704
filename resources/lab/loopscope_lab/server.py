"""The lab server: accepts connections, serves HTTP requests (keep-alive) and WebSockets."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import stat
import sys
import threading

from .httpio import BadRequest, Request, Response, read_request
from .routes import Lab, dispatch
from .websocket import OP_TEXT, WebSocket, handshake_error, is_upgrade

IDLE_TIMEOUT_S = 60.0
STREAM_LIMIT = 64 * 1024


class Server:
    def __init__(self) -> None:
        self.lab = Lab()
        self.connections: set[asyncio.Task[None]] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.connections.add(task)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self.connections.discard(task)
            writer.close()
            try:
                await writer.wait_closed()
            except (ConnectionError, OSError, asyncio.CancelledError):
                pass

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                req = await asyncio.wait_for(read_request(reader), IDLE_TIMEOUT_S)
            except asyncio.TimeoutError:
                return
            except BadRequest as e:
                await Response.json({"error": str(e)}, e.status).send(writer, False, False)
                return
            if req is None:
                return
            if req.path.startswith("/ws/"):
                await self._websocket(req, reader, writer)
                return
            keep_alive = req.keep_alive()
            response = await dispatch(req, self.lab)
            await response.send(writer, keep_alive, req.method == "HEAD")
            if not keep_alive:
                return

    async def _websocket(self, req: Request, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter) -> None:
        room = req.path.rstrip("/")
        if room not in ("/ws/echo", "/ws/chat"):
            await Response.json({"error": f"no such endpoint: {req.path}"}, 404).send(
                writer, False, False)
            return
        problem = "not a WebSocket upgrade request" if not is_upgrade(req) else handshake_error(req)
        if problem:
            await Response.json({"error": problem}, 400).send(writer, False, False)
            return
        ws = await WebSocket.accept(req, reader, writer)
        if room == "/ws/echo":
            await self._echo(ws)
        else:
            await self._chat(ws)

    async def _echo(self, ws: WebSocket) -> None:
        while (message := await ws.receive()) is not None:
            opcode, data = message
            if opcode == OP_TEXT:
                await ws.send_text(data.decode("utf-8"))
            else:
                await ws.send_binary(data)

    async def _chat(self, ws: WebSocket) -> None:
        # Every text message goes to every member, the sender included, in arrival order.
        members = self.lab.chat_members
        members.add(ws)
        try:
            while (message := await ws.receive()) is not None:
                opcode, data = message
                if opcode != OP_TEXT:
                    continue
                text = data.decode("utf-8")
                for member in list(members):
                    try:
                        await member.send_text(text)  # type: ignore[attr-defined]
                    except (ConnectionError, OSError):
                        members.discard(member)
        finally:
            members.discard(ws)

    async def shutdown(self) -> None:
        for task in list(self.connections):
            task.cancel()
        if self.connections:
            await asyncio.wait(list(self.connections), timeout=2)


def _stdin_can_close() -> bool:
    # Only a pipe, a socket or a terminal "closes"; /dev/null or a file would end the server at
    # once, and /dev/zero would keep a thread spinning, so those are left to signals.
    try:
        mode = os.fstat(0).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or os.isatty(0)


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    # A thread, not the loop: only EOF matters, and a blocking read costs nothing meanwhile.
    def wait_for_eof() -> None:
        try:
            while os.read(0, 4096):
                pass
        except (OSError, ValueError):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_eof, name="stdin-watch", daemon=True).start()


async def serve(host: str, port: int, watch_stdin: bool) -> int:
    server = Server()
    listener = await asyncio.start_server(server.handle, host, port, limit=STREAM_LIMIT)
    bound = listener.sockets[0].getsockname()[1]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if watch_stdin and _stdin_can_close():
        _watch_stdin(loop, stop)
    print(f"LOOPSCOPE_LAB_URL=http://{host}:{bound}", flush=True)
    await stop.wait()
    listener.close()
    await server.shutdown()
    await listener.wait_closed()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="loopscope_lab",
                                     description="Local HTTP/WebSocket lab for Loopscope lessons.")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--no-stdin-watch", action="store_true",
                        help="keep serving when stdin closes (for use from a terminal)")
    args = parser.parse_args(argv)
    try:
        return asyncio.run(serve(args.host, args.port, not args.no_stdin_watch))
    except OSError as e:
        print(f"loopscope_lab: cannot listen on {args.host}:{args.port}: {e}", file=sys.stderr)
        return 1
