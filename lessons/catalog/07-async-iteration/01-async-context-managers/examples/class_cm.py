# An async context manager: __aenter__ and __aexit__ are coroutines,
# so opening and closing can await (connect, flush, say goodbye...).
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        print(f"{now()}  {self.name}: connecting")
        await asyncio.sleep(0.5)                 # the handshake
        self.open = True
        return self                              # bound to the `as` name

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{now()}  {self.name}: closing (exception: {exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.2)                 # a polite goodbye
        self.open = False
        return False                             # False/None: let the exception propagate

    async def query(self, sql):
        if not self.open:
            raise RuntimeError("not connected")
        await asyncio.sleep(0.3)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return [("ada",), ("grace",)]


async def main():
    global START
    START = asyncio.get_running_loop().time()
    async with Connection("db") as conn:
        rows = await conn.query("SELECT name FROM users")
        print(f"{now()}  got {rows}")
    print(f"{now()}  after the block: open={conn.open}")

    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE users")
    except PermissionError as exc:
        print(f"{now()}  caught {exc!r}; the connection was still closed: open={conn.open}")


asyncio.run(main())
