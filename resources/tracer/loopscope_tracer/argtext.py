"""The call a task runs, as short safe text: `download('a.zip')`, `Worker.run(3)`.

Read from the coroutine's frame before its first step, when its locals are exactly its
arguments. Only values of built-in types are written out (numbers, None, str, bytes, and
small lists / tuples / sets / dicts of them), chosen by their exact type, so no subclass can
slip its own `__repr__`, `__len__` or `__iter__` in; anything else shows as its type's name
(`<Queue>`), read through `type`'s own descriptor so that not even a metaclass runs. Nothing
here calls the program's code.

This runs for every task the program creates, so it is written for speed: one dict look-up
by `id(type(value))` picks how to write a value (a fixed string for all other types).
"""

from __future__ import annotations

from types import CodeType, CoroutineType, FunctionType
from typing import Any, Callable, Union

MAX_VALUE = 24  # characters of one value before it is cut with "…"
MAX_ARGS = 48  # characters of all arguments together
MAX_ITEMS = 3  # items shown of a container
CO_VARARGS, CO_VARKEYWORDS = 0x04, 0x08

_type_name = type.__dict__["__name__"].__get__
_func_name = FunctionType.__dict__["__name__"].__get__
_INT_MIN, _INT_MAX = -(1 << 63), 1 << 63
NoneType = type(None)

Format = Union[str, Callable[[Any, int], str]]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _int(v: int, depth: int) -> str:
    return repr(v) if _INT_MIN <= v < _INT_MAX else "<int>"  # huge: repr is slow, or refused


def _plain(v: Any, depth: int) -> str:
    return _cut(repr(v), MAX_VALUE)


def _quoted(v: str | bytes, depth: int) -> str:
    """repr() of a str/bytes, cut inside the quotes when it is long."""
    if len(v) <= MAX_VALUE:
        r = repr(v)
        if len(r) <= MAX_VALUE + 2:
            return r
    r = repr(v[:MAX_VALUE])
    return r[:MAX_VALUE + 1] + "…" + r[-1]  # the opening quote and MAX_VALUE characters


def _function(v: Any, depth: int) -> str:
    return "<function " + _cut(_func_name(v), MAX_VALUE) + ">"


def _short_scalars(items: Any) -> bool:
    for x in items:
        t = type(x)
        if not (t is int and _INT_MIN <= x < _INT_MAX or t is str and len(x) <= MAX_VALUE
                or t is float or t is bool or t is NoneType):
            return False
    return True


def _container(v: Any, depth: int) -> str:
    t = type(v)
    if t is list:
        left, right, empty = "[", "]", "[]"
    elif t is tuple:
        left, right, empty = "(", ",)" if len(v) == 1 else ")", "()"
    elif t is dict:
        left, right, empty = "{", "}", "{}"
    elif t is set:
        left, right, empty = "{", "}", "set()"
    else:
        left, right, empty = "frozenset({", "})", "frozenset()"
    if not v:
        return empty
    if depth:  # one level of containers is enough to tell calls apart
        return left + "…" + right
    if len(v) <= MAX_ITEMS and _short_scalars(v.values() if t is dict else v) \
            and (t is not dict or _short_scalars(v)):
        # repr() of the container is safe (no item's repr is the program's code) and one C
        # call instead of a Python call per item.
        return repr(v)
    formats = _FORMATS
    items = []
    if t is dict:
        for k, x in v.items():
            if len(items) == MAX_ITEMS:
                break
            items.append(value_text(k, 1) + ": " + value_text(x, 1))
    else:
        # value_text(x, 1), inlined; sets have no slice, hence the count.
        for x in v if t is not list and t is not tuple else v[:MAX_ITEMS]:
            if len(items) == MAX_ITEMS:
                break
            f = formats.get(id(type(x))) or _format_of(type(x))
            items.append(f if type(f) is str else f(x, 1))  # type: ignore[operator]
    if len(v) > MAX_ITEMS:
        items.append("…")
    return left + ", ".join(items) + right


# id(type) -> how its values are written. Keyed by id() and looked up with the exact type:
# `t in (int, ...)` or a dict keyed by types would compare or hash `t`, which runs its
# metaclass's __eq__ / __hash__ if it has one. Every type listed is kept alive (_KEPT), so its
# id() is never reused for another type.
_FORMATS: dict[int, Format] = {}
_KEPT: list[type] = []
for _t, _f in ((int, _int), (float, _plain), (bool, _plain), (complex, _plain),
               (type(None), _plain), (str, _quoted), (bytes, _quoted), (list, _container),
               (tuple, _container), (dict, _container), (set, _container),
               (frozenset, _container), (FunctionType, _function)):
    _FORMATS[id(_t)] = _f
    _KEPT.append(_t)


