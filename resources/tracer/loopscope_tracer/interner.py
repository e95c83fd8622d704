"""Interning of strings, source positions and await chains.

Each distinct value is sent once (STR / FRAME / CHAIN) and referred to by id afterwards.
Definitions are appended to the writer before the id is published in the dict, so any
thread that finds an id knows its definition is already in the stream ahead of it.
"""

from __future__ import annotations

import itertools
from types import CodeType, FrameType

from . import wire


class Interner:
    def __init__(self, append) -> None:  # type: ignore[no-untyped-def]
        self._append = append
        self._next_str = itertools.count(1).__next__
        self._next_frame = itertools.count(1).__next__
        self._next_chain = itertools.count(1).__next__
        self.strings: dict[str, int] = {"": 0}
        # (lasti << 48) | id(code) -> frame id; the codes are kept alive in _codes so
        # an id() is never reused for a different code object.
        self.frames: dict[int, int] = {}
        self._codes: set[CodeType] = set()
        self.chains: dict[tuple[int, ...], int] = {(): 0}
        # Reverse maps for the rare look-ups (warnings): frame id -> (file, line),
        # chain id -> frame ids.
        self.frame_pos: dict[int, tuple[str, int]] = {}
        self.chain_frames: dict[int, tuple[int, ...]] = {}

    def s(self, text: str) -> int:
        sid = self.strings.get(text)
        if sid is None:
            sid = self._define_str(text)
        return sid

    def _define_str(self, text: str) -> int:
        sid = self._next_str()
        data, _ = wire.utf8(text)
        self._append(wire.pack_str(sid, data))
        self.strings[text] = sid
        return sid

    def frame(self, frame: FrameType) -> int:
        code = frame.f_code
        key = (frame.f_lasti << 48) | id(code)
        fid = self.frames.get(key)
        if fid is None:
            fid = self.define_frame(code, frame.f_lineno or 0, key)
        return fid

    def define_frame(self, code: CodeType, line: int, key: int | None = None) -> int:
        fid = self._next_frame()
        self._codes.add(code)
        self.frame_pos[fid] = (code.co_filename, line)
        self._append(wire.S_FRAME.pack(wire.SYNC, wire.FRAME, wire.N_FRAME, fid,
                                       self.s(code.co_filename), self.s(code.co_qualname), line))
        if key is not None:
            self.frames[key] = fid
        return fid

    def chain(self, frames: tuple[int, ...]) -> int:
        cid = self.chains.get(frames)
        if cid is None:
            cid = self._next_chain()
            self._append(wire.pack_chain(cid, frames))
            self.chain_frames[cid] = frames
            self.chains[frames] = cid
        return cid
