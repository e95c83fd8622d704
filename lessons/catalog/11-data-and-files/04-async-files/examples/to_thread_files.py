import asyncio
import os
import tempfile
from pathlib import Path


def make_upper_copy(path: Path) -> Path:
    # Ordinary blocking file code: open, read, write, close, all on one worker thread.
    out = path.with_suffix(".upper.txt")
    out.write_text(path.read_text().upper())
    return out


async def main():
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, f"file{i}.txt") for i in range(5)]
        for i, p in enumerate(paths):
            p.write_text(f"hello from file {i}\n")  # tiny writes: fine to do directly

        # One worker-thread job per file instead of one per open/read/write/close.
        outputs = await asyncio.gather(*(asyncio.to_thread(make_upper_copy, p) for p in paths))
        for out in outputs:
            print(out.name, "->", out.read_text().strip())
        print("files:", len(os.listdir(folder)))


asyncio.run(main())