def _format_of(t: type) -> Format:
    """The format of a type not seen yet: its name, the same for every value."""
    f: Format = "<" + _cut(_type_name(t), MAX_VALUE) + ">"
    if len(_KEPT) < 1024:
        _KEPT.append(t)
        _FORMATS[id(t)] = f
    return f


def value_text(v: Any, depth: int = 0) -> str:
    t = type(v)
    f = _FORMATS.get(id(t)) or _format_of(t)
    return f if type(f) is str else f(v, depth)  # type: ignore[operator]


class CallSpec:
    """What to read from a coroutine's frame, worked out once per code object."""

    __slots__ = ("prefix", "positional", "var_args", "keyword", "var_kw", "simple")

    def __init__(self, code: CodeType) -> None:
        name = code.co_qualname
        # `main.<locals>.worker` is `worker` to the learner; `Worker.run` keeps its class.
        name = name.rpartition("<locals>.")[2]
        names = code.co_varnames
        n = code.co_argcount
        k = code.co_kwonlyargcount
        positional = list(names[:n])
        if positional and positional[0] in ("self", "cls") and "." in name:
            positional.pop(0)  # the qualname already says whose method it is
        self.prefix = name + "("
        self.positional = tuple(positional)
        self.keyword = tuple(names[n:n + k])
        i = n + k
        self.var_args = names[i] if code.co_flags & CO_VARARGS else None
        i += 1 if code.co_flags & CO_VARARGS else 0
        self.var_kw = names[i] if code.co_flags & CO_VARKEYWORDS else None
        self.simple = self.var_args is None and not self.keyword and self.var_kw is None

    def text(self, loc: Any) -> str:
        parts = []
        formats = _FORMATS
        for a in self.positional:  # value_text(), inlined: the common case
            v = loc[a]
            f = formats.get(id(type(v))) or _format_of(type(v))
            parts.append(f if type(f) is str else f(v, 0))  # type: ignore[operator]
        if not self.simple:
            self._more(loc, parts)
        text = ", ".join(parts)
        return self.prefix + (text if len(text) <= MAX_ARGS else _join(parts)) + ")"

    def _more(self, loc: Any, parts: list[str]) -> None:
        """*args, keyword-only arguments and **kwargs."""
        if self.var_args is not None:
            extra = loc[self.var_args]
            if type(extra) is tuple:
                for x in extra[:MAX_ITEMS]:
                    parts.append(value_text(x))
                if len(extra) > MAX_ITEMS:
                    parts.append("…")
        for a in self.keyword:
            parts.append(a + "=" + value_text(loc[a]))
        if self.var_kw is not None:
            kw = loc[self.var_kw]
            if type(kw) is dict:
                for key, x in kw.items():
                    if len(parts) >= len(self.positional) + MAX_ITEMS + 8:
                        break
                    if type(key) is str:
                        parts.append(key + "=" + value_text(x))


def _join(parts: list[str]) -> str:
    """The arguments joined, cut at an argument's boundary so brackets stay balanced."""
    out = ""
    for p in parts:
        piece = p if not out else ", " + p
        if len(out) + len(piece) > MAX_ARGS:
            return out + ", …" if out else _cut(p, MAX_ARGS)
        out += piece
    return out


_specs: dict[int, tuple[CodeType, CallSpec]] = {}


def call_text(coro: Any) -> str:
    """`name(args)` for a coroutine that has not started yet; "" when that cannot be known
    (not a Python coroutine, or it already ran)."""
    if type(coro) is not CoroutineType:
        return ""  # another awaitable type: its attributes could be the program's code
    frame = coro.cr_frame
    if frame is None or coro.cr_suspended:
        return ""  # ended, or its locals are no longer just its arguments (it cannot be
        # running: tasks are registered before their first step, from create_task/call_soon)
    code = coro.cr_code
    entry = _specs.get(id(code))
    if entry is None or entry[0] is not code:
        entry = (code, CallSpec(code))  # the code is kept, so its id() is never reused
        if len(_specs) < 4096:
            _specs[id(code)] = entry
    try:
        return entry[1].text(frame.f_locals)
    except Exception:
        return ""
