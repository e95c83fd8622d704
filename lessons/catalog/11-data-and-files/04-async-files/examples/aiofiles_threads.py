import asyncio
import os
import tempfile

import aiofiles
import aiofiles.os


async def write_file(path, text):
    async with aiofiles.open(path, "w") as f:  # open() runs on a worker thread
        await f.write(text)                     # so does every write()...


async def shout(path):
    async with aiofiles.open(path) as f:
        content = await f.read()                # ...and every read()
    out = path.replace(".txt", ".upper.txt")
    await write_file(out, content.upper())
    return out


async def main():
    with tempfile.TemporaryDirectory() as folder:
        names = [os.path.join(folder, f"file{i}.txt") for i in range(5)]
        await asyncio.gather(*(write_file(p, f"hello from file {i}\n") for i, p in enumerate(names)))
        outputs = await asyncio.gather(*(shout(p) for p in names))
        for out in outputs:
            async with aiofiles.open(out) as f:
                print(os.path.basename(out), "->", (await f.read()).strip())
        print("files:", len(await aiofiles.os.listdir(folder)))


asyncio.run(main())
